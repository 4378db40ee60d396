"""Consent for health notes: stored, kept by undo and CSV, and flagged when it is missing."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import datetime

import pytest

from clientbook.cli.output import briefing_dict, briefing_text
from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.services.book import Book
from clientbook.services.clients.client_snapshot import client_from_json, client_to_json
from clientbook.services.csv_format import COLUMNS
from clientbook.services.exporting.csv_export import export_csv
from clientbook.services.importing.csv_import import import_csv
from clientbook.services.importing.import_apply import undo_last_import

from ..conftest import NOW

CONSENT = datetime(2026, 3, 14, 10, 30)
LATEX = Preference(PreferenceCategory.HEALTH, "latex", "anaphylaxis risk")
TEA = Preference(PreferenceCategory.DRINK, "Earl Grey")


def client(consent: datetime | None = None, *prefs: Preference) -> Client:
    """A client with copies of `prefs` (saving sets their ids)."""
    return Client(display_name="Ζωή Παπαδοπούλου", phones=["+30 21 0123 4567"],
                  preferences=[replace(p) for p in prefs], health_consent_at=consent)


def read(path) -> list[dict[str, str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


# Storage and the record ---------------------------------------------------------------------

def test_consent_is_stored_and_read_back(book):
    book.clients.add(client(CONSENT, LATEX))
    saved = book.clients.get(1)
    assert saved.health_consent_at == CONSENT
    saved.health_consent_at = None
    book.clients.update(saved)
    assert book.clients.get(1).health_consent_at is None


def test_other_edits_keep_the_consent(book):
    book.clients.add(client(CONSENT, LATEX))
    saved = book.clients.get(1)
    saved.notes = "Prefers mornings"
    book.clients.update(saved)
    book.clients.set_archived(1, True)
    assert book.clients.get(1).health_consent_at == CONSENT


def test_a_new_client_has_no_consent_recorded(book):
    book.clients.add(client(None, LATEX))
    assert book.clients.get(1).health_consent_at is None


@pytest.mark.parametrize(("consent", "prefs", "missing"), [
    (None, [LATEX], True),
    (CONSENT, [LATEX], False),
    (None, [TEA], False),
    (None, [], False),
    (None, [TEA, Preference(PreferenceCategory.HEALTH, "nut allergy", avoid=True)], True),
])
def test_consent_is_missing_only_when_health_notes_are_kept_without_it(
        book, consent, prefs, missing):
    book.clients.add(client(consent, *prefs))
    briefing = book.briefing(1)
    assert briefing.health_consent_missing is missing
    # The allergy is on the card whatever the consent: safety first.
    assert [p.value for p in briefing.cautions if p.is_health] == [
        p.value for p in prefs if p.is_health]


# Undo of an import -------------------------------------------------------------------------

def test_the_snapshot_keeps_the_consent():
    original = client(CONSENT, LATEX)
    original.id = 7
    assert client_from_json(client_to_json(original)) == original


def test_a_snapshot_from_before_consent_existed_reads_as_none():
    text = client_to_json(client(None, TEA)).replace(', "health_consent_at": null', "")
    assert "health_consent_at" not in text
    assert client_from_json(text).health_consent_at is None


def test_undoing_an_import_brings_the_consent_back(book, tmp_path):
    book.clients.add(client(CONSENT, LATEX))
    path = tmp_path / "clients.csv"
    path.write_text("id,display_name,health_consent_at\n1,Ζωή Παπαδοπούλου,\n",
                    encoding="utf-8")
    assert import_csv(book, "clients", path).ok
    assert book.clients.get(1).health_consent_at is None
    undo_last_import(book)
    assert book.clients.get(1).health_consent_at == CONSENT


# CSV ----------------------------------------------------------------------------------------

def test_the_clients_file_ends_with_the_consent(book, tmp_path):
    book.clients.add(client(CONSENT, LATEX))
    book.clients.add(Client(display_name="Олена Коваленко"))
    export_csv(book, "clients", tmp_path / "c.csv")
    assert COLUMNS["clients"][-1] == "health_consent_at"
    rows = read(tmp_path / "c.csv")
    assert list(rows[0])[-1] == "health_consent_at"
    assert [r["health_consent_at"] for r in rows] == ["2026-03-14 10:30:00", ""]
    assert rows[0]["cautions"] == "health: latex (anaphylaxis risk)"


def test_consent_survives_export_and_import_into_an_empty_book(book, tmp_path):
    book.clients.add(client(CONSENT, LATEX, TEA))
    book.clients.add(Client(display_name="王小明", preferences=[replace(LATEX)]))
    for kind in ("clients", "preferences"):
        export_csv(book, kind, tmp_path / f"{kind}.csv")
    copy = Book.open(tmp_path / "copy", clock=lambda: NOW)
    try:
        for kind in ("clients", "preferences"):
            assert import_csv(copy, kind, tmp_path / f"{kind}.csv").ok
        assert copy.clients.get(1).health_consent_at == CONSENT
        assert copy.clients.get(2).health_consent_at is None
        export_csv(copy, "clients", tmp_path / "again.csv")
    finally:
        copy.close()
    assert (tmp_path / "again.csv").read_bytes() == (tmp_path / "clients.csv").read_bytes()


def test_a_file_without_the_column_leaves_the_consent_alone(book, tmp_path):
    book.clients.add(client(CONSENT, LATEX))
    path = tmp_path / "old-export.csv"
    path.write_text("id,display_name,notes\n1,Ζωή Παπαδοπούλου,Moved to Athens\n",
                    encoding="utf-8")
    assert import_csv(book, "clients", path).ok
    saved = book.clients.get(1)
    assert (saved.notes, saved.health_consent_at) == ("Moved to Athens", CONSENT)


def test_a_bad_consent_date_is_refused_with_the_column_named(book, tmp_path):
    path = tmp_path / "c.csv"
    path.write_text("id,display_name,health_consent_at\n1,Zoi,last Tuesday\n",
                    encoding="utf-8")
    report = import_csv(book, "clients", path)
    assert not report.ok
    assert "health_consent_at" in report.problems[0].message
    assert book.clients.count() == 0


# Command line -------------------------------------------------------------------------------

def test_briefing_json_and_text_say_when_consent_was_given_or_that_it_is_missing(book):
    book.clients.add(client(CONSENT, LATEX))
    book.clients.add(client(None, LATEX))
    book.clients.add(client(None, TEA))
    given, missing, none_needed = (briefing_dict(book.briefing(i)) for i in (1, 2, 3))
    assert (given["health_consent"], given["health_consent_missing"]) == (
        "2026-03-14 10:30", False)
    assert (missing["health_consent"], missing["health_consent_missing"]) == (None, True)
    assert (none_needed["health_consent"], none_needed["health_consent_missing"]) == (
        None, False)
    flag = "No consent recorded for health notes — ask the client"
    assert flag in briefing_text(book.briefing(2))
    assert flag not in briefing_text(book.briefing(1))

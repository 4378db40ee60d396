"""Consent for health notes on the command line: the briefing says when, or that it is missing."""

import json
from datetime import datetime

import pytest

from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.services.book import Book

from .test_cli import run

NOW = datetime(2026, 11, 22, 9, 0)
FLAG = "No consent recorded for health notes — ask the client"


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("consent")
    book = Book.open(folder, clock=lambda: NOW)
    for name, consent in (("Ζωή Παπαδοπούλου", datetime(2026, 3, 14, 10, 30)),
                          ("Олена Шевченко", None)):
        book.clients.add(Client(display_name=name, health_consent_at=consent, preferences=[
            Preference(PreferenceCategory.HEALTH, "latex <anaphylaxis risk>")]))
    book.close()
    return folder


def briefing(folder, who: str, *extra: str) -> str:
    return run("briefing", who, "--today", "2026-11-22", *extra, data_dir=folder).stdout


def test_json_gives_the_consent_date(folder):
    out = json.loads(briefing(folder, "Ζωή", "--json"))
    assert (out["health_consent"], out["health_consent_missing"]) == ("2026-03-14 10:30", False)
    assert [c["value"] for c in out["cautions"]] == ["latex <anaphylaxis risk>"]
    assert FLAG not in briefing(folder, "Ζωή")


def test_json_gives_null_and_the_text_flags_it(folder):
    out = json.loads(briefing(folder, "Олена", "--json"))
    assert (out["health_consent"], out["health_consent_missing"]) == (None, True)
    text = briefing(folder, "Олена")
    assert "latex <anaphylaxis risk>" in text and FLAG in text

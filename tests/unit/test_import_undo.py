"""Undoing an import never loses what was done after it, and never undoes an earlier one by
accident; merging keeps a second e-mail."""

from __future__ import annotations

import pytest

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import Client, Preference, PreferenceCategory, Visit
from clientbook.services.importing.import_apply import run_import, undo_last_import
from clientbook.services.importing.import_plan import check_import
from clientbook.services.importing.import_source import open_source
from clientbook.services.importing.import_undo import imports, plan_undo, undo_import
from clientbook.services.safety import backups

from ..conftest import NOW


def _import(book, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return run_import(book, check_import(book, open_source(path)))


@pytest.fixture
def anna(book):
    client = Client("Anna Smith", phones=["+44 20 7946 0958"], email="anna@example.com")
    book.clients.add(client)
    return client


def test_undoing_twice_never_undoes_the_earlier_import(book, tmp_path):
    _import(book, tmp_path, "first.csv", "Name\nAnna\n")
    _import(book, tmp_path, "second.csv", "Name\nBea\n")
    undo_last_import(book)
    with pytest.raises(ClientBookError, match="already undone"):
        undo_last_import(book)
    assert [c.display_name for c in map(book.clients.get, book.store.clients.all_ids())] == [
        "Anna"]
    first = imports(book)[1]
    assert (first.source, first.undone_at) == ("first.csv", None)
    undo_import(book, first.id)  # named explicitly, after listing
    assert book.clients.count() == 0
    with pytest.raises(ClientBookError, match="already undone"):
        undo_import(book, first.id)


def test_a_caution_added_after_the_import_survives_its_undo(book, tmp_path, anna):
    _import(book, tmp_path, "contacts.csv",
            "Name,Phone,Birthday\nAnna Smith,+44 20 7946 0958,1990-05-01\n")
    merged = book.clients.get(anna.id)
    assert merged.birthday is not None
    merged.preferences.append(Preference(PreferenceCategory.HEALTH, "latex allergy"))
    merged.notes = "Prefers mornings"
    book.clients.update(merged)
    plan = plan_undo(book)
    assert plan.kept_fields == [] and plan.kept_clients == []
    undo_last_import(book)
    after = book.clients.get(anna.id)
    assert [p.value for p in after.preferences] == ["latex allergy"]
    assert after.notes == "Prefers mornings"
    assert after.birthday is None  # what the import filled in, nobody touched since: back


def test_a_field_the_import_filled_and_someone_changed_since_is_kept_and_said(book, tmp_path,
                                                                                anna):
    _import(book, tmp_path, "contacts.csv",
            "Name,Phone,Birthday\nAnna Smith,+44 20 7946 0958,1990-05-01\n")
    edited = book.clients.get(anna.id)
    edited.birthday = edited.birthday.__class__(5, 2, 1990)
    book.clients.update(edited)
    plan, _changes = undo_last_import(book)
    assert [(k.name, k.field) for k in plan.kept_fields] == [("Anna Smith", "birthday")]
    assert book.clients.get(anna.id).birthday.day == 2


def test_a_client_the_import_added_and_who_has_been_seen_since_is_kept(book, tmp_path):
    _import(book, tmp_path, "contacts.csv", "Name\nDora\n")
    dora = book.store.clients.all_ids()[0]
    book.history.add_visit(Visit(dora, NOW, "Cut"))
    plan, _ = undo_last_import(book)
    assert [(k.name, k.why) for k in plan.kept_clients] == [("Dora", ("visits",))]
    assert book.store.records.visit_count(dora) == 1


def test_undo_takes_a_backup_first(book, tmp_path):
    _import(book, tmp_path, "contacts.csv", "Name\nDora\n")
    before = len(backups.list_backups(book.path.parent))
    plan, _ = undo_last_import(book)
    assert plan.backup and len(backups.list_backups(book.path.parent)) >= before
    assert (book.path.parent / "backups").exists() or plan.backup


def test_merging_keeps_a_second_e_mail(book, tmp_path, anna):
    result = _import(book, tmp_path, "contacts.csv",
                     "Name,Phone,E-mail\nAnna Smith,+44 20 7946 0958,anna.smith@work.example\n")
    assert result.merged == 1
    merged = book.clients.get(anna.id)
    assert merged.email == "anna@example.com"
    assert "anna.smith@work.example" in merged.notes
    assert result.kept_emails == 1
    undo_last_import(book)
    assert book.clients.get(anna.id).notes == ""


def test_a_merged_rows_notes_are_appended_only_when_the_option_says_so(book, tmp_path, anna):
    text = "Name,Phone,Notes\nAnna Smith,+44 20 7946 0958,Prefers mornings\n"
    path = tmp_path / "contacts.csv"
    path.write_text(text, "utf-8")
    kept = run_import(book, check_import(book, open_source(path)), merge_notes=False)
    assert (kept.merged, kept.notes_left_out, kept.notes_appended) == (1, 1, 0)
    assert book.clients.get(anna.id).notes == ""
    undo_last_import(book)
    appended = run_import(book, check_import(book, open_source(path)))
    assert appended.notes_appended == 1
    assert book.clients.get(anna.id).notes == "Prefers mornings"

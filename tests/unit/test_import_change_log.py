"""An import that merges into a client, and its undo, leave entries in the client's change log
(by the desk, naming the import), never in the log file."""

from __future__ import annotations

import pytest

from clientbook.domain.models import Client
from clientbook.services.importing.import_apply import run_import, undo_last_import
from clientbook.services.importing.import_plan import check_import
from clientbook.services.importing.import_source import open_source
from clientbook.services.privacy.erasure import forget


def _import(book, tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, "utf-8")
    return run_import(book, check_import(book, open_source(path)))


@pytest.fixture
def anna(book):
    client = Client("Anna Smith", phones=["+44 20 7946 0958"])
    book.clients.add(client)
    return client


def _fields(entries):
    return {e.field: (e.old, e.new) for e in entries}


def test_a_merge_writes_the_changed_fields_to_the_clients_change_log(book, tmp_path, anna):
    before = len(book.change_log.entries(anna.id))
    _import(book, tmp_path, "contacts.csv",
            "Name,Phone,Birthday,E-mail\n"
            "Anna Smith,+44 20 7946 0958,1990-05-01,anna@example.com\n")
    entries = book.change_log.entries(anna.id)[:len(book.change_log.entries(anna.id)) - before]
    assert _fields(entries) == {"birthday": ("", "1990-05-01"),
                                "email": ("", "anna@example.com")}
    desk = book.change_log.who()
    assert {e.who for e in entries} == {f"{desk} (import: contacts.csv)"}
    assert {e.at for e in entries} == {book.clock().replace(microsecond=0)}


def test_a_merge_that_changes_nothing_writes_nothing(book, tmp_path, anna):
    before = book.change_log.entries(anna.id)
    _import(book, tmp_path, "same.csv", "Name,Phone\nAnna Smith,+44 20 7946 0958\n")
    assert book.change_log.entries(anna.id) == before


def test_a_client_the_import_added_gets_no_entries_and_stays_undoable(book, tmp_path):
    # The second row merges into the client the first one added: no "changes since".
    _import(book, tmp_path, "two.csv", "Name,Phone,E-mail\nDora Diaz,+44 20 7946 0001,\n"
            "Dora Diaz,+44 20 7946 0001,dora@example.com\n")
    dora = book.store.clients.all_ids()[0]
    assert book.change_log.entries(dora) == []
    plan, _changes = undo_last_import(book)
    assert plan.kept_clients == [] and book.clients.count() == 0


def test_undoing_the_import_writes_entries_for_the_fields_put_back(book, tmp_path, anna):
    _import(book, tmp_path, "contacts.csv", "Name,Phone,Birthday\n"
            "Anna Smith,+44 20 7946 0958,1990-05-01\n")
    logged = len(book.change_log.entries(anna.id))
    undo_last_import(book)
    entries = book.change_log.entries(anna.id)
    undo = entries[:len(entries) - logged]
    assert _fields(undo) == {"birthday": ("1990-05-01", "")}
    assert {e.who for e in undo} == {f"{book.change_log.who()} (undo import: contacts.csv)"}


def test_the_values_an_import_logs_never_reach_the_log_file(book, tmp_path, anna, caplog):
    caplog.set_level("DEBUG")
    _import(book, tmp_path, "contacts.csv", "Name,Phone,E-mail,Notes\n"
            "Anna Smith,+44 20 7946 0958,qzxw@example.com,Vbnmq allergy\n")
    undo_last_import(book)
    assert _fields(book.change_log.entries(anna.id))["email"]
    assert "qzxw" not in caplog.text and "Vbnmq" not in caplog.text


def test_forgetting_a_client_named_by_the_file_removes_the_name_from_other_entries(
        book, tmp_path, anna):
    bea = Client("Bea Jones", phones=["+44 20 7946 0777"])
    book.clients.add(bea)
    _import(book, tmp_path, "Anna Smith and Bea.csv", "Name,Phone,E-mail\n"
            "Anna Smith,+44 20 7946 0958,anna@example.com\n"
            "Bea Jones,+44 20 7946 0777,bea@example.com\n")
    forget(book, anna.id)
    whos = {e.who for e in book.change_log.entries(bea.id)}
    assert whos and not any("Anna" in w for w in whos)

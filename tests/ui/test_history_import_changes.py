"""The History names the import (or its undo) that changed a client's record."""

from __future__ import annotations

from clientbook.domain.models import Client
from clientbook.services.importing.import_apply import run_import, undo_last_import
from clientbook.services.importing.import_plan import check_import
from clientbook.services.importing.import_source import open_source
from clientbook.ui.history.history_model import COL_NOTES, COL_STAFF, COL_WHAT, HistoryModel


def test_the_history_shows_what_an_import_changed_and_its_undo(session, tmp_path):
    book = session.book
    anna = Client("Anna Smith", phones=["+44 20 7946 0958"])
    book.clients.add(anna)
    path = tmp_path / "contacts.csv"
    path.write_text("Name,Phone,Birthday\nAnna Smith,+44 20 7946 0958,1990-05-01\n", "utf-8")
    run_import(book, check_import(book, open_source(path)))
    model = HistoryModel(book)
    model.show(anna.id, ("change",))
    desk = book.change_log.who()
    rows = [(model.index(r, COL_WHAT).data(), model.index(r, COL_STAFF).data(),
             model.index(r, COL_NOTES).data()) for r in range(model.rowCount())]
    assert ("birthday", f"{desk}, by the import of contacts.csv", "(empty) → 1990-05-01") in rows
    undo_last_import(book)
    model.show(anna.id, ("change",))
    assert (model.index(0, COL_WHAT).data(), model.index(0, COL_STAFF).data()) == (
        "birthday", f"{desk}, undoing the import of contacts.csv")


def test_a_desk_edit_shows_the_desk_alone(session):
    book = session.book
    anna = Client("Anna Smith")
    book.clients.add(anna)
    anna.email = "anna@example.com"
    book.clients.update(anna)
    model = HistoryModel(book)
    model.show(anna.id, ("change",))
    assert model.index(0, COL_STAFF).data() == book.change_log.who()

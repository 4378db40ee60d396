"""Faults in the window: a clear message, and the form being edited stays open as typed.

The disk filling up, another program holding the lock, or a read-only file must never
throw away what the receptionist typed: the dialog stays open so the save can be retried.
"""

from __future__ import annotations

import functools
import sqlite3
from decimal import Decimal

import pytest

from clientbook.domain.models import Client
from clientbook.services.book import Book
from clientbook.storage import database
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.session import Session
from clientbook.ui.visits.visit_dialog import VisitDialog
from tests.conftest import NOW

from ..unit.test_store_faults import fill_the_disk, free_some_space

LONG_NOTE = "Allergic to latex; prefers the quiet room by the window. " * 110


@pytest.fixture
def empty_session(book, qapp, answers):
    return Session(book)


def test_saving_a_client_on_a_full_disk_keeps_the_dialog_and_what_was_typed(
        qtbot, empty_session, answers):
    book = empty_session.book
    dialog = ClientDialog(empty_session)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("Ζωή Παπαδοπούλου")
    dialog.phones_edit.setText("+30 21 0123 4567")
    dialog.notes_edit.setPlainText(LONG_NOTE)
    fill_the_disk(book)

    with qtbot.assertNotEmitted(empty_session.changed):
        dialog.accept()

    assert answers == [("error", "Could not save the client", (
        f"The disk holding {book.path.parent} is full, so the change was not saved. Free some "
        "space and try again; nothing already saved was lost."))]
    assert dialog.result() != dialog.DialogCode.Accepted and dialog.saved_client is None
    assert dialog.name_edit.text() == "Ζωή Παπαδοπούλου"
    assert dialog.phones_edit.text() == "+30 21 0123 4567"
    assert dialog.notes_edit.toPlainText() == LONG_NOTE
    assert dialog.is_dirty()  # cancelling now would still ask before throwing it away
    assert book.store.clients.count() == 0

    free_some_space(book)
    with qtbot.waitSignal(empty_session.changed):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert book.clients.get(dialog.saved_client.id).notes == LONG_NOTE.strip()


def test_a_visit_while_another_program_holds_the_lock_is_explained_inline_and_kept(
        qtbot, empty_session):
    book = empty_session.book
    anna = Client(display_name="Anna Smith")
    book.clients.add(anna)
    dialog = VisitDialog(empty_session, anna.id)
    qtbot.addWidget(dialog)
    dialog.service_combo.setEditText("Colour")
    dialog.spend_edit.setText("45.50")
    dialog.notes_edit.setPlainText("Loved the new shade")
    book.store.db.conn.execute("PRAGMA busy_timeout = 100")  # instead of waiting 10 s
    holder = sqlite3.connect(book.path, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
        with qtbot.assertNotEmitted(empty_session.changed):
            dialog.accept()
    finally:
        holder.execute("ROLLBACK")
        holder.close()

    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == (
        f"Another program is using the ClientBook data in {book.path.parent}, so the change "
        "was not saved. Close it (or wait for it to finish) and try again; nothing already "
        "saved was lost.")
    assert dialog.service_combo.currentText() == "Colour"
    assert dialog.spend_edit.text() == "45.50"
    assert dialog.notes_edit.toPlainText() == "Loved the new shade"
    assert book.store.records.visits_for(anna.id) == []

    dialog.accept()  # the other program has finished: the same form saves
    assert dialog.result() == dialog.DialogCode.Accepted
    [visit] = book.store.records.visits_for(anna.id)
    assert (visit.service, visit.spend) == ("Colour", Decimal("45.50"))


def test_editing_a_client_when_the_file_is_read_only_says_so_and_keeps_the_edit(
        qtbot, qapp, book, answers, monkeypatch):
    anna = Client(display_name="Anna Smith")
    book.clients.add(anna)
    monkeypatch.setattr(database, "_connect",
                        functools.partial(database._connect, read_only=True))
    read_only = Book.open(book.path.parent, clock=lambda: NOW)
    try:
        session = Session(read_only)
        dialog = ClientDialog(session, read_only.clients.get(anna.id))
        qtbot.addWidget(dialog)
        dialog.name_edit.setText("Anna Smith-Jones")
        dialog.accept()
        assert [(kind, title) for kind, title, _text in answers] == [
            ("error", "Could not save the client")]
        assert "is read-only, so the change was not saved" in answers[0][2]
        assert dialog.result() != dialog.DialogCode.Accepted
        assert dialog.name_edit.text() == "Anna Smith-Jones"
        assert book.clients.get(anna.id).display_name == "Anna Smith"
    finally:
        read_only.close()

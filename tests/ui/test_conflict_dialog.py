"""The conflict dialog and the Session's way through it: another desk saved the client first;
the dialog names that desk, shows what each changed, and Merge / Use mine / Keep theirs /
Decide later (Esc) do what they say, with nothing typed lost. Built and clicked, never
exec()'d."""

from __future__ import annotations

from copy import deepcopy

import pytest
from PySide6.QtCore import Qt

from clientbook.domain.conflicts import KEEP_THEIRS
from clientbook.domain.errors import ConflictError
from clientbook.domain.models import Client
from clientbook.services.book import Book
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.conflicts.conflict_dialog import ConflictDialog
from clientbook.ui.session import Session
from tests.conftest import NOW


def sample_conflict(book: Book, client_id: int) -> ConflictError:
    """Reception-2 changed the notes; this desk changed the phones (no overlap)."""
    base = book.clients.get(client_id)
    theirs, mine = deepcopy(base), deepcopy(base)
    theirs.notes, mine.phones = "Earl Grey, no sugar", ["+30 210 7654321"]
    return ConflictError(mine, theirs, "reception-2", base)


@pytest.fixture
def two_desks(book, qapp, answers, tmp_path):
    """(session of the office desk, the front desk's Book) on one book file; Anna in it."""
    book.desk = book.store.desk = "office"
    front = Book.open(book.path.parent, clock=lambda: NOW)
    front.desk = front.store.desk = "front"
    anna = Client(display_name="Anna Smith", phones=["+30 210 1234567"], notes="Tea")
    book.clients.add(anna)
    yield Session(book), front, anna
    front.close()


def _front_changes_notes(front: Book, client_id: int, notes: str) -> None:
    client = front.clients.get(client_id)
    client.notes = notes
    front.clients.update(client)


def test_the_dialog_names_the_desk_and_shows_each_side(qtbot, session):
    client_id = session.book.clients.page(limit=1)[0][0]
    dialog = ConflictDialog(session, sample_conflict(session.book, client_id))
    qtbot.addWidget(dialog)
    assert "reception-2" in dialog.heading.text()
    # The desk on a line of its own: a long name never cuts "Theirs" off.
    assert dialog.table.horizontalHeaderItem(dialog.COL_THEIRS).text().splitlines() == [
        "Theirs", "reception-2"]
    cells = {dialog.table.item(r, 0).text(): (dialog.table.item(r, dialog.COL_THEIRS).text(),
                                              dialog.table.item(r, dialog.COL_MINE).text())
             for r in range(dialog.table.rowCount())}
    assert cells["Notes"][0] == "Earl Grey, no sugar"
    assert cells["Phones"][1] == "+30 210 7654321"
    assert dialog.merge_button.isEnabled() and dialog.merge_button.isDefault()


def test_each_button_decides(qtbot, session):
    client_id = session.book.clients.page(limit=1)[0][0]
    for button, check in (
            ("merge_button", lambda d: (d.notes, d.phones) == ("Earl Grey, no sugar",
                                                              ["+30 210 7654321"])),
            ("mine_button", lambda d: d.phones == ["+30 210 7654321"] and d.notes != "Earl "
             "Grey, no sugar"),
            ("theirs_button", lambda d: d is KEEP_THEIRS)):
        dialog = ConflictDialog(session, sample_conflict(session.book, client_id))
        qtbot.addWidget(dialog)
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
        assert dialog.result() == dialog.DialogCode.Accepted and check(dialog.decision)
    dialog = ConflictDialog(session, sample_conflict(session.book, client_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # decide later
    assert dialog.result() == dialog.DialogCode.Rejected and dialog.decision is None


def test_overlapping_changes_cannot_merge(qtbot, session):
    client_id = session.book.clients.page(limit=1)[0][0]
    conflict = sample_conflict(session.book, client_id)
    conflict.mine.notes = "Mint tea"
    dialog = ConflictDialog(session, conflict)
    qtbot.addWidget(dialog)
    assert not dialog.merge_button.isEnabled() and dialog.theirs_button.isDefault()
    assert "Notes" in dialog.note.text()


def test_saving_over_a_newer_client_asks_and_merge_keeps_both(qtbot, two_desks, monkeypatch):
    session, front, anna = two_desks
    dialog = ClientDialog(session, session.book.clients.get(anna.id))
    qtbot.addWidget(dialog)
    _front_changes_notes(front, anna.id, "Earl Grey, no sugar")
    dialog.email_edit.setText("anna@example.org")
    asked = []

    def decide(parent, conflict):
        asked.append(conflict)
        built = ConflictDialog(session, conflict, parent)
        qtbot.addWidget(built)
        qtbot.mouseClick(built.merge_button, Qt.MouseButton.LeftButton)
        return built.decision

    monkeypatch.setattr(session, "decide_conflict", decide)
    with qtbot.waitSignal(session.changed):
        dialog.accept()
    assert asked and asked[0].by == "front"
    saved = front.clients.get(anna.id)
    assert (saved.notes, saved.email) == ("Earl Grey, no sugar", "anna@example.org")


def test_decide_later_keeps_the_form_then_keep_theirs_reloads(qtbot, two_desks, monkeypatch):
    session, front, anna = two_desks
    dialog = ClientDialog(session, session.book.clients.get(anna.id))
    qtbot.addWidget(dialog)
    _front_changes_notes(front, anna.id, "Coffee")
    dialog.email_edit.setText("anna@example.org")
    monkeypatch.setattr(session, "decide_conflict", lambda parent, conflict: None)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted  # still open, as typed
    assert dialog.email_edit.text() == "anna@example.org"
    assert "front" in dialog.error_label.text()
    assert front.clients.get(anna.id).email == ""
    monkeypatch.setattr(session, "decide_conflict", lambda parent, conflict: KEEP_THEIRS)
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()
    assert anna.id in signal.args[0].clients
    saved = front.clients.get(anna.id)
    assert (saved.notes, saved.email) == ("Coffee", "")


def test_use_mine_from_a_calendar_move(qtbot, two_desks, monkeypatch):
    from datetime import timedelta

    from clientbook.domain.models import Appointment
    from clientbook.ui.calendar import calendar_actions

    session, front, anna = two_desks
    booking = Appointment(anna.id, NOW + timedelta(days=1, hours=1))
    session.book.appointments.book(booking)
    seen = session.book.appointments.entry(booking.id).appointment
    front.appointments.move(booking.id, NOW + timedelta(days=1, hours=2))
    monkeypatch.setattr(session, "decide_conflict",
                        lambda parent, conflict: conflict.mine)
    assert calendar_actions.move(None, session, booking.id, NOW + timedelta(days=1, hours=4),
                                 None, 60, seen.version)
    assert front.appointments.entry(booking.id).appointment.starts_at == \
        NOW + timedelta(days=1, hours=4)


def test_a_staff_rename_over_a_newer_one_keeps_theirs_when_asked(qtbot, two_desks,
                                                                 monkeypatch):
    from clientbook.ui.staff.staff_page import StaffPage

    session, front, _ = two_desks
    session.book.staff.add("Oksana")
    page = StaffPage(session)
    qtbot.addWidget(page)
    renamed = front.staff.by_name("Oksana")
    renamed.name = "Oksana K."
    front.staff.save(renamed)
    monkeypatch.setattr(session, "decide_conflict", lambda parent, conflict: KEEP_THEIRS)
    model = page.model
    row = next(r for r in range(model.rowCount()) if model.staff_at(r).name == "Oksana")
    model.setData(model.index(row, model.COL_ROLE), "receptionist")
    assert model.staff_at(row).name == "Oksana K." and model.staff_at(row).role == "designer"
    assert front.staff.by_name("Oksana K.").role == "designer"


def test_a_third_desk_saving_while_the_dialog_is_open_asks_again(qtbot, two_desks,
                                                                 monkeypatch):
    from clientbook.domain.conflicts import merged

    session, front, anna = two_desks
    dialog = ClientDialog(session, session.book.clients.get(anna.id))
    qtbot.addWidget(dialog)
    _front_changes_notes(front, anna.id, "Coffee")
    dialog.email_edit.setText("anna@example.org")
    asked = []

    def decide(parent, conflict):
        asked.append(conflict.by)
        if len(asked) == 1:  # meanwhile the third desk (here: front again) saves
            late = front.clients.get(anna.id)
            late.address_as = "Mrs Smith"
            front.desk = front.store.desk = "back"
            front.clients.update(late)
        return merged(conflict.base, conflict.theirs, conflict.mine)

    monkeypatch.setattr(session, "decide_conflict", decide)
    dialog.accept()
    assert asked == ["front", "back"]
    saved = front.clients.get(anna.id)
    assert (saved.notes, saved.address_as, saved.email) == ("Coffee", "Mrs Smith",
                                                            "anna@example.org")

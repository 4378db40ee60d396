"""The History tab: lazy, filterable, newest first; correct or delete a visit; Ctrl+Z."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt

from clientbook.domain.models import Appointment, Client, ContactChannel, Visit
from clientbook.ui.app.main_window import CLIENTS, TODAY, MainWindow
from clientbook.ui.history.history_model import COL_NOTES, COL_STATUS, COL_WHAT, HistoryModel
from clientbook.ui.history.history_panel import HistoryPanel
from clientbook.ui.visits.visit_dialog import VisitDialog
from tests.conftest import NOW


@pytest.fixture
def anna(demo_book):
    mei = demo_book.staff.by_name("Mei")
    client = Client("Anna History", designer_id=mei.id)
    demo_book.clients.add(client)
    for day in range(450):
        demo_book.history.add_visit(Visit(client.id, NOW - timedelta(days=day + 1), "Cut",
                                          mei.id, Decimal("30"), notes=f"visit {day}"))
    return client


def test_the_model_passes_qts_model_test_and_reads_a_page_at_a_time(qtmodeltester, session,
                                                                       anna):
    model = HistoryModel(session.book)
    model.show(anna.id)
    assert model.total() == 450 and model.rowCount() == 200
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 400
    qtmodeltester.check(model)
    assert model.rowCount() == 450 and not model.canFetchMore()
    assert model.index(0, COL_NOTES).data() == "visit 0"
    assert model.index(0, COL_STATUS).data().endswith("30.00")


def test_the_filter_shows_one_kind_and_the_panel_names_the_client(qtbot, session, anna):
    session.book.contacts.log(anna.id, ContactChannel.CALL, "Confirmed Friday")
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show_client(anna.id)
    assert "Anna History" in panel.heading.text() and "451" in panel.heading.text()
    panel.filter.setCurrentIndex(panel.filter.findText("Contacts"))
    assert panel.model.total() == 1
    assert panel.model.index(0, COL_WHAT).data() == "Call"
    panel.filter.setCurrentIndex(panel.filter.findText("Visits"))
    assert panel.model.total() == 450 and panel.edit_button.isEnabled()


def test_deleting_a_visit_asks_and_ctrl_z_brings_it_back(qtbot, session, anna, answers):
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(anna.id)
    panel.view.selectRow(0)
    answers.reply = False
    panel.delete_visit()
    assert "Anna History" in answers[-1][2] and session.book.briefing(anna.id).visit_count == 450
    answers.reply = True
    panel.delete_visit()
    assert session.book.briefing(anna.id).visit_count == 449
    # The panel follows: the change log's entry for the deletion is now the newest.
    assert panel.model.index(0, 1).data() == "Change"
    assert "Cut" in panel.model.index(0, COL_NOTES).data()
    panel.hide()  # behind the card: it catches up when shown again
    session.undo(None, "Undo failed")
    assert session.book.briefing(anna.id).visit_count == 450
    panel.show()
    panel.filter.setCurrentIndex(panel.filter.findText("Visits"))
    assert panel.model.index(0, COL_NOTES).data() == "visit 0"


def test_the_correct_dialog_is_prefilled_and_saves_an_undoable_correction(qtbot, session,
                                                                         anna):
    visit = session.book.history.store.records.visits_for(anna.id, 1)[0]
    dialog = VisitDialog(session, anna.id, None, None, visit)
    qtbot.addWidget(dialog)
    assert dialog.service_combo.currentText() == "Cut"
    assert dialog.spend_edit.text() == "30.00" and dialog.notes_edit.toPlainText() == "visit 0"
    dialog.service_combo.setEditText("Cut and colour")
    dialog.notes_edit.setPlainText("formula: 6N + 20 vol, 35 min")
    with qtbot.waitSignal(session.changed):
        dialog.accept()
    card = session.book.briefing(anna.id)
    assert card.visit_count == 450
    assert (card.last_visits[0].service, card.last_visits[0].notes) == (
        "Cut and colour", "formula: 6N + 20 vol, 35 min")
    assert session.undo_text() == "&Undo visit change of Anna History"


def test_log_visit_twice_on_an_appointment_opens_the_first_visit(qtbot, demo_book, tmp_path,
                                                                 answers, monkeypatch):
    client = Client("Oksana's Client")
    demo_book.clients.add(client)
    demo_book.history.add_appointment(Appointment(client.id, NOW.replace(hour=23),
                                                  service="Colour"))
    window = MainWindow(demo_book, QSettings(str(tmp_path / "w.ini"),
                                             QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.pages.setCurrentIndex(TODAY)
    row = next(i for i, it in enumerate(window.today.model.items())
               if it.appointment.client_id == client.id)
    window.today._select_row(row)
    opened = []

    def fake_run(dialog):
        opened.append(dialog)
        if dialog.visit is None:
            dialog.notes_edit.setPlainText("formula: 6N")
            dialog.accept()
        return dialog.saved

    monkeypatch.setattr(VisitDialog, "run", fake_run)
    window.act_visit.trigger()
    window.today._select_row(row)
    window.act_visit.trigger()
    assert opened[0].visit is None and opened[1].visit is not None
    assert opened[1].notes_edit.toPlainText() == "formula: 6N"
    assert demo_book.briefing(client.id).visit_count == 1


def test_ctrl_h_opens_the_current_clients_history(qtbot, session, demo_book, tmp_path, anna):
    window = MainWindow(demo_book, QSettings(str(tmp_path / "w.ini"),
                                             QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.open_client(anna.id)
    assert window.act_history.shortcut().toString() == "Ctrl+H"
    window.act_history.trigger()
    assert window.pages.currentIndex() == CLIENTS
    assert window.client_tabs.currentWidget() is window.history
    assert window.clients_split.sizes()[1] >= window.clients_split.sizes()[0]
    assert window.history.model.client_id == anna.id
    assert window.history.view.model().index(0, 0).data(Qt.ItemDataRole.DisplayRole)


def test_a_promise_is_corrected_from_the_history_and_undone(qtbot, session, anna):
    from clientbook.domain.models import Promise
    from clientbook.ui.history.promise_edit_dialog import PromiseEditDialog

    promise = Promise(anna.id, "Send the pric list", NOW + timedelta(days=1))
    session.book.history.add_promise(promise)
    panel = HistoryPanel(session)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_client(anna.id)
    panel.filter.setCurrentIndex(panel.filter.findText("Promises"))
    panel.view.selectRow(0)
    assert panel.promise_button.isEnabled() and not panel.edit_button.isEnabled()
    dialog = PromiseEditDialog(session, session.book.corrections.promise(promise.id))
    qtbot.addWidget(dialog)
    dialog.text_edit.setText("   ")
    dialog.accept()
    assert dialog.error_label.isVisible() or not dialog.error_label.isHidden()
    dialog.text_edit.setText("Send the price list")
    dialog.accept()
    assert session.book.briefing(anna.id).open_promises[0].text == "Send the price list"
    assert panel.model.index(0, COL_WHAT).data() == "Send the price list"
    assert session.undo_text() == "&Undo promise change of Anna History"


def test_the_history_names_the_desk_for_a_booking_cancelled_there(session):
    from clientbook.domain.models import AppointmentStatus
    book = session.book
    book.set_desk_name("Reception 2")
    client = Client("Desk History")
    book.clients.add(client)
    booking = Appointment(client.id, NOW + timedelta(days=1))
    book.appointments.book(booking)
    book.history.set_status(booking.id, AppointmentStatus.CANCELLED)
    model = HistoryModel(book)
    model.show(client.id)
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    change = next(row for row in rows if "booking status" in row)
    assert "Reception 2" in change

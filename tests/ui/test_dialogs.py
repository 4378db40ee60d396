"""The record dialogs: visit, appointment, promise and settings, driven without exec()."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from clientbook.domain.models import Appointment, AppointmentStatus, Client, Visit
from clientbook.ui.promises.promise_dialog import PromiseDialog
from clientbook.ui.settings.settings_dialog import SettingsDialog
from clientbook.ui.visits.appointment_dialog import AppointmentDialog, next_half_hour
from clientbook.ui.visits.visit_dialog import VisitDialog
from clientbook.ui.widgets.form_dialog import from_qdatetime
from tests.conftest import NOW


@pytest.fixture
def staff(demo_book):
    return {name: demo_book.staff.by_name(name) for name in ("Mei", "Carlos", "Nikos")}


@pytest.fixture
def anna(demo_book, staff):
    client = Client(display_name="Anna Smith", designer_id=staff["Mei"].id)
    demo_book.clients.add(client)
    return client


@pytest.fixture
def appointment(demo_book, anna, staff):
    appt = Appointment(client_id=anna.id, starts_at=datetime(2026, 11, 22, 10, 30),
                       service="Colour", staff_id=staff["Carlos"].id)
    demo_book.history.add_appointment(appt)
    return appt


def _visits(book, client_id):
    return book.briefing(client_id).last_visits


# Visit ---------------------------------------------------------------------------------------
def test_visit_from_appointment_is_prefilled_and_marks_it_done(qtbot, session, demo_book,
                                                               anna, appointment, staff):
    dialog = VisitDialog(session, anna.id, appointment)
    qtbot.addWidget(dialog)
    assert from_qdatetime(dialog.when_edit.dateTime()) == appointment.starts_at
    assert dialog.staff_combo.currentData() == staff["Carlos"].id
    assert dialog.service_combo.currentText() == "Colour"
    assert dialog.spend_edit.text() == ""
    assert dialog.when_edit.displayFormat().count("yyyy") == 1

    qtbot.keyClicks(dialog.spend_edit, "45.50")
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()

    assert dialog.result() == dialog.DialogCode.Accepted
    assert signal.args[0].visits and signal.args[0].appointments
    [visit] = _visits(demo_book, anna.id)
    assert visit.spend == Decimal("45.50") and str(visit.spend) == "45.50"
    assert (visit.service, visit.staff_id) == ("Colour", staff["Carlos"].id)
    assert dialog.saved.id == visit.id
    assert demo_book.history.appointment(appointment.id).status == AppointmentStatus.DONE


def test_visit_without_appointment_uses_now_and_designer(qtbot, session, demo_book, anna, staff):
    demo_book.history.add_visit(
        Visit(client_id=anna.id, visited_at=datetime(2026, 10, 1, 11, 0), service="Blow-dry"))
    dialog = VisitDialog(session, anna.id)
    qtbot.addWidget(dialog)
    assert from_qdatetime(dialog.when_edit.dateTime()) == NOW
    assert dialog.staff_combo.currentData() == staff["Mei"].id
    assert dialog.staff_combo.itemText(0) == "No one"
    assert dialog.service_combo.findText("Blow-dry") >= 0
    assert dialog.staff_combo.findData(staff["Nikos"].id) < 0  # inactive: not offered
    dialog.service_combo.setEditText("Haircut")
    dialog.staff_combo.setCurrentIndex(0)
    assert dialog.save() is not None
    latest = _visits(demo_book, anna.id)[0]
    assert (latest.service, latest.staff_id, latest.spend) == ("Haircut", None, Decimal("0.00"))


@pytest.mark.parametrize("typed", ["-5", "abc", "12.345", "NaN"])
def test_bad_spend_is_refused_inline_and_nothing_saved(qtbot, session, demo_book, anna,
                                                      appointment, typed):
    dialog = VisitDialog(session, anna.id, appointment)
    qtbot.addWidget(dialog)
    dialog.notes_edit.setPlainText("Loved it")
    qtbot.keyClicks(dialog.spend_edit, typed)
    with qtbot.assertNotEmitted(session.changed):
        dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden() and dialog.error_label.text()
    assert dialog.spend_edit.text() == typed and dialog.notes_edit.toPlainText() == "Loved it"
    assert _visits(demo_book, anna.id) == []
    assert demo_book.history.appointment(appointment.id).status == AppointmentStatus.BOOKED


def test_ctrl_enter_saves_from_notes(qtbot, session, demo_book, anna, appointment):
    dialog = VisitDialog(session, anna.id, appointment)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.notes_edit.setFocus()
    qtbot.keyClick(dialog.notes_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert len(_visits(demo_book, anna.id)) == 1


# Appointment ---------------------------------------------------------------------------------
def test_appointment_warns_when_not_with_the_designer(qtbot, session, demo_book, anna, staff):
    dialog = AppointmentDialog(session, anna.id)
    qtbot.addWidget(dialog)
    # The next free slot in Mei's working hours, not merely the next half hour.
    free = demo_book.appointments.free_slots(dialog.duration_spin.value(), [staff["Mei"].id],
                                             NOW, count=1)[0]
    assert from_qdatetime(dialog.start_edit.dateTime()) == free.start
    assert dialog.staff_combo.currentData() == staff["Mei"].id
    assert dialog.warning_label.isHidden()

    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(staff["Carlos"].id))
    assert not dialog.warning_label.isHidden()
    assert dialog.warning_label.text() == "Usually with Mei — booking with Carlos"

    dialog.service_combo.setCurrentIndex(dialog.service_combo.findText("Cut and colour",
                                                                       Qt.MatchFlag.MatchStartsWith))
    assert dialog.duration_spin.value() == 150  # the service's usual length
    with qtbot.waitSignal(session.changed):
        dialog.accept()
    assert dialog.saved.staff_id == staff["Carlos"].id
    assert demo_book.briefing(anna.id).next_appointment.service == "Cut and colour"

    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(staff["Mei"].id))
    assert dialog.warning_label.isHidden()


def test_a_clashing_booking_asks_and_pick_another_slot_books_nothing(qtbot, session, demo_book,
                                                                    anna, staff, answers):
    mei = staff["Mei"].id
    taken = AppointmentDialog(session, anna.id, datetime(2027, 1, 5, 10, 0), None, mei, 60)
    qtbot.addWidget(taken)
    taken.accept()
    before = len(demo_book.appointments.day(date(2027, 1, 5), mei))
    dialog = AppointmentDialog(session, anna.id, datetime(2027, 1, 5, 10, 30), None, mei, 60)
    qtbot.addWidget(dialog)
    answers.reply = False  # "Pick another slot"
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert answers[-1][1] == "This booking clashes"
    assert "Mei has Anna Smith 10:00–11:00" in answers[-1][2]
    assert "Mei has Anna Smith 10:00–11:00" in dialog.error_label.text()
    assert len(demo_book.appointments.day(date(2027, 1, 5), mei)) == before
    answers.reply = True  # "Book anyway"
    dialog.accept()
    assert len(demo_book.appointments.day(date(2027, 1, 5), mei)) == before + 1


def test_next_half_hour():
    assert next_half_hour(datetime(2026, 1, 1, 9, 10, 5)) == datetime(2026, 1, 1, 9, 30)
    assert next_half_hour(datetime(2026, 1, 1, 23, 45)) == datetime(2026, 1, 2, 0, 0)


# Promise -------------------------------------------------------------------------------------
def test_promise_without_text_is_refused(qtbot, session, demo_book, anna):
    dialog = PromiseDialog(session, anna.id)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Promise to Anna Smith"
    dialog.text_edit.setText("   ")
    with qtbot.assertNotEmitted(session.changed):
        assert dialog.save() is None
    assert dialog.error_label.text() == "Say what was promised."
    assert demo_book.briefing(anna.id).open_promises == []


@pytest.mark.parametrize("key, due", [
    ("tomorrow", datetime(2026, 11, 23, 10, 0)),
    ("hour", datetime(2026, 11, 22, 10, 0)),
    ("end_of_day", datetime(2026, 11, 22, 17, 0)),
    ("friday", datetime(2026, 11, 27, 17, 0)),
])
def test_promise_quick_due_buttons(qtbot, session, demo_book, anna, staff, key, due):
    dialog = PromiseDialog(session, anna.id)
    qtbot.addWidget(dialog)
    dialog.set_due(datetime(2030, 1, 1, 8, 0))
    qtbot.mouseClick(dialog.quick_buttons[key], Qt.MouseButton.LeftButton)
    assert dialog.due() == due
    qtbot.keyClicks(dialog.text_edit, "Call back about the shade")
    promise = dialog.save()
    assert promise is not None
    [stored] = demo_book.briefing(anna.id).open_promises
    assert (stored.text, stored.due_at, stored.staff_id) == (
        "Call back about the shade", due, staff["Mei"].id)


# Settings ------------------------------------------------------------------------------------
def test_settings_saved_and_read_back(qtbot, session, demo_book):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    assert dialog.currency_combo.currentText() == "EUR"
    assert dialog.region_combo.currentText() == "GB"  # the demo sets it
    assert dialog.birthday_spin.value() == 7
    dialog.currency_combo.setCurrentText("gbp")
    dialog.region_combo.setCurrentText("es")
    dialog.birthday_spin.setValue(14)
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()
    assert signal.args[0].settings
    assert dialog.saved == {"currency": "GBP", "phone_region": "ES", "birthday_days": "14"}
    assert [demo_book.setting(k) for k in ("currency", "phone_region", "birthday_days")] == [
        "GBP", "ES", "14"]

    again = SettingsDialog(session)
    qtbot.addWidget(again)
    assert (again.currency_combo.currentText(), again.region_combo.currentText(),
            again.birthday_spin.value()) == ("GBP", "ES", 14)


@pytest.mark.parametrize("currency, region", [("EU", "GB"), ("EUR", "ZZ")])
def test_bad_settings_refused_inline(qtbot, session, demo_book, currency, region):
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    dialog.currency_combo.setCurrentText(currency)
    dialog.region_combo.setCurrentText(region)
    with qtbot.assertNotEmitted(session.changed):
        assert dialog.save() is None
    assert not dialog.error_label.isHidden()
    assert (demo_book.setting("currency"), demo_book.setting("phone_region")) == ("EUR", "GB")


def test_spend_shows_the_currency(qtbot, session, demo_book, anna):
    demo_book.set_setting("currency", "UAH")
    dialog = VisitDialog(session, anna.id)
    qtbot.addWidget(dialog)
    assert dialog.spend_edit.accessibleName() == "Spend in UAH"

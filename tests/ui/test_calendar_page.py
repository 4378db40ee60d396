"""The Calendar page driven as a receptionist would: drag to book, move and resize, the
booking menu, undo, and moving through days with the keyboard."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from clientbook.domain.models import AppointmentStatus, Client
from clientbook.services.book import Book
from clientbook.services.changes import Changes
from clientbook.ui.calendar import calendar_actions
from clientbook.ui.calendar.calendar_page import DAY, WEEK, CalendarPage
from clientbook.ui.calendar.week_model import WeekModel
from clientbook.ui.session import Session
from clientbook.ui.visits.appointment_dialog import AppointmentDialog

NOW = datetime(2026, 11, 24, 9, 0)  # a Tuesday morning
TUE = NOW.date()


@pytest.fixture
def salon(isolated_data_dir, qapp, answers):
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    carlos, mei = book.staff.add("Carlos"), book.staff.add("Mei")
    for person in (carlos, mei):
        book.staff_hours.set(person.id, ["tue-sat 09:00-18:00"])
    ines = Client(display_name="Inés Jiménez", designer_id=carlos.id)
    wang = Client(display_name="王芳", designer_id=mei.id)
    book.clients.add(ines)
    book.clients.add(wang)
    book.services_menu.add("Cut", 45)
    yield book, carlos, mei, ines, wang
    book.close()


@pytest.fixture
def page(qtbot, salon):
    book = salon[0]
    shown = CalendarPage(Session(book))
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    shown.go_to(TUE)
    return shown


def booked(book, client, hour, minutes=60, staff=None):
    a = book.appointments.draft(client.id, datetime.combine(TUE, datetime.min.time())
                                .replace(hour=hour), minutes, staff and staff.id)
    book.appointments.book(a)
    return a.id


def entry(book, appointment_id):
    return book.appointments.entry(appointment_id).appointment


def at(hour: int, minute: int = 0, day: date = TUE) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute)


def drag(view, start: QPointF, end: QPointF) -> None:
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     start.toPoint())
    QTest.mouseMove(view, end.toPoint())
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       end.toPoint())


def test_the_day_shows_a_column_per_working_designer_with_bookings(page, salon):
    book, _carlos, _mei, ines, _wang = salon
    booked(book, ines, 10)
    page.session.changed.emit(Changes(appointments=True))
    assert [c.name for c in page.view.grid.columns] == ["Carlos", "Mei"]
    assert [(b.client, b.start) for b in page.view.blocks] == [("Inés Jiménez", at(10))]
    assert "Inés Jiménez" in page.view.describe(page.view.blocks[0])


def test_create_by_drag_books_that_time_for_that_designer(page, salon, monkeypatch):
    book, _carlos, mei, ines, _wang = salon
    monkeypatch.setattr(calendar_actions.ClientPicker, "pick",
                        classmethod(lambda cls, parent, session, heading: (ines.id, False)))

    def schedule(parent, session, client_id, starts_at, staff_id, minutes):
        dialog = AppointmentDialog(session, client_id, starts_at, parent, staff_id, minutes)
        dialog.accept()
        dialog.close()
        return dialog.saved

    monkeypatch.setattr(calendar_actions.AppointmentDialog, "schedule", schedule)
    view = page.view
    drag(view, view.point_of(mei.id, at(10)), view.point_of(mei.id, at(11, 15)))
    [made] = book.appointments.day(TUE)
    a = made.appointment
    assert (a.starts_at, a.duration_min, a.staff_id, a.service) == (at(10), 90, mei.id, "Cut")
    assert [b.start for b in view.blocks] == [at(10)]  # shown at once


def test_move_by_drag_to_another_designer_and_undo(page, salon):
    book, carlos, mei, ines, _wang = salon
    booking = booked(book, ines, 10)
    page.refresh()
    view = page.view
    drag(view, view.point_of(carlos.id, at(10, 15)), view.point_of(mei.id, at(12, 15)))
    moved = entry(book, booking)
    assert (moved.starts_at, moved.staff_id) == (at(12), mei.id)
    assert page.session.undo_text() == "&Undo move of Inés Jiménez's booking"
    page.session.undo(page, "Undo failed")
    back = entry(book, booking)
    assert (back.starts_at, back.staff_id) == (at(10), carlos.id)
    assert view.block(booking).start == at(10)


def test_resize_by_dragging_the_bottom_edge(page, salon):
    book, _carlos, _mei, ines, _wang = salon
    booking = booked(book, ines, 10)
    page.refresh()
    view = page.view
    rect = view.block_rect(booking)
    edge = QPointF(rect.center().x(), rect.bottom() - 2)
    drag(view, edge, edge + QPointF(0, 2 * view.grid.row_height))
    assert entry(book, booking).duration_min == 90
    assert page.session.undo_text() == "&Undo resize of Inés Jiménez's booking"


def test_a_move_onto_a_clash_asks_and_pick_another_slot_leaves_it(page, salon, answers):
    book, carlos, _mei, ines, wang = salon
    booking = booked(book, ines, 10)
    booked(book, wang, 12, staff=carlos)
    page.refresh()
    answers.reply = False
    view = page.view
    drag(view, view.point_of(carlos.id, at(10, 15)), view.point_of(carlos.id, at(12, 15)))
    assert entry(book, booking).starts_at == at(10)
    kind, title, text = answers[-1]
    assert (kind, title) == ("question", "This booking clashes")
    assert "Carlos has 王芳 12:00–13:00" in text
    answers.reply = True  # Book anyway: a double booking on purpose
    drag(view, view.point_of(carlos.id, at(10, 15)), view.point_of(carlos.id, at(12, 15)))
    assert entry(book, booking).starts_at == at(12)


def test_cancel_from_the_menu_keeps_it_struck_and_undo_brings_it_back(page, salon):
    book, _carlos, _mei, ines, _wang = salon
    booking = booked(book, ines, 10)
    page.refresh()
    page.view.select(booking)
    menu = page.booking_menu(page.view.block(booking))
    [late] = [a for a in menu.findChildren(type(menu.menuAction()))
              if a.objectName() == "actCancel_late"]
    late.trigger()
    assert entry(book, booking).status == AppointmentStatus.CANCELLED
    assert page.view.block(booking).status == "cancelled"
    assert page.session.undo_text() == "&Undo cancellation for Inés Jiménez"
    page.session.undo(page, "Undo failed")
    assert entry(book, booking).status == AppointmentStatus.BOOKED


def test_status_back_to_booked_from_the_menu(page, salon):
    book, _carlos, _mei, ines, _wang = salon
    booking = booked(book, ines, 10)
    book.appointments.set_status(booking, AppointmentStatus.ARRIVED)
    page.refresh()
    menu = page.booking_menu(page.view.block(booking))
    actions = {a.objectName(): a for a in menu.actions()}
    assert not actions["actArrive"].isEnabled()
    actions["actBooked"].trigger()
    assert entry(book, booking).status == AppointmentStatus.BOOKED


def test_keyboard_moves_through_days_and_bookings(page, salon):
    book, _carlos, _mei, ines, wang = salon
    first = booked(book, ines, 10)
    second = booked(book, wang, 11)
    page.refresh()
    view = page.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.selected_id == first
    assert page.current_client_id() == ines.id
    assert "Inés Jiménez" in page.card.plain_text()
    QTest.keyClick(view, Qt.Key.Key_Right)
    assert view.selected_id == second
    QTest.keyClick(view, Qt.Key.Key_PageDown)
    assert page.day == TUE + timedelta(days=1) and view.blocks == []
    QTest.keyClick(view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(view, Qt.Key.Key_PageUp)
    assert page.day == TUE - timedelta(days=1)
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    assert page.day == TUE and len(view.blocks) == 2


def test_the_week_shows_each_designers_load_and_opens_a_day(page, salon, qtmodeltester):
    book, _carlos, _mei, ines, _wang = salon
    booked(book, ines, 10, 90)
    page.set_mode(WEEK)
    model = page.week_model
    qtmodeltester.check(model)
    assert model.headerData(0, Qt.Orientation.Vertical) == "Carlos"
    tuesday = model.index(0, 1)
    assert model.data(tuesday) == "1 booked\n7:30 free"
    assert model.data(model.index(0, 0)) == "Not working"  # Monday
    page._open_week_day(model.index(1, 3))
    assert page.mode() == DAY and page.day == TUE + timedelta(days=2)


def test_an_empty_week_model_passes_the_model_test(qapp, qtmodeltester):
    qtmodeltester.check(WeekModel())


def test_the_booking_menu_opens_from_the_keyboard(page, salon, monkeypatch):
    book, _carlos, _mei, ines, _wang = salon
    booking = booked(book, ines, 10)
    page.refresh()
    opened = []
    monkeypatch.setattr(page, "_menu", lambda block, where: opened.append(block.id))
    page.view.select(booking)
    QTest.keyClick(page.view, Qt.Key.Key_Delete)
    assert opened == [booking]
    assert isinstance(page.view.mapToGlobal(QPoint(0, 0)), QPoint)


def test_ctrl_plus_and_minus_zoom_the_rows(page):
    view = page.view
    before = view.grid.row_height
    QTest.keyClick(view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert view.grid.row_height == before + 4 and view.minimumHeight() == view.grid.height
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert view.grid.row_height == before - 4


def test_the_keyboard_moves_and_resizes_the_selected_booking(page, salon):
    book, carlos, mei, ines, _wang = salon
    booking = booked(book, ines, 10)
    page.refresh()
    view = page.view
    view.select(booking)
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert entry(book, booking).starts_at == at(10, 15)
    QTest.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert entry(book, booking).staff_id == mei.id
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert entry(book, booking).duration_min == 75
    page.session.undo(page, "Undo failed")
    page.session.undo(page, "Undo failed")
    page.session.undo(page, "Undo failed")
    back = entry(book, booking)
    assert (back.starts_at, back.staff_id, back.duration_min) == (at(10), carlos.id, 60)

"""The firm's opening hours: set in Settings (bad text refused inline, nothing saved), and
the calendar's day shows them as its first and last rows."""

from __future__ import annotations

from datetime import datetime

import pytest

from clientbook.domain.models import Appointment, Client
from clientbook.services.book import Book
from clientbook.ui.calendar.calendar_page import CalendarPage
from clientbook.ui.session import Session
from clientbook.ui.settings.settings_dialog import SettingsDialog

NOW = datetime(2026, 11, 24, 9, 0)  # a Tuesday morning
TUE, SAT = NOW.date(), datetime(2026, 11, 28).date()


@pytest.fixture
def salon(isolated_data_dir, qapp, answers):
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    carlos = book.staff.add("Carlos")
    book.staff_hours.set(carlos.id, ["tue-sat 09:00-18:00"])
    book.staff.add("Mei")  # no hours of her own
    yield book
    book.close()


@pytest.fixture
def dialog(qtbot, salon):
    widget = SettingsDialog(Session(salon))
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def page(qtbot, salon):
    shown = CalendarPage(Session(salon))
    qtbot.addWidget(shown)
    shown.resize(1200, 760)
    shown.show()
    qtbot.waitExposed(shown)
    shown.go_to(TUE)
    return shown


def _rows(page):
    return page.view.grid.first_minute // 60, page.view.grid.last_minute // 60


def test_opening_hours_are_saved_from_settings(qtbot, dialog, salon):
    edit = dialog.opening.hours_edit
    assert edit.text() == "" and edit.accessibleName() == "Opening hours"
    edit.setText("Tue-Fri 10:00-19:00; sat 09:00-14:00")
    with qtbot.waitSignal(dialog.session.changed):
        dialog.accept()
    assert salon.setting("opening_hours") == "mon off; tue-fri 10:00-19:00; sat 09:00-14:00; " \
        "sun off"
    assert SettingsDialog(Session(salon)).opening.hours_edit.text() == \
        salon.setting("opening_hours")


@pytest.mark.parametrize("text", ["mon-fri 9 to 6", "mon-fri 18:00-09:00", "everyday"])
def test_bad_opening_hours_are_refused_inline_and_nothing_is_saved(qtbot, dialog, salon, text):
    dialog.show()
    dialog.currency_combo.setCurrentText("GBP")
    dialog.opening.hours_edit.setText(text)
    with qtbot.assertNotEmitted(dialog.session.changed):
        assert dialog.save() is None
        dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert text in dialog.error_label.text()
    assert "mon-fri 09:00-17:00" in dialog.error_label.text()  # how to write it
    assert dialog.focusWidget() is dialog.opening.hours_edit
    assert (salon.setting("opening_hours"), salon.setting("currency")) == ("", "EUR")


def test_the_day_rows_follow_the_opening_hours(page, salon):
    assert _rows(page) == (8, 19)  # unset: the designers' hours, an hour either side
    page.session.apply(lambda: salon.update_settings(
        {"opening_hours": "tue-fri 10:00-19:30; sat 09:00-14:00"}))
    assert _rows(page) == (10, 20)  # first row at opening, last row ends at closing
    page.go_to(SAT)
    assert _rows(page) == (9, 14)


def test_a_booking_outside_opening_hours_is_still_shown(page, salon):
    ines = Client(display_name="Inés Jiménez")
    salon.clients.add(ines)
    salon.history.add_appointment(Appointment(ines.id, datetime(2026, 11, 24, 19, 30)))
    page.session.apply(lambda: salon.update_settings({"opening_hours": "mon-sat 10:00-18:00"}))
    assert _rows(page) == (10, 21)


def test_a_designer_with_no_hours_works_the_opening_hours(page, salon):
    page.session.apply(lambda: salon.update_settings({"opening_hours": "mon-sat 11:00-15:00"}))
    spans = {c.name: c.open_spans for c in page.view.grid.columns}
    assert spans == {"Carlos": ((540, 1080),), "Mei": ((660, 900),)}

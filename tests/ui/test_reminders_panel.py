"""Reminders in the window: the Today page's banner and its Birthdays list."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from clientbook.domain.birthdays import Birthday
from clientbook.domain.care.reminders import BirthdayReminder
from clientbook.domain.models import Appointment, Client
from clientbook.services.followups.reminders import birthday_reminders
from clientbook.ui.reminders.reminder_words import ReminderWords
from clientbook.ui.reminders.reminders_panel import BirthdaysPanel, ReminderBanner
from clientbook.ui.today.today_page import TodayPage

TODAY = date(2026, 11, 22)


@pytest.fixture
def opened(session):
    ids: list[int] = []
    session.open_client.connect(ids.append)
    return ids


@pytest.fixture
def page(qtbot, session):
    made = TodayPage(session)
    qtbot.addWidget(made)
    made.resize(1280, 760)
    made.show()
    return made


@pytest.fixture
def panel(qtbot, session):
    made = BirthdaysPanel(session)
    qtbot.addWidget(made)
    made.show()
    return made


def reminder(client_id, name, days=0, age=None, appointment=None):
    return BirthdayReminder(client_id, name, TODAY + timedelta(days=days), days, age,
                            appointment)


FOUND = [reminder(1, "Ζωή Παπαδοπούλου", 0, 26), reminder(2, "王小明", 0),
         reminder(3, "Олена Коваль", 1, 40),
         reminder(4, "Anna Smith", 5, 34, datetime(2026, 11, 26, 14, 30))]


# --- The banner ----------------------------------------------------------------------------

@pytest.fixture
def banner(qtbot):
    """A banner inside a shown window, as on the Today page."""
    window = QWidget()
    qtbot.addWidget(window)
    made = ReminderBanner(window)
    window.show()
    yield made
    window.close()


def test_banner_shows_plain_text_and_hides_when_empty(banner):
    assert banner.objectName() == "reminderBanner" and not banner.isVisible()
    banner.set_reminder("birthdays", "1 birthday today: <b>Ζωή</b>")
    assert banner.isVisible() and banner.text() == "1 birthday today: <b>Ζωή</b>"
    for label in banner.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText
    banner.clear("birthdays")
    assert not banner.isVisible()


def test_banner_show_and_dismiss(banner, qtbot):
    banner.set_reminder("nudge", "Anna Smith at 14:30 with Mei", 42)
    banner.set_reminder("birthdays", "1 birthday today: 王小明")
    assert banner.text().splitlines() == ["Anna Smith at 14:30 with Mei",
                                          "1 birthday today: 王小明"]  # the nudge on top
    show, dismiss = banner.buttons("nudge")
    assert show.accessibleName() and dismiss.accessibleName()
    with qtbot.waitSignal(banner.showRequested) as signal:
        show.click()
    assert signal.args == ["nudge", 42]
    dismiss.click()
    assert not banner.is_showing("nudge") and banner.isVisible()
    banner.set_reminder("nudge", "Anna Smith at 14:30 with Mei", 42)
    assert not banner.is_showing("nudge")  # the same text stays dismissed…
    banner.set_reminder("nudge", "Олена at 15:00", 43)
    assert banner.is_showing("nudge")  # …a new one shows
    banner.dismiss("birthdays")
    banner.set_reminder("birthdays", "1 birthday today: 王小明", renew=True)
    assert banner.is_showing("birthdays")  # asked again


# --- The Birthdays list --------------------------------------------------------------------

def test_panel_lists_today_then_this_week(panel):
    panel.set_reminders(FOUND, TODAY)
    assert panel.objectName() == "birthdaysPanel"
    assert panel.group_titles() == ["Today (2)", "This week (2)"]
    assert panel.reminders() == FOUND
    rows = [[panel.model.index(r, c).data() for c in range(4)]
            for r in range(panel.model.rowCount()) if panel.reminder_at(r)]
    assert rows == [["Today", "Ζωή Παπαδοπούλου", "26", ""], ["Today", "王小明", "", ""],
                    ["Tomorrow", "Олена Коваль", "40", ""],
                    ["Friday", "Anna Smith", "34", "Thursday at 14:30"]]
    tie = panel.model.index(panel.model.rowCount() - 1, 3).data(Qt.ItemDataRole.ToolTipRole)
    assert tie == "Anna Smith is in on Thursday at 14:30; their birthday is on Friday"
    assert panel.empty.isHidden()


def test_panel_empty_says_so(panel):
    panel.set_reminders([], TODAY)
    assert panel.empty.isVisible() and panel.empty.text() == "No birthdays this week"
    assert panel.view.isHidden()


def test_panel_opens_the_client_by_double_click_and_enter(panel, qtbot, opened):
    panel.set_reminders(FOUND, TODAY)
    panel.open_index(panel.model.index(2, 1))  # what a double-click does
    assert opened == [2]
    panel.view.clearSelection()
    panel.view.setCurrentIndex(panel.model.index(-1, -1))
    panel.focus_list()
    assert panel.current() == FOUND[0]
    panel.select_client(4)
    qtbot.keyClick(panel.view, Qt.Key.Key_Return)
    assert opened == [2, 4]
    panel.open_index(panel.model.index(0, 0))  # a group heading opens nothing
    assert opened == [2, 4]


def test_panel_keeps_the_selected_client_across_refreshes(panel):
    panel.set_reminders(FOUND, TODAY)
    panel.select_client(3)
    panel.set_reminders(FOUND[1:], TODAY)
    assert panel.current() == FOUND[2]


# --- On the Today page -----------------------------------------------------------------------

def test_today_page_banner_and_toggle_show_the_books_birthdays(page, session):
    found = birthday_reminders(session.book, TODAY)
    assert found
    words = ReminderWords()
    assert page.banner.text("birthdays") == words.banner_line(found, TODAY)
    assert page.banner.is_showing("birthdays")
    assert page.birthdays_toggle.text() == f"&Birthdays ({len(found)})"
    assert page.birthdays.isHidden()
    page.birthdays_toggle.click()
    assert page.birthdays.isVisible() and page.birthdays.reminders() == found
    assert not page.banner.is_showing("birthdays")  # the list says it all
    page.birthdays_toggle.click()
    assert page.birthdays.isHidden() and page.banner.is_showing("birthdays")


def test_banner_show_opens_the_list_with_the_keyboard_in_it(page, qtbot):
    show, _dismiss = page.banner.buttons("birthdays")
    show.click()
    assert page.birthdays_toggle.isChecked() and page.birthdays.isVisible()
    assert page.birthdays.current() is not None


def test_a_new_birthday_shows_at_once(page, session):
    client = Client(display_name="Θεοδώρα Νικολάου", birthday=Birthday(11, 22, 1980))
    session.apply(lambda: session.book.clients.add(client))
    assert "Θεοδώρα Νικολάου (46)" in page.banner.text("birthdays")
    page.show_birthdays()  # the list is filled when it is opened
    assert client.id in [r.client_id for r in page.birthdays.reminders()]
    other = Client(display_name="Ζωή Αλεξίου", birthday=Birthday(11, 23, 1990))
    session.apply(lambda: session.book.clients.add(other))  # while the list is open
    assert other.id in [r.client_id for r in page.birthdays.reminders()]


def test_show_reminder_brings_a_dismissed_birthday_line_back(page):
    page.banner.dismiss("birthdays")
    assert not page.banner.isVisible()
    page.show_reminder("birthdays", "1 birthday today: X", None)
    assert page.banner.is_showing("birthdays")
    assert page.banner.text("birthdays") == ReminderWords().banner_line(page.reminders, TODAY)


def test_nudge_show_selects_the_appointment_or_opens_the_card(page, session, opened):
    item = page.model.items()[-1]
    page.view.selectRow(0)
    page.show_reminder("nudge", "Next client", item.appointment.client_id)
    show, _ = page.banner.buttons("nudge")
    show.click()
    assert page.current_client_id() == item.appointment.client_id and opened == []
    elsewhere = Client(display_name="Not In Today")
    session.apply(lambda: session.book.clients.add(elsewhere))
    page.show_reminder("nudge", "Not In Today at 18:00", elsewhere.id)
    show.click()
    assert opened == [elsewhere.id]


def test_a_new_day_clears_the_nudge(page, session):
    page.show_reminder("nudge", "Anna Smith at 14:30", 1)
    assert page.banner.is_showing("nudge")
    session.book.clock = lambda: datetime(2026, 11, 23, 8, 0)
    page.refresh()
    assert not page.banner.is_showing("nudge")


def test_a_tie_shows_in_the_list(page, session):
    client = Client(display_name="Анна Сміт", birthday=Birthday(11, 27, 1992))
    session.apply(lambda: session.book.clients.add(client))
    session.apply(lambda: session.book.history.add_appointment(
        Appointment(client.id, datetime(2026, 11, 26, 14, 30), 60, "Haircut")))
    page.show_birthdays()
    row = next(r for r in range(page.birthdays.model.rowCount())
               if (f := page.birthdays.reminder_at(r)) and f.client_id == client.id)
    assert page.birthdays.model.index(row, 3).data() == "Thursday at 14:30"

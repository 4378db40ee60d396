"""The tray: built with injected availability, its birthday menu, texts and close-to-tray."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import QSystemTrayIcon

from clientbook.domain.birthdays import Birthday
from clientbook.domain.care.reminders import BirthdayReminder, Nudge
from clientbook.domain.models import Appointment, Client
from clientbook.domain.words import fill
from clientbook.resource_paths import resource_path
from clientbook.services.followups.reminders import birthday_reminders
from clientbook.ui.reminders.reminder_words import ReminderWords
from clientbook.ui.reminders.tray import (
    CLOSE_HINT_KEY,
    MENU_LIMIT,
    ReminderTray,
    close_to_tray,
    menu_text,
    notification_text,
)
from clientbook.ui.today.today_page import TodayPage

TODAY = date(2026, 11, 22)  # a Sunday, the test clock's day


@pytest.fixture(autouse=True)
def never_ask_for_a_tray(monkeypatch):
    """The tray is told whether it may exist; asking Qt could crash before a QApplication."""
    def refuse():
        raise AssertionError("isSystemTrayAvailable() must not be called by the tray")
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(refuse))


@pytest.fixture
def icon():
    return QIcon(str(resource_path("icons", "clientbook.svg")))


@pytest.fixture
def tray(session, icon):
    made = ReminderTray(session, True, icon)
    yield made
    made.icon.hide()


@pytest.fixture
def opened(session):
    """The client ids the window was asked to open."""
    ids: list[int] = []
    session.open_client.connect(ids.append)
    return ids


def reminder(name, days=0, age=None, appointment=None, client_id=1):
    return BirthdayReminder(client_id, name, TODAY + timedelta(days=days), days, age,
                            appointment)


def add_client(session, name, birthday):
    client = Client(display_name=name, birthday=birthday)
    session.apply(lambda: session.book.clients.add(client))
    return client.id


# --- Construction ------------------------------------------------------------------------

def test_with_a_tray_the_icon_shows_ours_with_the_menu(tray, icon):
    assert tray.available and tray.icon is not None and tray.icon.isVisible()
    assert tray.icon.contextMenu() is tray.menu
    assert not tray.icon.icon().isNull()
    assert "ClientBook" in tray.icon.toolTip()


def test_without_a_tray_there_is_no_icon_and_no_menu(session, icon):
    tray = ReminderTray(session, False, icon)
    assert tray.icon is None and tray.menu is None
    assert tray.reminders == []  # nothing to fill: the Today page shows the birthdays


# --- The menu ----------------------------------------------------------------------------

def test_menu_lists_todays_and_this_weeks_birthdays_then_open_and_quit(tray, session):
    found = birthday_reminders(session.book, TODAY)
    today = [r for r in found if r.days_until == 0]
    coming = [r for r in found if r.days_until > 0]
    assert today and coming, "the demo has birthdays today and this week"
    top = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    assert top == [f"&Today's birthdays ({len(today)})", f"This &week ({len(coming)})",
                   "&Remind me again", "&Open ClientBook", "&Quit"]
    words = ReminderWords()
    assert [a.text() for a in tray.today_menu.actions()] == [
        menu_text(words.person(r)) for r in today]
    assert [a.data() for a in tray.today_menu.actions()] == [r.client_id for r in today]
    assert [a.data() for a in tray.week_menu.actions()] == [r.client_id for r in coming]
    for action, r in zip(tray.week_menu.actions(), coming, strict=True):
        assert action.text().startswith(menu_text(r.name))
        assert words.when(r.date, TODAY) in action.text()  # "Tomorrow", "Thursday", …


def test_each_birthday_action_opens_that_clients_card(tray, opened):
    shown = []
    tray.showWindow.connect(lambda: shown.append(True))
    actions = tray.today_menu.actions() + tray.week_menu.actions()
    for action in actions:
        action.trigger()
    assert opened == [a.data() for a in actions]
    assert len(shown) == len(actions)  # a hidden window comes back first


def test_open_quit_and_remind_again_emit_their_signals(tray, qtbot):
    with qtbot.waitSignal(tray.showWindow):
        tray.open_action.trigger()
    with qtbot.waitSignal(tray.quitRequested):
        tray.quit_action.trigger()
    with qtbot.waitSignal(tray.askAgain):
        tray.again_action.trigger()
    with qtbot.waitSignal(tray.showWindow):  # a click on the icon
        tray.icon.activated.emit(QSystemTrayIcon.ActivationReason.Trigger)


def test_the_menu_follows_the_book(tray, session):
    born = Birthday(TODAY.month, TODAY.day, 1990)
    client_id = add_client(session, "Smith & Jones", born)
    texts = {a.data(): a.text() for a in tray.today_menu.actions()}
    assert texts[client_id] == "Smith && Jones (36)"  # '&' is not a mnemonic
    session.apply(lambda: session.book.clients.set_archived(client_id, True))
    assert client_id not in [a.data() for a in tray.today_menu.actions()]


def test_a_long_day_ends_in_more_which_opens_the_list(tray, session, qtbot):
    born = Birthday(TODAY.month, TODAY.day)
    for i in range(MENU_LIMIT + 3):
        add_client(session, f"Client {i:02d}", born)
    actions = [a for a in tray.today_menu.actions() if not a.isSeparator()]
    assert len(actions) == MENU_LIMIT + 1
    more = actions[-1]
    assert more.objectName() == "trayMore" and more.text().endswith("more…")
    with qtbot.waitSignal(tray.showBirthdays):
        more.trigger()


def test_an_empty_week_says_so(session, icon, monkeypatch):
    session.book.clock = lambda: datetime(2026, 11, 22, 9)
    monkeypatch.setattr("clientbook.services.followups.reminders.birthday_reminders",
                        lambda book, today: [])
    tray = ReminderTray(session, True, icon)
    try:
        assert [a.text() for a in tray.today_menu.actions()] == ["No birthdays today"]
        assert not tray.today_menu.actions()[0].isEnabled()
        assert [a.text() for a in tray.week_menu.actions()] == ["No other birthdays this week"]
    finally:
        tray.icon.hide()


# --- Notification texts --------------------------------------------------------------------

def test_birthday_text_names_everyone_in_their_own_script():
    found = [reminder("Anna Smith", 0, 34), reminder("王小明", 0), reminder(
        "Ζωή Παπαδοπούλου", 0, 51), reminder("Олена Коваль", 2, 40), reminder("Henry Jones", 4)]
    words = ReminderWords()
    assert words.today_line(found) == \
        "3 birthdays today: Anna Smith (34), 王小明, Ζωή Παπαδοπούλου (51)"
    assert words.coming_line(found, TODAY) == "2 this week: Олена Коваль (Tue), Henry Jones (Thu)"


def test_plural_forms_one_and_many():
    words = ReminderWords()
    assert words.today_line([reminder("王小明", 0)]) == "1 birthday today: 王小明"
    assert words.coming_line([reminder("Ζωή", 1)], TODAY) == "1 birthday this week: Ζωή (Mon)"
    two = [reminder("Ζωή", 1), reminder("Олена", 3)]
    assert words.coming_line(two, TODAY) == "2 birthdays this week: Ζωή (Mon), Олена (Wed)"
    assert words.count_tip([reminder("A", 0), reminder("B", 1)]) == \
        "1 birthday today, 1 more coming up"
    assert words.banner_line([reminder("王小明", 0, 30), *two], TODAY) == \
        "1 birthday today: 王小明 (30) · 2 more this week"
    assert words.banner_line([reminder("王小明", 0), two[0]], TODAY) == \
        "1 birthday today: 王小明 · 1 more this week"


def test_a_longer_window_says_coming_up_with_dates():
    words = ReminderWords()
    line = words.coming_line([reminder("Олена", 3), reminder("Ζωή", 12)], TODAY)
    assert line.startswith("2 birthdays coming up: Олена (Wed), Ζωή (")
    assert "Dec" in line


def test_many_names_are_cut_short():
    words = ReminderWords()
    line = words.today_line([reminder(f"Κλέων {i}", 0) for i in range(12)])
    assert line.startswith("12 birthdays today: Κλέων 0, ") and line.endswith(", +4 more")


def test_a_birthday_tied_to_a_visit():
    words = ReminderWords()
    before = reminder("Anna Smith", 5, 34, datetime(2026, 11, 26, 14, 30))  # Thu; birthday Fri
    assert words.tie_line(before, TODAY) == \
        "Anna Smith is in on Thursday at 14:30; their birthday is on Friday"
    same = reminder("王小明", 0, None, datetime(2026, 11, 22, 11, 0))
    assert words.tie_line(same, TODAY) == "王小明 is in today at 11:00, on their birthday"
    next_week = reminder("Олена", 7, None, datetime(2026, 11, 23, 10, 0))
    assert words.tie_line(next_week, TODAY) == \
        "Олена is in tomorrow at 10:00; their birthday is next Sunday"
    assert words.tie_line(reminder("Ζωή", 1), TODAY) == ""
    text = words.birthday_text([before, same], TODAY)
    assert text.splitlines() == [
        "1 birthday today: 王小明", "1 this week: Anna Smith (Fri)",
        "Anna Smith is in on Thursday at 14:30; their birthday is on Friday",
        "王小明 is in today at 11:00, on their birthday"]


def test_nudge_text():
    words = ReminderWords()
    nudge = Nudge(7, 1, "Anna Smith", datetime(2026, 11, 22, 14, 30), "Mei", True, True, 0)
    assert words.nudge_text(nudge) == "Anna Smith at 14:30 with Mei — birthday today, reward due"
    plain = Nudge(8, 2, "Ζωή Παπαδοπούλου", datetime(2026, 11, 22, 9, 0), "", False, False, 0)
    assert words.nudge_text(plain) == "Ζωή Παπαδοπούλου at 09:00"
    late = Nudge(9, 3, "王小明", datetime(2026, 11, 22, 16, 0), "Олена", False, False, 2)
    assert words.nudge_text(late) == "王小明 at 16:00 with Олена — 2 promises overdue"
    one = Nudge(9, 3, "王小明", datetime(2026, 11, 22, 16, 0), "Олена", False, False, 1)
    assert words.nudge_text(one).endswith("— 1 promise overdue")
    assert words.nudge_title(nudge, datetime(2026, 11, 22, 14, 20)) == \
        "Next client in 10 minutes: open the briefing"


def test_names_are_inserted_literally():
    assert fill("%1 at %2", ["Client %2 & <b>", "14:30"]) == "Client %2 & <b> at 14:30"
    words = ReminderWords()
    assert words.person(reminder("%1 <i>Ann</i>", 0, 5)) == "%1 <i>Ann</i> (5)"


def test_notifications_escape_markup_on_linux_only():
    assert notification_text("Smith & <img src=x>", "linux") == "Smith &amp; &lt;img src=x&gt;"
    assert notification_text("Smith & <img src=x>", "win32") == "Smith & <img src=x>"


# --- Notifications: the tray and the window --------------------------------------------------

def test_birthday_notification_shows_and_reaches_the_window(tray, qtbot, monkeypatch):
    sent = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: sent.append(args))
    found = [reminder("Anna Smith", 0, 34), reminder("王小明", 0), reminder(
        "Ζωή Παπαδοπούλου", 0), reminder("Олена", 2), reminder("Henry", 3)]
    with qtbot.waitSignal(tray.inWindow) as signal:
        text = tray.notify_birthdays(found)
    assert signal.args == ["birthdays", text, None]
    assert text.splitlines()[:2] == [
        "3 birthdays today: Anna Smith (34), 王小明, Ζωή Παπαδοπούλου",
        "2 this week: Олена (Tue), Henry (Wed)"]
    assert sent and sent[0][0] == "Birthdays"
    assert sent[0][1] == notification_text(text)
    with qtbot.waitSignal(tray.showBirthdays):  # clicking it opens the list
        tray.icon.messageClicked.emit()


def test_nudge_notification_click_opens_the_briefing(tray, qtbot, opened, monkeypatch):
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: None)
    nudge = Nudge(7, 42, "Anna Smith", datetime(2026, 11, 22, 9, 10), "Mei", True, True, 0)
    with qtbot.waitSignal(tray.inWindow) as signal:
        tray.notify_nudge(nudge)
    assert signal.args == ["nudge", "Anna Smith at 09:10 with Mei — birthday today, reward due",
                           42]
    tray.icon.messageClicked.emit()
    assert opened == [42]


def test_without_a_tray_reminders_appear_in_the_window(qtbot, session, icon, opened):
    """The issue's no-tray path, offscreen: the banner says what the tray would have."""
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.show()
    tray = ReminderTray(session, False, icon)
    tray.inWindow.connect(page.show_reminder)
    page.banner.dismiss("birthdays")
    assert not page.banner.isVisible()
    found = birthday_reminders(session.book, TODAY)
    tray.notify_birthdays(found)
    assert page.banner.isVisible() and page.banner.is_showing("birthdays")
    for r in (r for r in found if r.days_until == 0):
        assert ReminderWords().person(r) in page.banner.text("birthdays")
    item = page.model.items()[-1]
    client = session.book.clients.get(item.appointment.client_id)
    nudge = Nudge(item.appointment.id, client.id, client.display_name,
                  item.appointment.starts_at, "Mei", False, True, 0)
    text = tray.notify_nudge(nudge)
    assert page.banner.text("nudge") == text
    show, _dismiss = page.banner.buttons("nudge")
    page.view.selectRow(0)
    show.click()
    assert page.current_item().appointment.client_id == client.id  # its briefing, on Today
    assert opened == []


def test_the_close_hint_goes_through_the_tray(tray, monkeypatch):
    sent = []
    monkeypatch.setattr(tray.icon, "showMessage", lambda *args: sent.append(args))
    tray.show_close_hint()
    assert sent[0][1] == notification_text(tray.close_hint_text())
    assert "Quit" in tray.close_hint_text()


# --- Closing the window --------------------------------------------------------------------

@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


def test_with_a_tray_closing_hides_and_hints_once(settings, tmp_path, qapp):
    hints = []
    event = QCloseEvent()
    assert close_to_tray(event, True, settings, lambda: hints.append(1)) is True
    assert not event.isAccepted() and hints == [1]
    again = QCloseEvent()
    assert close_to_tray(again, True, settings, lambda: hints.append(2)) is True
    assert not again.isAccepted() and hints == [1]
    reopened = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    assert reopened.value(CLOSE_HINT_KEY) in (True, "true")
    assert close_to_tray(QCloseEvent(), True, reopened, lambda: hints.append(3))
    assert hints == [1]  # remembered after a restart


def test_without_a_tray_closing_quits(settings, qapp):
    hints = []
    event = QCloseEvent()
    event.ignore()
    assert close_to_tray(event, False, settings, lambda: hints.append(1)) is False
    assert event.isAccepted() and hints == []
    assert settings.value(CLOSE_HINT_KEY) is None


def test_a_desktop_log_out_is_never_blocked(settings, qapp, monkeypatch):
    monkeypatch.setattr(type(qapp), "isSavingSession", lambda self: True)
    event = QCloseEvent()
    assert close_to_tray(event, True, settings, lambda: None) is False
    assert event.isAccepted()


def test_appointments_tied_in_the_tray_text(session, icon):
    """A client booked in during the week gets the visit named with the birthday."""
    book = session.book
    born = Birthday(11, 27, 1992)  # Friday
    client_id = add_client(session, "Анна Сміт", born)
    session.apply(lambda: book.history.add_appointment(
        Appointment(client_id, datetime(2026, 11, 26, 14, 30), 60, "Haircut")))
    tray = ReminderTray(session, False, icon)
    found = birthday_reminders(book, TODAY)
    text = tray.birthday_text(found)
    # The demo books the coming weeks, so other birthdays may be tied too and fill the three
    # lines shown; hers is then counted in "N more booked in around their birthday".
    anna = next(r for r in found if r.client_id == client_id)
    line = "Анна Сміт is in on Thursday at 14:30; their birthday is on Friday"
    assert tray.words.tie_line(anna, session.now().date()) == line
    assert line in text or "more booked in around their birthday" in text


def test_without_a_tray_the_desktops_own_notifications_are_used_where_they_exist(
        session, icon):
    from clientbook.ui.reminders.tray import ReminderTray, desktop_notifier

    sent = []
    tray = ReminderTray(session, False, icon, native=lambda t, x: sent.append((t, x)) or True)
    text = tray.notify_nudge(Nudge(1, 2, "Ζωή <b>", datetime(2026, 11, 22, 14, 30), "Mei",
                                   True, False, 0))
    assert len(sent) == 1 and "Ζωή &lt;b&gt;" in sent[0][1]  # notify-send reads markup
    assert "Ζωή <b>" in text
    assert desktop_notifier() is None  # offscreen there is no desktop to notify
    assert desktop_notifier(platform="win32") is None

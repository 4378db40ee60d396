"""The tray icon, its birthday menu and notifications — and the window hears every one.

The tray is optional: stock GNOME/Wayland and offscreen have none. Whether one exists is
passed in (the caller asks `QSystemTrayIcon.isSystemTrayAvailable()` only once a
QApplication exists; asking earlier crashes). Every notification is also emitted as
`inWindow`, so the Today page shows it whether or not a tray exists.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from clientbook.domain.care.reminders import BirthdayReminder, Nudge
from clientbook.domain.errors import StoreError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.ui.reminders.reminder_words import ReminderWords, coming_part, today_part
from clientbook.ui.session import Session

# Clients listed in each birthday submenu; more end in "n more…" (opens the list).
MENU_LIMIT = 15
# How long a notification stays (the desktop may decide otherwise).
MESSAGE_MS = 15_000
# QSettings key: the "keeps running in the tray" hint was shown once.
CLOSE_HINT_KEY = "tray/closeHintShown"

KIND_BIRTHDAYS = "birthdays"
KIND_NUDGE = "nudge"


def menu_text(text: str) -> str:
    """A client's name as a menu item shows it: a '&' is not a keyboard mnemonic."""
    return text.replace("&", "&&")


def notification_text(text: str, platform: str = sys.platform) -> str:
    """Text for `showMessage` that the desktop shows as typed.

    On Linux the message goes to the freedesktop notification server, which reads the body
    as markup: a name with '&' or '<' would vanish or break the message, and an `<img>` could
    make it open a file. Elsewhere the message is shown as plain text.
    """
    if not platform.startswith("linux"):
        return text
    import html  # loads on first use: the window starts without it

    return html.escape(text, quote=False)


class ReminderTray(QObject):
    """The tray icon (when `available`) with today's and this week's birthdays in its menu.

    Signals: `showWindow` (bring the window forward), `quitRequested` (Quit in the menu),
    `showBirthdays` (open the Birthdays list: a birthday message was clicked, or "n more…"),
    `askAgain` ("Remind me again" in the menu: announce today's birthdays once more),
    `inWindow(kind, text, client_id | None)` (show this in the window too; kind is
    "birthdays" or "nudge"). Choosing a client emits `session.open_client(client_id)`.
    """

    showWindow = Signal()
    quitRequested = Signal()
    showBirthdays = Signal()
    askAgain = Signal()  # "Remind me again": the scheduler's ask_again()
    inWindow = Signal(str, str, object)  # kind, text, client_id (int) or None

    def __init__(self, session: Session, available: bool, icon: QIcon,
                 parent: QObject | None = None,
                 native: Callable[[str, str], bool] | None = None):
        super().__init__(parent)
        self.native = native if native is not None else desktop_notifier()
        self.setObjectName("reminderTray")
        self.session = session
        self.available = available
        self.words = ReminderWords(self)
        self.reminders: list[BirthdayReminder] = []
        self._clicked: tuple[str, int | None] = (KIND_BIRTHDAYS, None)  # the last message's
        self.icon: QSystemTrayIcon | None = None
        self.menu: QMenu | None = None
        if available:
            self.menu = QMenu()  # a tray menu has no parent widget: this object keeps it
            self.menu.setObjectName("trayMenu")
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setObjectName("trayIcon")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._on_activated)
            self.icon.messageClicked.connect(self._on_message_clicked)
        session.changed.connect(self._on_changed)
        self.refresh()
        if self.icon is not None:
            self.icon.show()

    # --- Texts (no tray needed) ------------------------------------------------------------
    def birthday_text(self, reminders: Sequence[BirthdayReminder]) -> str:
        """'3 birthdays today: Anna Smith (34), 王小明, …' and '2 this week: …' lines."""
        return self.words.birthday_text(reminders, self.session.now().date())

    def nudge_text(self, nudge: Nudge) -> str:
        """'Anna Smith at 14:30 with Mei — birthday today, reward due'."""
        return self.words.nudge_text(nudge)

    def close_hint_text(self) -> str:
        return self.words.close_hint()

    def tooltip_text(self) -> str:
        """Counts only: the tray's tooltip is read as markup on some desktops."""
        return fill(self.tr("ClientBook — %1"), [self.words.count_tip(self.reminders)])

    # --- Menu ------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the window's birthdays again and rebuild the menu (also after midnight).

        Without a tray there is no menu to fill: the Today page shows the birthdays."""
        if not self.available:
            return
        try:
            with self.session.book.reading():
                today = self.session.now().date()
                self.reminders = self.session.book.followups.birthday_reminders(today)
        except StoreError:
            return  # a locked file: keep what is shown; the next refresh tries again
        if self.menu is not None:
            self._build_menu()
        if self.icon is not None:
            self.icon.setToolTip(self.tooltip_text())

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_reminders():
            self.refresh()

    def _build_menu(self) -> None:
        menu = self.menu
        assert menu is not None
        menu.clear()
        today = self.session.now().date()
        born_today, coming = today_part(self.reminders), coming_part(self.reminders)
        self.today_menu = self._birthday_menu(
            fill(self.tr("&Today's birthdays (%1)"), [str(len(born_today))]), "trayToday",
            born_today, lambda r: self.words.person(r), self.tr("No birthdays today"))
        self.week_menu = self._birthday_menu(
            fill(self.tr("This &week (%1)"), [str(len(coming))]), "trayWeek", coming,
            lambda r: fill(self.tr("%1 — %2"), [self.words.person(r),
                           self.words.when(r.date, today)]),
            self.tr("No other birthdays this week"))
        self.again_action = self._action(menu, self.tr("&Remind me again"), "trayAgain",
                                         self.askAgain.emit)
        menu.addSeparator()
        self.open_action = self._action(menu, self.tr("&Open ClientBook"), "trayOpen",
                                        self.showWindow.emit)
        self.quit_action = self._action(menu, self.tr("&Quit"), "trayQuit",
                                        self.quitRequested.emit)

    def _birthday_menu(self, title: str, name: str, reminders: list[BirthdayReminder],
                       label: Callable[[BirthdayReminder], str], empty: str) -> QMenu:
        assert self.menu is not None
        sub = self.menu.addMenu(title)
        sub.setObjectName(name)
        sub.menuAction().setObjectName(name + "Menu")
        if not reminders:
            none = sub.addAction(empty)
            none.setEnabled(False)
        for r in reminders[:MENU_LIMIT]:
            action = sub.addAction(menu_text(label(r)))
            action.setObjectName("trayClient")
            action.setData(r.client_id)
            action.triggered.connect(lambda _=False, cid=r.client_id: self.open_client(cid))
        if len(reminders) > MENU_LIMIT:
            sub.addSeparator()
            more = len(reminders) - MENU_LIMIT
            self._action(sub, self.tr("%n more…", "", more), "trayMore", self._open_list)
        return sub

    def _action(self, menu: QMenu, text: str, name: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.triggered.connect(lambda _=False: slot())
        return action

    # --- Notifications ---------------------------------------------------------------------
    def notify_birthdays(self, reminders: Sequence[BirthdayReminder]) -> str:
        """Announce birthdays (the scheduler's `birthdaysDue`); returns the text shown."""
        text = self.birthday_text(reminders)
        self._clicked = (KIND_BIRTHDAYS, None)
        self._show_message(self.words.birthday_title(reminders), text)
        self.inWindow.emit(KIND_BIRTHDAYS, text, None)
        return text

    def notify_nudge(self, nudge: Nudge) -> str:
        """Announce the next client (the scheduler's `nudgeDue`); returns the text shown."""
        text = self.nudge_text(nudge)
        self._clicked = (KIND_NUDGE, nudge.client_id)
        self._show_message(self.words.nudge_title(nudge, self.session.now()), text)
        self.inWindow.emit(KIND_NUDGE, text, nudge.client_id)
        return text

    def show_close_hint(self) -> None:
        """The one-time 'keeps running in the tray' message (see `close_to_tray`)."""
        self._clicked = (KIND_BIRTHDAYS, None)
        self._show_message(self.tr("ClientBook is still running"), self.close_hint_text())

    def _show_message(self, title: str, text: str) -> None:
        """Through the tray; without one, the desktop's own notifications where it has them
        (the window shows the same either way)."""
        if self.icon is not None and self.icon.supportsMessages():
            self.icon.showMessage(notification_text(title), notification_text(text),
                                  QSystemTrayIcon.MessageIcon.Information, MESSAGE_MS)
        elif self.native is not None:
            self.native(notification_text(title), notification_text(text))

    # --- Clicks ----------------------------------------------------------------------------
    def open_client(self, client_id: int) -> None:
        self.showWindow.emit()
        self.session.open_client.emit(client_id)

    def _open_list(self) -> None:
        self.showWindow.emit()
        self.showBirthdays.emit()

    def _on_message_clicked(self) -> None:
        kind, client_id = self._clicked
        if kind == KIND_NUDGE and client_id is not None:
            self.open_client(client_id)
        else:
            self._open_list()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.showWindow.emit()


def desktop_notifier(platform: str = sys.platform) -> Callable[[str, str], bool] | None:
    """Native notifications without a tray: `notify-send` (freedesktop) on Linux desktops
    that have it (stock GNOME on Wayland does). None offscreen or where there is none."""
    app = QGuiApplication.instance()
    if not platform.startswith("linux") or app is None or app.platformName() == "offscreen":
        return None
    import shutil  # these load only where notifications may be sent
    import subprocess

    program = shutil.which("notify-send")
    if program is None:
        return None

    def send(title: str, text: str) -> bool:
        try:
            subprocess.Popen([program, "--app-name=ClientBook", "--icon=clientbook", title,
                              text], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            return False
        return True

    return send


def close_to_tray(window_close_event: QCloseEvent, tray_available: bool, settings: QSettings,
                  show_hint: Callable[[], None]) -> bool:
    """Decide what closing the main window does; True: hide it (the event is ignored).

    With a tray the window hides and ClientBook keeps reminding; the first time, `show_hint`
    says so (remembered in `settings`). Without a tray, or while the desktop session is
    ending (an ignored close would cancel the log-out), the close goes ahead: quit.
    """
    app = QGuiApplication.instance()
    ending = isinstance(app, QGuiApplication) and app.isSavingSession()
    if not tray_available or ending:
        window_close_event.accept()
        return False
    window_close_event.ignore()
    if not _as_bool(settings.value(CLOSE_HINT_KEY, False)):
        settings.setValue(CLOSE_HINT_KEY, True)
        settings.sync()
        show_hint()
    return True


def _as_bool(value: object) -> bool:
    """QSettings gives back 'true'/'false' strings from an ini file."""
    return value is True or (isinstance(value, str) and value.casefold() in ("true", "1"))

"""Connects the reminder scheduler, the tray (when there is one) and the window.

The scheduler decides what is due, the tray announces it when it exists, and the Today page
always shows it too; closing the window hides it to the tray only when a tray exists.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon

from clientbook.resource_paths import resource_path
from clientbook.ui.app.single_instance import bring_to_front
from clientbook.ui.reminders.reminder_scheduler import ReminderScheduler
from clientbook.ui.reminders.tray import ReminderTray

LEDGER_KEY = "reminders/ledger"


class Reminders(QObject):
    """Owns the scheduler and the tray of one main window."""

    def __init__(self, window, tray_available: bool):
        super().__init__(window)
        self.window = window
        self.tray_available = tray_available
        settings = window.settings

        def store(text: str) -> None:
            settings.setValue(LEDGER_KEY, text)
            settings.sync()

        self.scheduler = ReminderScheduler(
            window.session, store, lambda: str(settings.value(LEDGER_KEY, "") or ""), self)
        icon = QIcon(str(resource_path("icons", "clientbook.svg")))
        self.tray = ReminderTray(window.session, tray_available, icon, self)
        today = window.today
        self.scheduler.birthdaysDue.connect(self.tray.notify_birthdays)
        self.scheduler.nudgeDue.connect(self.tray.notify_nudge)
        self.scheduler.dayChanged.connect(lambda _day: (today.refresh(), self.tray.refresh()))
        self.tray.inWindow.connect(today.show_reminder)
        self.tray.askAgain.connect(self.scheduler.ask_again)
        self.tray.showWindow.connect(lambda: bring_to_front(window))
        self.tray.showBirthdays.connect(window.show_birthdays)
        self.tray.quitRequested.connect(window.quit_app)
        # Each tick also moves a promise whose time has just passed into Overdue.
        self.scheduler.timer.timeout.connect(today.promises.refresh_if_due)

    def start(self) -> None:
        """Check now (the start-up announcement) and then every half minute."""
        self.scheduler.start()

"""Decides when to announce birthdays and pre-visit nudges; the tray and the window show them.

A QTimer calls `check_now()`; every decision uses `session.now()` (the book's injected clock),
so tests move the clock and call `check_now()` themselves instead of waiting. A timer that
slept with the machine fires late, and that first check after waking catches up: a new day
is announced once (however many days passed) and nudges whose time came during the sleep are
shown if their appointment has not started.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QObject, QTimer, Signal

from clientbook.domain.care.reminders import BirthdayReminder, ReminderLedger, local_day
from clientbook.domain.errors import StoreError
from clientbook.services.changes import Changes
from clientbook.ui.session import Session

log = logging.getLogger(__name__)

DEFAULT_INTERVAL_MS = 30_000


class ReminderScheduler(QObject):
    """Emits what is new to announce; never the same birthday twice a day, nor a nudge twice.

    `store_ledger`/`load_ledger` persist what was announced (as text) so a restart the same
    day does not repeat it; without them the ledger lives in memory.
    """

    birthdaysDue = Signal(object)  # list[BirthdayReminder]: new to announce (empty: ask_again)
    nudgeDue = Signal(object)  # Nudge
    dayChanged = Signal(object)  # date: the new day (after midnight or a wake on a later day)
    remindersChanged = Signal(object)  # list[BirthdayReminder]: the whole window, when it
    # changes (first check, new day, an edit): what an in-window list or banner shows

    def __init__(self, session: Session, store_ledger: Callable[[str], None] | None = None,
                 load_ledger: Callable[[], str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self._store_ledger = store_ledger
        self.ledger = ReminderLedger.from_json(_loaded(load_ledger))
        self.day: date | None = None
        """The day of the last check; None before the first."""
        self.last_check: datetime | None = None
        self._reminders: list[BirthdayReminder] = []
        self.timer = QTimer(self)
        self.timer.setObjectName("reminderTimer")
        self.timer.timeout.connect(self.check_now)
        session.changed.connect(self.refresh)

    # --- What the tray and the window read -------------------------------------------------
    def birthdays(self) -> list[BirthdayReminder]:
        """Every reminder of the current window (shown or not), as of the last day check."""
        return list(self._reminders)

    def today(self) -> list[BirthdayReminder]:
        return [r for r in self._reminders if r.days_until == 0]

    # --- Running ---------------------------------------------------------------------------
    def start(self, interval_ms: int = DEFAULT_INTERVAL_MS) -> None:
        """Check now (the start-up announcement), then every `interval_ms`."""
        self.check_now()
        self.timer.start(interval_ms)

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        """One check at `session.now()`: a new day announces its birthdays; nudges come due.

        A locked or damaged file skips this check (the next one tries again) rather than
        raising out of a timer.
        """
        now = self.session.now()
        today = local_day(now)
        try:
            with self.session.book.reading():
                if today != self.day:
                    self._new_day(today)
                self._nudge(now, today)
        except StoreError as exc:
            log.warning("Reminder check skipped: %s", exc)
            return
        self.last_check = now

    def ask_again(self) -> list[BirthdayReminder]:
        """"Show today's birthdays": forget what was announced today and announce the window
        again. Emits `birthdaysDue` even with an empty list, so the asker hears "none"."""
        today = local_day(self.session.now())
        self.ledger.forget_day(today)
        try:
            with self.session.book.reading():
                if today != self.day:
                    self._new_day(today, announce=False)
                else:
                    self._set_reminders(self.session.book.followups.birthday_reminders(today))
        except StoreError as exc:
            log.warning("Birthdays not read: %s", exc)
            if today != self.day:
                return []  # nothing known about this day; the next check tries again
        self._announce(self._reminders, today, always=True)
        return list(self._reminders)

    def refresh(self, changes: Changes | None = None) -> None:
        """Re-read the window's birthdays after an edit, without announcing anything.

        Connected to `session.changed`: a client archived, added or given a birthday, or an
        appointment booked, shows in `birthdays()` at once; `remindersChanged` tells readers.
        A new client whose birthday is today is listed but not announced (that is for the
        start of a day, or `ask_again`).
        """
        if self.day is None or (changes is not None and not changes.affects_reminders()):
            return
        try:
            with self.session.book.reading():
                fresh = self.session.book.followups.birthday_reminders(self.day)
        except StoreError as exc:
            log.warning("Birthdays not re-read: %s", exc)
            return
        self._set_reminders(fresh)

    # --- Steps -----------------------------------------------------------------------------
    def _new_day(self, today: date, announce: bool = True) -> None:
        fresh = self.session.book.followups.birthday_reminders(today)
        first = self.day is None
        self.day = today
        if not first:
            self.dayChanged.emit(today)
        self._set_reminders(fresh)
        if announce:
            self._announce(self._reminders, today)

    def _set_reminders(self, fresh: list[BirthdayReminder]) -> None:
        if fresh != self._reminders:
            self._reminders = fresh
            self.remindersChanged.emit(list(fresh))

    def _announce(self, reminders: list[BirthdayReminder], today: date,
                  always: bool = False) -> None:
        new = self.ledger.due_birthdays(reminders, today)
        if new or always:
            self.ledger.mark(new, today)
            self._save()
            self.birthdaysDue.emit(new)

    def _nudge(self, now: datetime, today: date) -> None:
        due = self.ledger.due_nudges(self.session.book.followups.nudges(now))
        if not due:
            return
        self.ledger.mark(due, today)
        self._save()
        for nudge in due:
            self.nudgeDue.emit(nudge)

    def _save(self) -> None:
        if self._store_ledger is not None:
            self._store_ledger(self.ledger.to_json())


def _loaded(load: Callable[[], str] | None) -> str:
    """The saved ledger text; empty when there is none or it cannot be read as text."""
    if load is None:
        return ""
    text = load()
    return text if isinstance(text, str) else ""

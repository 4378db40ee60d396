"""What to remind staff of, and when: birthdays in the coming days and pre-visit nudges.

Every time here is a naive *local* datetime, as the book's clock gives it and as
appointments are stored: the calendar day of a reminder is the day on the front-desk wall
clock, never a UTC day (a check at 00:30 is the new day even where UTC is still yesterday).
Callers pass `today`/`now`; nothing here reads the clock.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from clientbook.domain.birthdays import UpcomingBirthday
from clientbook.domain.models import Appointment, AppointmentStatus

# Appointments that can still happen: only these tie to a birthday or get a nudge.
EXPECTED = frozenset({AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED})

_LEDGER_VERSION = 1
_NUDGES_KEPT_DAYS = 1
"""Nudge entries older than this many days before today are dropped when marking."""


@dataclass(frozen=True)
class BirthdayReminder:
    client_id: int
    name: str
    date: date
    """The day it is celebrated (28 February for a 29 February birthday in a common year)."""
    days_until: int
    age: int | None
    """The age reached that day; None when the birth year is not known."""
    appointment: datetime | None
    """The client's first booked/arrived appointment within the reminder window, if any
    ("Anna is in on Thursday; her birthday is Friday")."""


@dataclass(frozen=True)
class Nudge:
    appointment_id: int
    client_id: int
    client_name: str
    starts_at: datetime
    staff_name: str
    birthday_today: bool
    """The birthday falls on the appointment's day."""
    reward_due: bool
    overdue_promises: int
    """Open promises to this client whose due time has passed."""


def local_day(now: datetime) -> date:
    """The calendar day on the local wall clock.

    The book works in naive local time; an aware time (from an outside source) is first
    moved to this machine's time zone, so a time zone never shifts a reminder's day.
    """
    if now.tzinfo is not None:
        now = now.astimezone()
    return now.date()


def window_bounds(today: date, days: int) -> tuple[datetime, datetime]:
    """[start, end) of the reminder window: today 00:00 up to the day after the last day."""
    start = datetime.combine(today, time())
    return start, start + timedelta(days=days + 1)


def tie_to_appointments(found: Iterable[UpcomingBirthday], appointments: Iterable[Appointment],
                        today: date, days: int) -> list[BirthdayReminder]:
    """Each upcoming birthday with the client's first expected appointment in the window."""
    start, end = window_bounds(today, days)
    first: dict[int, datetime] = {}
    for appt in appointments:
        if appt.status not in EXPECTED or not start <= appt.starts_at < end:
            continue
        known = first.get(appt.client_id)
        if known is None or appt.starts_at < known:
            first[appt.client_id] = appt.starts_at
    return [BirthdayReminder(b.client_id, b.name, b.date, b.days_until, b.age,
                             first.get(b.client_id)) for b in found]


def nudge_time(appointment: Appointment, minutes_before: int) -> datetime:
    return appointment.starts_at - timedelta(minutes=minutes_before)


def nudges_due(appointments: Iterable[Appointment], now: datetime, minutes_before: int,
               last_check: datetime | None = None) -> list[Appointment]:
    """The appointments to nudge about at `now`, in time order.

    One is due once `now` reaches `starts_at - minutes_before` and until it starts; never a
    cancelled, no-show or done one. `minutes_before` 0 means nudges are off.

    `last_check` makes the rule once-only by time alone: only nudge times after the previous
    check count. Pass None (the scheduler does, with a `ReminderLedger` deciding what was
    already shown) to get every appointment whose nudge time has come and which has not
    started: that is the catch-up after the machine slept through the nudge time, and it also
    nudges an appointment booked for a few minutes from now after the check before.
    """
    if minutes_before <= 0:
        return []
    due = [a for a in appointments
           if a.status in EXPECTED and nudge_time(a, minutes_before) <= now < a.starts_at
           and (last_check is None or nudge_time(a, minutes_before) > last_check)]
    due.sort(key=lambda a: (a.starts_at, a.id or 0))
    return due


def _nudge_key(nudge: Nudge) -> tuple[int, datetime]:
    # The start time is part of the key: a moved appointment is nudged again at its new time.
    return nudge.appointment_id, nudge.starts_at


@dataclass
class ReminderLedger:
    """What was already announced: at most one birthday reminder per client and day (unless
    asked again), one nudge per appointment. Small and JSON-persistable."""

    birthdays: dict[date, set[int]] = field(default_factory=dict)
    nudged: set[tuple[int, datetime]] = field(default_factory=set)

    def due_birthdays(self, reminders: Iterable[BirthdayReminder], today: date
                      ) -> list[BirthdayReminder]:
        """The reminders not yet announced today, in the given order."""
        shown = self.birthdays.get(today, set())
        return [r for r in reminders if r.client_id not in shown]

    def due_nudges(self, nudges: Iterable[Nudge]) -> list[Nudge]:
        return [n for n in nudges if _nudge_key(n) not in self.nudged]

    def mark(self, items: Iterable[BirthdayReminder | Nudge], today: date) -> None:
        """Record `items` as announced on `today`; forget what no later check can need."""
        self.birthdays = {today: self.birthdays.get(today, set())}
        oldest = today - timedelta(days=_NUDGES_KEPT_DAYS)
        self.nudged = {key for key in self.nudged if key[1].date() >= oldest}
        for item in items:
            if isinstance(item, Nudge):
                self.nudged.add(_nudge_key(item))
            else:
                self.birthdays[today].add(item.client_id)

    def forget_day(self, today: date) -> None:
        """Ask again: today's birthdays will be announced once more."""
        self.birthdays.pop(today, None)

    def to_json(self) -> str:
        return json.dumps({
            "version": _LEDGER_VERSION,
            "birthdays": {day.isoformat(): sorted(ids)
                          for day, ids in sorted(self.birthdays.items())},
            "nudged": sorted([appt_id, starts.isoformat()] for appt_id, starts in self.nudged),
        }, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str | None) -> ReminderLedger:
        """The ledger saved by `to_json`; an empty one for empty, damaged or unknown text
        (the worst case is a reminder shown once more, never a crash at start-up)."""
        try:
            data = json.loads(text or "{}")
            if not isinstance(data, dict) or data.get("version", _LEDGER_VERSION) != 1:
                return cls()
            birthdays = {date.fromisoformat(day): {int(i) for i in ids}
                         for day, ids in data.get("birthdays", {}).items()}
            nudged = {(int(appt_id), datetime.fromisoformat(starts))
                      for appt_id, starts in data.get("nudged", [])}
        except (ValueError, TypeError, AttributeError):
            return cls()
        return cls(birthdays, nudged)

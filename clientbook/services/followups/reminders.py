"""Birthday reminders and pre-visit nudges read from the book (the scheduler's queries)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from clientbook.domain.birthdays import days_until
from clientbook.domain.care.reminders import (
    BirthdayReminder,
    Nudge,
    nudges_due,
    tie_to_appointments,
    window_bounds,
)
from clientbook.services.settings import nudge_minutes

if TYPE_CHECKING:
    from clientbook.services.book import Book


def birthday_reminders(book: Book, today: date, days: int | None = None
                       ) -> list[BirthdayReminder]:
    """Active clients' birthdays from `today` through `days` days ahead (default: the
    `birthday_days` setting), soonest first, each with the client's first booked or arrived
    appointment in that window.

    Two indexed queries however big the book: the birthdays on the window's days, and the
    appointments in the window.
    """
    days = int(book.setting("birthday_days")) if days is None else days
    found = book.birthdays(days, today)
    if not found:
        return []
    start, end = window_bounds(today, days)
    appointments = book.store.records.appointments_between(start, end)
    return tie_to_appointments(found, appointments, today, days)


def nudges(book: Book, now: datetime, minutes_before: int | None = None) -> list[Nudge]:
    """Booked or arrived appointments whose nudge time has come and which have not started.

    Only the appointments starting in the next `minutes_before` minutes (default: the
    `nudge_minutes` setting; 0: none) are read, and only for them the client, the reward and
    the promises: a check every 30 seconds stays cheap. One at 00:05 is nudged at 23:55.
    """
    minutes = nudge_minutes(book.store) if minutes_before is None else minutes_before
    if minutes <= 0:
        return []
    store = book.store
    # Stored times have whole seconds: one second more keeps one starting exactly at the end.
    upcoming = store.records.appointments_between(
        now, now + timedelta(minutes=minutes, seconds=1))
    found = []
    staff_names: dict[int, str] | None = None
    for appt in nudges_due(upcoming, now, minutes):
        client = store.clients.get(appt.client_id)
        if client is None or appt.id is None:
            continue
        if staff_names is None:
            staff_names = {s.id: s.name for s in store.staff.all() if s.id is not None}
        day = appt.starts_at.date()
        reward = book.loyalty.status(client.id, day)
        overdue = sum(1 for p in store.records.open_promises(client.id) if p.due_at < now)
        found.append(Nudge(
            appointment_id=appt.id, client_id=client.id, client_name=client.display_name,
            starts_at=appt.starts_at, staff_name=staff_names.get(appt.staff_id, ""),
            birthday_today=client.birthday is not None and days_until(client.birthday, day) == 0,
            reward_due=reward is not None and reward.due, overdue_promises=overdue))
    return found

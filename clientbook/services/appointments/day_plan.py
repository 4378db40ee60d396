"""What the calendar shows: a day's designers with their hours and bookings, a week's load."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clientbook.domain.scheduling import HOLDING
from clientbook.domain.working_hours import off_on
from clientbook.services.appointments.hours import StaffHours
from clientbook.services.clients.agenda import AgendaItem, agenda
from clientbook.services.followups.loyalty import LoyaltyService
from clientbook.storage.store import Store


@dataclass(frozen=True)
class DayColumn:
    staff_id: int | None
    name: str
    open_spans: tuple[tuple[int, int], ...]  # working minutes from midnight; () = not working
    time_off: bool = False


@dataclass(frozen=True)
class DayPlan:
    day: date
    columns: list[DayColumn]
    items: list[AgendaItem]


@dataclass(frozen=True)
class WeekCell:
    bookings: int  # holding bookings (not cancelled, not missed)
    booked_minutes: int
    open_minutes: int  # working minutes that day (0: not working)

    @property
    def free_minutes(self) -> int:
        return max(0, self.open_minutes - self.booked_minutes)


class DayPlanner:
    def __init__(self, store: Store, clock: Callable[[], datetime], loyalty: LoyaltyService,
                 hours: StaffHours):
        self.store = store
        self.clock = clock
        self.loyalty = loyalty
        self.hours = hours

    def _designers(self, booked_staff: set[int | None]) -> list:
        return [s for s in self.store.staff.all()
                if (s.active and s.role == "designer") or s.id in booked_staff]

    def _spans(self, staff_id: int, day: date) -> tuple[tuple[tuple[int, int], ...], bool]:
        if off_on(self.hours.time_off(staff_id), day):
            return (), True
        return self.hours.pattern(staff_id).days[day.weekday()], False

    def day(self, day: date, staff_id: int | None = None) -> DayPlan:
        """One column per designer working that day (or booked), in name order; bookings
        without a designer get a last column."""
        now = self.clock()
        items = agenda(self.store, day, now, self.loyalty)
        booked = {i.appointment.staff_id for i in items}
        columns = []
        for person in self._designers(booked):
            assert person.id is not None
            if staff_id is not None and person.id != staff_id:
                continue
            spans, off = self._spans(person.id, day)
            if spans or person.id in booked:
                columns.append(DayColumn(person.id, person.name, spans, off))
        if None in booked and staff_id is None:
            columns.append(DayColumn(None, "", ()))
        if staff_id is not None:
            items = [i for i in items if i.appointment.staff_id == staff_id]
        return DayPlan(day, columns, items)

    def week(self, first: date, staff_id: int | None = None
             ) -> tuple[list[tuple[int, str]], dict[tuple[int, date], WeekCell]]:
        """Designers (id, name) and, for each and each of the 7 days, their load."""
        start = datetime.combine(first, time())
        entries = self.store.calendar.entries_between(start, start + timedelta(days=7),
                                                      staff_id)
        booked: dict[tuple[int, date], list[int]] = {}
        for e in entries:
            a = e.appointment
            if a.staff_id is not None and str(a.status) in HOLDING:
                booked.setdefault((a.staff_id, a.starts_at.date()), []).append(a.duration_min)
        people = [p for p in self._designers({k[0] for k in booked})
                  if p.id is not None and (staff_id is None or p.id == staff_id)]
        cells = {}
        for person in people:
            assert person.id is not None
            for offset in range(7):
                day = first + timedelta(days=offset)
                spans, _off = self._spans(person.id, day)
                minutes = booked.get((person.id, day), [])
                cells[person.id, day] = WeekCell(len(minutes), sum(minutes),
                                                 sum(b - a for a, b in spans))
        return [(p.id, p.name) for p in people if p.id is not None], cells

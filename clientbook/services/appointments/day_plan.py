"""What the calendar shows: a day's designers with their hours and bookings, a week's load."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clientbook.domain.birthdays import Birthday, days_until
from clientbook.domain.care.briefing import BIRTHDAY_BANNER_DAYS, is_caution
from clientbook.domain.care.loyalty import LoyaltyMode, reward_status
from clientbook.domain.scheduling.scheduling import HOLDING
from clientbook.domain.scheduling.working_hours import off_on
from clientbook.services.appointments.hours import StaffHours
from clientbook.services.clients.agenda import AgendaItem, Badge
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
    opening: tuple[tuple[int, int], ...] | None = None
    """The firm's opening minutes that weekday (() closed); None when Settings has none."""


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

    def _week_spans(self, staff_id: int, first: date
                    ) -> list[tuple[tuple[int, int], ...]]:
        """Working minutes for each of 7 days from `first` (two reads, not fourteen)."""
        pattern, off = self.hours.pattern(staff_id), self.hours.time_off(staff_id)
        days = [first + timedelta(days=n) for n in range(7)]
        return [() if off_on(off, d) else pattern.days[d.weekday()] for d in days]

    def day(self, day: date, staff_id: int | None = None) -> DayPlan:
        """One column per designer working that day (or booked), in name order; bookings
        without a designer get a last column."""
        items = self._agenda(day)
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
        week = self.hours.opening()
        return DayPlan(day, columns, items, week.days[day.weekday()] if week else None)

    def _agenda(self, day: date) -> list[AgendaItem]:
        """The day's bookings with the Today list's badges (same rules as
        services/clients/agenda.py), read in a few queries for the whole day rather than
        several per booking, so a day of 150 bookings stays instant."""
        now = self.clock()
        start = datetime.combine(day, time())
        entries = self.store.calendar.entries_between(start, start + timedelta(days=1))
        ids = sorted({e.appointment.client_id for e in entries})
        people, cautions, due = self.store.calendar.client_facts(
            ids, datetime.combine(day, time.max))
        rule = self.loyalty.rule()
        rewards = {}
        if rule.mode != LoyaltyMode.OFF:
            # A rule by visits never needs the spend: counted from the index alone (a day in
            # the past reads no visit rows), and the reward's `spent` is left at 0.
            by_spend = rule.mode == LoyaltyMode.SPEND
            for cid, (visits, spent) in self.store.calendar.reward_counts(
                    ids, day, with_spend=by_spend).items():
                rewards[cid] = reward_status(rule, visits, spent)
        items = []
        for e in entries:
            a = e.appointment
            if a.client_id not in people:
                continue
            birthday, designer_id = people[a.client_id]
            badges: list[Badge] = []
            if birthday:
                ahead = days_until(Birthday.parse(birthday), day)
                if ahead == 0:
                    badges.append(Badge.BIRTHDAY_TODAY)
                elif ahead <= BIRTHDAY_BANNER_DAYS:
                    badges.append(Badge.BIRTHDAY_SOON)
            promised = due.get(a.client_id, [])
            if any(d < now for d in promised):
                badges.append(Badge.PROMISE_OVERDUE)
            elif promised:
                badges.append(Badge.PROMISE_DUE)
            reward = rewards.get(a.client_id)
            if reward is not None and reward.due:
                badges.append(Badge.REWARD_DUE)
            elif reward is not None and reward.one_to_go:
                badges.append(Badge.REWARD_NEXT)
            if designer_id is not None and a.staff_id is not None and a.staff_id != designer_id:
                badges.append(Badge.DESIGNER_DIFFERS)
            texts = tuple(p.text() for p in cautions.get(a.client_id, []) if is_caution(p))
            if texts:
                badges.append(Badge.CAUTION)
            items.append(AgendaItem(a, e.client_name, e.staff_name, tuple(badges), texts,
                                    reward))
        return items

    def week(self, first: date, staff_id: int | None = None
             ) -> tuple[list[tuple[int, str]], dict[tuple[int, date], WeekCell]]:
        """Designers (id, name) and, for each and each of the 7 days, their load."""
        start = datetime.combine(first, time())
        booked: dict[tuple[int, date], list[int]] = {}
        for who, day_text, minutes in self.store.calendar.loads_between(
                start, start + timedelta(days=7), HOLDING, staff_id):
            booked.setdefault((who, date.fromisoformat(day_text)), []).append(minutes)
        people = [p for p in self._designers({k[0] for k in booked})
                  if p.id is not None and (staff_id is None or p.id == staff_id)]
        cells = {}
        for person in people:
            assert person.id is not None
            for offset, spans in enumerate(self._week_spans(person.id, first)):
                day = first + timedelta(days=offset)
                minutes = booked.get((person.id, day), [])
                cells[person.id, day] = WeekCell(len(minutes), sum(minutes),
                                                 sum(b - a for a, b in spans))
        return [(p.id, p.name) for p in people if p.id is not None], cells

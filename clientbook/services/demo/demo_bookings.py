"""The demo's appointment book: today's busy diary, the coming weeks (each booking in its
designer's hours, clear of their others) and the past fortnight with its no-shows."""

from __future__ import annotations

import random
from datetime import date, timedelta

from clientbook.domain.models import AppointmentStatus
from clientbook.domain.scheduling.working_hours import WeekPattern
from clientbook.services.demo import demo_pools as pools
from clientbook.services.demo.demo_calendar import place

# Appointment start times, every half hour from 09:00 to 17:30.
SLOTS = tuple(f"{h:02d}:{m:02d}:00" for h in range(9, 18) for m in (0, 30))
SERVICE_DRAW = tuple(s for s in pools.SERVICES for _ in range(s[1]))
APPOINTMENT_COLUMNS = ["client_id", "starts_at", "duration_min", "staff_id", "service",
                       "status", "notes", "service_id"]
# How far ahead the demo's calendar is booked, and how far back its past bookings go.
WEEKS_AHEAD = 3
PAST_DAYS = 14


class DemoBookings:
    """The bookings part of the demo generator (it supplies rng, today, the clients)."""

    rng: random.Random
    today: date
    active: list[int]
    bookable: list[int]
    client_ids: list[int]
    designer_of: dict[int, int | None]
    menu: dict[str, int]
    hours: dict[int, WeekPattern]
    busy: dict[tuple[int, date], list[tuple[int, int]]]

    def _flush(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        raise NotImplementedError

    # Appointments ----------------------------------------------------------------------
    def add_appointments(self) -> None:
        rng, pool = self.rng, self.bookable
        with_designer = [c for c in pool if self.designer_of[c] is not None]
        per_day = min(len(with_designer), max(6, min(len(self.client_ids) // 8, 40)))
        rows = self._today(rng.sample(with_designer, per_day))
        for ahead in range(1, 7 * WEEKS_AHEAD + 1):
            # The coming days fill up less the further away they are.
            share = rng.uniform(0.4, 0.9) * (1.0 if ahead <= 7 else 0.7 if ahead <= 14 else 0.4)
            count = min(len(pool), max(1, round(per_day * share)))
            rows += self._day(ahead, rng.sample(pool, count), (AppointmentStatus.BOOKED,) * 19
                              + (AppointmentStatus.CANCELLED,))
        past = [AppointmentStatus.DONE, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED]
        for ago in range(1, PAST_DAYS + 1):
            count = min(len(pool), max(1, per_day // 3))
            rows += self._day(-ago, rng.sample(pool, count), (AppointmentStatus.DONE,) * 8
                              + tuple(past[1:]), forced=past if ago == 1 else ())
        self._flush("appointments", APPOINTMENT_COLUMNS, rows)

    def _booking(self, cid: int, day: date, slot: str, staff: int, status: str,
                 service: tuple | None = None) -> tuple:
        service_name, _, _, _, minutes = service or self.rng.choice(SERVICE_DRAW)
        note = self.rng.choice(pools.APPOINTMENT_NOTES) if self.rng.random() < 0.15 else ""
        return (cid, f"{day.isoformat()}T{slot}", minutes, staff, service_name, status, note,
                self.menu.get(service_name))

    def _today(self, chosen: list[int]) -> list[tuple]:
        """Today's diary, no designer booked twice at once: the first client of the morning
        is done, the next has arrived; the second is with someone other than their own."""
        rng = self.rng
        free = {s: rng.sample(SLOTS, len(SLOTS)) for s in self.active}
        busy: dict[int, list[tuple[int, int]]] = {s: [] for s in self.active}

        def fitting(staff: int | None, minutes: int) -> list[str]:
            """Free starts inside the designer's hours today (all day when none are set)."""
            pattern = self.hours.get(staff) if staff is not None else None
            spans = pattern.days[self.today.weekday()] if pattern else ((0, 24 * 60),)
            starts = [(s, int(s[:2]) * 60 + int(s[3:5])) for s in free.get(staff, [])]
            return [s for s, m in starts
                    if any(a <= m and m + minutes <= b for a, b in spans)
                    and all(m + minutes <= a or b <= m for a, b in busy[staff])]

        booked = []
        for position, cid in enumerate(chosen):
            service = rng.choice(SERVICE_DRAW)
            own = self.designer_of[cid]
            others = [s for s in self.active if s != own and fitting(s, service[4])]
            staff = rng.choice(others) if others and (position == 1 or rng.random() < 0.2) else own
            if not fitting(staff, service[4]):
                if not others:
                    continue
                staff = rng.choice(others)
            slots = fitting(staff, service[4])
            morning = [s for s in slots if s < "12:00"] if position < 2 else []
            slot = morning[0] if morning else slots[-1]
            free[staff].remove(slot)
            start = int(slot[:2]) * 60 + int(slot[3:5])
            busy[staff].append((start, start + service[4]))
            booked.append((slot, cid, staff, service))
        booked.sort()
        rows = []
        for position, (slot, cid, staff, service) in enumerate(booked):
            status = AppointmentStatus.BOOKED
            if slot < "12:00" and position < 2:
                status = (AppointmentStatus.DONE, AppointmentStatus.ARRIVED)[position]
            rows.append(self._booking(cid, self.today, slot, staff, str(status), service))
        return rows

    def _day(self, offset: int, chosen: list[int], statuses: tuple, forced=()) -> list[tuple]:
        """A day's bookings, each in its designer's hours and clear of their others (another
        designer takes it when the own one is full or off)."""
        day = self.today + timedelta(days=offset)
        rows = []
        for position, cid in enumerate(chosen):
            own = self.designer_of[cid]
            keep = own is not None and self.rng.random() < 0.85
            first = own if keep else self.rng.choice(self.active)
            status = forced[position] if position < len(forced) else self.rng.choice(statuses)
            service = self.rng.choice(SERVICE_DRAW)
            for staff in [first, *[s for s in self.active if s != first]]:
                slot = place(self.rng, self.hours.get(staff),
                             self.busy.setdefault((staff, day), []), day, service[4])
                if slot is not None:
                    rows.append(self._booking(cid, day, slot, staff, str(status), service))
                    break
        return rows

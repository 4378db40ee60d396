"""The appointment book's tables: the services menu, staff hours, time off, bookings by time.

Times are compared as text ranges on 'YYYY-MM-DDTHH:MM:SS' (no date functions), so the same
SQL runs on another engine. A booking's end is not stored: reads that need bookings still
running at a time look back by the longest booking allowed and finish the test in Python.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from decimal import Decimal

from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Preference,
    PreferenceCategory,
)
from clientbook.domain.scheduling.bookings import Entry, ServiceItem
from clientbook.domain.scheduling.working_hours import WeekPattern
from clientbook.storage import versions
from clientbook.storage.connection import Database
from clientbook.storage.convert import cents_to_money, dt_from_db, dt_to_db, money_to_cents

_ENTRY = """a.id, a.client_id, a.starts_at, a.duration_min, a.staff_id, a.service, a.status,
            a.notes, coalesce(c.display_name, ''), coalesce(s.name, ''), a.service_id,
            a.cancel_reason, a.version"""
_JOIN = """FROM appointments a LEFT JOIN clients c ON c.id = a.client_id
           LEFT JOIN staff s ON s.id = a.staff_id"""


def _entry(r: tuple) -> Entry:
    appointment = Appointment(
        id=r[0], client_id=r[1], starts_at=dt_from_db(r[2]), duration_min=r[3], staff_id=r[4],
        service=r[5], status=AppointmentStatus(r[6]), notes=r[7], version=r[12])
    return Entry(appointment, r[8], r[9], r[10], r[11])


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(text: str) -> int:
    hours, minutes = text.split(":")
    return int(hours) * 60 + int(minutes)


class CalendarRepository:
    def __init__(self, db: Database):
        self.db = db

    # Bookings -----------------------------------------------------------------------
    def entries_between(self, start: datetime, end: datetime, staff_id: int | None = None,
                        status: str | None = None) -> list[Entry]:
        """Bookings starting in [start, end), in time order."""
        sql = f"SELECT {_ENTRY} {_JOIN} WHERE a.starts_at >= ? AND a.starts_at < ?"
        args: list = [dt_to_db(start), dt_to_db(end)]
        if staff_id is not None:
            sql += " AND a.staff_id = ?"
            args.append(staff_id)
        if status is not None:
            sql += " AND a.status = ?"
            args.append(status)
        sql += " ORDER BY a.starts_at, a.id"
        return [_entry(r) for r in self.db.execute(sql, args)]

    def loads_between(self, start: datetime, end: datetime, holding: tuple[str, ...],
                      staff_id: int | None = None) -> list[tuple[int, str, int]]:
        """(staff id, 'YYYY-MM-DD', minutes) of bookings in `holding` statuses starting in
        [start, end) with a designer: the week view's load, without building records."""
        marks = ", ".join("?" * len(holding))
        sql = f"""SELECT staff_id, substr(starts_at, 1, 10), duration_min FROM appointments
                  WHERE starts_at >= ? AND starts_at < ? AND status IN ({marks})
                  AND staff_id IS NOT NULL"""
        args: list = [dt_to_db(start), dt_to_db(end), *holding]
        if staff_id is not None:
            sql += " AND staff_id = ?"
            args.append(staff_id)
        return list(self.db.execute(sql, args))

    def entry(self, appointment_id: int) -> Entry | None:
        row = self.db.execute(f"SELECT {_ENTRY} {_JOIN} WHERE a.id = ?",
                              [appointment_id]).fetchone()
        return None if row is None else _entry(row)

    def entries(self, appointment_ids: list[int]) -> dict[int, Entry]:
        """Several bookings by id, read 500 at a time (a calendar re-import's batch)."""
        found: dict[int, Entry] = {}
        ids = sorted(set(appointment_ids))
        for at in range(0, len(ids), 500):
            chunk = ids[at:at + 500]
            marks = ", ".join("?" * len(chunk))
            for row in self.db.execute(f"SELECT {_ENTRY} {_JOIN} WHERE a.id IN ({marks})",
                                       chunk):
                found[row[0]] = _entry(row)
        return found

    def near(self, staff_id: int | None, client_id: int, start: datetime, end: datetime
             ) -> list[Entry]:
        """The designer's and the client's bookings starting in [start, end): what a new
        booking there could clash with (two range scans on the time indexes)."""
        args = [dt_to_db(start), dt_to_db(end)]
        rows = list(self.db.execute(
            f"""SELECT {_ENTRY} {_JOIN} WHERE a.client_id = ?
                AND a.starts_at >= ? AND a.starts_at < ?""", [client_id, *args]))
        if staff_id is not None:
            rows += self.db.execute(
                f"""SELECT {_ENTRY} {_JOIN} WHERE a.staff_id = ?
                    AND a.starts_at >= ? AND a.starts_at < ?""", [staff_id, *args])
        seen: dict[int, Entry] = {}
        for row in rows:
            seen.setdefault(row[0], _entry(row))
        return sorted(seen.values(), key=lambda e: (e.appointment.starts_at, e.appointment.id))

    def busy_between(self, staff_id: int, start: datetime, end: datetime,
                     holding: tuple[str, ...]) -> list[tuple[datetime, int]]:
        """(start, minutes) of the designer's bookings in `holding` statuses in [start, end)."""
        marks = ", ".join("?" * len(holding))
        rows = self.db.execute(
            f"""SELECT starts_at, duration_min FROM appointments
                WHERE staff_id = ? AND starts_at >= ? AND starts_at < ?
                AND status IN ({marks}) ORDER BY starts_at""",
            [staff_id, dt_to_db(start), dt_to_db(end), *holding])
        return [(dt_from_db(s), m) for s, m in rows]

    def insert(self, a: Appointment, service_id: int | None) -> int:
        a.id = self.db.insert_id(
            """INSERT INTO appointments (client_id, starts_at, duration_min, staff_id, service,
               status, notes, service_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [a.client_id, dt_to_db(a.starts_at), a.duration_min, a.staff_id, a.service,
             str(a.status), a.notes, service_id])
        return a.id

    def place(self, appointment_id: int, starts_at: datetime, minutes: int,
              staff_id: int | None, version: int | None = None) -> bool:
        """Move or resize; False when `version` is given and another desk saved a newer one."""
        return versions.update(
            self.db, "appointments", "starts_at = ?, duration_min = ?, staff_id = ?",
            [dt_to_db(starts_at), minutes, staff_id], appointment_id, version)

    def booking_state(self, appointment_id: int) -> str | None:
        """Where, when and how a booking stands (time, length, designer, status, why
        cancelled) as JSON text, to compare with later or put back; None when it is gone."""
        row = self.db.execute(
            """SELECT starts_at, duration_min, staff_id, status, cancel_reason
               FROM appointments WHERE id = ?""", [appointment_id]).fetchone()
        return None if row is None else json.dumps(list(row))

    def put_back(self, appointment_id: int, state: str) -> None:
        """A booking as `booking_state` described it."""
        starts_at, minutes, staff_id, status, reason = json.loads(state)
        versions.update(
            self.db, "appointments",
            "starts_at = ?, duration_min = ?, staff_id = ?, status = ?, cancel_reason = ?",
            [starts_at, minutes, staff_id, status, reason], appointment_id)

    def set_status(self, appointment_id: int, status: str, reason: str | None,
                   version: int | None = None) -> bool:
        return versions.update(self.db, "appointments", "status = ?, cancel_reason = ?",
                               [status, reason], appointment_id, version)

    def delete(self, appointment_id: int) -> None:
        self.db.execute("DELETE FROM appointments WHERE id = ?", [appointment_id])

    def missed_since(self, client_id: int, since: datetime, until: datetime
                     ) -> tuple[int, int]:
        """(no-shows, late cancellations) of the client's bookings in [since, until)."""
        row = self.db.execute(
            """SELECT count(*) FILTER (WHERE status = 'no_show'),
                      count(*) FILTER (WHERE status = 'cancelled' AND cancel_reason = 'late')
               FROM appointments WHERE client_id = ? AND starts_at >= ? AND starts_at < ?""",
            [client_id, dt_to_db(since), dt_to_db(until)]).fetchone()
        return row[0], row[1]

    def missed_by_month(self, since: datetime, until: datetime
                        ) -> dict[str, tuple[int, int, int]]:
        """"YYYY-MM" → (bookings due, no-shows, late cancellations) of bookings starting in
        [since, until); bookings cancelled by the firm or in good time are not due."""
        late = "(status = 'cancelled' AND coalesce(cancel_reason, '') = 'late')"
        rows = self.db.execute(
            f"""SELECT substr(starts_at, 1, 7),
                       count(*) FILTER (WHERE status <> 'cancelled' OR {late}),
                       count(*) FILTER (WHERE status = 'no_show'),
                       count(*) FILTER (WHERE {late})
                FROM appointments WHERE starts_at >= ? AND starts_at < ?
                GROUP BY substr(starts_at, 1, 7)""",
            [dt_to_db(since), dt_to_db(until)])
        return {r[0]: (r[1], r[2], r[3]) for r in rows}

    def client_facts(self, client_ids: list[int], end: datetime
                     ) -> tuple[dict[int, tuple[str | None, int | None]],
                                dict[int, list[Preference]], dict[int, list[datetime]]]:
        """What a day's badges need, for many clients in three queries: (birthday, designer)
        by client, their cautions (avoid or health preferences), and their open promises due
        before `end`."""
        if not client_ids:
            return {}, {}, {}
        marks = ", ".join("?" * len(client_ids))
        people = {r[0]: (r[1], r[2]) for r in self.db.execute(
            f"SELECT id, birthday, designer_id FROM clients WHERE id IN ({marks})", client_ids)}
        cautions: dict[int, list[Preference]] = {}
        for cid, category, value, detail, avoid in self.db.execute(
                f"""SELECT client_id, category, value, detail, avoid FROM preferences
                    WHERE client_id IN ({marks}) AND (avoid = 1 OR category = 'health')
                    ORDER BY client_id, position, id""", client_ids):
            cautions.setdefault(cid, []).append(
                Preference(PreferenceCategory(category), value, detail, bool(avoid)))
        due: dict[int, list[datetime]] = {}
        for cid, at in self.db.execute(
                f"""SELECT client_id, due_at FROM promises WHERE client_id IN ({marks})
                    AND done_at IS NULL AND cancelled_at IS NULL AND due_at <= ?""",
                [*client_ids, dt_to_db(end)]):
            due.setdefault(cid, []).append(dt_from_db(at))
        return people, cautions, due

    def reward_counts(self, client_ids: list[int], today: date, with_spend: bool = True
                      ) -> dict[int, tuple[int, Decimal]]:
        """(visits, spend) counting towards each client's next reward, as
        RewardRepository.counted gives for one: visits before `today` and after the day of
        the last reward handed over. Two queries for the lot; the day after the last reward
        is worked out here, not with SQL date functions. Without `with_spend` the spend is 0
        and the visits are counted from the (client, time) index alone: no table reads."""
        if not client_ids:
            return {}
        marks = ", ".join("?" * len(client_ids))
        after = {cid: (date.fromisoformat(at[:10]) + timedelta(days=1)).isoformat()
                 for cid, at in self.db.execute(
                     f"""SELECT client_id, max(redeemed_at) FROM rewards
                         WHERE client_id IN ({marks}) GROUP BY client_id""", client_ids)}
        spend = "spend_cents" if with_spend else "0"
        counts = {cid: [0, 0] for cid in client_ids}
        for cid, at, cents in self.db.execute(
                f"""SELECT client_id, visited_at, {spend} FROM visits
                    WHERE client_id IN ({marks}) AND visited_at < ?""",
                [*client_ids, today.isoformat()]):
            if at >= after.get(cid, ""):
                counts[cid][0] += 1
                counts[cid][1] += cents
        return {cid: (n, cents_to_money(c)) for cid, (n, c) in counts.items()}

    # Services menu ------------------------------------------------------------------
    def services(self, active_only: bool = False) -> list[ServiceItem]:
        sql = "SELECT id, name, minutes, price_cents, category, active FROM services"
        if active_only:
            sql += " WHERE active = 1"
        rows = self.db.execute(sql + " ORDER BY category, name, id")
        return [ServiceItem(id=r[0], name=r[1], minutes=r[2],
                            price=None if r[3] is None else cents_to_money(r[3]),
                            category=r[4], active=bool(r[5])) for r in rows]

    def service_by_name(self, name: str) -> ServiceItem | None:
        return next((s for s in self.services() if s.name.casefold() == name.casefold()),
                    None)

    def service(self, service_id: int) -> ServiceItem | None:
        return next((s for s in self.services() if s.id == service_id), None)

    def add_service(self, item: ServiceItem) -> int:
        item.id = self.db.insert_id(
            "INSERT INTO services (name, minutes, price_cents, category, active) "
            "VALUES (?, ?, ?, ?, ?)",
            [item.name, item.minutes, None if item.price is None else money_to_cents(item.price),
             item.category, int(item.active)])
        return item.id

    def update_service(self, item: ServiceItem) -> None:
        self.db.execute(
            "UPDATE services SET name = ?, minutes = ?, price_cents = ?, category = ?, "
            "active = ? WHERE id = ?",
            [item.name, item.minutes, None if item.price is None else money_to_cents(item.price),
             item.category, int(item.active), item.id])

    # Staff hours and time off ---------------------------------------------------------
    def pattern(self, staff_id: int) -> WeekPattern | None:
        rows = list(self.db.execute(
            "SELECT weekday, starts, ends FROM staff_hours WHERE staff_id = ? "
            "ORDER BY weekday, starts", [staff_id]))
        if not rows:
            return None
        days: list[list[tuple[int, int]]] = [[] for _ in range(7)]
        for weekday, starts, ends in rows:
            if starts != ends:  # an "off" marker row keeps a recorded week with days off
                days[weekday].append((_minutes(starts), _minutes(ends)))
        return WeekPattern(tuple(tuple(d) for d in days))

    def patterns(self) -> dict[int, WeekPattern]:
        ids = [r[0] for r in self.db.execute("SELECT DISTINCT staff_id FROM staff_hours")]
        return {i: p for i in ids if (p := self.pattern(i)) is not None}

    def set_pattern(self, staff_id: int, pattern: WeekPattern) -> None:
        self.db.execute("DELETE FROM staff_hours WHERE staff_id = ?", [staff_id])
        rows = [(staff_id, day, _clock(a), _clock(b))
                for day, hours in enumerate(pattern.days) for a, b in hours]
        # Days off are recorded as an empty interval so a week of days off is still "set".
        rows += [(staff_id, day, "00:00", "00:00")
                 for day, hours in enumerate(pattern.days) if not hours]
        self.db.executemany(
            "INSERT INTO staff_hours (staff_id, weekday, starts, ends) VALUES (?, ?, ?, ?)",
            rows)

    def time_off(self, staff_id: int) -> list[tuple[date, date]]:
        rows = self.db.execute(
            "SELECT first_day, last_day FROM time_off WHERE staff_id = ? ORDER BY first_day",
            [staff_id])
        return [(date.fromisoformat(a), date.fromisoformat(b)) for a, b in rows]

    def add_time_off(self, staff_id: int, first: date, last: date) -> None:
        self.db.execute("INSERT INTO time_off (staff_id, first_day, last_day) VALUES (?, ?, ?)",
                        [staff_id, first.isoformat(), last.isoformat()])

    def remove_time_off(self, staff_id: int, first: date, last: date) -> None:
        self.db.execute(
            "DELETE FROM time_off WHERE staff_id = ? AND first_day = ? AND last_day = ?",
            [staff_id, first.isoformat(), last.isoformat()])

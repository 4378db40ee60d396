"""History around a client: visits, appointments, promises and the contact log."""

from __future__ import annotations

from datetime import datetime

from sqlite_utils import Database

from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    ContactChannel,
    ContactEntry,
    Promise,
    Visit,
)
from clientbook.storage.convert import cents_to_money, dt_from_db, dt_to_db, money_to_cents

_VISIT = "id, client_id, visited_at, staff_id, service, spend_cents, notes"
_APPOINTMENT = "id, client_id, starts_at, duration_min, staff_id, service, status, notes"
_PROMISE = "id, client_id, text, due_at, done_at, staff_id, created_at"


def _visit(r: tuple) -> Visit:
    return Visit(
        id=r[0], client_id=r[1], visited_at=dt_from_db(r[2]), staff_id=r[3], service=r[4],
        spend=cents_to_money(r[5]), notes=r[6],
    )


def _appointment(r: tuple) -> Appointment:
    return Appointment(
        id=r[0], client_id=r[1], starts_at=dt_from_db(r[2]), duration_min=r[3], staff_id=r[4],
        service=r[5], status=AppointmentStatus(r[6]), notes=r[7],
    )


def _promise(r: tuple) -> Promise:
    return Promise(
        id=r[0], client_id=r[1], text=r[2], due_at=dt_from_db(r[3]), done_at=dt_from_db(r[4]),
        staff_id=r[5], created_at=dt_from_db(r[6]),
    )


class RecordRepository:
    def __init__(self, db: Database):
        self.db = db

    # Visits -----------------------------------------------------------------
    def add_visit(self, v: Visit) -> int:
        cursor = self.db.execute(
            f"INSERT INTO visits ({_VISIT}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [v.id, v.client_id, dt_to_db(v.visited_at), v.staff_id, v.service,
             money_to_cents(v.spend), v.notes],
        )
        v.id = cursor.lastrowid
        return v.id

    def visits_for(self, client_id: int, limit: int | None = None) -> list[Visit]:
        """Most recent first."""
        sql = f"SELECT {_VISIT} FROM visits WHERE client_id = ? ORDER BY visited_at DESC, id DESC"
        args: list = [client_id]
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [_visit(r) for r in self.db.execute(sql, args)]

    def recent_services(self, client_id: int, limit: int) -> list[str]:
        """The client's distinct services, most recently used first."""
        rows = self.db.execute(
            """SELECT service FROM visits WHERE client_id = ? AND service <> ''
               GROUP BY service ORDER BY max(visited_at) DESC LIMIT ?""",
            [client_id, limit],
        )
        return [r[0] for r in rows]

    def visit_count(self, client_id: int) -> int:
        return self.db.execute(
            "SELECT count(*) FROM visits WHERE client_id = ?", [client_id]
        ).fetchone()[0]

    # Appointments -----------------------------------------------------------
    def add_appointment(self, a: Appointment) -> int:
        cursor = self.db.execute(
            f"INSERT INTO appointments ({_APPOINTMENT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.client_id, dt_to_db(a.starts_at), a.duration_min, a.staff_id, a.service,
             str(a.status), a.notes],
        )
        a.id = cursor.lastrowid
        return a.id

    def next_appointment(self, client_id: int, now: datetime) -> Appointment | None:
        row = self.db.execute(
            f"""SELECT {_APPOINTMENT} FROM appointments
                WHERE client_id = ? AND starts_at >= ? AND status IN ('booked', 'arrived')
                ORDER BY starts_at LIMIT 1""",
            [client_id, dt_to_db(now)],
        ).fetchone()
        return None if row is None else _appointment(row)

    def appointments_between(self, start: datetime, end: datetime) -> list[Appointment]:
        rows = self.db.execute(
            f"""SELECT {_APPOINTMENT} FROM appointments WHERE starts_at >= ? AND starts_at < ?
                ORDER BY starts_at, id""",
            [dt_to_db(start), dt_to_db(end)],
        )
        return [_appointment(r) for r in rows]

    def appointment(self, appointment_id: int) -> Appointment | None:
        row = self.db.execute(
            f"SELECT {_APPOINTMENT} FROM appointments WHERE id = ?", [appointment_id]
        ).fetchone()
        return None if row is None else _appointment(row)

    def set_appointment_status(self, appointment_id: int, status: AppointmentStatus) -> None:
        self.db.execute(
            "UPDATE appointments SET status = ? WHERE id = ?", [str(status), appointment_id]
        )

    # Promises ---------------------------------------------------------------
    def add_promise(self, p: Promise) -> int:
        cursor = self.db.execute(
            f"INSERT INTO promises ({_PROMISE}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [p.id, p.client_id, p.text, dt_to_db(p.due_at), dt_to_db(p.done_at), p.staff_id,
             dt_to_db(p.created_at)],
        )
        p.id = cursor.lastrowid
        return p.id

    def open_promises(self, client_id: int) -> list[Promise]:
        rows = self.db.execute(
            f"""SELECT {_PROMISE} FROM promises WHERE client_id = ? AND done_at IS NULL
                ORDER BY due_at, id""",
            [client_id],
        )
        return [_promise(r) for r in rows]

    def promise(self, promise_id: int) -> Promise | None:
        row = self.db.execute(
            f"SELECT {_PROMISE} FROM promises WHERE id = ?", [promise_id]
        ).fetchone()
        return None if row is None else _promise(row)

    def set_promise_done(self, promise_id: int, done_at: datetime | None) -> None:
        self.db.execute(
            "UPDATE promises SET done_at = ? WHERE id = ?", [dt_to_db(done_at), promise_id]
        )

    # Contact log ------------------------------------------------------------
    def add_contact(self, c: ContactEntry) -> int:
        cursor = self.db.execute(
            "INSERT INTO contact_log (id, client_id, at, channel, note, staff_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [c.id, c.client_id, dt_to_db(c.at), str(c.channel), c.note, c.staff_id],
        )
        c.id = cursor.lastrowid
        return c.id

    def last_contact(self, client_id: int) -> ContactEntry | None:
        row = self.db.execute(
            """SELECT id, client_id, at, channel, note, staff_id FROM contact_log
               WHERE client_id = ? ORDER BY at DESC, id DESC LIMIT 1""",
            [client_id],
        ).fetchone()
        if row is None:
            return None
        return ContactEntry(
            id=row[0], client_id=row[1], at=dt_from_db(row[2]), channel=ContactChannel(row[3]),
            note=row[4], staff_id=row[5],
        )

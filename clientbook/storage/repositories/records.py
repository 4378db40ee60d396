"""History around a client: visits, appointments, promises and the contact log."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    ContactChannel,
    ContactEntry,
    Promise,
    Visit,
)
from clientbook.storage import versions
from clientbook.storage.connection import Database
from clientbook.storage.convert import (
    cents_to_money,
    dt_from_db,
    dt_to_db,
    money_to_cents,
    one,
    readable,
)

_VISIT = "id, client_id, visited_at, staff_id, service, spend_cents, notes, appointment_id"
_APPOINTMENT = "id, client_id, starts_at, duration_min, staff_id, service, status, notes"
_PROMISE = "id, client_id, text, due_at, done_at, staff_id, created_at, cancelled_at"
_OPEN = "done_at IS NULL AND cancelled_at IS NULL"
# Reads take the row's version too (m012): a save made from an older one is refused.
_VISIT_READ = _VISIT + ", version"
_APPOINTMENT_READ = _APPOINTMENT + ", version"
_PROMISE_READ = _PROMISE + ", version"


def _visit(r: tuple) -> Visit:
    return Visit(
        id=r[0], client_id=r[1], visited_at=dt_from_db(r[2]), staff_id=r[3], service=r[4],
        spend=cents_to_money(r[5]), notes=r[6], appointment_id=r[7], version=r[8],
    )


def _appointment(r: tuple) -> Appointment:
    return Appointment(
        id=r[0], client_id=r[1], starts_at=dt_from_db(r[2]), duration_min=r[3], staff_id=r[4],
        service=r[5], status=AppointmentStatus(r[6]), notes=r[7], version=r[8],
    )


# Open promises to active clients due in [?, ?): the board's rows and counts.
_OPEN_DUE = """FROM promises p JOIN clients c ON c.id = p.client_id
               WHERE p.done_at IS NULL AND p.cancelled_at IS NULL
                 AND p.due_at >= ? AND p.due_at < ? AND c.archived = 0"""


def _promise(r: tuple) -> Promise:
    return Promise(
        id=r[0], client_id=r[1], text=r[2], due_at=dt_from_db(r[3]), done_at=dt_from_db(r[4]),
        staff_id=r[5], created_at=dt_from_db(r[6]), cancelled_at=dt_from_db(r[7]),
        version=r[8],
    )


class RecordRepository:
    def __init__(self, db: Database):
        self.db = db

    # Visits -----------------------------------------------------------------
    def add_visit(self, v: Visit) -> int:
        v.id = self.db.insert_id(
            f"INSERT INTO visits ({_VISIT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [v.id, v.client_id, dt_to_db(v.visited_at), v.staff_id, v.service,
             money_to_cents(v.spend), v.notes, v.appointment_id],
        )
        return v.id

    def visit(self, visit_id: int) -> Visit | None:
        row = self.db.execute(f"SELECT {_VISIT_READ} FROM visits WHERE id = ?",
                              [visit_id]).fetchone()
        return None if row is None else _visit(row)

    def update_visit(self, v: Visit, version: int | None = None) -> bool:
        """Save a corrected visit (time, staff, service, spend, notes); the client stays.
        False when `version` is given and another desk saved a newer one (nothing written)."""
        return versions.update(
            self.db, "visits", """visited_at = ?, staff_id = ?, service = ?, spend_cents = ?,
                   notes = ?, appointment_id = ?""",
            [dt_to_db(v.visited_at), v.staff_id, v.service, money_to_cents(v.spend), v.notes,
             v.appointment_id], v.id, version)

    def delete_visit(self, visit_id: int) -> None:
        self.db.execute("DELETE FROM visits WHERE id = ?", [visit_id])

    def visit_for_appointment(self, appointment: Appointment) -> Visit | None:
        """The visit logged for an appointment: linked to it, or (logged before visits were
        linked) the client's visit at exactly the appointment's time."""
        row = self.db.execute(
            f"""SELECT {_VISIT_READ} FROM visits WHERE appointment_id = ?
                UNION ALL
                SELECT {_VISIT_READ} FROM visits WHERE client_id = ? AND visited_at = ?
                  AND appointment_id IS NULL
                LIMIT 1""",
            [appointment.id, appointment.client_id, dt_to_db(appointment.starts_at)]).fetchone()
        return None if row is None else _visit(row)

    def visits_for(self, client_id: int, limit: int | None = None) -> list[Visit]:
        """Most recent first."""
        sql = (f"SELECT {_VISIT_READ} FROM visits WHERE client_id = ? "
               "ORDER BY visited_at DESC, id DESC")
        args: list = [client_id]
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return readable(self.db.execute(sql, args), _visit, "visit")

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
        a.id = self.db.insert_id(
            f"INSERT INTO appointments ({_APPOINTMENT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [a.id, a.client_id, dt_to_db(a.starts_at), a.duration_min, a.staff_id, a.service,
             str(a.status), a.notes],
        )
        return a.id

    def next_appointment(self, client_id: int, now: datetime) -> Appointment | None:
        row = self.db.execute(
            f"""SELECT {_APPOINTMENT_READ} FROM appointments
                WHERE client_id = ? AND starts_at >= ? AND status IN ('booked', 'arrived')
                ORDER BY starts_at LIMIT 1""",
            [client_id, dt_to_db(now)],
        ).fetchone()
        return one(row, _appointment, "appointment")

    def appointments_between(self, start: datetime, end: datetime) -> list[Appointment]:
        rows = self.db.execute(
            f"""SELECT {_APPOINTMENT_READ} FROM appointments
                WHERE starts_at >= ? AND starts_at < ?
                ORDER BY starts_at, id""",
            [dt_to_db(start), dt_to_db(end)],
        )
        return readable(rows, _appointment, "appointment")

    def appointment(self, appointment_id: int) -> Appointment | None:
        row = self.db.execute(
            f"SELECT {_APPOINTMENT_READ} FROM appointments WHERE id = ?", [appointment_id]
        ).fetchone()
        return one(row, _appointment, "appointment")

    def set_appointment_status(self, appointment_id: int, status: AppointmentStatus,
                               version: int | None = None) -> bool:
        return versions.update(self.db, "appointments", "status = ?", [str(status)],
                               appointment_id, version)

    # Promises ---------------------------------------------------------------
    def add_promise(self, p: Promise) -> int:
        p.id = self.db.insert_id(
            f"INSERT INTO promises ({_PROMISE}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [p.id, p.client_id, p.text, dt_to_db(p.due_at), dt_to_db(p.done_at), p.staff_id,
             dt_to_db(p.created_at), dt_to_db(p.cancelled_at)],
        )
        return p.id

    def update_promise(self, p: Promise, version: int | None = None) -> bool:
        """Correct what was promised and by whom (the due time moves by rescheduling)."""
        return versions.update(self.db, "promises", "text = ?, staff_id = ?",
                               [p.text, p.staff_id], p.id, version)

    def open_promises(self, client_id: int) -> list[Promise]:
        rows = self.db.execute(
            f"""SELECT {_PROMISE_READ} FROM promises WHERE client_id = ? AND {_OPEN}
                ORDER BY due_at, id""",
            [client_id],
        )
        return readable(rows, _promise, "promise")

    def open_promises_of(self, client_ids: list[int]) -> dict[int, list[Promise]]:
        """`open_promises` for several clients in one statement."""
        found: dict[int, list[Promise]] = {cid: [] for cid in client_ids}
        if not client_ids:
            return found
        marks = ", ".join("?" * len(client_ids))
        rows = self.db.execute(
            f"""SELECT {_PROMISE_READ} FROM promises WHERE client_id IN ({marks}) AND {_OPEN}
                ORDER BY due_at, id""", client_ids)
        for promise in readable(rows, _promise, "promise"):
            found[promise.client_id].append(promise)
        return found

    def promise(self, promise_id: int) -> Promise | None:
        row = self.db.execute(
            f"SELECT {_PROMISE_READ} FROM promises WHERE id = ?", [promise_id]
        ).fetchone()
        return one(row, _promise, "promise")

    def set_promise_done(self, promise_id: int, done_at: datetime | None,
                         version: int | None = None) -> bool:
        return versions.update(self.db, "promises", "done_at = ?", [dt_to_db(done_at)],
                               promise_id, version)

    def set_promise_cancelled(self, promise_id: int, cancelled_at: datetime | None,
                              version: int | None = None) -> bool:
        return versions.update(self.db, "promises", "cancelled_at = ?",
                               [dt_to_db(cancelled_at)], promise_id, version)

    def reschedule_promise(self, promise_id: int, due_at: datetime, at: datetime,
                           version: int | None = None) -> bool:
        """Move the due time, keeping a record of the move."""
        self.db.execute(
            """INSERT INTO promise_reschedules (promise_id, at, from_due, to_due)
               SELECT id, ?, due_at, ? FROM promises WHERE id = ?""",
            [dt_to_db(at), dt_to_db(due_at), promise_id])
        return versions.update(self.db, "promises", "due_at = ?", [dt_to_db(due_at)],
                               promise_id, version)

    def reschedules(self, promise_id: int) -> list[tuple[datetime, datetime, datetime]]:
        """(when, from, to) for each move of a promise, oldest first."""
        rows = self.db.execute(
            """SELECT at, from_due, to_due FROM promise_reschedules WHERE promise_id = ?
               ORDER BY at, id""", [promise_id])
        return readable(((promise_id, *r) for r in rows),
                        lambda r: (dt_from_db(r[1]), dt_from_db(r[2]), dt_from_db(r[3])),
                        "promise")

    def open_promises_due_between(self, start: datetime | None, end: datetime,
                                  limit: int | None = None) -> list[tuple[Promise, str]]:
        """Open promises to active clients due from `start` (None: any time) until before
        `end`, oldest first, with the client's name; the first `limit` when given."""
        sql = f"""SELECT {", ".join("p." + c for c in _PROMISE_READ.split(", "))}, c.display_name
                  {_OPEN_DUE} ORDER BY p.due_at, p.id"""
        args = [dt_to_db(start) if start else "", dt_to_db(end)]
        if limit is not None:
            sql, args = sql + " LIMIT ?", [*args, limit]
        rows = self.db.execute(sql, args)
        return readable(rows, lambda r: (_promise(r), r[-1]), "promise")

    def count_open_promises_due_between(self, start: datetime | None, end: datetime) -> int:
        return self.db.execute(f"SELECT count(*) {_OPEN_DUE}", [
            dt_to_db(start) if start else "", dt_to_db(end)]).fetchone()[0]

    def promise_outcomes(self) -> Iterator[tuple]:
        """(due_at, done_at, cancelled, moved_late, staff_id) for every promise."""
        rows = self.db.execute(
            """SELECT p.id, p.due_at, p.done_at, p.cancelled_at IS NOT NULL,
                      p.id IN (SELECT r.promise_id FROM promise_reschedules r
                               WHERE r.at > r.from_due),
                      p.staff_id
               FROM promises p""")  # the late moves looked up once, not once per promise
        yield from readable(rows, lambda r: (dt_from_db(r[1]), dt_from_db(r[2]), bool(r[3]),
                                             bool(r[4]), r[5]), "promise")

    # Contact log ------------------------------------------------------------
    def add_contact(self, c: ContactEntry) -> int:
        c.id = self.db.insert_id(
            "INSERT INTO contact_log (id, client_id, at, channel, note, staff_id) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [c.id, c.client_id, dt_to_db(c.at), str(c.channel), c.note, c.staff_id],
        )
        return c.id

    def contacts_for(self, client_id: int, limit: int | None = None) -> list[ContactEntry]:
        """The client's contact log, newest first."""
        sql = """SELECT id, client_id, at, channel, note, staff_id FROM contact_log
                 WHERE client_id = ? ORDER BY at DESC, id DESC"""
        args: list = [client_id]
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return readable(self.db.execute(sql, args), lambda r: ContactEntry(
            id=r[0], client_id=r[1], at=dt_from_db(r[2]), channel=ContactChannel(r[3]),
            note=r[4], staff_id=r[5]), "contact")

    def delete_contact(self, entry_id: int) -> None:
        self.db.execute("DELETE FROM contact_log WHERE id = ?", [entry_id])

    # Designer consistency ------------------------------------------------------
    def visits_with_designer(self, client_id: int) -> tuple[int, int]:
        """(visits with the client's assigned designer, all visits)."""
        row = self.db.execute(
            """SELECT coalesce(sum(CASE WHEN v.staff_id IS c.designer_id THEN 1 ELSE 0 END), 0),
                      count(v.id)
               FROM clients c LEFT JOIN visits v ON v.client_id = c.id
               WHERE c.id = ? AND c.designer_id IS NOT NULL""", [client_id]).fetchone()
        return (row[0], row[1]) if row else (0, 0)

    def designer_consistency(self) -> dict[int, tuple[int, int]]:
        """Designer id → (their clients' visits done by them, all their clients' visits)."""
        rows = self.db.execute(
            """SELECT c.designer_id,
                   sum(CASE WHEN v.staff_id IS c.designer_id THEN 1 ELSE 0 END), count(*)
               FROM visits v JOIN clients c ON c.id = v.client_id
               WHERE c.designer_id IS NOT NULL AND c.archived = 0
               GROUP BY c.designer_id""")
        return {designer: (kept, total) for designer, kept, total in rows}

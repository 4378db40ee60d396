"""A client's whole history as one list, newest first, read a page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientbook.storage.connection import Database
from clientbook.storage.convert import dt_from_db

KINDS = ("visit", "appointment", "promise", "contact", "reward", "change")

# One SELECT per kind, all with the same columns:
# kind, id, at, staff_id, title, detail, status, number, extra, who
_PARTS = {
    "visit": """SELECT 'visit', id, visited_at, staff_id, service, notes, '', spend_cents,
                       CAST(appointment_id AS TEXT), '' FROM visits WHERE client_id = :c""",
    "appointment": """SELECT 'appointment', id, starts_at, staff_id, service, notes, status,
                             duration_min, NULL, '' FROM appointments WHERE client_id = :c""",
    "promise": """SELECT 'promise', p.id, p.due_at, p.staff_id, p.text, '',
                         CASE WHEN p.cancelled_at IS NOT NULL THEN 'cancelled'
                              WHEN p.done_at IS NULL THEN 'open'
                              WHEN p.done_at <= p.due_at AND NOT EXISTS (
                                  SELECT 1 FROM promise_reschedules r
                                  WHERE r.promise_id = p.id AND r.at > r.from_due)
                                   THEN 'on_time'
                              ELSE 'late' END,
                         NULL, coalesce(p.done_at, p.cancelled_at), ''
                  FROM promises p WHERE p.client_id = :c""",
    "contact": """SELECT 'contact', id, at, staff_id, channel, note, '', NULL, NULL, ''
                  FROM contact_log WHERE client_id = :c""",
    "reward": """SELECT 'reward', id, redeemed_at, staff_id, reward, '', '', visit_number,
                        NULL, '' FROM rewards WHERE client_id = :c""",
    # A visit, booking or promise made is its own row already: only later changes show.
    "change": """SELECT 'change', id, at, NULL, field, old, '', NULL, new, who
                  FROM change_log WHERE client_id = :c
                  AND NOT (field IN ('visit', 'appointment', 'promise') AND old = '')""",
}


def _extra(kind: str, value: str | None) -> datetime | int | str | None:
    """The kind's extra column, read back from the text every kind shares it as."""
    if kind == "promise":
        return dt_from_db(value) if value else None
    if kind == "visit":
        return int(value) if value is not None else None
    return value


@dataclass(frozen=True)
class TimelineRow:
    kind: str
    id: int
    at: datetime
    staff_id: int | None
    title: str
    """Visit/appointment: the service; promise: its text; contact: the channel; reward: what
    was given; change: the field changed."""
    detail: str
    """Notes (visit, appointment, contact); change: the old value."""
    status: str
    """Appointment: its status; promise: open, on_time, late or cancelled."""
    number: int | None
    """Visit: spend in cents; appointment: minutes; reward: the visit it was redeemed on."""
    extra: object
    """Visit: its appointment id; promise: when it was kept or cancelled; change: new value."""
    who: str


def _kinds(kinds: tuple[str, ...] | None) -> list[str]:
    chosen = [k for k in KINDS if kinds is None or k in kinds]
    return chosen


class Timeline:
    def __init__(self, db: Database):
        self.db = db

    def count(self, client_id: int, kinds: tuple[str, ...] | None = None) -> int:
        chosen = _kinds(kinds)
        if not chosen:
            return 0
        sql = " UNION ALL ".join(f"SELECT count(*) FROM ({_PARTS[k]}) AS {k}" for k in chosen)
        return sum(r[0] for r in self.db.execute(sql, {"c": client_id}))

    def page(self, client_id: int, kinds: tuple[str, ...] | None = None, offset: int = 0,
             limit: int = 200) -> list[TimelineRow]:
        """Rows `offset` to `offset + limit` of the client's history, newest first."""
        chosen = _kinds(kinds)
        if not chosen:
            return []
        sql = (" UNION ALL ".join(_PARTS[k] for k in chosen)
               + " ORDER BY 3 DESC, 1, 2 DESC LIMIT :limit OFFSET :offset")
        rows = self.db.execute(sql, {"c": client_id, "limit": limit, "offset": offset})
        return [TimelineRow(r[0], r[1], dt_from_db(r[2]), r[3], r[4], r[5], r[6], r[7],
                            _extra(r[0], r[8]), r[9])
                for r in rows]

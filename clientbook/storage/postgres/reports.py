"""The report's reads on a server book that differ from a file's (storage/repositories/
reports.py reads both engines' stored summaries and month totals with one statement).

For the forgotten clients (who have no summary) and for rules the stored summaries cannot
serve, PostgreSQL does the per-client work in one grouped pass (arrays ordered by visit time
give the days and the first visit's spend), read through a server-side cursor a batch at a
time; one designer's period totals come from one join of the visits with the period bounds.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from clientbook.domain.models import ContactChannel, ContactEntry, ContactPreference
from clientbook.domain.retention import ClientHistory
from clientbook.storage.convert import dt_or_none
from clientbook.storage.postgres.connection import PgDatabase

_CLIENTS = """
SELECT c.id, c.archived, CASE WHEN c.forgotten_at IS NULL THEN 1 ELSE 0 END,
       coalesce(c.designer_id, 0),
       count(*) FILTER (WHERE v.staff_id IS NOT DISTINCT FROM c.designer_id),
       sum(v.spend_cents),
       (array_agg(v.spend_cents ORDER BY v.visited_at, v.id))[1],
       array_agg(left(v.visited_at, 10)::date - DATE '0001-01-01' + 1
                 ORDER BY v.visited_at, v.id)
FROM clients c JOIN visits v ON v.client_id = c.id
{where}
GROUP BY c.id
ORDER BY c.id
"""
_BATCH = 2000


def _clients_of(designer_id: int | None, branch_id: int | None, mark: str
                ) -> tuple[list[str], list[int]]:
    """The conditions on `clients c` for a designer's or a branch's clients."""
    found = [(f"c.designer_id = {mark}", designer_id), (f"c.branch_id = {mark}", branch_id)]
    return ([cond for cond, value in found if value is not None],
            [value for _, value in found if value is not None])


def client_histories(db: PgDatabase, designer_id: int | None = None,
                     branch_id: int | None = None, forgotten_only: bool = False
                     ) -> Iterator[ClientHistory]:
    """One ClientHistory per client with visits, ascending id (as the SQLite reader); only
    the forgotten clients' when the rest are read from the stored summaries."""
    conditions, args = _clients_of(designer_id, branch_id, "%s")
    if forgotten_only:
        conditions.append("c.forgotten_at IS NOT NULL")
    where = "WHERE " + " AND ".join(conditions) if conditions else ""
    with db.conn.transaction(), db.conn.cursor(name="report_clients") as cursor:
        cursor.itersize = _BATCH
        cursor.execute(_CLIENTS.format(where=where), args)
        for cid, arch, contact, designer_of, kept, total, first, days in cursor:
            yield (cid, arch, contact, designer_of or None, kept, total, first, list(days))


_TOTALS = """
WITH bounds(i, first, after) AS (VALUES {bounds})
SELECT b.i, v.staff_id, count(*), sum(v.spend_cents)
FROM bounds b JOIN visits v ON v.visited_at >= b.first AND v.visited_at < b.after
{designer}
GROUP BY b.i, v.staff_id
"""


def period_totals(db: PgDatabase, starts: list[date], designer_id: int | None = None,
                  branch_id: int | None = None) -> list[tuple[int, int | None, int, int]]:
    """(period index, staff id, visits, spend cents), as storage/repositories/reports.py."""
    days = [d.isoformat() for d in starts]
    bounds = ", ".join(["(?::int, ?, ?)"] * (len(days) - 1))
    params: list = [x for i in range(len(days) - 1) for x in (i, days[i], days[i + 1])]
    designer = ""
    conditions, values = _clients_of(designer_id, branch_id, "?")
    if conditions:
        designer = ("WHERE v.client_id IN (SELECT id FROM clients c WHERE "
                    + " AND ".join(conditions) + ")")
        params += values
    rows = db.execute(_TOTALS.format(bounds=bounds, designer=designer), params).fetchall()
    return [(i, staff, count, cents) for i, staff, count, cents in rows]


def contact_facts(db: PgDatabase, client_ids: list[int]
                  ) -> tuple[dict[int, ContactEntry], dict[int, ContactPreference],
                             dict[int, tuple[str, int | None]]]:
    """For the listed win-back rows only: the latest contact, wishes, (name, designer)."""
    last = {cid: ContactEntry(cid, when, ContactChannel(channel))
            for cid, at, channel in db.execute(
                """SELECT DISTINCT ON (client_id) client_id, at, channel FROM contact_log
                   WHERE client_id = ANY(?) ORDER BY client_id, at DESC""", [client_ids])
            if (when := dt_or_none(at)) is not None}
    wishes = {cid: ContactPreference(ContactChannel(channel) if channel else None,
                                     bool(dnc), quiet)
              for cid, channel, dnc, quiet in db.execute(
                  """SELECT client_id, channel, do_not_contact, quiet_days FROM contact_prefs
                     WHERE client_id = ANY(?)""", [client_ids])}
    names = {cid: (name, designer) for cid, name, designer in db.execute(
        "SELECT id, display_name, designer_id FROM clients WHERE id = ANY(?)", [client_ids])}
    return last, wishes, names

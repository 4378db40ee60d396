"""The report's reads: one compact row per client, visit totals per month, contact facts.

Built for 1,000,000 visits: each client's visits come back as one aggregated row (counts and
sums done by SQLite, the visit days as one string turned into day numbers at C speed), and the
per-month totals run at the same time on a second, read-only connection (SQLite lets go of
Python's lock while it works), so the two scans of the visits table overlap.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

from clientbook.domain.retention import ClientHistory

_CLIENTS = """
SELECT c.id, c.archived, c.forgotten_at IS NULL, c.designer_id,
       sum(v.staff_id IS c.designer_id), sum(v.spend_cents),
       min(v.visited_at), v.spend_cents,
       group_concat(substr(v.visited_at, 1, 10))
FROM clients c JOIN visits v ON v.client_id = c.id
{where}
GROUP BY c.id
"""
# min(v.visited_at) makes the bare v.spend_cents the spend of the client's first visit
# (SQLite's documented min()/max() bare-column rule).

_MONTHS = """
SELECT substr(visited_at, 1, 7), staff_id, count(*), sum(spend_cents)
FROM visits NOT INDEXED
WHERE visited_at >= ? AND visited_at < ? {designer}
GROUP BY 1, 2
"""


class _DayNumbers(dict):
    """'2026-11-22' → its ordinal, remembered (a book holds a few thousand distinct days)."""

    def __missing__(self, key: str) -> int:
        value = self[key] = date.fromisoformat(key).toordinal()
        return value


def client_histories(conn: sqlite3.Connection, designer_id: int | None = None
                     ) -> list[ClientHistory]:
    """One row per client with visits (see domain.retention.ClientHistory)."""
    where, params = ("WHERE c.designer_id = ?", [designer_id]) if designer_id is not None \
        else ("", [])
    rows = conn.execute(_CLIENTS.format(where=where), params).fetchall()
    day = _DayNumbers().__getitem__
    out: list[ClientHistory] = []
    append = out.append
    for cid, archived, may_contact, designer, kept, total, _first, first_cents, days in rows:
        # The join walks visits_client_time, so each client's days arrive in order.
        append((cid, archived, may_contact, designer, kept, total, first_cents,
                list(map(day, days.split(",")))))
    return out


def month_totals(conn: sqlite3.Connection, start: date, end: date,
                 designer_id: int | None = None) -> list[tuple[str, int | None, int, int]]:
    """(YYYY-MM, staff id, visits, spend cents) for visits on start ≤ day < end."""
    designer, params = "", [start.isoformat(), end.isoformat()]
    if designer_id is not None:
        designer = "AND client_id IN (SELECT id FROM clients WHERE designer_id = ?)"
        params.append(designer_id)
    return conn.execute(_MONTHS.format(designer=designer), params).fetchall()


class MonthTotalsInBackground:
    """month_totals on its own read-only connection in a thread; `result()` waits for it."""

    def __init__(self, path: Path, start: date, end: date, designer_id: int | None):
        self._rows: list[tuple[str, int | None, int, int]] | None = None
        self._error: BaseException | None = None
        self._args = (path, start, end, designer_id)
        self._thread = threading.Thread(target=self._run, name="report-months", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        path, start, end, designer_id = self._args
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
            try:
                self._rows = month_totals(conn, start, end, designer_id)
            finally:
                conn.close()
        except BaseException as exc:  # handed to the caller in result()
            self._error = exc

    def result(self) -> list[tuple[str, int | None, int, int]]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._rows is not None
        return self._rows


_Wishes = dict[int, tuple[str | None, int, int | None]]
_Names = dict[int, tuple[str, int | None]]


def contact_facts(conn: sqlite3.Connection, client_ids: list[int]
                  ) -> tuple[dict[int, tuple[str, str]], _Wishes, _Names]:
    """For the win-back list: last contact (at, channel), wishes, and (name, designer id)."""
    if not client_ids:
        return {}, {}, {}
    wanted = set(client_ids)
    last = {cid: (at, channel) for cid, at, channel in conn.execute(
        "SELECT client_id, max(at), channel FROM contact_log GROUP BY client_id")
        if cid in wanted}
    wishes = {cid: (channel, dnc, quiet) for cid, channel, dnc, quiet in conn.execute(
        "SELECT client_id, channel, do_not_contact, quiet_days FROM contact_prefs")
        if cid in wanted}
    names = {cid: (name, designer) for cid, name, designer in conn.execute(
        "SELECT id, display_name, designer_id FROM clients") if cid in wanted}
    return last, wishes, names

"""The report's reads: every client's history in a few big strings, month totals, contact facts.

Built for 1,000,000 visits on a two-core front-desk PC. SQLite does the per-client work
(sums, first spend, each visit's day already as a day number) and hands back, per slice of
client ids, one row of comma-separated columns. One row per slice means a single step in C
with Python's lock let go, so background threads read slices while the main thread tallies
the ones already read (a row per client would hand the lock back and forth 100,000 times).
The per-month totals scan the visits table at the same time. Every background reader has
its own read-only connection.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from clientbook.domain.retention import ClientHistory

#: julianday('YYYY-MM-DD') is N.5, and N − 1721424 is the day's proleptic ordinal
#: (date.toordinal()); a time of day adds less than 1, hence + 0.5 and truncation. The usual
#: 'YYYY-MM-DDTHH:MM:SS' is read whole (a third faster than cutting it); anything longer, such
#: as a time with a UTC offset, is cut to its date first so the offset never moves the day.
_DAY = ("CAST(julianday(CASE WHEN length(v.visited_at) = 19 THEN v.visited_at "
        "ELSE substr(v.visited_at, 1, 10) END) + 0.5 AS INTEGER) - 1721425")

_CLIENTS = f"""
SELECT group_concat(id), group_concat(archived), group_concat(may_contact),
       group_concat(designer), group_concat(kept), group_concat(total),
       group_concat(first_cents), group_concat(days, ';')
FROM (
    SELECT c.id AS id, c.archived AS archived, c.forgotten_at IS NULL AS may_contact,
           ifnull(c.designer_id, 0) AS designer, sum(v.staff_id IS c.designer_id) AS kept,
           sum(v.spend_cents) AS total, min(v.visited_at) AS first_at,
           v.spend_cents AS first_cents, group_concat({_DAY}) AS days
    FROM clients c JOIN visits v INDEXED BY visits_client_time ON v.client_id = c.id
    WHERE c.id >= ? AND c.id < ? {{designer}}
    GROUP BY c.id
    ORDER BY c.id
)
"""
# min(v.visited_at) makes the bare v.spend_cents the spend of the client's first visit
# (SQLite's documented min()/max() bare-column rule). Walking visits_client_time (forced, so a
# planner change cannot reorder them) hands each client's visits over in time order, so the
# day numbers arrive sorted. Designer 0 stands for "none" (staff ids start at 1).

_SLICES = 8

_MONTHS = """
SELECT substr(visited_at, 1, 7), staff_id, count(*), sum(spend_cents)
FROM visits NOT INDEXED
WHERE visited_at >= ? AND visited_at < ? {designer}
GROUP BY 1, 2
"""


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)


class ClientHistoriesInBackground:
    """Iterate to get one ClientHistory per client with visits, ascending id.

    A reader thread reads the slices on its own connection inside one read transaction (so
    they agree with each other); they are parsed here, in order, as they arrive. READERS > 1
    splits the slices between threads, each with its own snapshot; on the two-core benchmark
    VM two readers were no faster (the month totals already take the second core), so one.
    """

    READERS = 1

    def __init__(self, path: Path, designer_id: int | None = None):
        self._slices: list[queue.SimpleQueue[tuple | BaseException | None]] = [
            queue.SimpleQueue() for _ in range(_SLICES)]
        self._threads = [threading.Thread(target=self._run, args=(path, designer_id, first),
                                          name=f"report-clients-{first}", daemon=True)
                         for first in range(self.READERS)]
        for thread in self._threads:
            thread.start()

    def _run(self, path: Path, designer_id: int | None, first: int) -> None:
        mine = range(first, _SLICES, self.READERS)
        try:
            conn = _read_only(path)
            try:
                conn.execute("BEGIN")
                low, high = conn.execute("SELECT min(id), max(id) FROM clients").fetchone()
                designer, extra = ("AND c.designer_id = ?", [designer_id]) \
                    if designer_id is not None else ("", [])
                sql = _CLIENTS.format(designer=designer)
                size = 0 if low is None else (high - low) // _SLICES + 1
                for i in mine:
                    row = None
                    if size:
                        start = low + i * size
                        row = conn.execute(sql, [start, start + size, *extra]).fetchone()
                    self._slices[i].put(row if row and row[0] is not None else None)
                conn.execute("COMMIT")
            finally:
                conn.close()
        except BaseException as exc:  # handed to the reader
            for i in mine:
                self._slices[i].put(exc)

    def __iter__(self) -> Iterator[ClientHistory]:
        for slot in self._slices:
            item = slot.get()
            if item is None:
                continue
            if isinstance(item, BaseException):
                raise item
            ids, archived, may_contact, designers, kept, totals, firsts, days = item
            for cid, arch, contact, designer, k, total, first, visit_days in zip(
                    map(int, ids.split(",")), map(int, archived.split(",")),
                    map(int, may_contact.split(",")), map(int, designers.split(",")),
                    map(int, kept.split(",")), map(int, totals.split(",")),
                    map(int, firsts.split(",")), days.split(";"), strict=True):
                yield (cid, arch, contact, designer or None, k, total, first,
                       list(map(int, visit_days.split(","))))


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
            conn = _read_only(path)
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
_BATCH = 500


def contact_facts(conn: sqlite3.Connection, client_ids: list[int]
                  ) -> tuple[dict[int, tuple[str, str]], _Wishes, _Names]:
    """For the listed win-back rows only: last contact (at, channel), wishes, (name, designer)."""
    last: dict[int, tuple[str, str]] = {}
    wishes: _Wishes = {}
    names: _Names = {}
    for i in range(0, len(client_ids), _BATCH):
        batch = client_ids[i:i + _BATCH]
        marks = ",".join("?" * len(batch))
        last.update((cid, (at, channel)) for cid, at, channel in conn.execute(
            "SELECT client_id, max(at), channel FROM contact_log "
            f"WHERE client_id IN ({marks}) GROUP BY client_id", batch))
        wishes.update((cid, (channel, dnc, quiet)) for cid, channel, dnc, quiet in conn.execute(
            "SELECT client_id, channel, do_not_contact, quiet_days FROM contact_prefs "
            f"WHERE client_id IN ({marks})", batch))
        names.update((cid, (name, designer)) for cid, name, designer in conn.execute(
            f"SELECT id, display_name, designer_id FROM clients WHERE id IN ({marks})", batch))
    return last, wishes, names

"""The report's reads: every client's history in a few big strings, period totals, contacts.

Built for 1,000,000 visits on a two-core front-desk PC. SQLite does the per-client work
(sums, first spend, each visit's day already as a day number) and hands back, per slice of
client ids, one row of comma-separated columns. One row per slice means a single step in C
with Python's lock let go, so background threads read slices while the main thread tallies
the ones already read (a row per client would hand the lock back and forth 100,000 times).
Visits and spend per period and staff member come from an index alone (visits_staff_time,
migration m005), on a third thread. Every background reader has its own read-only
connection.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from functools import partial
from itertools import chain, repeat
from pathlib import Path
from typing import Any

from clientbook.domain.models import ContactChannel, ContactEntry, ContactPreference
from clientbook.domain.retention import ClientHistory, ClientSummary, Rules, summarise
from clientbook.storage.convert import dt_or_none

# julianday('YYYY-MM-DD') is N.5, and N − 1721424 is the day's proleptic ordinal
# (date.toordinal()); a time of day adds less than 1, hence + 0.5 and truncation. The usual
# 'YYYY-MM-DDTHH:MM:SS' is read whole (a third faster than cutting it); anything longer, such
# as a time with a UTC offset, is cut to its date first so the offset never moves the day.
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
    WHERE c.id >= ? AND c.id < ? {{designer}} {{forgotten}}
    GROUP BY c.id
    ORDER BY c.id
)
"""
# min(v.visited_at) makes the bare v.spend_cents the spend of the client's first visit
# (SQLite's documented min()/max() bare-column rule). Walking visits_client_time (forced, so a
# planner change cannot reorder them) hands each client's visits over in time order, so the
# day numbers arrive sorted. Designer 0 stands for "none" (staff ids start at 1).

_SLICES = 8


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                           check_same_thread=False)


class ClientHistoriesInBackground:
    """Iterate to get one ClientHistory per client with visits, ascending id.

    A reader thread reads the slices on its own connection inside one read transaction (so
    they agree with each other); they are parsed here, in order, as they arrive. READERS > 1
    splits the slices between threads, each with its own snapshot; on the two-core benchmark
    VM two readers were no faster (the main thread, parsing and tallying, is the slower
    side), so one.
    """

    READERS = 1

    def __init__(self, path: Path, designer_id: int | None = None,
                 forgotten_only: bool = False):
        self._forgotten = "AND c.forgotten_at IS NOT NULL" if forgotten_only else ""
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
                sql = _CLIENTS.format(designer=designer, forgotten=self._forgotten)
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


_SUMMARIES = """
SELECT client_id, archived, 1, designer_id, kept, spend_cents, first_cents, visits, first_day,
       second_day, last_day, median_gap, long_gaps
FROM visit_summaries
"""
# visit_summaries (m010 on a file, m014 on a server; kept by triggers) lists every client with
# visits except the forgotten, whose histories are read from their visits (the file's
# ClientHistoriesInBackground, the server's client_histories). Its long_gaps hold every gap
# longer than twice the client's median gap (all gaps of a two-visit client),
# "start,end,start,end" in time order: every lapse when the factor is 2 or more and at least
# 3 visits are needed for the median rule.


# A file lists them by client id anyway (the rowid); a server's table is in no set order.
_IN_ID_ORDER = " ORDER BY client_id"


def summaries_serve(factor: float, min_visits: int) -> bool:
    """Whether the stored long gaps hold every lapse under these rules."""
    return factor >= 2 and min_visits <= 3


def client_summaries(conn: Any, designer_id: int | None = None,
                     branch_id: int | None = None) -> Iterator[ClientSummary]:
    """One ClientSummary per client with visits, forgotten clients left out (so every one
    may be contacted), straight from the cursor (a file's sqlite3 connection, or a server
    book's connection: the statement is the same); a branch's on a server book."""
    found = [("designer_id = ?", designer_id),
             ("client_id IN (SELECT id FROM clients WHERE branch_id = ?)", branch_id)]
    conditions = [(cond, value) for cond, value in found if value is not None]
    where = " WHERE " + " AND ".join(c for c, _ in conditions) if conditions else ""
    return conn.execute(_SUMMARIES + where + _IN_ID_ORDER, [v for _, v in conditions])


# Visits and spend per staff member (NULL: nobody recorded) and period, from the month totals
# of migration m010 (kept by triggers): a period is whole months, and a visit belongs to the
# month its visited_at begins with ("2026-11-…" → "2026-11"), which is the month whose
# bounds ("2026-11-01" ≤ visited_at < "2026-12-01") hold it. Staff 0 stands for nobody;
# visits.staff_id references staff, so staff plus 0 covers every visit.
_TOTALS = """
WITH bounds(i, first, after) AS (VALUES {bounds})
SELECT b.i, m.staff, sum(m.visits), sum(m.cents)
FROM bounds AS b
JOIN visit_months AS m ON m.month >= b.first AND m.month < b.after
WHERE (m.staff = 0 OR m.staff IN (SELECT id FROM staff)){branch}
GROUP BY b.i, m.staff
HAVING sum(m.visits) > 0
"""

# One designer's clients: their visits are found through the clients, so the index above
# cannot serve; a plain scan of the visits, grouped by period, is quickest. A tenth to a
# quarter of the visits pass the filter, so it stays well inside the budget.
_DESIGNER_TOTALS = """
SELECT CASE {periods} END, staff_id, count(*), sum(spend_cents)
FROM visits NOT INDEXED
WHERE visited_at >= ? AND visited_at < ?
  AND client_id IN (SELECT id FROM clients WHERE designer_id = ?)
GROUP BY 1, 2
"""

PeriodTotal = tuple[int, "int | None", int, int]


def period_totals(conn: Any, starts: list[date], designer_id: int | None = None,
                  branch_id: int | None = None) -> list[PeriodTotal]:
    """(period index, staff id, visits, spend cents), period i being starts[i] ≤ day <
    starts[i + 1]. Only pairs with visits. Without a designer the statement is the same on
    a server book's connection (its month totals are kept by triggers too, per branch: a
    desk reads its own branches', `branch_id` one of them)."""
    days = [d.isoformat() for d in starts]
    if designer_id is None:
        assert all(d.day == 1 for d in starts), "periods are whole months"
        marks = ", ".join(["(?, ?, ?)"] * (len(days) - 1))
        params = [x for i in range(len(days) - 1) for x in (i, days[i][:7], days[i + 1][:7])]
        branch = ""
        if branch_id is not None:
            branch = " AND m.branch_id = ?"
            params.append(branch_id)
        return [(i, staff or None, visits, cents) for i, staff, visits, cents in
                conn.execute(_TOTALS.format(bounds=marks, branch=branch), params)]
    periods = " ".join(f"WHEN visited_at < ? THEN {i}" for i in range(len(days) - 1))
    return conn.execute(_DESIGNER_TOTALS.format(periods=periods),
                        [*days[1:], days[0], days[-1], designer_id]).fetchall()


class PeriodTotalsInBackground:
    """period_totals on its own read-only connection in a thread; `result()` waits for it."""

    def __init__(self, path: Path, starts: list[date], designer_id: int | None):
        self._rows: list[PeriodTotal] | None = None
        self._error: BaseException | None = None
        self._args = (path, starts, designer_id)
        self._thread = threading.Thread(target=self._run, name="report-totals", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        path, starts, designer_id = self._args
        try:
            conn = _read_only(path)
            try:
                self._rows = period_totals(conn, starts, designer_id)
            finally:
                conn.close()
        except BaseException as exc:  # handed to the caller in result()
            self._error = exc

    def result(self) -> list[PeriodTotal]:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._rows is not None
        return self._rows


_Names = dict[int, tuple[str, int | None]]
_BATCH = 500


def contact_facts(conn: sqlite3.Connection, client_ids: list[int]
                  ) -> tuple[dict[int, ContactEntry], dict[int, ContactPreference], _Names]:
    """For the listed win-back rows only: the latest contact, wishes, (name, designer)."""
    last: dict[int, ContactEntry] = {}
    wishes: dict[int, ContactPreference] = {}
    names: _Names = {}
    for i in range(0, len(client_ids), _BATCH):
        batch = client_ids[i:i + _BATCH]
        marks = ",".join("?" * len(batch))
        # max(at) makes the bare channel the latest contact's (as min() does in _CLIENTS).
        last.update((cid, ContactEntry(cid, when, ContactChannel(channel)))
                    for cid, at, channel in conn.execute(
            "SELECT client_id, max(at), channel FROM contact_log "
            f"WHERE client_id IN ({marks}) GROUP BY client_id", batch)
                    if (when := dt_or_none(at)) is not None)  # a damaged time: left out
        wishes.update((cid, ContactPreference(ContactChannel(channel) if channel else None,
                                              bool(dnc), quiet))
                      for cid, channel, dnc, quiet in conn.execute(
            "SELECT client_id, channel, do_not_contact, quiet_days FROM contact_prefs "
            f"WHERE client_id IN ({marks})", batch))
        names.update((cid, (name, designer)) for cid, name, designer in conn.execute(
            f"SELECT id, display_name, designer_id FROM clients WHERE id IN ({marks})", batch))
    return last, wishes, names


class ReportReads:
    """Everything the report reads from one store, whichever engine holds it
    (`store.report_reads()`): a file's reads run on connections of their own in threads,
    a server's are the server's own queries on the store's connection."""

    def __init__(self, path: Path, db: Any, on_server: bool):
        self.path, self.db, self.on_server = path, db, on_server

    def summaries(self, designer_id: int | None, rules: Rules, branch_id: int | None = None
                  ) -> Iterator[ClientSummary]:
        """One summary per client with visits: the stored summaries (kept by triggers on
        both engines) when they hold every lapse under `rules` (the page's and the command
        line's always), plus the forgotten clients, who have none, from their visits;
        otherwise from every history. `branch_id` limits a server book's clients to one
        branch (a file has one)."""
        quick = summaries_serve(rules.factor, rules.min_visits)
        if self.on_server:
            from clientbook.storage.postgres import reports as server

            histories: Iterable[ClientHistory] = server.client_histories(
                self.db, designer_id, branch_id, forgotten_only=quick)
            stored = self.db
        else:
            histories = ClientHistoriesInBackground(self.path, designer_id,
                                                    forgotten_only=quick)
            stored = self.db.conn
        summarised = map(summarise, histories, repeat(rules))
        return chain(client_summaries(stored, designer_id, branch_id), summarised) if quick \
            else summarised

    def totals(self, bounds: list[date], designer_id: int | None,
               branch_id: int | None = None) -> Callable[[], list[PeriodTotal]]:
        """Started now; call the result for the rows (a file's are read in a thread)."""
        if self.on_server:
            if designer_id is None:  # the month totals, as a file's
                return partial(period_totals, self.db, bounds, None, branch_id)
            from clientbook.storage.postgres import reports as server

            return partial(server.period_totals, self.db, bounds, designer_id, branch_id)
        return PeriodTotalsInBackground(self.path, bounds, designer_id).result

    def branch_staff(self, branch_id: int) -> set[int]:
        """The staff members of one branch (a file's all belong to its one branch)."""
        return {r[0] for r in self.db.execute("SELECT id FROM staff WHERE branch_id = ?",
                                              [branch_id])}

    def contact_facts(self, client_ids: list[int]):
        if self.on_server:
            from clientbook.storage.postgres import reports as server

            return server.contact_facts(self.db, client_ids)
        return contact_facts(self.db.conn, client_ids)

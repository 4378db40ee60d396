"""The same book on SQLite and on PostgreSQL, side by side in one run (issue 22).

Run from the repository root: `.venv/bin/python -m bench.bench_server [--clients N]`.
Starts a throw-away PostgreSQL cluster (tests/postgres_server.py; Debian's `postgresql`
package must be installed), moves the bench store (100,000 clients, about a million visits)
onto it with `move-book`, then measures on both engines: search p95, briefing p95, the Today
page (with the server's round trips counted: each would cost a LAN's latency), the 12-month
report, and a clients CSV export. Figures only; the budgets are the issue's.
"""

from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_foundation import NAME_QUERIES, OTHER_QUERIES, Row, print_rows, timed
from bench.build_store import TODAY, build, clock, store_folder, store_parser
from clientbook.services.book import Book
from clientbook.storage.postgres.connection import PgDatabase
from tests.postgres_server import ThrowAwayServer


class _Counted:
    """Counts the statements a server book sends (each one is a round trip)."""

    def __init__(self) -> None:
        self.count = 0
        self._execute = PgDatabase.execute

        def counting(db, *args, **kwargs):
            self.count += 1
            return self._execute(db, *args, **kwargs)

        PgDatabase.execute = counting  # type: ignore[method-assign]


def _measure(book: Book, label: str, rng: random.Random, clients: int,
             counter: _Counted | None) -> list[Row]:
    queries = NAME_QUERIES + OTHER_QUERIES
    for query in queries[:10]:
        book.search(query, limit=50)
    search = [timed(lambda q=q: book.search(q, limit=50))[0] for q in queries * 2]
    ids = rng.sample(range(1, clients + 1), 200)
    briefing = [timed(lambda i=i: book.briefing(i))[0] for i in ids]
    before = counter.count if counter else 0
    today = [timed(lambda: book.agenda(TODAY))[0] for _ in range(10)]
    trips = ((counter.count - before) // 10) if counter else 0
    report = [timed(lambda: book.reports.build("month", 12))[0] for _ in range(3)]
    out = Path(tempfile.mkdtemp()) / "clients.csv"
    export = [timed(lambda: book.exports.table("clients", out))[0]]
    suffix = f" ({trips} round trips)" if counter else ""
    return [Row(f"{label}: search p95", search, None),
            Row(f"{label}: briefing p95", briefing, None),
            Row(f"{label}: Today page{suffix}", today, None, "median"),
            Row(f"{label}: report, 12 months", report, None, "median"),
            Row(f"{label}: export clients CSV", export, None, "median")]


def main(argv: list[str] | None = None) -> int:
    parser = store_parser(__doc__)
    parser.add_argument("--database", metavar="postgresql://…",
                        help="a server book the bench store was already moved to (skips the "
                             "throw-away server and the move)")
    args = parser.parse_args(argv)
    folder = store_folder(args.data_dir, args.clients, args.seed)
    build(args.data_dir, args.clients, args.seed)
    server = ThrowAwayServer()
    if args.database is None and not server.start():
        print(f"bench_server: {server.why_not}", file=sys.stderr)
        return 2
    try:
        desk = Path(tempfile.mkdtemp(prefix="bench-desk-"))
        source = Book.open(folder, clock=clock)
        address = args.database
        if address is None:
            address = server.empty_database()
            started = time.perf_counter()
            moved = source.backups.move_to(address)
            print(f"move-book to the server: {time.perf_counter() - started:.1f} s for "
                  f"{moved.rows['clients']:,} clients, {moved.rows['visits']:,} visits")
        counter = _Counted()
        shared = Book.open(desk, clock=clock, database=address)
        rows = _measure(source, "SQLite", random.Random(7), args.clients, None)
        rows += _measure(shared, "PostgreSQL", random.Random(7), args.clients, counter)
        shared.close()
        source.close()
        print_rows(rows)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process: {peak:.0f} MB")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

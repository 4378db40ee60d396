"""The same book on SQLite and on PostgreSQL, side by side in one run (issue 22).

Run from the repository root: `.venv/bin/python -m bench.bench_server [--clients N]`.
Starts a throw-away PostgreSQL cluster on a Unix socket and 127.0.0.1 (tests/postgres_server.py;
Debian's `postgresql` package must be installed), moves the bench store (100,000 clients, about
a million visits) onto it with `move-book`, then measures on both engines: search p95, briefing
p95, the Today page (with the server's round trips counted), the 12-month report, a clients CSV
export and an import of 20,000 clients into an empty book. The Today page is measured again
through a proxy on 127.0.0.1 that delays every chunk by 0 ms and by --latency-ms each way (a
LAN, without root or `tc`; bench/latency_proxy.py). `--database ADDR` reuses a server book the
store was already moved to (its server must let this user create databases, for the import).

Every figure comes with its CPU time: this process's, plus (on the server) the server process
serving its connection, read from /proc — the machine is shared, so wall time alone misleads.
Figures only; the budgets are the issue's.
"""

from __future__ import annotations

import csv
import os
import random
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from bench.bench_foundation import NAME_QUERIES, OTHER_QUERIES
from bench.build_store import TODAY, build, clock, store_folder, store_parser
from bench.latency_proxy import LatencyProxy
from clientbook.services.book import Book
from clientbook.storage.postgres.connection import PgDatabase
from tests.postgres_server import ThrowAwayServer, drop_database, new_empty_database

IMPORT_CLIENTS = 20_000
_TICK = os.sysconf("SC_CLK_TCK")


class _Counted:
    """Counts the statements a server book sends (each one is a round trip)."""

    def __init__(self) -> None:
        self.count = 0
        self._execute = PgDatabase.execute

        def counting(db, *args, **kwargs):
            self.count += 1
            return self._execute(db, *args, **kwargs)

        PgDatabase.execute = counting  # type: ignore[method-assign]


def _cpu(book: Book) -> float:
    """CPU seconds so far of this process and, for a server book, of its server process."""
    spent = time.process_time()
    conn = getattr(book.store.db, "conn", None)
    pid = getattr(getattr(conn, "info", None), "backend_pid", None)
    if pid:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            spent += (int(fields[11]) + int(fields[12])) / _TICK
        except (OSError, IndexError, ValueError):
            pass  # a server on another machine: this process only
    return spent


@dataclass
class Measure:
    name: str
    times_ms: list[float] = field(default_factory=list)
    cpu_ms: float = 0.0  # CPU for all the runs together
    note: str = ""

    def stat(self, which: str) -> float:
        ordered = sorted(self.times_ms)
        if which == "p95":
            return ordered[max(0, -(-95 * len(ordered) // 100) - 1)]
        return ordered[len(ordered) // 2]

    def cpu_each(self) -> float:
        return self.cpu_ms / max(1, len(self.times_ms))


def _run(book: Book, name: str, calls: list[Callable[[], object]]) -> Measure:
    measure = Measure(name)
    cpu = _cpu(book)
    for call in calls:
        started = time.perf_counter()
        call()
        measure.times_ms.append((time.perf_counter() - started) * 1000)
    measure.cpu_ms = (_cpu(book) - cpu) * 1000
    return measure


def _measure(book: Book, clients: int, counter: _Counted | None) -> dict[str, Measure]:
    queries = NAME_QUERIES + OTHER_QUERIES
    for query in queries[:10]:
        book.search(query, limit=50)
    out = {"search": _run(book, "search", [lambda q=q: book.search(q, limit=50)
                                           for q in queries * 2])}
    ids = random.Random(7).sample(range(1, clients + 1), 200)
    out["briefing"] = _run(book, "briefing", [lambda i=i: book.briefing(i) for i in ids])
    out["today"] = _today(book, counter)
    out["report"] = _run(book, "report", [lambda: book.reports.build("month", 12)] * 3)
    target = Path(tempfile.mkdtemp()) / "clients.csv"
    out["export"] = _run(book, "export", [lambda: book.exports.table("clients", target)])
    return out


def _today(book: Book, counter: _Counted | None) -> Measure:
    book.agenda(TODAY)  # a new connection's first statements are planned once
    before = counter.count if counter else 0
    measure = _run(book, "today", [lambda: book.agenda(TODAY)] * 10)
    if counter:
        measure.note = f"{(counter.count - before) // 10} statements"
    return measure


def _clients_csv(source: Book, rows: int) -> Path:
    """The first `rows` clients of the bench store as a ClientBook clients CSV."""
    whole = Path(tempfile.mkdtemp(prefix="bench-import-")) / "all.csv"
    source.exports.table("clients", whole)
    part = whole.with_name(f"clients-{rows}.csv")
    with whole.open(newline="", encoding="utf-8") as src, \
            part.open("w", newline="", encoding="utf-8") as dst:
        reader, writer = csv.reader(src), csv.writer(dst)
        for n, row in enumerate(reader):
            if n > rows:
                break
            writer.writerow(row)
    return part


def _import(path: Path, address: str | None) -> Measure:
    folder = Path(tempfile.mkdtemp(prefix="bench-import-desk-"))
    book = Book.open(folder, clock=clock, database=address)
    try:
        measure = _run(book, "import", [lambda: book.imports.from_file("clients", path)])
        added = book.store.row_counts()["clients"]
        measure.note = f"{added:,} clients added"
    finally:
        book.close()
    return measure


def _through_proxy(address: str, delay_ms: float, counter: _Counted) -> Measure:
    """The Today page through the proxy; its round trips as the proxy counted them (the
    statements, and the transactions' BEGIN and COMMIT)."""
    proxy = LatencyProxy(address, delay_ms / 1000)
    with proxy as proxied:
        book = Book.open(Path(tempfile.mkdtemp(prefix="bench-desk-")), clock=clock,
                         database=proxied)
        try:
            book.agenda(TODAY)
            before = proxy.requests()
            measure = _today(book, counter)
            trips = (proxy.requests() - before) / 11  # _today shows the page 11 times
            measure.note += f", {trips:.0f} requests on the wire"
            return measure
        finally:
            book.close()


def _line(label: str, cells: list[tuple[Measure | None, str]]) -> str:
    parts = []
    for measure, which in cells:
        if measure is None:
            parts.append(f"{'—':>30}")
            continue
        text = f"{measure.stat(which):.1f} ms {which}, CPU {measure.cpu_each():.1f} ms"
        if measure.note:
            text += f" [{measure.note}]"
        parts.append(f"{text:>30}")
    return f"{label:<34}" + "  ".join(parts)


def _report(file: dict[str, Measure], server: dict[str, Measure], latency_ms: float) -> None:
    print(f"{'measure':<34}{'SQLite':>30}  {'PostgreSQL':>30}")
    for key, label, which in (("search", "search (218 searches)", "p95"),
                              ("briefing", "briefing card (200)", "p95"),
                              ("today", "Today page (10)", "median"),
                              ("today_proxy0", "Today page, proxy 0 ms", "median"),
                              ("today_latency", f"Today page, +{latency_ms:g} ms each way",
                               "median"),
                              ("report", "report, 12 months (3)", "median"),
                              ("export", "export clients CSV", "median"),
                              ("import", f"import {IMPORT_CLIENTS:,} clients", "median")):
        print(_line(label, [(file.get(key), which), (server.get(key), which)]))
    print("CPU: this process, plus the server process serving it (per run).")


def main(argv: list[str] | None = None) -> int:
    parser = store_parser(__doc__)
    parser.add_argument("--database", metavar="postgresql://…",
                        help="a server book the bench store was already moved to (skips the "
                             "throw-away server and the move)")
    parser.add_argument("--latency-ms", type=float, default=2.0,
                        help="delay added each way by the proxy for the Today page (2)")
    args = parser.parse_args(argv)
    folder = store_folder(args.data_dir, args.clients, args.seed)
    build(args.data_dir, args.clients, args.seed)
    server = ThrowAwayServer()
    if args.database is None and not server.start(tcp=True):
        print(f"bench_server: {server.why_not}", file=sys.stderr)
        return 2
    print(f"load average at start: {os.getloadavg()}")
    try:
        source = Book.open(folder, clock=clock)
        address = args.database
        if address is None:
            address = server.empty_database()
            started, cpu = time.perf_counter(), time.process_time()
            moved = source.backups.move_to(address)
            print(f"move-book to the server: {time.perf_counter() - started:.1f} s wall, "
                  f"{time.process_time() - cpu:.1f} s CPU of this process, for "
                  f"{moved.rows['clients']:,} clients, {moved.rows['visits']:,} visits")
        counter = _Counted()
        shared = Book.open(Path(tempfile.mkdtemp(prefix="bench-desk-")), clock=clock,
                           database=address)
        file = _measure(source, args.clients, None)
        on_server = _measure(shared, args.clients, counter)
        shared.close()
        on_server["today_proxy0"] = _through_proxy(address, 0, counter)
        on_server["today_latency"] = _through_proxy(address, args.latency_ms, counter)
        csv_path = _clients_csv(source, IMPORT_CLIENTS)
        source.close()
        file["import"] = _import(csv_path, None)
        empty = new_empty_database(address, f"bench_import_{os.getpid()}")
        try:
            on_server["import"] = _import(csv_path, empty)
        finally:
            drop_database(empty)
        print(f"load average at the end: {os.getloadavg()}")
        _report(file, on_server, args.latency_ms)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS of this process: {peak:.0f} MB")
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())

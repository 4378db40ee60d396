"""Foundation benchmark: search, birthdays and briefing cards on a 100,000-client store.

Run from the repository root: `.venv/bin/python -m bench.bench_foundation [--clients N]`.
Exits non-zero when a budget is missed. The store is built once (in a child process,
so this process's peak memory is the app's, not the builder's) and then reused.
"""

from __future__ import annotations

import argparse
import math
import random
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from bench.build_store import TODAY, build_info, clock, store_folder, store_parser
from clientbook.domain import folding
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME

SEARCH_LIMIT = 50
BRIEFINGS = 200

#: Typed by hand at a front desk: prefixes in every script, romanised names, pairs.
NAME_QUERIES = [
    "m", "ma", "mar", "mari", "maría", "maria", "marí", "car", "carm", "luc", "sof", "sofia",
    "ol", "ole", "oks", "olena", "олена", "оле", "окс", "шев", "шевченко", "shev", "shevchenko",
    "tar", "тарас", "ковал", "koval",
    "zoi", "zo", "ζω", "ζωη", "ζωή", "ζωή π", "παπα", "παπαδοπ", "papad", "papadopoulou",
    "κατερ", "gior", "γιωργ", "nik",
    "王", "李", "张", "小明", "王小", "王小明", "李娜", "xiaoming", "wang", "wang xiao",
    "li", "li na", "zhang", "zhang wei", "chen", "haoran",
    "smith", "sm", "o'brien", "obrien", "emma", "jones", "patel", "wil",
    "lopez", "lópez", "lop", "garcia", "garcía", "muñoz", "munoz", "jose", "maría josé",
    "inigo", "íñigo", "alvarez",
    "mar lop", "ol shev", "zoi pap", "maria garcia", "emma smith", "oksana koval",
    "Ζωή Παπαδοπούλου", "Олена Шевченко", "María López García", "Emma Taylor",
    "mrs smith", "κυρία", "пані", "doña", "ms wang",
]
OTHER_QUERIES = [
    "earl", "earl grey", "grey", "jazz", "quiet", "quiet room", "nut", "nut allergy",
    "olaplex", "flamenco", "prosecco", "oat milk", "upselling", "perfume", "example.org",
    "gmail", "@example.com",
]
JUNK_QUERIES = [
    '"AND NEAR(', "*", "OR", "NOT", "AND", '"', "'", "a", "(((", "😀", "NEAR(a b)", '""',
    "x" * 60, "'; DROP TABLE clients;--", "%", "_", "\\", "-", "+", "00", "++44", "{name}:a",
    "^", "a*b", "ß", "İ",
]


@dataclass
class Row:
    name: str
    times_ms: list[float]
    budget_ms: float | None
    statistic: str = "p95"

    def median(self) -> float:
        return statistics.median(self.times_ms)

    def p95(self) -> float:
        ordered = sorted(self.times_ms)
        return ordered[max(0, math.ceil(0.95 * len(ordered)) - 1)]

    def judged(self) -> float:
        return self.p95() if self.statistic == "p95" else self.median()

    def result(self) -> str:
        if self.budget_ms is None:
            return ""
        return "PASS" if self.judged() <= self.budget_ms else "FAIL"


def print_rows(rows: list[Row], width: int = 52) -> bool:
    """The measures as a table (median, p95, budget, result); True when one missed its budget."""
    print(f"{'measure':<{width}}{'median':>11}{'p95':>11}  {'budget':<20}result")
    failed = False
    for row in rows:
        budget = f"{row.statistic} ≤ {row.budget_ms:g} ms" if row.budget_ms else "-"
        print(f"{row.name:<{width}}{row.median():>9.2f}ms{row.p95():>9.2f}ms  {budget:<20}"
              f"{row.result()}")
        failed |= row.result() == "FAIL"
    return failed


def timed(call: Callable[[], object]) -> tuple[float, object]:
    started = time.perf_counter()
    value = call()
    return (time.perf_counter() - started) * 1000, value


def sampled_queries(book: Book, rng: random.Random, clients: int) -> list[str]:
    """Queries built from real rows: whole names, first letters, romanised, phones."""
    queries: list[str] = []
    ids = rng.sample(range(1, clients + 1), min(clients, 60))
    for client in (book.clients.get(i) for i in ids[:40]):
        if client is None:
            continue
        latin = folding.transliterate(folding.fold(client.display_name))
        queries += [client.display_name, client.given_name[:3], latin.split()[-1][:5]]
    for client in (book.clients.get(i) for i in ids[40:]):
        if client is None or not client.phones:
            continue
        phone = client.phones[0]
        digits = folding.phone_digits(phone)
        queries += [phone, digits, digits[-6:], f"{digits[-7:-4]} {digits[-4:]}"]
    return queries


def measure(book: Book, clients: int) -> tuple[list[Row], list[tuple[float, str, int]]]:
    rng = random.Random(42)
    queries = NAME_QUERIES + OTHER_QUERIES + JUNK_QUERIES + sampled_queries(book, rng, clients)
    for query in queries[:20]:  # warm the page cache the way the first keystrokes would
        book.search(query, limit=SEARCH_LIMIT)
    searches = []
    for query in queries:
        ms, found = timed(lambda q=query: book.search(q, limit=SEARCH_LIMIT))
        searches.append((ms, query, len(found)))
    birthday_ms = [timed(lambda: book.birthdays(days=7))[0] for _ in range(7)]
    ids = rng.sample(range(1, clients + 1), min(clients, BRIEFINGS))
    briefing_ms = [timed(lambda i=i: book.briefing(i))[0] for i in ids]
    rows = [
        Row(f"search ({len(queries)} queries, limit {SEARCH_LIMIT})",
            [s[0] for s in searches], 20.0),
        Row("birthdays(days=7)", birthday_ms, 100.0, "median"),
        Row(f"briefing ({len(ids)} clients)", briefing_ms, 50.0),
    ]
    return rows, searches


def ensure_store(clients: int, seed: int, data_dir: Path) -> tuple[Path, bool]:
    """The store's folder and whether it was built now (in a child process)."""
    folder = store_folder(data_dir, clients, seed)
    before = build_info(folder)
    subprocess.run(
        [sys.executable, "-m", "bench.build_store", "--clients", str(clients), "--seed",
         str(seed), "--data-dir", str(data_dir)],
        check=True, stdout=subprocess.DEVNULL,
    )
    return folder, build_info(folder) != before



def cached_store(doc: str, argv: list[str] | None) -> tuple[argparse.Namespace, Path, dict]:
    """The usual start of a benchmark on the cached store: its options, its folder (built if
    need be) and what its build marker says."""
    args = store_parser(doc).parse_args(argv)
    folder, _built = ensure_store(args.clients, args.seed, args.data_dir)
    return args, folder, build_info(folder) or {}


def main(argv: list[str] | None = None) -> int:
    parser = store_parser(__doc__)
    parser.add_argument("--slowest", type=int, default=10, help="slow searches to list")
    args = parser.parse_args(argv)

    folder, built_now = ensure_store(args.clients, args.seed, args.data_dir)
    info = build_info(folder) or {}
    open_ms, book = timed(lambda: Book.open(folder, clock=clock))
    try:
        rows, searches = measure(book, args.clients)
    finally:
        book.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    summary = info.get("summary", {})
    print(f"ClientBook foundation benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', 0):,} visits, today {TODAY}")
    print(f"store  {folder / DB_FILENAME}  {info.get('db_bytes', 0) / 1e6:,.0f} MB, "
          f"built in {info.get('build_seconds', 0):.1f} s "
          f"({'now' if built_now else 'cached'}; builder peak RSS "
          f"{info.get('peak_rss_kb', 0) / 1024:,.0f} MB)")
    print(f"open store {open_ms:.1f} ms; peak RSS of this process {peak_mb:,.0f} MB")
    print()
    print(f"{'measure':<38}{'median':>10}{'p95':>10}{'max':>10}  {'budget':<16}result")
    failed = False
    for row in rows:
        budget = f"{row.statistic} ≤ {row.budget_ms:g} ms" if row.budget_ms else "-"
        print(f"{row.name:<38}{row.median():>8.2f}ms{row.p95():>8.2f}ms"
              f"{max(row.times_ms):>8.2f}ms  {budget:<16}{row.result()}")
        failed |= row.result() == "FAIL"
    print()
    print("slowest searches (ms, results, query):")
    for ms, query, count in sorted(searches, reverse=True)[: args.slowest]:
        print(f"  {ms:8.2f}  {count:>3}  {query!r}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

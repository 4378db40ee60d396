"""Service-memory benchmark: the work behind the card, Today and Follow-ups on a big store.

Run from the repository root: `.venv/bin/python -m bench.bench_service_memory [--clients N]`.
Uses the same cached demo store as bench_foundation (100,000 clients, ~1,000,000 visits,
rewards handed over at every tenth visit). Exits non-zero when a budget is missed.
"""

from __future__ import annotations

import random
import resource

from bench.bench_foundation import Row, cached_store, print_rows, timed
from bench.build_store import TODAY, clock
from clientbook.services.book import Book
from clientbook.services.followups.consistency import by_designer

RUNS = 5
BRIEFINGS = 200


def measure(book: Book, clients: int) -> list[Row]:
    rng = random.Random(7)
    ids = rng.sample(range(1, clients + 1), min(clients, BRIEFINGS))
    book.briefing(ids[0])  # warm-up
    rows = [
        Row(f"briefing with reward, contact, designer share ({len(ids)})",
            [timed(lambda i=i: book.briefing(i))[0] for i in ids], 50.0),
        Row("reward status alone", [timed(lambda i=i: book.loyalty.status(i))[0]
                                    for i in ids], 5.0),
        Row("agenda(today) with badges", [timed(book.agenda)[0] for _ in range(RUNS)],
            300.0, "median"),
        Row("promise board (overdue + today)",
            [timed(book.promises.board)[0] for _ in range(RUNS)], 100.0, "median"),
    ]
    follow_ups = []
    for _ in range(RUNS):
        parts = [timed(book.loyalty.waiting)[0], timed(book.promises.record)[0],
                 timed(lambda: by_designer(book))[0]]
        follow_ups.append(parts)
    rows += [
        Row("rewards to tell (all clients)", [p[0] for p in follow_ups], None, "median"),
        Row("promise record (all promises)", [p[1] for p in follow_ups], None, "median"),
        Row("designer consistency (all visits)", [p[2] for p in follow_ups], None, "median"),
        Row("Follow-ups page data, together", [sum(p) for p in follow_ups], 1000.0, "median"),
    ]
    return rows


def main(argv: list[str] | None = None) -> int:
    args, folder, info = cached_store(__doc__, argv)
    summary = info.get("summary", {})
    book = Book.open(folder, clock=clock)
    try:
        rows = measure(book, args.clients)
        waiting = len(book.loyalty.waiting())
    finally:
        book.close()
    print(f"ClientBook service-memory benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', 0):,} visits, today {TODAY}; {waiting:,} clients to tell; "
          f"peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 1 if print_rows(rows, 52) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Reports benchmark: build_report on the 100,000-client / ~1,000,000-visit store.

Run from the repository root: `.venv/bin/python -m bench.bench_reports [--clients N]`.
Budget: build_report (month, 12 periods) median ≤ 1 s; exits non-zero when it is missed.
"""

from __future__ import annotations

import resource

from bench.bench_foundation import Row, ensure_store, print_rows, timed
from bench.build_store import TODAY, build_info, clock, store_parser
from clientbook.services.book import Book
from clientbook.services.reports import build_report, report_tables

RUNS = 5
BUDGET_MS = 1000.0


def measure(book: Book) -> list[Row]:
    build_report(book)  # warm-up: file cache
    rows = [Row(f"build_report({kind}, {n})",
                [timed(lambda k=kind, n=n: build_report(book, k, n))[0] for _ in range(RUNS)],
                BUDGET_MS, "median")
            for kind, n in (("month", 12), ("quarter", 8), ("year", 3))]
    staff = book.staff.all()
    if staff:
        rows.append(Row(f"build_report(month, 12, designer {staff[0].name})",
                        [timed(lambda: build_report(book, designer_id=staff[0].id))[0]
                         for _ in range(RUNS)], BUDGET_MS, "median"))
    report = build_report(book)
    rows.append(Row("report_tables", [timed(lambda: report_tables(report))[0]
                                      for _ in range(RUNS)], None, "median"))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = store_parser(__doc__)
    args = parser.parse_args(argv)
    folder, _built = ensure_store(args.clients, args.seed, args.data_dir)
    summary = (build_info(folder) or {}).get("summary", {})
    book = Book.open(folder, clock=clock)
    try:
        rows = measure(book)
        report = build_report(book)
    finally:
        book.close()
    print(f"ClientBook reports benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', 0):,} visits, today {TODAY}; win-back list "
          f"{len(report.win_back):,}; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 1 if print_rows(rows, 52) else 0


if __name__ == "__main__":
    raise SystemExit(main())

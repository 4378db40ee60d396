"""Reports benchmark: the Reports page on the 100,000-client / ~1,000,000-visit store.

Run from the repository root: `.venv/bin/python -m bench.bench_reports [--clients N]`.
Budget (issue 7): the whole page renders in ≤ 1 s, median of the runs, for months, quarters
and years and with a designer filter: the report worked out, the figures, tables and charts
filled and the page painted (offscreen). `build_report` alone is shown with the same budget.
Issue 24 adds the ratio: each build_report against one grouped scan of the visits (the
floor, `FLOOR_SQL`), the two alternating in the same run, in wall-clock and in CPU time
(`time.process_time`, every thread of the process: on a loaded machine the wall clock also
counts waiting for a core). Budget: ratio ≤ 1×. And the page never blocks: `refresh()`
returns at once (the report is worked out in a worker thread); how long the UI thread is
held by it is shown beside the time to the painted result.
Exits non-zero when a budget is missed.
"""

from __future__ import annotations

import os
import resource
import sqlite3
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_foundation import Row, cached_store, print_rows, timed
from bench.build_store import TODAY, clock
from clientbook.services.book import Book
from clientbook.services.reports.reports import build_report, report_tables

RUNS = 5
RATIO_BUDGET = 1.0
FLOOR_SQL = ("SELECT client_id, count(*), sum(spend_cents), min(visited_at), max(visited_at) "
             "FROM visits GROUP BY client_id")
BUDGET_MS = 1000.0
#: The page's own defaults for each period kind (ReportsPage.DEFAULT_COUNTS).
KINDS = (("month", 12), ("quarter", 8), ("year", 5))


def measure_service(book: Book, designer: tuple[int, str] | None) -> list[Row]:
    build_report(book)  # warm-up: file cache
    rows = [Row(f"build_report({kind}, {n})",
                [timed(lambda k=kind, n=n: build_report(book, k, n))[0] for _ in range(RUNS)],
                BUDGET_MS, "median") for kind, n in KINDS]
    if designer is not None:
        rows.append(Row(f"build_report(month, 12, designer {designer[1]})",
                        [timed(lambda: build_report(book, designer_id=designer[0]))[0]
                         for _ in range(RUNS)], BUDGET_MS, "median"))
    report = build_report(book)
    rows.append(Row("report_tables", [timed(lambda: report_tables(report))[0]
                                      for _ in range(RUNS)], None, "median"))
    return rows


def _both(call) -> tuple[float, float]:
    """(wall ms, CPU ms of every thread of the process) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure_ratios(book: Book) -> list[tuple[str, float, float, float, float]]:
    """Each build_report against the floor, alternating: (name, floor wall, figure wall,
    floor CPU, figure CPU), medians of RUNS pairs."""
    conn = sqlite3.connect(f"{book.path.resolve().as_uri()}?mode=ro", uri=True)
    conn.execute(FLOOR_SQL).fetchall()  # warm-up: file cache
    out = []
    try:
        for kind, n in KINDS:
            pairs = [(_both(lambda: conn.execute(FLOOR_SQL).fetchall()),
                      _both(lambda k=kind, n=n: build_report(book, k, n)))
                     for _ in range(RUNS)]
            out.append((f"build_report({kind}, {n})",
                        *(statistics.median(p[0][0] for p in pairs),
                          statistics.median(p[1][0] for p in pairs),
                          statistics.median(p[0][1] for p in pairs),
                          statistics.median(p[1][1] for p in pairs))))
    finally:
        conn.close()
    return out


def print_ratios(ratios) -> bool:
    """The ratio table; True when a ratio (wall or CPU) misses its budget."""
    print(f"\n{'ratio to one grouped scan of the visits':<30}{'floor':>9}{'figure':>9}"
          f"{'ratio':>8}{'floor CPU':>11}{'figure CPU':>12}{'ratio':>8}  budget")
    failed = False
    for name, floor_w, fig_w, floor_c, fig_c in ratios:
        wall, cpu = fig_w / floor_w, fig_c / floor_c
        print(f"{name:<30}{floor_w:>7.0f}ms{fig_w:>7.0f}ms{wall:>7.2f}×{floor_c:>9.0f}ms"
              f"{fig_c:>10.0f}ms{cpu:>7.2f}×  ≤ {RATIO_BUDGET:g}× "
              f"{'PASS' if max(wall, cpu) <= RATIO_BUDGET else 'FAIL'}")
        failed |= max(wall, cpu) > RATIO_BUDGET
    return failed


def measure_page(book: Book, designer: tuple[int, str] | None) -> list[Row]:
    """Every run ends with the page painted into a pixmap, so nothing is left undone."""
    from clientbook.ui.app.app import make_app
    from clientbook.ui.reports.reports_page import ReportsPage
    from clientbook.ui.session import Session

    app = make_app()
    session = Session(book)

    def new_page() -> ReportsPage:
        page = ReportsPage(session)
        page.resize(1280, 800)
        page.show()  # the page works the report out when it is shown
        return page

    warm_up = _shown(app, new_page())  # fonts and styles load once, as at the app's start
    warm_up.close()
    warm_up.deleteLater()
    opened, held = [], []
    for _ in range(RUNS):
        ms, page = timed(lambda: _shown(app, new_page()))
        opened.append(ms)
        page.close()
        page.deleteLater()
        app.processEvents()
    page = _shown(app, new_page())
    rows = [Row("page: open and show (month, 12)", opened, BUDGET_MS, "median")]
    for _ in range(RUNS):
        held.append(timed(page.refresh)[0])  # what the UI thread waits for: the hand-over
        _shown(app, page)
    rows.append(Row("page: refresh() holds the UI thread", held, 16.0, "p95"))
    settings = [(f"page: {kind}s ({n}), refreshed and painted", kind, None)
                for kind, n in KINDS]
    if designer is not None:
        settings.append((f"page: months, designer {designer[1]}", "month", designer[0]))
    for name, kind, designer_id in settings:
        page.kind_combo.setCurrentIndex(page.kind_combo.findData(kind))
        page.designer_combo.setCurrentIndex(
            0 if designer_id is None else page.designer_combo.findData(designer_id))
        rows.append(Row(name, [timed(lambda: _shown(app, page, refresh=True))[0]
                               for _ in range(RUNS)], BUDGET_MS, "median"))
    page.close()
    return rows


def _shown(app, page, refresh: bool = False):
    """Work the report out again if asked, then let the page lay out and paint itself."""
    if refresh:
        page.refresh()
    while page.working:  # the report is worked out in a worker thread
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()
    page.grab()
    return page


def main(argv: list[str] | None = None) -> int:
    args, folder, info = cached_store(__doc__, argv)
    summary = info.get("summary", {})
    book = Book.open(folder, clock=clock)
    try:
        staff = book.staff.all()
        designer = (staff[0].id, staff[0].name) if staff else None
        ratios = measure_ratios(book)
        rows = measure_service(book, designer) + measure_page(book, designer)
        report = build_report(book)
    finally:
        book.close()
    print(f"ClientBook reports benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', 0):,} visits, today {TODAY}, {os.cpu_count()} CPUs; "
          f"win-back list {len(report.win_back):,} of {report.win_back_total:,}; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    failed = print_rows(rows, 52)
    return 1 if print_ratios(ratios) or failed else 0


if __name__ == "__main__":
    raise SystemExit(main())

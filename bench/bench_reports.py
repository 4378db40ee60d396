"""Reports benchmark: the Reports page on the 100,000-client / ~1,000,000-visit store.

Run from the repository root: `.venv/bin/python -m bench.bench_reports [--clients N]`.
Budget (issue 7): the whole page renders in ≤ 1 s, median of the runs, for months, quarters
and years and with a designer filter: the report worked out, the figures, tables and charts
filled and the page painted (offscreen). `build_report` alone is shown with the same budget.
Exits non-zero when a budget is missed.
"""

from __future__ import annotations

import os
import resource

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_foundation import Row, cached_store, print_rows, timed
from bench.build_store import TODAY, clock
from clientbook.services.book import Book
from clientbook.services.reports.reports import build_report, report_tables

RUNS = 5
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
    opened = []
    for _ in range(RUNS):
        ms, page = timed(lambda: _shown(app, new_page()))
        opened.append(ms)
        page.close()
        page.deleteLater()
        app.processEvents()
    page = _shown(app, new_page())
    rows = [Row("page: open and show (month, 12)", opened, BUDGET_MS, "median")]
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
        rows = measure_service(book, designer) + measure_page(book, designer)
        report = build_report(book)
    finally:
        book.close()
    print(f"ClientBook reports benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', 0):,} visits, today {TODAY}, {os.cpu_count()} CPUs; "
          f"win-back list {len(report.win_back):,} of {report.win_back_total:,}; peak RSS "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB")
    return 1 if print_rows(rows, 52) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""History benchmark: a client with 2,000 visits in the 100,000-client store.

Run from the repository root: `.venv/bin/python -m bench.bench_history [--clients N]`.
Budgets (issue 18): the History tab of a client with 2,000 visits opens in ≤ 50 ms (its count
and first page read, the model reset); correcting a visit and seeing the card update takes
≤ 50 ms (the correction saved in one transaction, its change broadcast, the card rebuilt).
Works on a copy of the cached store, so the store other benchmarks use stays as it was.
Exits non-zero when a budget is missed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.bench_foundation import Row, cached_store, print_rows, timed
from bench.build_store import clock
from clientbook.domain.models import Client
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME

RUNS = 20
VISITS = 2000
BUDGET_MS = 50.0


def _long_client(book: Book) -> int:
    """A client with VISITS visits, one a day back from today."""
    client = Client("Historia Benchmark")
    book.clients.add(client)
    staff = book.staff.all()[0].id
    start = clock() - timedelta(days=VISITS)
    rows = [(client.id, (start + timedelta(days=i)).isoformat(timespec="seconds"), staff,
             "Colour", 4500, f"formula {i}") for i in range(VISITS)]
    with book.store.write():
        book.store.bulk_insert("visits", ["client_id", "visited_at", "staff_id", "service",
                                          "spend_cents", "notes"], rows)
    return client.id


def measure(book: Book) -> list[Row]:
    from clientbook.ui.app.app import make_app
    from clientbook.ui.briefing.briefing_card import BriefingCard
    from clientbook.ui.history.history_panel import HistoryPanel
    from clientbook.ui.session import Session

    app = make_app()
    client_id = _long_client(book)
    session = Session(book)
    panel = HistoryPanel(session)
    panel.resize(900, 600)
    panel.show()
    card = BriefingCard()
    card.resize(500, 700)
    card.show()
    currency = book.setting("currency")
    session.changed.connect(lambda changes: changes.affects_briefing(client_id)
                            and card.isVisible()
                            and card.show_briefing(book.briefing(client_id), currency))
    panel.show_client(client_id)  # warm-up: file cache, fonts
    app.processEvents()

    def open_history() -> None:
        panel.model.show(None)
        panel.show_client(client_id)
        app.processEvents()

    opened = [timed(open_history)[0] for _ in range(RUNS)]
    service = [timed(lambda: book.timeline.page(client_id))[0] for _ in range(RUNS)]
    visit_id = panel.model.row_at(1).id  # row 0: the newest visit

    def correct(i: int) -> None:
        session.apply(lambda: book.corrections.edit_visit(
            visit_id, spend=Decimal(40 + i % 7), notes=f"corrected {i}"))
        app.processEvents()

    # As in the window, the card and the History share one place: one shows at a time.
    panel.hide()
    card_updated = [timed(lambda i=i: correct(i))[0] for i in range(RUNS)]
    assert card.briefing is not None and card.briefing.visit_count == VISITS
    card.hide()
    panel.show()
    history_updated = [timed(lambda i=i: correct(i))[0] for i in range(RUNS)]
    return [
        Row(f"History tab opens ({VISITS:,} visits)", opened, BUDGET_MS, "median"),
        Row("timeline.page (service only)", service, None, "median"),
        Row("correct a visit, card updated", card_updated, BUDGET_MS, "median"),
        Row("correct a visit, History tab updated", history_updated, BUDGET_MS, "median"),
    ]


def main(argv: list[str] | None = None) -> int:
    args, folder, info = cached_store(__doc__, argv)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp)
        shutil.copy2(folder / DB_FILENAME, copy / DB_FILENAME)
        book = Book.open(copy, clock=clock)
        try:
            rows = measure(book)
        finally:
            book.close()
    summary = info.get("summary", {})
    print(f"ClientBook history benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', 0):,} visits, one client with {VISITS:,}")
    return 1 if print_rows(rows) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Calendar files in and out: 50,000 events imported, 100,000 bookings exported, with budgets.

    .venv/bin/python -m bench.bench_calendar_io                 # the budget sizes
    .venv/bin/python -m bench.bench_calendar_io --events 2000   # quick smoke run
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from clientbook.domain.models import Appointment, Client
from clientbook.services.book import Book

IMPORT_BUDGET_S, EXPORT_BUDGET_S = 10.0, 5.0
TODAY = datetime(2026, 11, 22, 9)
UTC = ZoneInfo("UTC")


def write_feed(path: Path, events: int) -> None:
    """A booking system's feed: one event per half hour, 500 clients as attendees."""
    start = datetime(2026, 1, 1, 9)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
        for i in range(events):
            t = start + timedelta(minutes=30 * i)
            out.write(f"BEGIN:VEVENT\r\nUID:ev-{i}@bench\r\nDTSTAMP:20261120T120000Z\r\n"
                      f"DTSTART:{t:%Y%m%dT%H%M%S}Z\r\n"
                      f"DTEND:{t + timedelta(minutes=30):%Y%m%dT%H%M%S}Z\r\n"
                      f"SUMMARY:Client {i % 500} — Cut\r\n"
                      f"ATTENDEE;CN=Client {i % 500}:mailto:c{i % 500}@example.com\r\n"
                      "END:VEVENT\r\n")
        out.write("END:VCALENDAR\r\n")


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--bookings", type=int, default=100_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        feed = root / "feed.ics"
        write_feed(feed, args.events)
        book = Book.open(root / "import", clock=lambda: TODAY)
        before = peak_mb()
        start = time.perf_counter()
        report, _ = book.calendars.import_file(feed, unmatched_new=True, local_zone=UTC)
        took = time.perf_counter() - start
        print(f"import {args.events} events ({feed.stat().st_size / 1e6:.1f} MB): {took:.1f} s "
              f"(budget {IMPORT_BUDGET_S} s), {report.summary()}; peak RSS "
              f"{before:.0f} -> {peak_mb():.0f} MB")
        start = time.perf_counter()
        report, _ = book.calendars.import_file(feed, local_zone=UTC)
        print(f"re-import: {time.perf_counter() - start:.1f} s, {report.summary()}")
        book.close()

        book = Book.open(root / "export", clock=lambda: TODAY)
        client = Client(display_name="Bench Client")
        book.clients.add(client)
        with book.store.write():
            for i in range(args.bookings):
                book.store.calendar.insert(Appointment(
                    client_id=client.id, starts_at=datetime(2026, 1, 1, 9)
                    + timedelta(minutes=30 * i), duration_min=30, service="Cut"), None)
        start = time.perf_counter()
        count = book.calendars.export_file(root / "out.ics", local_zone=UTC)
        print(f"export {count} bookings: {time.perf_counter() - start:.1f} s "
              f"(budget {EXPORT_BUDGET_S} s)")
        book.close()


if __name__ == "__main__":
    main()

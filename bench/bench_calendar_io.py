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
    """A booking system's feed: one event per half hour, 500 clients as attendees, with the
    bookkeeping lines such feeds carry (about 440 bytes an event: 50,000 make 22 MB), a
    folded description and a reminder."""
    start = datetime(2026, 1, 1, 9)
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n")
        for i in range(events):
            t = start + timedelta(minutes=30 * i)
            c = i % 500
            out.write(f"BEGIN:VEVENT\r\nUID:ev-{i}@bench\r\nDTSTAMP:20261120T120000Z\r\n"
                      "STATUS:CONFIRMED\r\nTRANSP:OPAQUE\r\n"
                      f"DTSTART:{t:%Y%m%dT%H%M%S}Z\r\n"
                      f"DTEND:{t + timedelta(minutes=30):%Y%m%dT%H%M%S}Z\r\n"
                      f"SUMMARY:Client {c} — Cut\r\n"
                      "ORGANIZER;CN=Front desk:mailto:desk@salon.example\r\n"
                      f"ATTENDEE;CN=Client {c};PARTSTAT=ACCEPTED:mailto:c{c}"
                      "@example.com\r\n"
                      "DESCRIPTION:Booked online: cut with the usual designer\\, 30 minutes. R\r\n"
                      f" ef. {i:06d}\r\n"
                      "BEGIN:VALARM\r\nACTION:DISPLAY\r\nTRIGGER:-PT1H\r\n"
                      "END:VALARM\r\nEND:VEVENT\r\n")
        out.write("END:VCALENDAR\r\n")


def peak_mb() -> float:
    """The process's peak resident memory so far (Linux: ru_maxrss is in KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def timed(work):
    """(result, wall seconds, CPU seconds): CPU time does not count waiting for a core on a
    shared machine, so it is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


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
        (report, _), wall, cpu = timed(lambda: book.calendars.import_file(
            feed, unmatched_new=True, local_zone=UTC))
        after = peak_mb()
        print(f"import {args.events} events ({feed.stat().st_size / 1e6:.1f} MB): {wall:.1f} s "
              f"wall, {cpu:.1f} s CPU (budget {IMPORT_BUDGET_S} s), {report.summary()}; peak "
              f"RSS {before:.0f} -> {after:.0f} MB (+{after - before:.0f})")
        (report, _), wall, cpu = timed(lambda: book.calendars.import_file(
            feed, local_zone=UTC))
        print(f"re-import: {wall:.1f} s wall, {cpu:.1f} s CPU, {report.summary()}; peak RSS "
              f"{peak_mb():.0f} MB")
        book.close()

        book = Book.open(root / "export", clock=lambda: TODAY)
        client = Client(display_name="Bench Client")
        book.clients.add(client)
        with book.store.write():
            for i in range(args.bookings):
                book.store.calendar.insert(Appointment(
                    client_id=client.id, starts_at=datetime(2026, 1, 1, 9)
                    + timedelta(minutes=30 * i), duration_min=30, service="Cut"), None)
        count, wall, cpu = timed(lambda: book.calendars.export_file(root / "out.ics",
                                                                   local_zone=UTC))
        print(f"export {count} bookings: {wall:.1f} s wall, {cpu:.1f} s CPU "
              f"(budget {EXPORT_BUDGET_S} s)")
        book.close()


if __name__ == "__main__":
    main()

"""No-shows and late cancellations per month over the last 12 months (Follow-ups)."""

from __future__ import annotations

from datetime import datetime, time
from typing import TYPE_CHECKING

from clientbook.domain.no_shows import MONTHS_SHOWN, NoShowRecord, month_start, no_show_record

if TYPE_CHECKING:
    from clientbook.services.book import Book


def by_month(book: Book) -> NoShowRecord:
    """This month so far and the 11 before it; bookings count once their start has passed."""
    now = book.clock()
    since = datetime.combine(month_start(now, MONTHS_SHOWN - 1), time())
    return no_show_record(book.store.calendar.missed_by_month(since, now), now)

"""No-shows and late cancellations month by month: what fell due, what was missed, the rate."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime

MONTHS_SHOWN = 12


@dataclass(frozen=True)
class MissedMonth:
    """One month's bookings that fell due (not cancelled by the firm or in good time), of
    which no-shows and late cancellations."""

    month: str  # "2026-11"; "" for the total
    due: int = 0
    no_shows: int = 0
    late: int = 0

    @property
    def rate(self) -> float | None:
        """No-shows over bookings due; None when nothing fell due (neither 0 % nor 100 %)."""
        return self.no_shows / self.due if self.due else None


@dataclass(frozen=True)
class NoShowRecord:
    months: list[MissedMonth]  # newest first, every month shown even with nothing due
    total: MissedMonth


def month_start(now: datetime, back: int) -> date:
    """The first day of the month `back` months before `now`'s."""
    index = now.year * 12 + now.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def no_show_record(counts: Mapping[str, tuple[int, int, int]], now: datetime,
                   months: int = MONTHS_SHOWN) -> NoShowRecord:
    """`counts`: "YYYY-MM" → (due, no-shows, late cancellations) for the months up to `now`;
    the record lists this month and the `months - 1` before it, newest first."""
    rows = []
    for back in range(months):
        key = month_start(now, back).strftime("%Y-%m")
        rows.append(MissedMonth(key, *counts.get(key, (0, 0, 0))))
    total = MissedMonth("", sum(r.due for r in rows), sum(r.no_shows for r in rows),
                        sum(r.late for r in rows))
    return NoShowRecord(rows, total)

"""The firm's promise-keeping record: of the promises that fell due, how many were kept on time.

A promise counts in the month of its due time once that time has passed or it was done.
It was kept on time when it was done by its due time and never moved after it had already
run late (moving a promise before it is due, with the client's agreement, is fine).
Cancelled promises count in neither figure.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class PromiseOutcome:
    due_at: datetime
    done_at: datetime | None
    cancelled: bool
    moved_late: bool
    """It was rescheduled after its due time had already passed."""
    staff_id: int | None

    def counts(self, now: datetime) -> bool:
        return not self.cancelled and (self.done_at is not None or self.due_at <= now)

    def kept_on_time(self) -> bool:
        return self.done_at is not None and self.done_at <= self.due_at and not self.moved_late


@dataclass(frozen=True)
class OnTime:
    due: int
    kept: int

    @property
    def rate(self) -> float | None:
        """Kept / due, or None when nothing fell due (not 0 %, not 100 %)."""
        return self.kept / self.due if self.due else None


@dataclass(frozen=True)
class PromiseRecord:
    by_month: dict[str, OnTime]
    """'2026-11' → figures, oldest month first."""
    by_staff: dict[int | None, OnTime]
    """Staff id (None: nobody owns it) → figures."""
    total: OnTime


def promise_record(outcomes: Iterable[PromiseOutcome], now: datetime) -> PromiseRecord:
    """Tally in one pass (the Reports page reads every promise of the book each time)."""
    months: dict[tuple[int, int], list] = {}  # (year, month) → [due, kept, a due time in it]
    staff: dict[int | None, list[int]] = {}
    due = kept = 0
    for outcome in outcomes:
        if not outcome.counts(now):
            continue
        on_time = int(outcome.kept_on_time())
        due += 1
        kept += on_time
        at = outcome.due_at
        month = months.get((at.year, at.month))
        if month is None:
            months[(at.year, at.month)] = [1, on_time, at]
        else:
            month[0] += 1
            month[1] += on_time
        figures = staff.get(outcome.staff_id)
        if figures is None:
            staff[outcome.staff_id] = [1, on_time]
        else:
            figures[0] += 1
            figures[1] += on_time
    # Named as before ("%Y-%m" of a due time in the month) and in the order of those names.
    named = {at.strftime("%Y-%m"): OnTime(n, k) for n, k, at in months.values()}
    return PromiseRecord(
        by_month={m: named[m] for m in sorted(named)},
        by_staff={s: OnTime(*v) for s, v in staff.items()},
        total=OnTime(due, kept),
    )

"""Which automatic backups to keep: all of the newest day's, then the newest of each of the
last 7 days, 4 weeks and 12 months.

A backup kept for one reason (say, as this week's) is not counted again for another, so the
three kinds reach back as far as they can: with a backup every day, the oldest one kept is
about a year old. Days, weeks and months are counted back from the newest backup's, not
from today, so a week away from the desk never throws the last good backups away.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, datetime

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _week(day: date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def _month(day: date) -> tuple[int, int]:
    return day.year, day.month


def backups_to_keep(stamps: Iterable[datetime], daily: int = DAILY, weekly: int = WEEKLY,
                    monthly: int = MONTHLY) -> set[datetime]:
    """The stamps to keep; every other automatic backup may be deleted."""
    newest_first = sorted(set(stamps), reverse=True)
    if not newest_first:
        return set()
    keep = _newest_per_period(newest_first, lambda s: s.date(), daily, set())
    for count, period in ((weekly, lambda s: _week(s.date())),
                          (monthly, lambda s: _month(s.date()))):
        keep |= _newest_per_period(newest_first, period, count, keep)
    # Every backup of the newest day: the one before an import is not lost to a later one.
    return keep | {s for s in newest_first if s.date() == newest_first[0].date()}


def _newest_per_period(newest_first: list[datetime], period: Callable[[datetime], object],
                       count: int, already: set[datetime]) -> set[datetime]:
    """The newest stamp of each of the `count` most recent periods not already covered."""
    chosen: set[datetime] = set()
    covered = {period(s) for s in already}
    for stamp in newest_first:
        if len(chosen) >= count:
            break
        key = period(stamp)
        if key in covered:
            continue
        covered.add(key)
        chosen.add(stamp)
    return chosen

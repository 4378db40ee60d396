"""The quick due times a promise can be given: in an hour, end of day, tomorrow, Friday."""

from __future__ import annotations

from datetime import datetime, time, timedelta

END_OF_DAY = time(17, 0)
MORNING = time(10, 0)
FRIDAY = 4


def in_one_hour(now: datetime) -> datetime:
    return now.replace(second=0, microsecond=0) + timedelta(hours=1)


def end_of_day(now: datetime) -> datetime:
    """Today at 17:00, or tomorrow's once today's has passed."""
    due = datetime.combine(now.date(), END_OF_DAY)
    return due if due > now else due + timedelta(days=1)


def tomorrow_morning(now: datetime) -> datetime:
    return datetime.combine(now.date() + timedelta(days=1), MORNING)


def friday(now: datetime) -> datetime:
    """The end of the coming Friday ("by Friday"); on a Friday, next week's."""
    days = (FRIDAY - now.weekday()) % 7 or 7
    return datetime.combine(now.date() + timedelta(days=days), END_OF_DAY)

"""Conversions between SQLite values and domain values (dates, money, flags).

A value damaged on disk (a time like '2026-12-07T09;00;00') raises UnreadableTime: the lists
read here leave that row out (and log it) rather than fail, and `clientbook check` names it
(storage/safety/value_check.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from decimal import Decimal
from typing import TypeVar

T = TypeVar("T")
log = logging.getLogger("clientbook.storage")


class UnreadableTime(ValueError):
    """A stored time that is not one (damage, or a hand edit): the row cannot be read."""

    def __init__(self, value: object):
        super().__init__(f"unreadable time {value!r}")
        self.value = value


def dt_to_db(value: datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat(timespec="seconds")


def dt_from_db(value: str | None) -> datetime | None:
    if value is None:
        return None
    try:
        return datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise UnreadableTime(value) from None


def dt_or_none(value: str | None) -> datetime | None:
    """For a time that is only shown (when a client was added, last seen): None if damaged."""
    try:
        return dt_from_db(value)
    except UnreadableTime:
        return None


def readable(rows: Iterable[tuple], make: Callable[[tuple], T], what: str) -> list[T]:
    """`make` of each row, leaving out (and logging) rows with an unreadable time."""
    made = []
    for row in rows:
        try:
            made.append(make(row))
        except UnreadableTime as exc:
            log.warning("%s %s has an unreadable time (%r), so it is left out; run "
                        "`clientbook check`", what, row[0], exc.value)
    return made


def one(row: tuple | None, make: Callable[[tuple], T], what: str) -> T | None:
    """`make` of one row; None (as if missing) when it has an unreadable time."""
    return None if row is None else next(iter(readable([row], make, what)), None)


def money_to_cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


def cents_to_money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))

"""Conversions between SQLite values and domain values (dates, money, flags)."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal


def dt_to_db(value: datetime | None) -> str | None:
    return None if value is None else value.replace(microsecond=0).isoformat(timespec="seconds")


def dt_from_db(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def money_to_cents(value: Decimal) -> int:
    return int((value * 100).to_integral_value())


def cents_to_money(cents: int) -> Decimal:
    return (Decimal(cents) / 100).quantize(Decimal("0.01"))

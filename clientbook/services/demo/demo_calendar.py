"""The demo salon's appointment book: its services menu, designers' hours and time off."""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from clientbook.domain.models import Staff
from clientbook.domain.scheduling.bookings import ServiceItem
from clientbook.domain.scheduling.working_hours import WeekPattern
from clientbook.services.demo import demo_pools as pools
from clientbook.storage.store import Store


def ensure_menu(store: Store) -> dict[str, int]:
    """The salon's services menu (name, usual length, a middle price); name -> id."""
    for name, _weight, low, high, minutes in pools.SERVICES:
        if store.calendar.service_by_name(name) is None:
            price = Decimal(round((low + high) / 2 / 500) * 5)
            store.calendar.add_service(ServiceItem(name, minutes, price))
    return {item.name: item.id for item in store.calendar.services() if item.id is not None}


def ensure_hours(store: Store, staff: list[Staff], today: date) -> None:
    """Weekly hours for each designer who has none, and a few days off for one."""
    for member, lines in zip((s for s in staff if s.role == "designer"), pools.HOURS,
                             strict=False):
        if member.id is not None and store.calendar.pattern(member.id) is None:
            store.calendar.set_pattern(member.id, WeekPattern.parse(lines))
    away = next((s for s in staff if s.role == "designer" and s.active and s.name == "Oksana"),
                None)
    if away is not None and away.id is not None and not store.calendar.time_off(away.id):
        store.calendar.add_time_off(away.id, today + timedelta(days=10),
                                    today + timedelta(days=12))


def place(rng: random.Random, pattern: WeekPattern | None, busy: list[tuple[int, int]],
          day: date, minutes: int) -> str | None:
    """A start ("HH:MM:SS") in the designer's hours that day, clear of their other bookings
    (`busy`, minutes from midnight, which it extends); None when the day is full or off."""
    spans = pattern.days[day.weekday()] if pattern else ((9 * 60, 18 * 60),)
    starts = [m for a, b in spans for m in range(a, b - minutes + 1, 30)]
    rng.shuffle(starts)
    for m in starts:
        if all(m + minutes <= s or e <= m for s, e in busy):
            busy.append((m, m + minutes))
            return f"{m // 60:02d}:{m % 60:02d}:00"
    return None

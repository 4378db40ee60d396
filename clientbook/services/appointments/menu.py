"""The services menu: what the firm offers, how long it takes, what it costs."""

from __future__ import annotations

from decimal import Decimal

from clientbook.domain.errors import ValidationError
from clientbook.domain.money import MAX_AMOUNT
from clientbook.domain.scheduling import MAX_MINUTES
from clientbook.domain.validation import clean_line
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.storage.calendar import ServiceItem
from clientbook.storage.store import Store


def check_minutes(minutes: int) -> int:
    if not 0 < minutes <= MAX_MINUTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A booking lasts 1 to %1 minutes."), MAX_MINUTES, field="minutes")
    return minutes


class ServicesMenu:
    def __init__(self, store: Store):
        self.store = store

    def all(self, active_only: bool = False) -> list[ServiceItem]:
        return self.store.calendar.services(active_only)

    def get(self, service_id: int) -> ServiceItem | None:
        return self.store.calendar.service(service_id)

    def by_name(self, name: str) -> ServiceItem | None:
        return self.store.calendar.service_by_name(name.strip())

    def add(self, name: str, minutes: int, price: Decimal | None = None,
            category: str = "") -> tuple[ServiceItem, Changes]:
        name = clean_line(name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A service needs a name."), field="name")
        check_minutes(minutes)
        if price is not None and not 0 <= price < MAX_AMOUNT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A price is zero or more, and less than the largest amount."),
                field="price")
        if self.by_name(name) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The menu already has a service called “%1”."), name, field="name")
        item = ServiceItem(name, minutes, price, clean_line(category))
        with self.store.write():
            self.store.calendar.add_service(item)
        return item, Changes(appointments=True)

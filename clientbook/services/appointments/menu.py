"""The services menu: what the firm offers, how long it takes, what it costs."""

from __future__ import annotations

from decimal import Decimal

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.money import MAX_AMOUNT
from clientbook.domain.scheduling.bookings import ServiceItem
from clientbook.domain.scheduling.scheduling import MAX_MINUTES
from clientbook.domain.validation import clean_line
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
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

    def _checked(self, item: ServiceItem) -> ServiceItem:
        name = clean_line(item.name)
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A service needs a name."), field="name")
        check_minutes(item.minutes)
        if item.price is not None and not 0 <= item.price < MAX_AMOUNT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A price is zero or more, and less than the largest amount."),
                field="price")
        same = self.by_name(name)
        if same is not None and same.id != item.id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The menu already has a service called “%1”."), name, field="name")
        return ServiceItem(name, item.minutes, item.price, clean_line(item.category),
                           item.active, item.id)

    def add(self, name: str, minutes: int, price: Decimal | None = None,
            category: str = "") -> tuple[ServiceItem, Changes]:
        item = self._checked(ServiceItem(name, minutes, price, category))
        with self.store.write():
            self.store.calendar.add_service(item)
        return item, Changes(appointments=True)

    def save(self, item: ServiceItem) -> Changes:
        """Change a service (name, length, price, category, or whether it is offered).
        Bookings already made keep the name and length they were made with."""
        if item.id is None or self.get(item.id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This service is not on the menu."))
        checked = self._checked(item)
        with self.store.write():
            self.store.calendar.update_service(checked)
        return Changes(appointments=True)

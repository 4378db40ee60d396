"""The appointment book's records: a line of the services menu, a booking with its names."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from clientbook.domain.models import Appointment


@dataclass
class ServiceItem:
    """One line of the services menu."""

    name: str
    minutes: int
    price: Decimal | None = None
    category: str = ""
    active: bool = True
    id: int | None = None


@dataclass(frozen=True)
class Entry:
    """A booking with the names the calendar shows beside it."""

    appointment: Appointment
    client_name: str
    staff_name: str
    service_id: int | None
    cancel_reason: str | None

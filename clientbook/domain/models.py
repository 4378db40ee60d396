"""The records ClientBook keeps, as plain dataclasses shared by every layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from enum import StrEnum

from clientbook.domain.birthdays import Birthday


class PreferenceCategory(StrEnum):
    DRINK = "drink"
    FOOD = "food"
    ROOM = "room"
    MUSIC = "music"
    CONVERSATION = "conversation"
    HEALTH = "health"
    PRODUCTS = "products"
    CONTACT = "contact"
    OTHER = "other"


# Categories the briefing card puts under "Have ready".
HAVE_READY = (
    PreferenceCategory.DRINK,
    PreferenceCategory.FOOD,
    PreferenceCategory.ROOM,
    PreferenceCategory.MUSIC,
)


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    DONE = "done"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class ContactChannel(StrEnum):
    CALL = "call"
    SMS = "sms"
    EMAIL = "email"
    IN_PERSON = "in_person"


@dataclass
class Staff:
    name: str
    role: str = "designer"
    active: bool = True
    id: int | None = None
    version: int = field(default=1, compare=False)
    """The version this copy was read at (m012): a save from an older one is refused."""


@dataclass
class Preference:
    category: PreferenceCategory
    value: str
    detail: str = ""
    avoid: bool = False
    """True for a "do not" preference: no upselling, no small talk, no perfume."""
    id: int | None = None

    def text(self) -> str:
        return f"{self.value} ({self.detail})" if self.detail else self.value

    @property
    def is_health(self) -> bool:
        """Health data (an allergy, a condition): special-category data that needs consent."""
        return self.category == PreferenceCategory.HEALTH


@dataclass
class Client:
    display_name: str
    given_name: str = ""
    family_name: str = ""
    address_as: str = ""
    """How the client likes to be greeted ("Mrs Smith", "Anna")."""
    phones: list[str] = field(default_factory=list)
    email: str = ""
    birthday: Birthday | None = None
    notes: str = ""
    designer_id: int | None = None
    preferences: list[Preference] = field(default_factory=list)
    archived: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    id: int | None = None
    health_consent_at: datetime | None = None
    """When the client agreed that health notes (allergies, conditions) may be kept;
    None when no consent is recorded. Health notes are special-category personal data."""
    version: int = field(default=1, compare=False)
    """The version this copy was read at (m012): a save from an older one is refused."""

    def health_notes(self) -> list[Preference]:
        """The preferences that are health data (allergies, conditions)."""
        return [p for p in self.preferences if p.is_health]

    @property
    def health_consent_missing(self) -> bool:
        """Health notes are kept but no consent is recorded: ask the client."""
        return self.health_consent_at is None and bool(self.health_notes())


@dataclass
class Visit:
    client_id: int
    visited_at: datetime
    service: str = ""
    staff_id: int | None = None
    spend: Decimal = Decimal("0")
    notes: str = ""
    id: int | None = None
    appointment_id: int | None = None
    """The appointment this visit completes, if any: an appointment has one visit at most."""
    version: int = field(default=1, compare=False)
    """The version this copy was read at (m012): a save from an older one is refused."""


@dataclass
class Appointment:
    client_id: int
    starts_at: datetime
    duration_min: int = 60
    service: str = ""
    staff_id: int | None = None
    status: AppointmentStatus = AppointmentStatus.BOOKED
    notes: str = ""
    id: int | None = None
    version: int = field(default=1, compare=False)
    """The version this copy was read at (m012): a save from an older one is refused."""


@dataclass
class Promise:
    client_id: int
    text: str
    due_at: datetime
    staff_id: int | None = None
    done_at: datetime | None = None
    created_at: datetime | None = None
    cancelled_at: datetime | None = None
    id: int | None = None
    version: int = field(default=1, compare=False)
    """The version this copy was read at (m012): a save from an older one is refused."""

    @property
    def is_open(self) -> bool:
        return self.done_at is None and self.cancelled_at is None

    def is_overdue(self, now: datetime) -> bool:
        return self.is_open and self.due_at < now


@dataclass
class ContactEntry:
    client_id: int
    at: datetime
    channel: ContactChannel
    note: str = ""
    staff_id: int | None = None
    id: int | None = None


@dataclass
class ContactPreference:
    """How a client wants to be reached, if at all."""

    channel: ContactChannel | None = None
    """The preferred channel; None means no preference."""
    do_not_contact: bool = False
    quiet_days: int | None = None
    """At most one contact every this many days; None follows the firm-wide default."""


@dataclass
class Reward:
    """A loyalty reward handed over: what, when, and what earned it."""

    client_id: int
    redeemed_at: datetime
    reward: str
    visit_number: int = 0
    """The visit it was redeemed on (visits since the previous reward); 0 for a spend rule."""
    staff_id: int | None = None
    id: int | None = None

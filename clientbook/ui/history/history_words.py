"""The History view's words: kinds, statuses, channels and the fields of the change log."""

from __future__ import annotations

from PySide6.QtCore import QObject

from clientbook.domain.models import AppointmentStatus, ContactChannel
from clientbook.domain.words import fill
from clientbook.services.history.change_log import import_of


class HistoryWords(QObject):
    """Translated names for what the timeline stores as plain keys."""

    def kinds(self) -> dict[str, str]:
        return {"visit": self.tr("Visit"), "appointment": self.tr("Appointment"),
                "promise": self.tr("Promise"), "contact": self.tr("Contact"),
                "reward": self.tr("Reward"), "change": self.tr("Change")}

    def kind_filters(self) -> list[tuple[str, tuple[str, ...] | None]]:
        """The filter box: everything, or one kind."""
        return [(self.tr("Everything"), None), (self.tr("Visits"), ("visit",)),
                (self.tr("Appointments"), ("appointment",)), (self.tr("Promises"), ("promise",)),
                (self.tr("Contacts"), ("contact",)), (self.tr("Rewards"), ("reward",)),
                (self.tr("Changes"), ("change",))]

    def appointment_status(self, status: str) -> str:
        return {
            AppointmentStatus.BOOKED: self.tr("Booked"),
            AppointmentStatus.ARRIVED: self.tr("Arrived"),
            AppointmentStatus.DONE: self.tr("Done"),
            AppointmentStatus.CANCELLED: self.tr("Cancelled"),
            AppointmentStatus.NO_SHOW: self.tr("No-show"),
        }.get(status, status)

    def promise_status(self, status: str) -> str:
        return {"open": self.tr("Open"), "on_time": self.tr("Kept on time"),
                "late": self.tr("Kept late"), "cancelled": self.tr("Cancelled")}.get(status,
                                                                                     status)

    def channel(self, channel: str) -> str:
        return {ContactChannel.CALL: self.tr("Call"), ContactChannel.SMS: self.tr("Text"),
                ContactChannel.EMAIL: self.tr("E-mail"),
                ContactChannel.IN_PERSON: self.tr("In person")}.get(channel, channel)

    def field(self, key: str) -> str:
        """A field of the change log ("phones", "visit.spend") in words."""
        names = {
            "display_name": self.tr("name"), "given_name": self.tr("given name"),
            "family_name": self.tr("family name"), "address_as": self.tr("address as"),
            "phones": self.tr("phones"), "email": self.tr("e-mail"),
            "birthday": self.tr("birthday"), "notes": self.tr("notes"),
            "designer": self.tr("designer"), "preferences": self.tr("preferences"),
            "archived": self.tr("archived"), "health_consent": self.tr("health consent"),
            "visit": self.tr("visit"), "visit.visited_at": self.tr("visit time"),
            "visit.staff": self.tr("visit staff"), "visit.service": self.tr("visit service"),
            "visit.spend": self.tr("visit spend"), "visit.notes": self.tr("visit notes"),
            "promise.text": self.tr("promise"), "promise.staff": self.tr("promise staff"),
            "appointment": self.tr("booking"), "appointment.time": self.tr("booking time"),
            "appointment.status": self.tr("booking status"), "promise": self.tr("promise"),
            "promise.due": self.tr("promise due"), "promise.done": self.tr("promise kept"),
            "promise.cancelled": self.tr("promise cancelled"),
        }
        return names.get(key, key)

    def nothing(self) -> str:
        return self.tr("(empty)")

    def who(self, who: str) -> str:
        """Who made a change: the desk, and the import (or its undo) that made it."""
        found = import_of(who)
        if found is None:
            return who
        desk, undo, source = found
        if undo:
            return fill(self.tr("%1, undoing the import of %2"), [desk, source])
        return fill(self.tr("%1, by the import of %2"), [desk, source])

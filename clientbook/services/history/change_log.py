"""The change log of a client's record: what changed, from what to what, by whom, when.

Values are personal data: they are kept in the book (and shown in the window, the client's
History) but never written to the log file. Forgetting a client erases their entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime

from clientbook.domain.models import Appointment, Client, Promise, Visit
from clientbook.storage.repositories.change_log import ChangeEntry
from clientbook.storage.store import Store

__all__ = ["ChangeEntry", "ChangeLogService", "appointment_changes", "client_changes",
           "import_of", "promise_changes", "visit_changes"]

# Fields of a client compared for the log, in the order shown.
CLIENT_FIELDS = ("display_name", "given_name", "family_name", "address_as", "phones",
                 "email", "birthday", "notes", "designer", "preferences", "archived",
                 "health_consent")
VISIT_FIELDS = ("visited_at", "staff", "service", "spend", "notes")
# "anna@desk (import: contacts.csv)": who made a change an import (or its undo) made.
_BY_IMPORT = re.compile(r"(.*) \((import|undo import): (.*)\)", re.DOTALL)


def import_of(who: str) -> tuple[str, bool, str] | None:
    """(desk, undo?, file) when an import or its undo made the change, else None."""
    found = _BY_IMPORT.fullmatch(who)
    return None if found is None else (found[1], found[2] == "undo import", found[3])


def _client_value(client: Client, field: str, staff: dict[int, str]) -> str:
    if field == "phones":
        return ", ".join(client.phones)
    if field == "birthday":
        return client.birthday.iso() if client.birthday else ""
    if field == "designer":
        return staff.get(client.designer_id, "") if client.designer_id else ""
    if field == "preferences":
        return "\n".join(f"{p.category}: {p.text()}" + (" (avoid)" if p.avoid else "")
                         for p in client.preferences)
    if field == "archived":
        return "yes" if client.archived else "no"
    if field == "health_consent":
        return client.health_consent_at.isoformat(sep=" ") if client.health_consent_at else ""
    return str(getattr(client, field) or "")


def client_changes(before: Client, after: Client, staff: dict[int, str]
                   ) -> list[tuple[str, str, str]]:
    """(field, old, new) for every field of the record that differs."""
    found = []
    for field in CLIENT_FIELDS:
        old, new = _client_value(before, field, staff), _client_value(after, field, staff)
        if old != new:
            found.append((field, old, new))
    return found


def _visit_value(visit: Visit, field: str, staff: dict[int, str]) -> str:
    if field == "visited_at":
        return visit.visited_at.isoformat(sep=" ", timespec="minutes")
    if field == "staff":
        return staff.get(visit.staff_id, "") if visit.staff_id else ""
    if field == "spend":
        return str(visit.spend)
    return str(getattr(visit, field) or "")


def visit_summary(visit: Visit, staff: dict[int, str]) -> str:
    """One line naming a visit: "2026-03-12 10:00 Haircut, Oksana, 45.00"."""
    parts = [_visit_value(visit, f, staff) for f in ("visited_at", "service", "staff", "spend")]
    return ", ".join(p for p in parts if p)


def visit_changes(before: Visit | None, after: Visit | None, staff: dict[int, str]
                  ) -> list[tuple[str, str, str]]:
    """A visit corrected ("visit.service"), added back, or deleted ("visit")."""
    if before is None or after is None:
        return [("visit", visit_summary(before, staff) if before else "",
                 visit_summary(after, staff) if after else "")]
    return [(f"visit.{field}", old, new) for field in VISIT_FIELDS
            if (old := _visit_value(before, field, staff))
            != (new := _visit_value(after, field, staff))]


def _when(at: datetime | None) -> str:
    return at.isoformat(sep=" ", timespec="minutes") if at else ""


def appointment_changes(before: Appointment | None, after: Appointment,
                        staff: dict[int, str]) -> list[tuple[str, str, str]]:
    """A booking made ("appointment"), moved or resized ("appointment.time"), or its
    status changed ("appointment.status": booked, arrived, done, cancelled, no_show)."""
    def place(a: Appointment) -> str:
        parts = [_when(a.starts_at), f"{a.duration_min} min", a.service,
                 staff.get(a.staff_id, "") if a.staff_id else ""]
        return ", ".join(p for p in parts if p)

    if before is None:
        return [("appointment", "", place(after))]
    found = []
    if place(before) != place(after):
        found.append(("appointment.time", place(before), place(after)))
    if before.status != after.status:
        found.append(("appointment.status", str(before.status), str(after.status)))
    return found


def promise_changes(before: Promise | None, after: Promise) -> list[tuple[str, str, str]]:
    """A promise made ("promise"), kept, cancelled or its due time moved."""
    if before is None:
        return [("promise", "", f"{after.text} ({_when(after.due_at)})")]
    return [(f"promise.{name}", old, new) for name, old, new in (
        ("due", _when(before.due_at), _when(after.due_at)),
        ("done", _when(before.done_at), _when(after.done_at)),
        ("cancelled", _when(before.cancelled_at), _when(after.cancelled_at))) if old != new]


class ChangeLogService:
    def __init__(self, store: Store, clock: Callable[[], datetime], who: Callable[[], str]):
        self.store = store
        self.clock = clock
        self.who = who

    def staff_names(self) -> dict[int, str]:
        return {s.id: s.name for s in self.store.staff.all() if s.id is not None}

    def record(self, client_id: int, changes: list[tuple[str, str, str]],
               who: str | None = None) -> None:
        """Append to the log; call inside the write transaction of the change itself.
        `who` defaults to the desk; an import names itself too (see `by_import`)."""
        at, who = self.clock().replace(microsecond=0), who or self.who()
        self.store.changes.add([ChangeEntry(client_id, at, who, field, old, new)
                                for field, old, new in changes])

    def record_client(self, before: Client, after: Client, who: str | None = None) -> None:
        if after.id is not None:
            self.record(after.id, client_changes(before, after, self.staff_names()), who)

    def record_appointment(self, before: Appointment | None, after: Appointment) -> None:
        self.record(after.client_id, appointment_changes(before, after, self.staff_names()))

    def record_promise(self, before: Promise | None, after: Promise) -> None:
        self.record(after.client_id, promise_changes(before, after))

    def by_import(self, source: str, undo: bool = False) -> str:
        """Who made a change an import made: "anna@desk (import: contacts.csv)"."""
        return f"{self.who()} ({'undo import' if undo else 'import'}: {source})"

    def entries(self, client_id: int | None = None, limit: int | None = None
                ) -> list[ChangeEntry]:
        """Newest first; every client's when `client_id` is None."""
        return self.store.changes.for_client(client_id, limit)

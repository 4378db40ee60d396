"""Undoing an import safely: name it and ask, back up first, the last one only unless named,
and never throw away what was done after it.

For a client the import merged into, only the fields it changed and nobody changed since go
back; phones and preferences it added go, anything added later stays. A client it added who
has since been seen, contacted or edited is kept. What is kept, and why, is in the outcome.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError, NotFoundError
from clientbook.domain.models import Client, Preference
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.clients.client_snapshot import client_from_json
from clientbook.services.safety import backups
from clientbook.storage.repositories.imports import ImportEntry

if TYPE_CHECKING:
    from clientbook.services.book import Book

__all__ = ["ImportEntry", "KeptClient", "KeptField", "UndoPlan", "imports", "plan_undo",
           "undo_import"]

# Scalar fields of a merged client, put back only if nobody changed them since the import.
_FIELDS = ("display_name", "given_name", "family_name", "address_as", "email", "birthday",
           "notes", "designer_id", "archived", "health_consent_at")


@dataclass(frozen=True)
class KeptClient:
    """A client the import added, kept because of what was done with them since."""

    client_id: int
    name: str
    why: tuple[str, ...]
    """"visits", "appointments", "promises", "contacts", "rewards", "changes"."""


@dataclass(frozen=True)
class KeptField:
    """A field of a merged client the import changed, kept because someone changed it since."""

    client_id: int
    name: str
    field: str


@dataclass(frozen=True)
class KeptBooking:
    """A booking a calendar import moved or cancelled, kept as it is because it was changed
    again since."""

    appointment_id: int
    name: str
    """The client's name."""


@dataclass
class UndoPlan:
    """What undoing one import does: the question asked first and the summary after."""

    entry: ImportEntry
    is_last: bool
    remove_clients: list[int] = field(default_factory=list)
    restore: list[Client] = field(default_factory=list)
    records: dict[str, list[int]] = field(default_factory=dict)
    staff: list[int] = field(default_factory=list)
    kept_clients: list[KeptClient] = field(default_factory=list)
    kept_fields: list[KeptField] = field(default_factory=list)
    put_back: list[tuple[int, str]] = field(default_factory=list)
    """Bookings a calendar import moved or cancelled, with how they were before it."""
    kept_bookings: list[KeptBooking] = field(default_factory=list)
    backup: str = ""

    @property
    def source(self) -> str:
        return self.entry.source

    @property
    def at(self) -> datetime:
        return self.entry.at

    @property
    def added(self) -> int:
        return self.entry.added

    @property
    def merged(self) -> int:
        return self.entry.merged

    @property
    def removed_records(self) -> int:
        return sum(len(ids) for ids in self.records.values())


def imports(book: Book) -> list[ImportEntry]:
    """Every import, newest first (undone ones say when)."""
    return book.store.imports.all()


def _pref_key(p: Preference) -> tuple:
    return (str(p.category), p.value, p.detail, p.avoid)


def _restored(before: Client, after: Client, now: Client) -> tuple[Client, list[str]]:
    """`now` with what the import changed (before → after) put back where nobody changed it
    since; returns it and the fields kept because they were changed since."""
    result, kept = replace(now, phones=list(now.phones), preferences=list(now.preferences)), []
    for name in _FIELDS:
        old, imported, current = (getattr(c, name) for c in (before, after, now))
        if imported == old:
            continue
        if current == imported:
            setattr(result, name, old)
        else:
            kept.append(name)
    added_phones = [p for p in after.phones if p not in before.phones]
    result.phones = [p for p in now.phones if p not in added_phones]
    had = {_pref_key(p) for p in before.preferences}
    added = {_pref_key(p) for p in after.preferences} - had
    result.preferences = [p for p in now.preferences if _pref_key(p) not in added]
    return result, kept


def plan_undo(book: Book, import_id: int | None = None) -> UndoPlan:
    """What undoing the last import (or import `import_id`) would do; changes nothing.

    Without an id only the newest import can be undone: once it is undone, an earlier one
    must be named (after `imports()` lists them), never undone by running this again.
    """
    log = book.store.imports
    newest = log.newest()
    if import_id is None:
        if newest is None:
            raise ClientBookError(QT_TRANSLATE_NOOP("Errors", "There is no import to undo."))
        if newest.undone_at is not None:
            raise ClientBookError(QT_TRANSLATE_NOOP(
                "Errors", "The last import (%1, %2) was already undone. To undo an earlier "
                "import, list them and name the one to undo."), newest.id, newest.source)
        entry = newest
    else:
        found = log.get(import_id)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no import with id %1."),
                                import_id)
        if found.undone_at is not None:
            raise ClientBookError(QT_TRANSLATE_NOOP(
                "Errors", "Import %1 (%2) was already undone."), found.id, found.source)
        entry = found
    plan = UndoPlan(entry, is_last=newest is not None and entry.id == newest.id)
    after = log.after(entry.id)
    moved = log.after(entry.id, "appointments")
    for table, row_id, before in log.items(entry.id):
        if table == "staff":
            plan.staff.append(row_id)
        elif table == "appointments" and before is not None:
            _plan_put_back(book, plan, row_id, before, moved.get(row_id))
        elif table != "clients":
            plan.records.setdefault(table, []).append(row_id)
        elif before is None:
            _plan_added(book, plan, row_id)
        else:
            _plan_merged(book, plan, row_id, before, after.get(row_id))
    return plan


def _plan_put_back(book: Book, plan: UndoPlan, appointment_id: int, before: str,
                   after: str | None) -> None:
    """A booking the import moved or cancelled goes back, unless changed again since."""
    now = book.store.calendar.booking_state(appointment_id)
    if now is None:
        return
    if now == after:
        plan.put_back.append((appointment_id, before))
        return
    appointment = book.store.records.appointment(appointment_id)
    client = book.store.clients.get(appointment.client_id) if appointment else None
    plan.kept_bookings.append(KeptBooking(appointment_id, client.display_name if client
                                          else f"#{appointment_id}"))


def _plan_added(book: Book, plan: UndoPlan, client_id: int) -> None:
    client = book.store.clients.get(client_id)
    if client is None:
        return
    why = book.store.imports.touched_since(client_id, plan.entry.id, plan.entry.at)
    if why:
        plan.kept_clients.append(KeptClient(client_id, client.display_name, tuple(why)))
    else:
        plan.remove_clients.append(client_id)


def _plan_merged(book: Book, plan: UndoPlan, client_id: int, before: str,
                 after: str | None) -> None:
    now = book.store.clients.get(client_id)
    if now is None:
        return
    old = client_from_json(before)
    # Imports from before the change log kept no "after": then only what they did is known.
    restored, kept = _restored(old, client_from_json(after) if after else now, now)
    plan.restore.append(restored)
    plan.kept_fields.extend(KeptField(client_id, now.display_name, f) for f in kept)


def undo_import(book: Book, import_id: int | None = None) -> tuple[UndoPlan, Changes]:
    """Back up, then undo the import in one transaction; returns what was done and kept.

    The plan is worked out again inside that transaction (SERIALIZABLE on a server), so a
    visit another desk adds meanwhile to an imported client keeps that client."""
    first = plan_undo(book, import_id)
    try:
        backup = str(backups.make_backup(book, backups.Reason.BEFORE_IMPORT))
    except backups.BackupError as exc:
        raise ClientBookError(QT_TRANSLATE_NOOP("Errors", "Nothing undone: %1"),
                              exc.message) from exc

    def attempt() -> tuple[UndoPlan, Changes]:  # from scratch each time
        plan = plan_undo(book, first.entry.id)
        plan.backup = backup
        kept_records: dict[str, set[int]] = {t: set() for t in plan.records}
        for kept in plan.kept_clients:  # records the import added to a client kept stay
            for table, ids in plan.records.items():
                for row_id in ids:
                    if _record_client(book, table, row_id) == kept.client_id:
                        kept_records[table].add(row_id)
        changes = _undo(book, plan, kept_records,
                        book.change_log.by_import(plan.entry.source, undo=True))
        plan.records = {t: [i for i in ids if i not in kept_records[t]]
                        for t, ids in plan.records.items()}
        return plan, changes

    return book.store.serializable(attempt)


def _undo(book: Book, plan: UndoPlan, kept_records: dict[str, set[int]], who: str) -> Changes:
    """The undo's writes, inside its (serializable) transaction."""
    store = book.store
    changes = Changes(visits=True, appointments=True, promises=True)
    for table, ids in plan.records.items():
        store.imports.delete_rows(table, [i for i in ids if i not in kept_records[table]])
    for client in plan.restore:
        current = store.clients.get(client.id)
        store.clients.update(client)
        if current is not None:
            book.change_log.record_client(current, client, who)
        changes.clients.add(client.id)
    for client_id in plan.remove_clients:
        store.clients.delete(client_id)
        changes.clients.add(client_id)
    for appointment_id, before in plan.put_back:
        store.calendar.put_back(appointment_id, before)
    for staff_id in plan.staff:
        if not store.imports.staff_in_use(staff_id):
            store.staff.delete(staff_id)
            changes.staff = True
    store.imports.mark_undone(plan.entry.id, book.clock())
    return changes


def _record_client(book: Book, table: str, row_id: int) -> int | None:
    records = book.store.records
    found = {"visits": records.visit, "appointments": records.appointment,
             "promises": records.promise}[table](row_id)
    return None if found is None else found.client_id


def when_text(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")

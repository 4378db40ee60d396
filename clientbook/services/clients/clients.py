"""Adding, editing, archiving and finding clients."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from clientbook.domain import folding
from clientbook.domain.care.contact_rules import check_preference
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import Client, ContactPreference
from clientbook.domain.validation import clean_client, whole_number
from clientbook.domain.words import QT_TRANSLATE_NOOP, message
from clientbook.services.changes import Changes
from clientbook.services.undo import UndoStack
from clientbook.services.versions import conflict, versioned_write
from clientbook.storage.store import Store


@dataclass(frozen=True)
class Duplicate:
    """An existing client who looks like the one being saved."""

    client: Client
    same_name: bool
    same_phone: bool


class ClientService:
    def __init__(self, store: Store, clock: Callable[[], datetime], undo: UndoStack):
        self.store = store
        self.clock = clock
        self.undo = undo
        self.change_log = None  # set by the Book: records who changed which field

    def get(self, client_id: int) -> Client:
        client = self.store.clients.get(client_id)
        if client is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)
        return client

    def exists(self, client_id: int) -> bool:
        return self.store.clients.exists(client_id)

    def _check_designer(self, client: Client) -> None:
        if client.designer_id is not None and self.store.staff.get(client.designer_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The assigned designer does not exist."), field="designer_id")

    def add(self, client: Client, contact: ContactPreference | None = None) -> Changes:
        """Store a new client (and their contact wishes, if given) in one transaction."""
        client = clean_client(client)
        self._check_designer(client)
        if contact is not None:
            check_preference(contact)
        now = self.clock()
        client.created_at = client.created_at or now
        client.updated_at = now
        with self.store.write():
            self.store.clients.insert(client)
            if contact is not None:
                self.store.contact_prefs.set(client.id, contact)
        return Changes(clients={client.id}, contacts=contact is not None)

    def update(self, client: Client, contact: ContactPreference | None = None,
               seen: Client | None = None) -> Changes:
        """Save a client's changes (and their contact wishes, if given) in one transaction.

        Saved only over the version the client was read at (`client.version`): when another
        desk saved a newer one, nothing is written and a ConflictError carries theirs, mine
        and `seen` (the client as this desk read it, to tell who changed what)."""
        if client.id is None or not self.store.clients.exists(client.id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "This client no longer exists; it may have been deleted."))
        client = clean_client(client)
        self._check_designer(client)
        if contact is not None:
            check_preference(contact)
        client.updated_at = self.clock()
        before = self.store.clients.get(client.id)
        client_id = client.id

        def refused():
            theirs = self.store.clients.get(client_id)
            return conflict(self.store, "clients", theirs, client, seen,
                            lambda mine: self.update(mine, contact, theirs),
                            Changes(clients={client_id}, contacts=True))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.clients.update(client, client.version))
            if self.change_log is not None and before is not None:
                self.change_log.record_client(before, client)
            if contact is not None:
                self.store.contact_prefs.set(client.id, contact)
        client.version += 1
        return Changes(clients={client.id}, contacts=contact is not None)

    def set_archived(self, client_id: int, archived: bool) -> Changes:
        """Archive (or bring back) a client; archiving can be undone (Ctrl+Z)."""
        client = self.get(client_id)
        with self.store.write():
            self.store.clients.set_archived(client_id, archived, self.clock())
            if self.change_log is not None and client.archived != archived:
                self.change_log.record(client_id, [("archived", "yes" if client.archived
                                                    else "no", "yes" if archived else "no")])
        if archived and not client.archived:
            self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo archive of %1"),
                                   client.display_name),
                           lambda: self.set_archived(client_id, False), client_id)
        return Changes(clients={client_id})

    def delete(self, client_id: int) -> Changes:
        """Delete a client row and everything attached to it (no anonymous figures kept, no
        file clean-up): an erasure request goes through services/privacy/erasure.py instead."""
        self.get(client_id)
        with self.store.write():
            self.store.clients.delete(client_id)
        return Changes(clients={client_id}, visits=True, appointments=True, promises=True,
                       contacts=True)

    def duplicates_of(self, client: Client) -> list[Duplicate]:
        """Other clients with the same folded name or the same phone number, and which."""
        by_name = set(self.store.clients.ids_by_name(client.display_name))
        by_phone: set[int] = set()
        for phone in client.phones:
            by_phone.update(self.store.clients.ids_by_phone(phone))
        found = []
        for other_id in sorted((by_name | by_phone) - {client.id}):
            other = self.store.clients.get(other_id)
            if other is not None:
                found.append(Duplicate(other, other_id in by_name, other_id in by_phone))
        return found

    def resolve(self, reference: str) -> int:
        """An id, or a phone, email or exact name that matches exactly one client."""
        reference = reference.strip()
        if not reference:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No client given."))
        number = whole_number(reference)
        if number is not None and self.store.clients.exists(number):
            return number
        for finder in (
            self.store.clients.ids_by_email if "@" in reference else None,
            self.store.clients.ids_by_phone if folding.phone_digits(reference) else None,
            self.store.clients.ids_by_name,
        ):
            if finder is None:
                continue
            ids = finder(reference)
            if len(ids) == 1:
                return ids[0]
            if len(ids) > 1:
                # Always two or more: a translation may say "several" instead of counting.
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "%1 matches %2 clients; use the client id instead."),
                    repr(reference), len(ids))
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No client matches %1."), repr(reference))


    def page(
        self, after: tuple[str, int] | None = None, limit: int = 200,
        include_archived: bool = False,
    ) -> list[tuple[int, str, str, str]]:
        """The next `limit` clients in name order: (id, name, sort key, first phone)."""
        return self.store.clients.page_after(after, limit, include_archived)

    def any(self) -> bool:
        return self.store.clients.any()

    def count(self, include_archived: bool = True) -> int:
        return self.store.clients.count(include_archived)

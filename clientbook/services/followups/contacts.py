"""Contacting clients: their wishes, the contact log, and the check before reaching out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from clientbook.domain.care.contact_rules import ContactCheck, check_contact, check_preference
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import ContactChannel, ContactEntry, ContactPreference
from clientbook.domain.validation import clean_note
from clientbook.domain.words import QT_TRANSLATE_NOOP, message
from clientbook.services.changes import Changes
from clientbook.services.settings import quiet_days
from clientbook.services.undo import UndoStack
from clientbook.storage.store import Store

# How much of the log the check reads: enough for any quiet period.
HISTORY_CHECKED = 50
MAX_NOTE = 2000


class ContactService:
    def __init__(self, store: Store, clock: Callable[[], datetime], undo: UndoStack):
        self.store = store
        self.clock = clock
        self.undo = undo

    def _client(self, client_id: int) -> None:
        if not self.store.clients.exists(client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)

    def preference(self, client_id: int) -> ContactPreference:
        return self.store.contact_prefs.get(client_id)

    def set_preference(self, client_id: int, pref: ContactPreference) -> Changes:
        self._client(client_id)
        check_preference(pref)
        with self.store.write():
            self.store.contact_prefs.set(client_id, pref)
        return Changes(clients={client_id}, contacts=True)

    def firm_quiet_days(self) -> int:
        return quiet_days(self.store)

    def history(self, client_id: int, limit: int | None = None) -> list[ContactEntry]:
        """The contact log, newest first."""
        return self.store.records.contacts_for(client_id, limit)

    def check(self, client_id: int, channel: ContactChannel | None = None) -> ContactCheck:
        """What to warn about before contacting the client by `channel` (None: any) now."""
        self._client(client_id)
        return check_contact(self.preference(client_id), self.firm_quiet_days(),
                             self.history(client_id, HISTORY_CHECKED), channel, self.clock())

    def log(self, client_id: int, channel: ContactChannel, note: str = "",
            staff_id: int | None = None, at: datetime | None = None
            ) -> tuple[ContactEntry, Changes]:
        """Record a contact made at `at` (default now)."""
        self._client(client_id)
        if staff_id is not None and self.store.staff.get(staff_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no staff member with id %1."), staff_id, field="staff_id")
        note = clean_note(note)
        if len(note) > MAX_NOTE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Keep the note under %1 characters."), MAX_NOTE, field="note")
        entry = ContactEntry(client_id, (at or self.clock()).replace(microsecond=0), channel,
                             note, staff_id)
        with self.store.write():
            self.store.records.add_contact(entry)
        self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo contact log")),
                       lambda: self.undo_log(entry), client_id)
        return entry, Changes(clients={client_id}, contacts=True)

    def undo_log(self, entry: ContactEntry) -> Changes:
        with self.store.write():
            self.store.records.delete_contact(entry.id)
        return Changes(clients={entry.client_id}, contacts=True)

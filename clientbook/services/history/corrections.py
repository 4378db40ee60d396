"""Correcting a client's history: edit or delete a visit, edit a promise.

Each correction is one transaction, is written to the change log, can be taken back with
Ctrl+Z (book.undo, named), and returns the Changes that refresh the card, badges, rewards,
the designer share and the reports.
"""

from __future__ import annotations

import copy
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import Promise, Visit
from clientbook.domain.money import MAX_AMOUNT
from clientbook.domain.validation import clean_line, clean_note
from clientbook.domain.words import QT_TRANSLATE_NOOP, message
from clientbook.services.changes import Changes
from clientbook.services.history.change_log import ChangeLogService, visit_changes
from clientbook.services.undo import UndoStack
from clientbook.services.versions import conflict, versioned_write
from clientbook.storage.store import Store

_KEEP = object()  # "leave this field as it is" for edit_visit's optional arguments


def visit_changes_flags(client_id: int) -> Changes:
    """What a visit correction touches: the card, badges, rewards, designer share, reports."""
    return Changes(clients={client_id}, visits=True)


class CorrectionService:
    def __init__(self, store: Store, log: ChangeLogService, undo: UndoStack):
        self.store = store
        self.log = log
        self.undo = undo

    # Visits -------------------------------------------------------------------------
    def visit(self, visit_id: int) -> Visit:
        visit = self.store.records.visit(visit_id)
        if visit is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no visit with id %1."),
                                visit_id)
        return visit

    def _name(self, client_id: int) -> str:
        client = self.store.clients.get(client_id)
        return client.display_name if client else str(client_id)

    def _checked(self, visit: Visit) -> Visit:
        visit.service, visit.notes = clean_line(visit.service), clean_note(visit.notes)
        if visit.spend < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Spend cannot be negative."), field="spend")
        if visit.spend >= MAX_AMOUNT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Spend is too large for an amount."), field="spend")
        if visit.staff_id is not None and self.store.staff.get(visit.staff_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no staff member with id %1."), visit.staff_id,
                field="staff_id")
        visit.visited_at = visit.visited_at.replace(second=0, microsecond=0)
        return visit

    def edit_visit(self, visit_id: int, *, visited_at: datetime | None = None,
                   staff_id: int | object | None = _KEEP, service: str | None = None,
                   spend: Decimal | None = None, notes: str | None = None) -> Changes:
        """Correct the fields given (the others stay); one transaction, undoable."""
        before = self.visit(visit_id)
        after = replace(before)
        if visited_at is not None:
            after.visited_at = visited_at
        if staff_id is not _KEEP:
            after.staff_id = staff_id  # type: ignore[assignment]
        if service is not None:
            after.service = service
        if spend is not None:
            after.spend = spend
        if notes is not None:
            after.notes = notes
        return self.update_visit(after)

    def update_visit(self, visit: Visit, *, undoing: bool = False,
                     seen: Visit | None = None) -> Changes:
        """Save a corrected visit (same id and client); one transaction, undoable.

        Saved over `visit.version` only: when another desk corrected it since, nothing is
        written and a ConflictError carries theirs, mine and `seen` (the visit as read)."""
        if visit.id is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no visit with id %1."),
                                "?")
        before = self.visit(visit.id)
        visit = self._checked(replace(visit, client_id=before.client_id))
        changed = visit_changes(before, visit, self.log.staff_names())
        if not changed:
            return Changes()
        visit_id = visit.id

        def refused():
            theirs = self.store.records.visit(visit_id)
            return conflict(self.store, "visits", theirs, visit, seen,
                            lambda mine: self.update_visit(mine, seen=theirs),
                            visit_changes_flags(before.client_id))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.records.update_visit(visit, None if undoing else visit.version))
            self.log.record(before.client_id, changed)
        if not undoing:
            self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo visit change of %1"),
                                   self._name(before.client_id)),
                           lambda: self.update_visit(before, undoing=True), before.client_id)
        return visit_changes_flags(before.client_id)

    def delete_visit(self, visit_id: int) -> Changes:
        """Delete a visit logged by mistake; one transaction, undoable (it comes back whole)."""
        visit = self.visit(visit_id)
        with self.store.write():
            self.store.records.delete_visit(visit_id)
            self.log.record(visit.client_id, visit_changes(visit, None,
                                                           self.log.staff_names()))
        kept = copy.copy(visit)
        self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo visit deletion of %1"),
                               self._name(visit.client_id)),
                       lambda: self._restore_visit(kept), visit.client_id)
        return visit_changes_flags(visit.client_id)

    def _restore_visit(self, visit: Visit) -> Changes:
        if not self.store.clients.exists(visit.client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), visit.client_id)
        with self.store.write():
            restored = replace(visit)
            if restored.appointment_id is not None and \
                    self.store.records.appointment(restored.appointment_id) is None:
                restored.appointment_id = None
            self.store.records.add_visit(restored)
            self.log.record(visit.client_id, visit_changes(None, restored,
                                                           self.log.staff_names()))
        return visit_changes_flags(visit.client_id)

    # Promises -----------------------------------------------------------------------
    def promise(self, promise_id: int) -> Promise:
        found = self.store.records.promise(promise_id)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This promise no longer exists."))
        return found

    def edit_promise(self, promise_id: int, *, text: str | None = None,
                     staff_id: int | object | None = _KEEP, undoing: bool = False,
                     seen: Promise | None = None) -> Changes:
        """Correct what was promised or who promised it; its due time moves by rescheduling.
        `seen`: the promise as this desk read it (a newer one is a ConflictError)."""
        before = self.store.records.promise(promise_id)
        if before is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This promise no longer exists."))
        after: Promise = replace(before)
        if text is not None:
            after.text = clean_line(text)
            if not after.text:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "Say what was promised."), field="text")
        if staff_id is not _KEEP:
            if staff_id is not None and self.store.staff.get(staff_id) is None:  # type: ignore[arg-type]
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "There is no staff member with id %1."), staff_id,
                    field="staff_id")
            after.staff_id = staff_id  # type: ignore[assignment]
        staff = self.log.staff_names()
        changed = [(f"promise.{f}", o, n) for f, o, n in (
            ("text", before.text, after.text),
            ("staff", staff.get(before.staff_id, "") if before.staff_id else "",
             staff.get(after.staff_id, "") if after.staff_id else "")) if o != n]
        if not changed:
            return Changes()
        base = seen or before
        mine = replace(base, text=after.text, staff_id=after.staff_id)

        def refused():
            theirs = self.store.records.promise(promise_id)
            return conflict(self.store, "promises", theirs, mine, base,
                            lambda record: self.edit_promise(
                                promise_id, text=record.text, staff_id=record.staff_id,
                                seen=theirs),
                            Changes(clients={before.client_id}, promises=True))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.records.update_promise(after, None if undoing else base.version))
            self.log.record(before.client_id, changed)
        if not undoing:
            self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo promise change of %1"),
                                   self._name(before.client_id)),
                           lambda: self.edit_promise(promise_id, text=before.text,
                                                     staff_id=before.staff_id, undoing=True),
                           before.client_id)
        return Changes(clients={before.client_id}, promises=True)

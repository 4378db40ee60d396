"""Recording what happens with a client: visits, appointments, promises, contacts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Promise,
    Visit,
)
from clientbook.domain.money import MAX_AMOUNT
from clientbook.domain.validation import clean_line, clean_note
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.history.change_log import ChangeLogService, visit_changes
from clientbook.services.versions import conflict, versioned_write
from clientbook.storage.store import Store


class HistoryService:
    def __init__(self, store: Store, clock: Callable[[], datetime]):
        self.store = store
        self.clock = clock
        self.change_log: ChangeLogService | None = None  # set by the Book: who did what

    def _check(self, client_id: int, staff_id: int | None) -> None:
        if not self.store.clients.exists(client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)
        if staff_id is not None and self.store.staff.get(staff_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no staff member with id %1."), staff_id, field="staff_id")

    def add_visit(self, visit: Visit) -> Changes:
        self._check(visit.client_id, visit.staff_id)
        visit.service, visit.notes = clean_line(visit.service), clean_note(visit.notes)
        if visit.spend < 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Spend cannot be negative."), field="spend")
        if visit.spend >= MAX_AMOUNT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Spend is too large for an amount."), field="spend")
        with self.store.write():
            self.store.records.add_visit(visit)
            if self.change_log is not None:
                self.change_log.record(visit.client_id, visit_changes(
                    None, visit, self.change_log.staff_names()))
        return Changes(clients={visit.client_id}, visits=True)

    def recent_services(self, client_id: int, limit: int = 10) -> list[str]:
        """What this client usually has done, newest first, to offer when logging a visit."""
        return self.store.records.recent_services(client_id, limit)

    def add_appointment(self, appointment: Appointment) -> Changes:
        self._check(appointment.client_id, appointment.staff_id)
        appointment.service = clean_line(appointment.service)
        appointment.notes = clean_note(appointment.notes)
        if appointment.duration_min <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "An appointment needs a duration."), field="duration_min")
        with self.store.write():
            self.store.records.add_appointment(appointment)
            if self.change_log is not None:
                self.change_log.record_appointment(None, appointment)
        return Changes(clients={appointment.client_id}, appointments=True)

    def add_promise(self, promise: Promise) -> Changes:
        self._check(promise.client_id, promise.staff_id)
        promise.text = clean_line(promise.text)
        if not promise.text:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Say what was promised."), field="text")
        promise.created_at = promise.created_at or self.clock()
        with self.store.write():
            self.store.records.add_promise(promise)
            if self.change_log is not None:
                self.change_log.record_promise(None, promise)
        return Changes(clients={promise.client_id}, promises=True)

    def appointment(self, appointment_id: int) -> Appointment:
        appointment = self.store.records.appointment(appointment_id)
        if appointment is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This appointment no longer exists."))
        return appointment

    def set_status(self, appointment_id: int, status: AppointmentStatus,
                   seen: Appointment | None = None) -> Changes:
        """`seen`: the booking as this desk read it (a newer one is a ConflictError)."""
        before = self.appointment(appointment_id)
        base = seen or before
        mine = replace(base, status=status)

        def refused():
            theirs = self.store.records.appointment(appointment_id)
            return conflict(self.store, "appointments", theirs, mine, base,
                            lambda record: self.set_status(appointment_id, record.status,
                                                           theirs),
                            Changes(clients={before.client_id}, appointments=True))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.records.set_appointment_status(appointment_id, status,
                                                            base.version))
            if self.change_log is not None:
                self.change_log.record_appointment(before, mine)
        return Changes(clients={before.client_id}, appointments=True)

    def visit_for(self, appointment_id: int) -> Visit | None:
        """The visit already logged for this appointment, if any."""
        return self.store.records.visit_for_appointment(self.appointment(appointment_id))

    def log_visit_for(self, appointment_id: int, visit: Visit) -> Changes:
        """Record the visit an appointment became, and mark the appointment done, together.

        An appointment has one visit: when it already has one, nothing is added and the
        error names that visit, to be edited instead.
        """
        appointment = self.appointment(appointment_id)
        existing = self.store.records.visit_for_appointment(appointment)
        if existing is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "This appointment already has its visit (id %1); correct that "
                "visit instead of logging a second one."), existing.id)
        visit.appointment_id = appointment_id
        with self.store.write():
            changes = self.add_visit(visit)
            self.store.records.set_appointment_status(appointment_id, AppointmentStatus.DONE)
            if self.change_log is not None:
                self.change_log.record_appointment(
                    appointment, replace(appointment, status=AppointmentStatus.DONE))
        return changes.merge(Changes(clients={appointment.client_id}, appointments=True))

    def _promise(self, promise_id: int) -> Promise:
        promise = self.store.records.promise(promise_id)
        if promise is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This promise no longer exists."))
        return promise

    def _open_promise(self, promise_id: int) -> Promise:
        promise = self._promise(promise_id)
        if not promise.is_open:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "This promise is already done or cancelled."))
        return promise

    def _save_promise(self, before: Promise, mine: Promise, seen: Promise | None,
                      write: Callable[[int], bool], again: Callable[[Promise], Changes]
                      ) -> Changes:
        """Run `write(version)` over the version this desk read (`seen`, else `before`);
        a newer one is refused with a ConflictError. Logged with the desk's name."""
        base = seen or before

        def refused():
            return conflict(self.store, "promises", self.store.records.promise(before.id),
                            mine, base, again, Changes(clients={before.client_id},
                                                       promises=True))

        with versioned_write(self.store, refused) as saved:
            saved(write(base.version))
            if self.change_log is not None:
                self.change_log.record_promise(before, mine)
        return Changes(clients={before.client_id}, promises=True)

    def complete_promise(self, promise_id: int, done: bool = True,
                         seen: Promise | None = None) -> Changes:
        """Mark an open promise kept now, or (done=False) take that back."""
        promise = self._open_promise(promise_id) if done else self._promise(promise_id)
        at = self.clock() if done else None
        return self._save_promise(
            promise, replace(seen or promise, done_at=at), seen,
            lambda version: self.store.records.set_promise_done(promise_id, at, version),
            lambda record: self.complete_promise(promise_id, record.done_at is not None,
                                                 self._promise(promise_id)))

    def reschedule_promise(self, promise_id: int, due_at: datetime,
                           seen: Promise | None = None) -> Changes:
        """Move a promise's due time; the move is recorded (a late move counts as not kept)."""
        promise = self._open_promise(promise_id)
        due_at = due_at.replace(second=0, microsecond=0)
        if due_at == promise.due_at:
            return Changes()
        if due_at < self.clock():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Choose a new due time that is still to come."), field="due_at")
        return self._save_promise(
            promise, replace(seen or promise, due_at=due_at), seen,
            lambda version: self.store.records.reschedule_promise(
                promise_id, due_at, self.clock(), version),
            lambda record: self.reschedule_promise(promise_id, record.due_at,
                                                   self._promise(promise_id)))

    def cancel_promise(self, promise_id: int, cancelled: bool = True,
                       seen: Promise | None = None) -> Changes:
        """Cancel an open promise (no longer wanted), or take a cancellation back."""
        promise = self._open_promise(promise_id) if cancelled else self._promise(promise_id)
        at = self.clock() if cancelled else None
        return self._save_promise(
            promise, replace(seen or promise, cancelled_at=at), seen,
            lambda version: self.store.records.set_promise_cancelled(promise_id, at, version),
            lambda record: self.cancel_promise(promise_id, record.cancelled_at is not None,
                                               self._promise(promise_id)))

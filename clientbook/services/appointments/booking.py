"""Booking, moving, resizing, cancelling: each one transaction, checked for clashes, undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from clientbook.domain.errors import ClientBookError, NotFoundError, ValidationError
from clientbook.domain.models import Appointment, AppointmentStatus
from clientbook.domain.scheduling.bookings import Entry
from clientbook.domain.scheduling.scheduling import (
    HOLDING,
    MAX_MINUTES,
    Booked,
    Clash,
    Diary,
    FreeSlot,
    Proposal,
    clashes,
    free_slots,
)
from clientbook.domain.validation import clean_line, clean_note
from clientbook.domain.words import QT_TRANSLATE_NOOP, message
from clientbook.services.appointments.hours import StaffHours
from clientbook.services.appointments.menu import check_minutes
from clientbook.services.changes import Changes
from clientbook.services.history.change_log import ChangeLogService
from clientbook.services.undo import UndoStack
from clientbook.services.versions import conflict, versioned_write
from clientbook.storage.store import Store

CANCEL_REASONS = ("client", "late", "firm")
DEFAULT_MINUTES = 60


class ClashError(ClientBookError):
    """A booking would clash; `clashes` says with what (the message names the first)."""

    def __init__(self, found: list[Clash]):
        super().__init__(found[0].text)
        self.clashes = found


def _booked(e: Entry) -> Booked:
    a = e.appointment
    assert a.id is not None
    return Booked(a.id, a.client_id, e.client_name, a.staff_id, e.staff_name, a.starts_at,
                  a.duration_min, str(a.status))


class AppointmentService:
    def __init__(self, store: Store, clock: Callable[[], datetime], undo: UndoStack,
                 hours: StaffHours):
        self.store = store
        self.clock = clock
        self.undo = undo
        self.hours = hours
        self.change_log: ChangeLogService | None = None  # set by the Book

    # Reading --------------------------------------------------------------------------
    def entry(self, appointment_id: int) -> Entry:
        found = self.store.calendar.entry(appointment_id)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This appointment no longer exists."))
        return found

    def day(self, day: date, staff_id: int | None = None) -> list[Entry]:
        start = datetime.combine(day, time())
        return self.store.calendar.entries_between(start, start + timedelta(days=1), staff_id)

    def between(self, first: date, last: date, staff_id: int | None = None,
                status: str | None = None) -> list[Entry]:
        """Bookings starting on the days first..last (both included), in time order."""
        start = datetime.combine(first, time())
        end = datetime.combine(last, time()) + timedelta(days=1)
        return self.store.calendar.entries_between(start, end, staff_id, status)

    def missed(self, client_id: int) -> tuple[int, int]:
        """(no-shows, late cancellations) in the last 12 months."""
        now = self.clock()
        return self.store.calendar.missed_since(client_id, now - timedelta(days=365), now)

    # Checking -------------------------------------------------------------------------
    def check(self, appointment: Appointment, ignore_id: int | None = None) -> list[Clash]:
        """What this booking would clash with, blocking clashes first (empty: all clear)."""
        a = appointment
        staff = self.store.staff.get(a.staff_id) if a.staff_id is not None else None
        end = a.starts_at + timedelta(minutes=a.duration_min)
        near = self.store.calendar.near(a.staff_id, a.client_id,
                                        a.starts_at - timedelta(minutes=MAX_MINUTES), end)
        client = self.store.clients.get(a.client_id)
        proposal = Proposal(a.client_id, a.staff_id, a.starts_at, a.duration_min,
                            staff.name if staff else "", ignore_id)
        pattern = self.hours.pattern(a.staff_id) if a.staff_id is not None else None
        off = self.hours.time_off(a.staff_id) if a.staff_id is not None else []
        return clashes(proposal, [_booked(e) for e in near], pattern, off, self.clock(),
                       client.designer_id if client else None)

    def _refuse_clashes(self, appointment: Appointment, ignore_id: int | None) -> None:
        blocking = [c for c in self.check(appointment, ignore_id) if c.blocking]
        if blocking:
            raise ClashError(blocking)

    def _clean(self, a: Appointment) -> None:
        if not self.store.clients.exists(a.client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), a.client_id)
        if a.staff_id is not None and self.store.staff.get(a.staff_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no staff member with id %1."), a.staff_id, field="staff_id")
        check_minutes(a.duration_min)
        a.starts_at = a.starts_at.replace(second=0, microsecond=0)
        a.service, a.notes = clean_line(a.service), clean_note(a.notes)

    # Writing --------------------------------------------------------------------------
    def draft(self, client_id: int, starts_at: datetime, minutes: int | None = None,
              staff_id: int | None = None, service_id: int | None = None, notes: str = ""
              ) -> Appointment:
        """A booking with the defaults filled in: the service's length (else an hour), and
        the client's own designer."""
        item = self.store.calendar.service(service_id) if service_id is not None else None
        if service_id is not None and item is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This service is not on the menu."))
        client = self.store.clients.get(client_id)
        if client is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)
        return Appointment(
            client_id=client_id, starts_at=starts_at,
            duration_min=minutes or (item.minutes if item else DEFAULT_MINUTES),
            staff_id=staff_id if staff_id is not None else client.designer_id,
            service=item.name if item else "", notes=notes)

    def book(self, appointment: Appointment, service_id: int | None = None,
             allow_conflict: bool = False) -> Changes:
        """Save a new booking (its id is set on `appointment`); a clash is refused with
        ClashError unless `allow_conflict`."""
        self._clean(appointment)
        if not allow_conflict:
            self._refuse_clashes(appointment, None)
        appointment.status = AppointmentStatus.BOOKED
        with self.store.write():
            self.store.calendar.insert(appointment, service_id)
            self._log(None, appointment)
        new_id = appointment.id
        assert new_id is not None
        client_id = appointment.client_id

        def take_back() -> Changes:
            with self.store.write():
                self.store.calendar.delete(new_id)
            return Changes(clients={client_id}, appointments=True)

        self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo booking for %1"),
                               self._client_name(client_id)), take_back, client_id)
        return Changes(clients={client_id}, appointments=True)

    def move(self, appointment_id: int, starts_at: datetime | None = None,
             staff_id: int | None = None, minutes: int | None = None,
             allow_conflict: bool = False, keep_staff: bool = True,
             seen: Appointment | None = None) -> Changes:
        """Move and/or resize a booking; what is not given stays. `keep_staff=False` with
        staff_id None takes the designer off it. `seen`, the booking as this desk read it:
        when another desk saved it since, nothing moves and a ConflictError says so."""
        before = self.entry(appointment_id).appointment
        after = replace(before,
                        starts_at=starts_at or before.starts_at,
                        duration_min=minutes or before.duration_min,
                        staff_id=staff_id if staff_id is not None or not keep_staff
                        else before.staff_id)
        self._clean(after)
        if (after.starts_at, after.duration_min, after.staff_id) == (
                before.starts_at, before.duration_min, before.staff_id):
            return Changes()
        if after.status not in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Only a booking still to come can be moved; this one is %1."),
                str(before.status))
        if not allow_conflict:
            self._refuse_clashes(after, appointment_id)
        base = seen or before
        mine = replace(base, starts_at=after.starts_at, duration_min=after.duration_min,
                       staff_id=after.staff_id)

        def refused():
            theirs = self.store.records.appointment(appointment_id)
            return conflict(
                self.store, "appointments", theirs, mine, base,
                lambda record: self.move(appointment_id, record.starts_at, record.staff_id,
                                         record.duration_min, True, False, theirs),
                Changes(clients={before.client_id}, appointments=True))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.calendar.place(appointment_id, after.starts_at,
                                            after.duration_min, after.staff_id, base.version))
            self._log(before, mine)

        def take_back() -> Changes:
            self.entry(appointment_id)
            with self.store.write():
                self.store.calendar.place(appointment_id, before.starts_at,
                                          before.duration_min, before.staff_id)
            return Changes(clients={before.client_id}, appointments=True)

        label = (QT_TRANSLATE_NOOP("Undo", "&Undo resize of %1's booking")
                 if after.starts_at == before.starts_at and after.staff_id == before.staff_id
                 else QT_TRANSLATE_NOOP("Undo", "&Undo move of %1's booking"))
        self.undo.push(message(label, self._client_name(before.client_id)), take_back,
                       before.client_id)
        return Changes(clients={before.client_id}, appointments=True)

    def cancel(self, appointment_id: int, reason: str = "client",
               seen: Appointment | None = None) -> Changes:
        """Cancel with a reason; the booking stays in history, marked cancelled."""
        if reason not in CANCEL_REASONS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A cancellation reason is client, late or firm."), field="reason")
        return self._set(appointment_id, AppointmentStatus.CANCELLED, reason,
                         QT_TRANSLATE_NOOP("Undo", "&Undo cancellation for %1"), seen)

    def no_show(self, appointment_id: int) -> Changes:
        return self._set(appointment_id, AppointmentStatus.NO_SHOW, None,
                         QT_TRANSLATE_NOOP("Undo", "&Undo no-show of %1"))

    def set_status(self, appointment_id: int, status: AppointmentStatus,
                   seen: Appointment | None = None) -> Changes:
        """Any status, e.g. Arrived back to Booked when it was clicked by mistake."""
        if status == AppointmentStatus.CANCELLED:
            return self.cancel(appointment_id, seen=seen)
        return self._set(appointment_id, status, None,
                         QT_TRANSLATE_NOOP("Undo", "&Undo status change for %1"), seen)

    def _set(self, appointment_id: int, status: AppointmentStatus, reason: str | None,
             label: str, seen: Appointment | None = None) -> Changes:
        """`seen`: the booking as this desk read it (a newer one is a ConflictError)."""
        entry = self.entry(appointment_id)
        before = entry.appointment
        if before.status == status and entry.cancel_reason == reason:
            return Changes()
        if (before.status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW)
                and status in HOLDING):
            self._refuse_clashes(replace(before, status=status), appointment_id)
        base = seen or before
        mine = replace(base, status=status)

        def refused():
            theirs = self.store.records.appointment(appointment_id)
            return conflict(
                self.store, "appointments", theirs, mine, base,
                lambda record: self._set(appointment_id, record.status, reason, label, theirs),
                Changes(clients={before.client_id}, appointments=True))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.calendar.set_status(appointment_id, str(status), reason,
                                                 base.version))
            self._log(before, mine)
        old_status, old_reason = str(before.status), entry.cancel_reason

        def take_back() -> Changes:
            self.entry(appointment_id)
            with self.store.write():
                self.store.calendar.set_status(appointment_id, old_status, old_reason)
            return Changes(clients={before.client_id}, appointments=True)

        self.undo.push(message(label, entry.client_name), take_back, before.client_id)
        return Changes(clients={before.client_id}, appointments=True)

    def _log(self, before: Appointment | None, after: Appointment) -> None:
        """The change log's entry (with this desk's name), inside the write's transaction."""
        if self.change_log is not None:
            self.change_log.record_appointment(before, after)

    def _client_name(self, client_id: int) -> str:
        client = self.store.clients.get(client_id)
        return client.display_name if client else ""

    # Free slots -----------------------------------------------------------------------
    def free_slots(self, minutes: int, staff_ids: list[int] | None = None,
                   start: datetime | None = None, days: int = 30, count: int = 10
                   ) -> list[FreeSlot]:
        """The next free slots of `minutes` inside working hours, for these staff members
        (None: every active designer), from `start` (default now) on."""
        check_minutes(minutes)
        start = max(start or self.clock(), self.clock())
        people = [s for s in self.store.staff.all() if s.active and s.id is not None
                  and (s.id in staff_ids if staff_ids is not None else s.role == "designer")]
        window_start = start - timedelta(minutes=MAX_MINUTES)
        window_end = datetime.combine(start.date(), time()) + timedelta(days=days + 1)
        diaries = []
        for person in people:
            assert person.id is not None
            busy = self.store.calendar.busy_between(person.id, window_start, window_end,
                                                    HOLDING)
            diaries.append(Diary(
                person.id, person.name, self.hours.pattern(person.id),
                tuple(self.hours.time_off(person.id)),
                tuple((s, s + timedelta(minutes=m)) for s, m in busy)))
        return free_slots(diaries, minutes, start, days, count)

"""Saving a calendar import while it is planned: each batch of steps as it comes, all of it in
one transaction, opened by the first batch worth saving and rolled back unless the whole file
was read and planned as it should be (so memory holds a batch, never the whole file)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from clientbook.domain.models import Appointment, AppointmentStatus, Client
from clientbook.services.changes import Changes

if TYPE_CHECKING:
    import contextlib
    from collections.abc import Callable

    from clientbook.services.book import Book
    from clientbook.services.calendar_io.calendar_import import CalendarReport, Step

KIND = "calendar"


class Saver:
    def __init__(self, book: Book, report: CalendarReport, stack: contextlib.ExitStack,
                 refused: Callable[[], bool], made: set[int]):
        self.book = book
        self.report = report
        self.stack = stack  # holds the transaction: leaving it by an exception rolls back
        self.refused = refused  # a problem that stops the import was found
        self.made = made  # ids of the clients this import made (matching must not see them)
        self.import_id: int | None = None
        self.made_names: dict[str, int] = {}
        self.changes = Changes(appointments=True)

    def _begin(self) -> int:
        if self.import_id is None:
            store = self.book.store
            self.stack.enter_context(store.write())
            self.import_id = store.imports.start(self.book.clock(), self.report.source, KIND)
            self.report.import_id = self.import_id
        return self.import_id

    def write(self, steps: list[Step]) -> None:
        """Save one batch of planned steps (nothing once the import is to be refused)."""
        if self.refused():
            return
        import_id = self._begin()
        store, clock = self.book.store, self.book.clock
        links: list[tuple[str, str, int]] = []
        items: list[tuple[str, int]] = []  # what the import added, for its undo, in order
        changed: list[tuple[int, str, str]] = []  # bookings moved or cancelled: before, after
        for step in steps:
            if step.action == "new":
                made = self.made_names
                if step.new_client and step.new_client not in made:
                    client = Client(display_name=step.new_client, email=step.new_email,
                                    created_at=clock(), updated_at=clock())
                    made[step.new_client] = store.clients.insert(client)
                    self.made.add(made[step.new_client])
                    items.append(("clients", made[step.new_client]))
                client_id = made[step.new_client] if step.new_client else step.client_id
                assert client_id is not None
                a = Appointment(client_id=client_id, starts_at=step.starts_at,
                                duration_min=step.minutes, staff_id=step.staff_id,
                                service=step.service, status=AppointmentStatus(step.status))
                step.appointment_id = store.calendar.insert(a, step.service_id)
                links.append((step.uid, step.recurrence, step.appointment_id))
                items.append(("appointments", step.appointment_id))
                self.changes.clients.add(client_id)
            elif step.action == "moved" and step.appointment_id is not None:
                before = store.calendar.booking_state(step.appointment_id)
                store.calendar.place(step.appointment_id, step.starts_at, step.minutes,
                                     step.staff_id)
                if step.status == "cancelled":  # the source has it back on: book it again
                    store.calendar.set_status(step.appointment_id, "booked", None)
                changed.append((step.appointment_id, before,
                                store.calendar.booking_state(step.appointment_id)))
            elif step.action == "cancelled" and step.appointment_id is not None:
                before = store.calendar.booking_state(step.appointment_id)
                store.calendar.set_status(step.appointment_id, "cancelled", "client")
                changed.append((step.appointment_id, before,
                                store.calendar.booking_state(step.appointment_id)))
        store.calendar_links.link_many(links)
        store.imports.record_many(import_id, items)
        store.imports.record_changes(import_id, "appointments", changed)

    def finish(self) -> Changes:
        """Close the import's log entry (an import that changed nothing is logged too)."""
        import_id = self._begin()
        report = self.report
        self.book.store.imports.finish(import_id, report.count("new") + report.new_clients, 0)
        return self.changes

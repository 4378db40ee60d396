"""Each desk has a name (Settings; by default the computer's), kept in its own data folder,
not in the shared book, and the change log records it for every change it logs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Appointment, AppointmentStatus, Client, Promise, Visit
from clientbook.services.book import Book
from clientbook.services.history.desk import DESK_FILE, desk_name
from tests.conftest import NOW


def test_a_desk_is_named_after_the_computer_until_named_in_settings(book):
    assert book.desk == desk_name()
    book.set_desk_name("  Reception   2 ")
    assert book.desk == book.store.desk == "Reception 2"
    assert (book.path.parent / DESK_FILE).read_text(encoding="utf-8") == "Reception 2\n"
    assert book.store.db.execute(  # the desk's, not the shared book's
        "SELECT count(*) FROM settings WHERE value LIKE '%Reception%'").fetchone()[0] == 0
    again = Book.open(book.path.parent, clock=lambda: NOW, database=book.address)
    try:
        assert again.desk == "Reception 2"
    finally:
        again.close()
    book.set_desk_name("")
    assert book.desk == desk_name() and not (book.path.parent / DESK_FILE).exists()


def test_a_name_too_long_is_refused_and_nothing_changes(book):
    book.set_desk_name("Front")
    with pytest.raises(ValidationError) as raised:
        book.set_desk_name("x" * 61)
    assert raised.value.field == "desk_name"
    assert book.desk == "Front"


def test_every_change_through_the_services_is_logged_with_the_desk(book):
    book.set_desk_name("Front")
    oksana = book.staff.add("Oksana")
    client = Client(display_name="Anna Smith")
    book.clients.add(client)
    booking = Appointment(client.id, NOW + timedelta(days=1), staff_id=oksana.id)
    book.appointments.book(booking)
    book.appointments.move(booking.id, NOW + timedelta(days=1, hours=2))
    book.appointments.cancel(booking.id, "client")
    promise = Promise(client.id, "Call back", NOW + timedelta(days=2))
    book.history.add_promise(promise)
    book.history.reschedule_promise(promise.id, NOW + timedelta(days=3))
    book.history.complete_promise(promise.id)
    visit = Visit(client.id, NOW - timedelta(hours=1), "Cut", oksana.id)
    book.history.add_visit(visit)
    book.history.set_status(booking.id, AppointmentStatus.BOOKED)
    book.clients.set_archived(client.id, True)
    logged = {(e.field, e.who) for e in book.change_log.entries(client.id)}
    assert {field for field, _ in logged} == {
        "appointment", "appointment.time", "appointment.status", "promise", "promise.due",
        "promise.done", "visit", "archived"}
    assert {who for _, who in logged} == {"Front"}


def test_the_desk_that_saved_a_record_is_kept_with_it(book):
    book.set_desk_name("Front")
    client = Client(display_name="Anna Smith")
    book.clients.add(client)
    client.notes = "Tea"
    book.clients.update(client)
    assert book.store.last_change("clients", client.id) == (2, "Front")

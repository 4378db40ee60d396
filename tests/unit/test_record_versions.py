"""Two desks save the same record: the second save is refused (ConflictError), nothing is
written, nothing is lost, and keeping theirs, using mine or merging give the right rows.
Runs with two connections to one SQLite file and with two desks on one server book."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest

from clientbook.domain.conflicts import can_merge, compare, merged, over
from clientbook.domain.errors import ConflictError, NotFoundError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    Promise,
    Visit,
)
from clientbook.services.book import Book
from tests.conftest import NOW


@pytest.fixture
def desks(engine, server_address, tmp_path):
    """(front, office): two desks, with their names, on one book (file or server)."""
    opened = []
    for name in ("front", "office"):
        folder = tmp_path / ("book" if engine == "sqlite" else f"desk-{name}")
        folder.mkdir(exist_ok=True)
        desk = Book.open(folder, clock=lambda: NOW, database=server_address)
        if engine == "sqlite":  # one folder, so one saved name: name them in memory
            desk.desk = desk.store.desk = name
        else:
            desk.set_desk_name(name)
        opened.append(desk)
    yield tuple(opened)
    for desk in opened:
        desk.close()


@pytest.fixture
def anna(desks):
    front, _ = desks
    oksana = front.staff.add("Oksana")
    client = Client(display_name="Anna Smith", phones=["+30 210 1234567"], notes="Tea")
    front.clients.add(client)
    return client, oksana


def _refused(write) -> ConflictError:
    with pytest.raises(ConflictError) as raised:
        write()
    return raised.value


def test_a_second_save_of_a_client_is_refused_and_merging_keeps_both(desks, anna):
    """The silent overwrite: the office's save from an older version used to win and the
    front desk's notes were lost without a word."""
    front, office = desks
    client, _ = anna
    seen_front, seen_office = front.clients.get(client.id), office.clients.get(client.id)
    mine_front = front.clients.get(client.id)
    mine_front.notes = "Earl Grey, no sugar"
    front.clients.update(mine_front, seen=seen_front)
    mine_office = Client(**{**vars(seen_office), "phones": ["+30 210 7654321"]})
    conflict = _refused(lambda: office.clients.update(mine_office, seen=seen_office))
    assert conflict.by == "front"
    assert conflict.theirs.notes == "Earl Grey, no sugar"
    assert conflict.mine.phones == ["+30 210 7654321"]
    assert conflict.base.notes == "Tea"
    now = office.clients.get(client.id)  # nothing written
    assert (now.notes, now.phones) == ("Earl Grey, no sugar", ["+30 210 1234567"])
    rows = compare(conflict.base, conflict.theirs, conflict.mine)
    assert {r.field for r in rows} == {"notes", "phones"} and can_merge(rows)
    conflict.save_again(merged(conflict.base, conflict.theirs, conflict.mine))
    both = front.clients.get(client.id)
    assert (both.notes, both.phones) == ("Earl Grey, no sugar", ["+30 210 7654321"])
    who = {e.field: e.who for e in front.change_log.entries(client.id)}
    assert (who["notes"], who["phones"]) == ("front", "office")


def test_the_stale_version_read_by_the_office(desks, anna):
    """`seen` is what the office desk read: the front desk's save raised the version."""
    front, office = desks
    client, _ = anna
    seen_office = office.clients.get(client.id)
    edited = front.clients.get(client.id)
    edited.notes = "Green tea"
    front.clients.update(edited)
    assert (seen_office.version, office.clients.get(client.id).version) == (1, 2)


def test_use_mine_and_keep_theirs_for_a_client(desks, anna):
    front, office = desks
    client, _ = anna
    seen = office.clients.get(client.id)
    theirs = front.clients.get(client.id)
    theirs.notes = "Coffee"
    front.clients.update(theirs)
    mine = Client(**{**vars(seen), "notes": "Mint tea"})
    conflict = _refused(lambda: office.clients.update(mine, seen=seen))
    assert not can_merge(compare(conflict.base, conflict.theirs, conflict.mine))
    assert office.clients.get(client.id).notes == "Coffee"  # keep theirs: nothing to write
    conflict.save_again(over(conflict.mine, conflict.theirs))  # use mine
    assert front.clients.get(client.id).notes == "Mint tea"
    assert front.clients.get(client.id).version == 3


def test_a_booking_moved_at_one_desk_and_cancelled_from_an_older_view(desks, anna):
    front, office = desks
    client, oksana = anna
    booking = Appointment(client.id, NOW + timedelta(days=1, hours=1), staff_id=oksana.id)
    front.appointments.book(booking)
    seen = office.appointments.entry(booking.id).appointment
    front.appointments.move(booking.id, NOW + timedelta(days=1, hours=3))
    conflict = _refused(lambda: office.appointments.cancel(booking.id, "client", seen))
    assert conflict.by == "front"
    assert office.appointments.entry(booking.id).appointment.status == AppointmentStatus.BOOKED
    conflict.save_again(merged(conflict.base, conflict.theirs, conflict.mine))
    now = front.appointments.entry(booking.id).appointment
    assert (now.starts_at, now.status) == (NOW + timedelta(days=1, hours=3),
                                           AppointmentStatus.CANCELLED)
    logged = {(e.field, e.who) for e in front.change_log.entries(client.id)}
    assert {("appointment", "front"), ("appointment.time", "front"),
            ("appointment.status", "office")} <= logged


def test_two_desks_move_one_booking(desks, anna):
    front, office = desks
    client, _ = anna
    booking = Appointment(client.id, NOW + timedelta(days=2))
    front.appointments.book(booking)
    seen = office.appointments.entry(booking.id).appointment
    front.appointments.move(booking.id, NOW + timedelta(days=2, hours=2))
    conflict = _refused(lambda: office.appointments.move(
        booking.id, NOW + timedelta(days=2, hours=4), seen=seen, allow_conflict=True))
    assert not can_merge(compare(conflict.base, conflict.theirs, conflict.mine))
    assert front.appointments.entry(booking.id).appointment.starts_at == \
        NOW + timedelta(days=2, hours=2)
    conflict.save_again(over(conflict.mine, conflict.theirs))
    assert front.appointments.entry(booking.id).appointment.starts_at == \
        NOW + timedelta(days=2, hours=4)


def test_two_desks_move_one_booking_to_the_same_time(desks, anna):
    """Both desks wanted it at 14:00: the second has nothing to save and no conflict to
    decide, and the booking is the front desk's version (the ten-desk bench's case)."""
    front, office = desks
    client, _ = anna
    booking = Appointment(client.id, NOW + timedelta(days=2))
    front.appointments.book(booking)
    seen = office.appointments.entry(booking.id).appointment
    there = NOW + timedelta(days=2, hours=2)
    assert front.appointments.move(booking.id, there)
    assert not office.appointments.move(booking.id, there, seen=seen)
    now = office.appointments.entry(booking.id).appointment
    assert (now.starts_at, now.version) == (there, seen.version + 1)


def test_a_promise_corrected_at_one_desk_and_kept_from_an_older_view(desks, anna):
    front, office = desks
    client, oksana = anna
    promise = Promise(client.id, "Call back with the quot", NOW + timedelta(days=1))
    front.history.add_promise(promise)
    seen = office.corrections.promise(promise.id)
    front.corrections.edit_promise(promise.id, text="Call back with the quote")
    conflict = _refused(lambda: office.history.complete_promise(promise.id, seen=seen))
    assert office.corrections.promise(promise.id).done_at is None
    conflict.save_again(merged(conflict.base, conflict.theirs, conflict.mine))
    now = front.corrections.promise(promise.id)
    assert (now.text, now.done_at) == ("Call back with the quote", NOW)
    # Correcting from the older version too: refused, then their text is kept.
    stale = _refused(lambda: office.corrections.edit_promise(
        promise.id, staff_id=oksana.id, seen=seen))
    assert stale.theirs.text == "Call back with the quote"
    assert front.corrections.promise(promise.id).staff_id is None


def test_a_visit_corrected_at_two_desks(desks, anna):
    front, office = desks
    client, oksana = anna
    visit = Visit(client.id, NOW - timedelta(days=1), "Colour", oksana.id, Decimal("80"))
    front.history.add_visit(visit)
    seen = office.corrections.visit(visit.id)
    front.corrections.edit_visit(visit.id, service="Colour and cut")
    mine = Visit(**{**vars(seen), "spend": Decimal("95.50")})
    conflict = _refused(lambda: office.corrections.update_visit(mine, seen=seen))
    assert office.corrections.visit(visit.id).spend == Decimal("80.00")
    conflict.save_again(merged(conflict.base, conflict.theirs, conflict.mine))
    now = front.corrections.visit(visit.id)
    assert (now.service, now.spend) == ("Colour and cut", Decimal("95.50"))
    assert {e.who for e in front.change_log.entries(client.id)
            if e.field.startswith("visit.")} == {"front", "office"}


def test_a_staff_member_renamed_at_one_desk_and_deactivated_at_another(desks, anna):
    front, office = desks
    _, oksana = anna
    seen = office.staff.by_name("Oksana")
    renamed = front.staff.by_name("Oksana")
    renamed.name = "Oksana K."
    front.staff.save(renamed)
    deactivated = type(seen)(**{**vars(seen), "active": False})
    conflict = _refused(lambda: office.staff.save(deactivated, seen=seen))
    assert conflict.by == "front"
    assert office.staff.by_name("Oksana K.").active
    conflict.save_again(merged(conflict.base, conflict.theirs, conflict.mine))
    now = front.staff.by_name("Oksana K.")
    assert now is not None and not now.active and now.id == oksana.id


def test_a_record_deleted_at_the_other_desk_is_said_so(desks, anna):
    front, office = desks
    client, _ = anna
    seen = office.clients.get(client.id)
    front.clients.delete(client.id)
    with pytest.raises(NotFoundError):
        office.clients.update(Client(**vars(seen)), seen=seen)


def test_a_third_desk_saving_meanwhile_is_a_conflict_again(desks, anna, engine,
                                                           server_address, tmp_path):
    front, office = desks
    client, _ = anna
    folder = tmp_path / ("book" if engine == "sqlite" else "desk-back")
    folder.mkdir(exist_ok=True)
    back = Book.open(folder, clock=lambda: NOW, database=server_address)
    back.desk = back.store.desk = "back"
    try:
        seen = office.clients.get(client.id)
        edited = front.clients.get(client.id)
        edited.notes = "Coffee"
        front.clients.update(edited)
        mine = Client(**{**vars(seen), "email": "anna@example.org"})
        first = _refused(lambda: office.clients.update(mine, seen=seen))
        late = back.clients.get(client.id)  # the back office saves while office decides
        late.address_as = "Mrs Smith"
        back.clients.update(late)
        second = _refused(lambda: first.save_again(
            merged(first.base, first.theirs, first.mine)))
        assert (second.by, second.base.notes, second.theirs.address_as) == (
            "back", "Coffee", "Mrs Smith")
        second.save_again(merged(second.base, second.theirs, second.mine))
        now = front.clients.get(client.id)
        assert (now.notes, now.address_as, now.email) == ("Coffee", "Mrs Smith",
                                                          "anna@example.org")
    finally:
        back.close()

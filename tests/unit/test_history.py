"""A client's whole history: one visit per appointment, visit corrections, the change log."""

from datetime import timedelta
from decimal import Decimal

import pytest

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    ContactChannel,
    Promise,
    Visit,
)

from ..conftest import NOW


@pytest.fixture
def anna(book):
    oksana = book.staff.add("Oksana")
    client = Client(display_name="Anna Smith", designer_id=oksana.id, phones=["+30 210 1234567"])
    book.clients.add(client)
    appointment = Appointment(client.id, NOW.replace(hour=10), staff_id=oksana.id,
                              service="Colour")
    book.history.add_appointment(appointment)
    return client, oksana, appointment


def test_logging_a_visit_twice_for_one_appointment_adds_no_second_visit(book, anna):
    client, oksana, appointment = anna
    book.history.log_visit_for(appointment.id, Visit(
        client.id, appointment.starts_at, "Colour", oksana.id, Decimal("80"),
        notes="formula: 6N + 20 vol, 35 min"))
    with pytest.raises(ValidationError) as raised:
        book.history.log_visit_for(appointment.id, Visit(client.id, NOW, staff_id=None))
    assert "already has its visit" in raised.value.message
    card = book.briefing(client.id)
    assert card.visit_count == 1
    assert card.last_visits[0].notes == "formula: 6N + 20 vol, 35 min"
    assert card.designer_visits == (1, 1)
    assert book.history.visit_for(appointment.id).service == "Colour"


def test_a_visit_logged_before_visits_were_linked_is_found_by_its_time(book, anna):
    client, oksana, appointment = anna
    book.history.add_visit(Visit(client.id, appointment.starts_at, "Colour", oksana.id))
    assert book.history.visit_for(appointment.id) is not None
    with pytest.raises(ValidationError):
        book.history.log_visit_for(appointment.id, Visit(client.id, NOW))
    assert book.briefing(client.id).visit_count == 1


def _visit(book, client, oksana, **kw):
    book.history.log_visit_for(kw.pop("appointment"), Visit(
        client.id, NOW.replace(hour=10), "Colour", oksana.id, Decimal("80"), **kw)) \
        if "appointment" in kw else book.history.add_visit(
            Visit(client.id, NOW.replace(hour=10), "Colour", oksana.id, Decimal("80"), **kw))
    return book.history.store.records.visits_for(client.id, 1)[0]


def test_editing_a_visit_changes_the_card_and_is_undone_by_name(book, anna):
    client, oksana, _ = anna
    visit = _visit(book, client, oksana)
    changes = book.corrections.edit_visit(visit.id, service="Cut and colour",
                                          spend=Decimal("95.50"), notes="6N", staff_id=None)
    assert changes.affects_briefing(client.id) and changes.affects_reports()
    assert changes.affects_designer_share() and changes.affects_rewards()
    last = book.briefing(client.id).last_visits[0]
    assert (last.service, last.spend, last.notes, last.staff_id) == (
        "Cut and colour", Decimal("95.50"), "6N", None)
    assert book.briefing(client.id).designer_visits == (0, 1)
    assert book.undo.label() == "&Undo visit change of Anna Smith"
    book.undo.undo()
    last = book.briefing(client.id).last_visits[0]
    assert (last.service, last.spend, last.staff_id) == ("Colour", Decimal("80.00"), oksana.id)


def test_a_refused_correction_changes_nothing_and_says_why(book, anna):
    client, oksana, _ = anna
    visit = _visit(book, client, oksana)
    logged = book.change_log.entries(client.id)  # the booking and the visit, made
    with pytest.raises(ValidationError) as raised:
        book.corrections.edit_visit(visit.id, service="Cut", spend=Decimal("-1"))
    assert raised.value.field == "spend"
    assert book.briefing(client.id).last_visits[0].service == "Colour"
    assert book.change_log.entries(client.id) == logged
    assert len(book.undo) == 0
    with pytest.raises(NotFoundError):
        book.corrections.edit_visit(9999, service="Cut")


def test_deleting_a_visit_updates_the_count_and_undo_brings_it_back_whole(book, anna):
    client, oksana, appointment = anna
    visit = _visit(book, client, oksana, appointment=appointment.id, notes="6N")
    book.corrections.delete_visit(visit.id)
    assert book.briefing(client.id).visit_count == 0
    assert book.undo.label() == "&Undo visit deletion of Anna Smith"
    book.undo.undo()
    back = book.corrections.visit(visit.id)
    assert (back.notes, back.appointment_id, back.spend) == ("6N", appointment.id,
                                                             Decimal("80.00"))
    assert book.briefing(client.id).visit_count == 1


def test_the_change_log_names_who_what_and_when_for_client_edits(book, anna):
    client, _oksana, _ = anna
    book.desk = "anna@front-desk"
    edited = book.clients.get(client.id)
    edited.phones = ["+30 210 7654321"]
    edited.email = "anna@example.com"
    book.clients.update(edited)
    entries = [e for e in book.change_log.entries(client.id) if e.who == "anna@front-desk"]
    assert {(e.field, e.old, e.new) for e in entries} == {
        ("phones", "+30 210 1234567", "+30 210 7654321"), ("email", "", "anna@example.com")}
    assert {(e.who, e.at) for e in entries} == {("anna@front-desk", NOW)}


def test_visit_corrections_are_in_the_change_log(book, anna):
    client, oksana, _ = anna
    visit = _visit(book, client, oksana)
    book.corrections.edit_visit(visit.id, service="Cut")
    book.corrections.delete_visit(visit.id)
    fields = [(e.field, e.old, e.new) for e in book.change_log.entries(client.id)]
    assert ("visit.service", "Colour", "Cut") in fields
    assert any(f == "visit" and "Cut" in old and new == "" for f, old, new in fields)


def test_a_promise_can_be_corrected_and_the_correction_undone(book, anna):
    client, oksana, _ = anna
    promise = Promise(client.id, "Call back with the quot", NOW + timedelta(days=1))
    book.history.add_promise(promise)
    changes = book.corrections.edit_promise(promise.id, text="Call back with the quote",
                                            staff_id=oksana.id)
    assert changes.affects_promises()
    assert book.briefing(client.id).open_promises[0].text == "Call back with the quote"
    book.undo.undo()
    assert book.briefing(client.id).open_promises[0].staff_id is None
    with pytest.raises(ValidationError):
        book.corrections.edit_promise(promise.id, text="  ")


def test_the_timeline_is_newest_first_filters_by_kind_and_pages(book, anna):
    client, oksana, appointment = anna
    for day in range(30):
        book.history.add_visit(Visit(client.id, NOW - timedelta(days=day + 1), "Cut", oksana.id))
    book.contacts.log(client.id, ContactChannel.CALL, "Confirmed")
    book.history.add_promise(Promise(client.id, "Send the price list", NOW + timedelta(days=2)))
    book.history.set_status(appointment.id, AppointmentStatus.CANCELLED)
    timeline = book.timeline
    # The cancellation is a change too, naming the desk; bookings made are not repeated.
    assert timeline.count(client.id) == 34
    first = timeline.page(client.id, limit=4)
    assert sorted(r.kind for r in first) == ["appointment", "change", "contact", "promise"]
    records = [r for r in first if r.kind != "change"]
    assert [r.kind for r in records] == ["promise", "appointment", "contact"]
    assert records[0].status == "open" and records[1].status == "cancelled"
    visits = timeline.page(client.id, ("visit",), offset=10, limit=5)
    assert [r.at for r in visits] == [NOW - timedelta(days=d) for d in range(11, 16)]
    assert timeline.count(client.id, ("visit",)) == 30
    assert timeline.page(client.id, ()) == []


def test_promises_show_kept_on_time_late_or_cancelled(book, anna):
    client, _oksana, _ = anna
    on_time = Promise(client.id, "On time", NOW + timedelta(hours=1))
    late = Promise(client.id, "Late", NOW - timedelta(hours=1))
    dropped = Promise(client.id, "Dropped", NOW + timedelta(hours=2))
    for p in (on_time, late, dropped):
        book.history.add_promise(p)
    book.history.complete_promise(on_time.id)
    book.history.complete_promise(late.id)
    book.history.cancel_promise(dropped.id)
    status = {r.title: r.status for r in book.timeline.page(client.id, ("promise",))}
    assert status == {"On time": "on_time", "Late": "late", "Dropped": "cancelled"}


def test_personal_values_of_the_change_log_never_reach_the_log(book, anna, caplog):
    client, oksana, _ = anna
    caplog.set_level("DEBUG")
    edited = book.clients.get(client.id)
    edited.phones = ["+30 699 0001112"]
    book.clients.update(edited)
    visit = _visit(book, client, oksana)
    book.corrections.edit_visit(visit.id, notes="Qwvbnt allergy note")
    assert book.change_log.entries(client.id)
    assert "0001112" not in caplog.text and "Qwvbnt" not in caplog.text

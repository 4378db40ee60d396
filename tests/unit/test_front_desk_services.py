"""Services behind the front desk: today's agenda and its badges, statuses, paging."""

from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import NotFoundError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.services.clients.agenda import Badge

from ..conftest import NOW


@pytest.fixture
def desk(book):
    mei, carlos = book.staff.add("Mei"), book.staff.add("Carlos")
    anna = Client(display_name="Anna Smith", birthday=Birthday(11, 22, 1992), designer_id=mei.id,
                  preferences=[Preference(PreferenceCategory.CONVERSATION, "No small talk",
                                          avoid=True)])
    olena = Client(display_name="Олена Шевченко", birthday=Birthday(11, 27), designer_id=mei.id)
    book.clients.add(anna)
    book.clients.add(olena)
    book.history.add_appointment(Appointment(olena.id, NOW.replace(hour=14), staff_id=carlos.id))
    book.history.add_appointment(Appointment(anna.id, NOW.replace(hour=10), staff_id=mei.id))
    book.history.add_appointment(Appointment(anna.id, NOW + timedelta(days=1), staff_id=mei.id))
    book.history.add_promise(Promise(olena.id, "Call back with the quote", NOW.replace(hour=15)))
    return book, anna, olena, mei, carlos


def test_agenda_lists_today_in_time_order_with_badges(desk):
    book, *_ = desk
    items = book.agenda(NOW.date())
    assert [i.client_name for i in items] == ["Anna Smith", "Олена Шевченко"]
    assert set(items[0].badges) == {Badge.BIRTHDAY_TODAY, Badge.CAUTION}
    assert items[0].cautions == ("No small talk",)
    assert set(items[1].badges) == {Badge.BIRTHDAY_SOON, Badge.PROMISE_DUE,
                                    Badge.DESIGNER_DIFFERS}
    assert items[1].staff_name == "Carlos"


def _statements(book, call) -> int:
    """How many statements `call` sends to the book (each a round trip to a server)."""
    db, sent = book.store.db, []
    execute = type(db).execute
    db.execute = lambda *args, **kwargs: sent.append(args[0]) or execute(db, *args, **kwargs)
    try:
        call()
    finally:
        del db.execute
    return len(sent)


def test_the_today_page_costs_the_same_few_statements_for_a_full_day(desk):
    book, anna, _olena, mei, carlos = desk
    book.update_settings({"loyalty_mode": "visits", "loyalty_every": "2"})
    book.history.add_visit(Visit(anna.id, NOW - timedelta(days=30), "Cut"))
    quiet_day = _statements(book, lambda: book.agenda(NOW.date()))
    for hour in range(9, 19):
        client = Client(display_name=f"Walk-in {hour}", designer_id=carlos.id)
        book.clients.add(client)
        book.history.add_promise(Promise(client.id, "Ring back", NOW.replace(hour=hour)))
        book.history.add_appointment(Appointment(client.id, NOW.replace(hour=hour, minute=30),
                                                 staff_id=mei.id))
    items = book.agenda(NOW.date())
    assert len(items) == 12 and sum(Badge.PROMISE_DUE in i.badges
                                    or Badge.PROMISE_OVERDUE in i.badges for i in items) == 11
    assert [i.reward.due for i in items if i.client_name == "Anna Smith"] == [True]
    assert _statements(book, lambda: book.agenda(NOW.date())) == quiet_day <= 12


def test_logging_a_visit_for_an_appointment_marks_it_done(desk):
    book, anna, *_ = desk
    appt = book.agenda(NOW.date())[0].appointment
    changes = book.history.log_visit_for(
        appt.id, Visit(anna.id, NOW, "Cut", appt.staff_id, Decimal("45.50")))
    assert changes.visits and changes.appointments and anna.id in changes.clients
    assert book.history.appointment(appt.id).status == AppointmentStatus.DONE
    assert book.briefing(anna.id).visit_count == 1


def test_a_failed_visit_leaves_the_appointment_as_it_was(desk):
    book, *_ = desk
    appt = book.agenda(NOW.date())[0].appointment
    with pytest.raises(NotFoundError):
        book.history.log_visit_for(appt.id, Visit(99999, NOW))
    assert book.history.appointment(appt.id).status == AppointmentStatus.BOOKED


def test_completing_a_promise_takes_it_off_the_card(desk):
    book, _, olena, *_ = desk
    promise = book.briefing(olena.id).open_promises[0]
    book.history.complete_promise(promise.id)
    assert book.briefing(olena.id).open_promises == []


def test_paging_walks_every_client_in_name_order(book):
    for name in ["Zoe", "anna", "Ölga", "Bob", "王小明", "Ζωή"]:
        book.clients.add(Client(display_name=name))
    seen, after = [], None
    while page := book.clients.page(after, limit=4):
        seen += [row[1] for row in page]
        after = (page[-1][2], page[-1][0])
    assert sorted(seen) == sorted(["Zoe", "anna", "Ölga", "Bob", "王小明", "Ζωή"])
    assert seen.index("anna") < seen.index("Bob") < seen.index("Ölga") < seen.index("Zoe")


def test_overdue_is_judged_against_the_clock(desk):
    book, _, olena, *_ = desk
    book.clock = lambda: datetime(2026, 11, 22, 16, 0)
    card = book.briefing(olena.id)
    assert card.overdue_promise_ids == {card.open_promises[0].id}


def test_recent_services_are_distinct_and_newest_first(desk):
    book, anna, *_ = desk
    for days_ago, service in [(30, "Colour"), (20, "Cut"), (10, "Colour"), (5, ""), (40, "Perm")]:
        book.history.add_visit(Visit(anna.id, NOW - timedelta(days=days_ago), service))
    assert book.history.recent_services(anna.id) == ["Colour", "Cut", "Perm"]
    assert book.history.recent_services(anna.id, limit=1) == ["Colour"]


def test_invisible_control_characters_never_reach_the_book(book):
    client = Client(display_name="Anna\x1b  Smith\x00", phones=["555\x07 0101"],
                    notes="Tea\r\nno sugar\x0c\tplease")
    book.clients.add(client)
    saved = book.clients.get(client.id)
    assert (saved.display_name, saved.phones) == ("Anna Smith", ["555 0101"])
    assert saved.notes == "Tea\nno sugar\tplease"


def test_control_characters_typed_or_pasted_into_history_are_not_stored(desk):
    from clientbook.domain.models import ContactChannel

    book, anna, *_ = desk
    book.history.add_visit(Visit(anna.id, NOW, "Cu\x00t", notes="line one\r\nline\x07 two\ud800"))
    book.history.add_appointment(Appointment(anna.id, NOW + timedelta(days=2), service="Co\x1blour",
                                             notes="a\x00b"))
    book.history.add_promise(Promise(anna.id, "Call\x00 back\x1f", NOW + timedelta(hours=3)))
    book.contacts.log(anna.id, ContactChannel.CALL, "ok\x00ay\r\nthen")
    visit = book.store.records.visits_for(anna.id)[0]
    assert (visit.service, visit.notes) == ("Cu t", "line one\nline two")
    later = book.agenda((NOW + timedelta(days=2)).date())[0].appointment
    assert (later.service, later.notes) == ("Co lour", "ab")
    assert book.briefing(anna.id).open_promises[-1].text == "Call back"
    assert book.contacts.history(anna.id)[0].note == "okay\nthen"

"""The appointment book's services: book, move, resize, cancel, no-show, undo, free slots."""

from datetime import date, datetime
from decimal import Decimal

import pytest

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import AppointmentStatus, Client
from clientbook.services.appointments.booking import ClashError

# NOW (conftest) is Sunday 2026-11-22 09:00; Tuesday is the 24th.
TUE = datetime(2026, 11, 24)


def at(hour: int, minute: int = 0, day: datetime = TUE) -> datetime:
    return day.replace(hour=hour, minute=minute)


@pytest.fixture
def salon(book):
    carlos, mei = book.staff.add("Carlos"), book.staff.add("Mei")
    ines = Client(display_name="Inés Jiménez", designer_id=carlos.id)
    wang = Client(display_name="王芳", designer_id=mei.id)
    book.clients.add(ines)
    book.clients.add(wang)
    cut, _ = book.services_menu.add("Cut", 45, Decimal("30"))
    colour, _ = book.services_menu.add("Colour", 90, Decimal("80"), "Colour")
    book.staff_hours.set(carlos.id, ["tue-sat 09:00-19:00"])
    return book, carlos, mei, ines, wang, cut, colour


def book_one(book, client, hour, minutes=None, staff=None, service=None, **kw):
    a = book.appointments.draft(client.id, at(hour), minutes, staff and staff.id,
                                service and service.id)
    changes = book.appointments.book(a, service and service.id, **kw)
    assert changes.appointments and changes.affects_agenda()
    return a


def status(book, appointment_id):
    return book.appointments.entry(appointment_id).appointment.status


def test_a_booking_takes_the_services_length_and_the_clients_designer(salon):
    book, _carlos, _mei, ines, wang, _cut, colour = salon
    a = book_one(book, ines, 17, service=colour)
    entry = book.appointments.entry(a.id)
    assert (entry.appointment.duration_min, entry.staff_name, entry.appointment.service,
            entry.service_id) == (90, "Carlos", "Colour", colour.id)
    assert book_one(book, wang, 10).duration_min == 60  # no service: an hour


def test_a_clash_is_refused_naming_it_and_books_nothing(salon):
    book, carlos, _mei, ines, wang, _cut, colour = salon
    book_one(book, ines, 17, service=colour)
    draft = book.appointments.draft(wang.id, at(17, 30), 30, carlos.id)
    with pytest.raises(ClashError) as raised:
        book.appointments.book(draft)
    assert str(raised.value) == "Carlos has Inés Jiménez 17:00–18:30"
    assert len(book.appointments.day(TUE.date())) == 1
    book.appointments.book(draft, allow_conflict=True)  # double booking on purpose
    assert len(book.appointments.day(TUE.date())) == 2


def test_touching_bookings_are_fine_and_outside_hours_is_refused(salon):
    book, carlos, _mei, ines, wang, _cut, _colour = salon
    book_one(book, ines, 10)
    book_one(book, wang, 11, staff=carlos)
    book.staff_hours.set(carlos.id, ["mon-fri 09:00-13:00"])
    draft = book.appointments.draft(wang.id, at(13), 30, carlos.id)
    with pytest.raises(ClashError, match="Carlos works 09:00–13:00 on 2026-11-24"):
        book.appointments.book(draft)


def test_move_resize_and_undo_put_it_back(salon):
    book, carlos, mei, ines, _wang, cut, _colour = salon
    a = book_one(book, ines, 10, service=cut)
    book.appointments.move(a.id, starts_at=at(14), staff_id=mei.id)
    moved = book.appointments.entry(a.id)
    assert (moved.appointment.starts_at, moved.staff_name) == (at(14), "Mei")
    assert str(book.undo.label()) == "&Undo move of Inés Jiménez's booking"
    book.appointments.move(a.id, minutes=90)
    assert str(book.undo.label()) == "&Undo resize of Inés Jiménez's booking"
    book.undo.undo()
    assert book.appointments.entry(a.id).appointment.duration_min == 45
    book.undo.undo()
    back = book.appointments.entry(a.id).appointment
    assert (back.starts_at, back.staff_id) == (at(10), carlos.id)
    book.undo.undo()  # the booking itself
    with pytest.raises(NotFoundError):
        book.appointments.entry(a.id)


def test_a_move_onto_a_clash_leaves_the_booking_as_it_was(salon):
    book, carlos, _mei, ines, wang, _cut, _colour = salon
    a = book_one(book, ines, 10)
    book_one(book, wang, 12, staff=carlos)
    with pytest.raises(ClashError, match="Carlos has 王芳 12:00–13:00"):
        book.appointments.move(a.id, starts_at=at(12, 30))
    assert book.appointments.entry(a.id).appointment.starts_at == at(10)
    with pytest.raises(ValidationError):
        book.appointments.move(a.id, minutes=10_000)
    assert book.appointments.entry(a.id).appointment.duration_min == 60


def test_cancel_keeps_the_booking_frees_the_slot_and_counts_late_ones(salon):
    book, carlos, _mei, ines, wang, _cut, _colour = salon
    a = book_one(book, ines, 10)
    book.appointments.cancel(a.id, "late")
    entry = book.appointments.entry(a.id)
    assert (entry.appointment.status, entry.cancel_reason) == (AppointmentStatus.CANCELLED,
                                                               "late")
    book_one(book, wang, 10, staff=carlos)  # a cancelled booking never clashes
    with pytest.raises(ValidationError):
        book.appointments.cancel(a.id, "bored")
    assert str(book.undo.label()) == "&Undo booking for 王芳"


def test_no_show_status_back_and_the_twelve_month_count(salon, book):
    book, _carlos, _mei, ines, _wang, _cut, _colour = salon
    a = book_one(book, ines, 10)
    b = book_one(book, ines, 12)
    book.appointments.no_show(a.id)
    book.appointments.cancel(b.id, "late")
    book.clock = lambda: datetime(2026, 12, 1, 9, 0)
    assert book.appointments.missed(ines.id) == (1, 1)
    book.appointments.set_status(b.id, AppointmentStatus.ARRIVED)
    book.appointments.set_status(b.id, AppointmentStatus.BOOKED)
    assert status(book, b.id) == AppointmentStatus.BOOKED
    book.undo.undo()
    assert status(book, b.id) == AppointmentStatus.ARRIVED
    book.clock = lambda: datetime(2028, 1, 1)
    assert book.appointments.missed(ines.id) == (0, 0)


def test_free_slots_skip_bookings_and_time_off(salon):
    book, carlos, _mei, ines, _wang, _cut, _colour = salon
    book.staff_hours.set(carlos.id, ["mon-sat 09:00-12:00", "sun off"])
    book.staff_hours.add_time_off(carlos.id, date(2026, 11, 23), date(2026, 11, 23))
    assert book.staff_hours.pattern(carlos.id).lines() == ["mon-sat 09:00-12:00", "sun off"]
    book_one(book, ines, 9, 120)
    slots = book.appointments.free_slots(60, [carlos.id], count=2)
    assert [(s.start, s.staff_name) for s in slots] == [(at(11), "Carlos"),
                                                        (at(9, day=datetime(2026, 11, 25)),
                                                         "Carlos")]


def test_bad_input_is_refused_and_nothing_changes(salon):
    book, carlos, mei, _ines, _wang, _cut, _colour = salon
    with pytest.raises(ValidationError):
        book.services_menu.add("Cut", 30)  # already on the menu
    with pytest.raises(ValidationError):
        book.services_menu.add("Nails", 0)
    with pytest.raises(ValidationError):
        book.staff_hours.set(carlos.id, ["mon 9-5"])
    assert book.staff_hours.recorded(mei.id) is None
    assert book.staff_hours.pattern(carlos.id).lines()[1] == "tue-sat 09:00-19:00"
    with pytest.raises(NotFoundError):
        book.appointments.draft(999, at(10))
    assert [s.name for s in book.services_menu.all()] == ["Cut", "Colour"]


def _reward(status):
    """What the day's marks and words use of a reward (the spend only under a spend rule)."""
    if status is None:
        return None
    spent = status.spent if str(status.rule.mode) == "spend" else None
    return (status.visit_number, status.due, status.one_to_go, status.visits_to_go,
            status.spend_to_go if spent is not None else None, spent)


@pytest.mark.parametrize("mode", ["visits", "spend"])
def test_the_calendars_day_has_the_same_badges_as_the_today_list(book, mode):
    book.set_setting("loyalty_mode", mode)
    from datetime import timedelta

    from clientbook.services.demo.demo import fill_demo
    fill_demo(book, clients=60, seed=5)
    today = book.clock().date()
    for offset in range(-3, 8):
        day = today + timedelta(days=offset)
        plan = book.day_plans.day(day)
        fast = [(i.appointment.id, i.client_name, i.staff_name, i.badges, i.cautions,
                 _reward(i.reward)) for i in plan.items]
        slow = [(i.appointment.id, i.client_name, i.staff_name, i.badges, i.cautions,
                 _reward(i.reward)) for i in book.agenda(day)]
        assert fast == slow, day
    assert any(i.badges for i in book.day_plans.day(today).items)


def test_free_slots_for_anyone_are_the_designers_not_the_front_desk(salon):
    book, _carlos, _mei, _ines, _wang, _cut, _colour = salon
    desk = book.staff.add("Emma", role="receptionist")
    names = {s.staff_name for s in book.appointments.free_slots(60, count=40)}
    assert names == {"Carlos", "Mei"}
    assert {s.staff_name for s in book.appointments.free_slots(60, [desk.id], count=3)} == {
        "Emma"}


def test_a_moved_booking_moves_its_nudge_and_a_cancelled_one_never_nudges(salon):
    from clientbook.services.followups.reminders import nudges
    book, _carlos, _mei, ines, _wang, _cut, _colour = salon
    a = book_one(book, ines, 10)
    assert [n.appointment_id for n in nudges(book, at(9, 55), 10)] == [a.id]
    book.appointments.move(a.id, starts_at=at(11))
    assert nudges(book, at(9, 55), 10) == []
    assert [n.appointment_id for n in nudges(book, at(10, 55), 10)] == [a.id]
    book.appointments.cancel(a.id)
    assert nudges(book, at(10, 55), 10) == []

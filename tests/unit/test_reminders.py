"""Birthday reminders and pre-visit nudges against an injected day: no clock, no Qt.

Every time is a naive local datetime (the book's clock and the stored appointments): the day
of a reminder is the day on the local wall clock.
"""

import os
import time as systime
from datetime import UTC, date, datetime, timedelta

import pytest

from clientbook.domain.birthdays import Birthday, upcoming
from clientbook.domain.care.reminders import (
    BirthdayReminder,
    Nudge,
    ReminderLedger,
    local_day,
    nudges_due,
    tie_to_appointments,
)
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Appointment, AppointmentStatus, Client, Promise, Visit
from clientbook.services.followups.reminders import birthday_reminders, nudges
from clientbook.services.settings import nudge_minutes


def _client(book, name, birthday=None, archived=False):
    client = Client(name, birthday=Birthday.parse(birthday) if birthday else None)
    book.clients.add(client)
    if archived:
        book.clients.set_archived(client.id, True)
    return client.id


def _book_in(book, client_id, starts_at, status=AppointmentStatus.BOOKED, staff_id=None):
    appt = Appointment(client_id, starts_at, staff_id=staff_id)
    book.history.add_appointment(appt)
    if status != AppointmentStatus.BOOKED:
        book.history.set_status(appt.id, status)
    return appt.id


def _appt(starts_at, status=AppointmentStatus.BOOKED, appt_id=1, client_id=1):
    return Appointment(client_id, starts_at, status=status, id=appt_id)


# --- Birthdays ---------------------------------------------------------------------------


def test_29_february_reminds_on_28_february_in_a_common_year_and_on_the_day_in_a_leap_year(
        book):
    _client(book, "Leap", "2000-02-29")
    common = birthday_reminders(book, date(2027, 2, 25), 7)
    assert [(r.name, r.date, r.days_until, r.age) for r in common] == [
        ("Leap", date(2027, 2, 28), 3, 27)]
    leap = birthday_reminders(book, date(2028, 2, 25), 7)
    assert [(r.date, r.days_until, r.age) for r in leap] == [(date(2028, 2, 29), 4, 28)]
    # On 28 February of a common year it is today; on 1 March it has passed.
    assert birthday_reminders(book, date(2027, 2, 28), 0)[0].days_until == 0
    assert birthday_reminders(book, date(2027, 3, 1), 7) == []


def test_the_window_wraps_over_new_year_and_a_birthday_without_a_year_has_no_age(book):
    anna = _client(book, "Anna Smith", "1992-01-02")
    zoe = _client(book, "Ζωή Παπαδοπούλου", "--12-31")
    found = birthday_reminders(book, date(2026, 12, 29), 7)
    assert [(r.client_id, r.date, r.days_until, r.age) for r in found] == [
        (zoe, date(2026, 12, 31), 2, None), (anna, date(2027, 1, 2), 4, 35)]


def test_archived_clients_never_remind(book):
    _client(book, "Archived", "1980-11-22", archived=True)
    kept = _client(book, "王小明", "1980-11-23")
    assert [r.client_id for r in birthday_reminders(book, date(2026, 11, 22), 7)] == [kept]


def test_the_window_defaults_to_the_birthday_days_setting(book):
    _client(book, "Soon", "--11-25")
    _client(book, "Later", "--12-05")
    assert [r.name for r in birthday_reminders(book, date(2026, 11, 22))] == ["Soon"]
    book.set_setting("birthday_days", "14")
    assert [r.name for r in birthday_reminders(book, date(2026, 11, 22))] == ["Soon", "Later"]


def test_a_reminder_is_tied_to_the_clients_first_expected_appointment_in_the_window(book):
    anna = _client(book, "Anna Smith", "1992-11-27")  # Friday
    ben = _client(book, "Ben", "--11-24")
    cleo = _client(book, "Cleo", "--11-25")
    _book_in(book, anna, datetime(2026, 11, 28, 10, 0))
    _book_in(book, anna, datetime(2026, 11, 26, 14, 30))  # Thursday: the first one
    _book_in(book, anna, datetime(2026, 11, 23, 9, 0), AppointmentStatus.CANCELLED)
    _book_in(book, ben, datetime(2026, 12, 1, 9, 0))  # after the window: not tied
    _book_in(book, cleo, datetime(2026, 11, 22, 8, 0), AppointmentStatus.ARRIVED)
    found = {r.client_id: r for r in birthday_reminders(book, date(2026, 11, 22), 7)}
    assert found[anna].appointment == datetime(2026, 11, 26, 14, 30)
    assert found[anna].date == date(2026, 11, 27)
    assert found[ben].appointment is None
    assert found[cleo].appointment == datetime(2026, 11, 22, 8, 0)


def test_tying_is_pure_and_keeps_the_birthdays_order():
    found = upcoming([(1, "A", Birthday(1, 2)), (2, "B", Birthday(12, 30, 1990))],
                     date(2026, 12, 29), 7)
    appts = [_appt(datetime(2027, 1, 5, 9), client_id=1),  # the last day of the window
             _appt(datetime(2027, 1, 6, 0, 0), client_id=2),  # the day after: outside
             _appt(datetime(2026, 12, 28, 23, 59), client_id=2)]  # before today: outside
    tied = tie_to_appointments(found, appts, date(2026, 12, 29), 7)
    assert tied == [BirthdayReminder(2, "B", date(2026, 12, 30), 1, 36, None),
                    BirthdayReminder(1, "A", date(2027, 1, 2), 4, None,
                                     datetime(2027, 1, 5, 9))]


def test_a_check_at_23_30_and_one_at_00_30_land_on_different_days(book):
    _client(book, "Midnight", "--11-23")
    late, early = datetime(2026, 11, 22, 23, 30), datetime(2026, 11, 23, 0, 30)
    assert (local_day(late), local_day(early)) == (date(2026, 11, 22), date(2026, 11, 23))
    assert birthday_reminders(book, local_day(late), 0) == []
    assert [r.days_until for r in birthday_reminders(book, local_day(early), 0)] == [0]


@pytest.fixture
def athens_time():
    """The process's local time zone set to Athens (UTC+2 in November), then restored."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Athens"
    systime.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    systime.tzset()


@pytest.mark.skipif(not hasattr(systime, "tzset"), reason="needs time.tzset")
def test_a_time_zone_never_shifts_the_day(athens_time):
    """00:30 in Athens is still 22:30 the day before in UTC: the reminder day is Athens'."""
    athens_half_past_midnight_in_utc = datetime(2026, 11, 22, 22, 30, tzinfo=UTC)
    assert local_day(athens_half_past_midnight_in_utc) == date(2026, 11, 23)
    assert local_day(datetime(2026, 11, 23, 0, 30)) == date(2026, 11, 23)  # naive: as it is


# --- The ledger ---------------------------------------------------------------------------

def _reminder(client_id, day=date(2026, 11, 22)):
    return BirthdayReminder(client_id, f"Client {client_id}", day, 0, None, None)


def _nudge(appt_id, starts_at=datetime(2026, 11, 22, 14, 30)):
    return Nudge(appt_id, 1, "Anna", starts_at, "Mei", False, False, 0)


def test_the_ledger_announces_each_client_once_a_day_and_again_the_next_day():
    ledger = ReminderLedger()
    today, tomorrow = date(2026, 11, 22), date(2026, 11, 23)
    first = [_reminder(1), _reminder(2)]
    assert ledger.due_birthdays(first, today) == first
    ledger.mark(first, today)
    assert ledger.due_birthdays(first, today) == []
    assert ledger.due_birthdays([*first, _reminder(3)], today) == [_reminder(3)]
    assert ledger.due_birthdays(first, tomorrow) == first  # a new day re-announces
    ledger.mark(first, tomorrow)
    assert set(ledger.birthdays) == {tomorrow}  # yesterday is forgotten


def test_asking_again_forgets_only_today():
    ledger = ReminderLedger()
    ledger.mark([_reminder(1), _nudge(7)], date(2026, 11, 22))
    ledger.forget_day(date(2026, 11, 22))
    assert ledger.due_birthdays([_reminder(1)], date(2026, 11, 22)) == [_reminder(1)]
    assert ledger.due_nudges([_nudge(7)]) == []


def test_a_nudge_is_shown_once_and_again_when_the_appointment_moves():
    ledger = ReminderLedger()
    ledger.mark([_nudge(7)], date(2026, 11, 22))
    moved = _nudge(7, datetime(2026, 11, 22, 16, 0))
    assert ledger.due_nudges([_nudge(7), _nudge(8), moved]) == [_nudge(8), moved]


def test_old_nudges_are_forgotten_so_the_ledger_stays_small():
    ledger = ReminderLedger()
    ledger.mark([_nudge(1, datetime(2026, 11, 20, 9)), _nudge(2, datetime(2026, 11, 21, 9))],
                date(2026, 11, 21))
    ledger.mark([], date(2026, 11, 23))
    assert ledger.nudged == set()


def test_the_ledger_round_trips_through_json():
    ledger = ReminderLedger()
    ledger.mark([_reminder(3), _reminder(1), _nudge(9)], date(2026, 11, 22))
    text = ledger.to_json()
    assert ReminderLedger.from_json(text) == ledger
    assert ReminderLedger.from_json(text).to_json() == text


@pytest.mark.parametrize("text", ["", None, "not json", "[]", '{"version": 2}',
                                  '{"birthdays": {"yesterday": [1]}}', '{"nudged": [[1]]}',
                                  '{"birthdays": {"2026-11-22": 5}}'])
def test_a_damaged_ledger_starts_empty(text):
    assert ReminderLedger.from_json(text) == ReminderLedger()


# --- Nudges (pure) ------------------------------------------------------------------------

AT_1430 = datetime(2026, 11, 22, 14, 30)


def test_a_nudge_comes_exactly_at_its_minute_and_not_before():
    appts = [_appt(AT_1430)]
    assert nudges_due(appts, datetime(2026, 11, 22, 14, 19, 59), 10) == []
    assert nudges_due(appts, datetime(2026, 11, 22, 14, 20), 10) == appts
    assert nudges_due(appts, datetime(2026, 11, 22, 14, 29, 59), 10) == appts


def test_a_nudge_comes_once_when_checks_pass_the_last_check():
    appts = [_appt(AT_1430)]
    first = datetime(2026, 11, 22, 14, 20, 10)
    assert nudges_due(appts, first, 10, last_check=datetime(2026, 11, 22, 14, 19, 40)) == appts
    assert nudges_due(appts, datetime(2026, 11, 22, 14, 20, 40), 10, last_check=first) == []


def test_cancelled_no_show_and_done_appointments_never_nudge():
    now = datetime(2026, 11, 22, 14, 25)
    for status in (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW,
                   AppointmentStatus.DONE):
        assert nudges_due([_appt(AT_1430, status)], now, 10) == []
    assert nudges_due([_appt(AT_1430, AppointmentStatus.ARRIVED)], now, 10) != []


def test_after_a_long_sleep_only_the_ones_not_yet_started_are_caught_up():
    slept_from = datetime(2026, 11, 19, 18, 0)  # three days ago
    woke = datetime(2026, 11, 22, 14, 25)
    appts = [_appt(datetime(2026, 11, 20, 9, 0), appt_id=1),  # long over
             _appt(datetime(2026, 11, 22, 14, 25), appt_id=2),  # starting this minute
             _appt(datetime(2026, 11, 22, 14, 30), appt_id=3),  # nudge time passed in sleep
             _appt(datetime(2026, 11, 22, 14, 40), appt_id=4)]  # nudge time still to come
    assert [a.id for a in nudges_due(appts, woke, 10, last_check=slept_from)] == [3]
    assert [a.id for a in nudges_due(appts, woke, 10)] == [3]


def test_an_appointment_already_started_is_not_nudged_and_zero_minutes_is_off():
    assert nudges_due([_appt(AT_1430)], AT_1430, 10) == []
    assert nudges_due([_appt(AT_1430)], AT_1430 + timedelta(minutes=5), 10) == []
    assert nudges_due([_appt(AT_1430)], AT_1430 - timedelta(minutes=1), 0) == []


# --- Nudges from the book -----------------------------------------------------------------

def test_a_nudge_says_who_with_whom_and_what_matters_today(book):
    mei = book.staff.add("Mei").id
    anna = _client(book, "Anna Smith", "1992-11-22")
    book.update_settings({"loyalty_mode": "visits", "loyalty_every": "2"})
    book.history.add_visit(Visit(anna, datetime(2026, 10, 1, 10, 0)))
    book.history.add_promise(Promise(anna, "Call about the colour", datetime(2026, 11, 21, 9)))
    book.history.add_promise(Promise(anna, "Order the shampoo", datetime(2026, 11, 23, 9)))
    appt = _book_in(book, anna, AT_1430, staff_id=mei)
    assert nudges(book, datetime(2026, 11, 22, 14, 19)) == []
    assert nudges(book, datetime(2026, 11, 22, 14, 20)) == [
        Nudge(appt, anna, "Anna Smith", AT_1430, "Mei", birthday_today=True, reward_due=True,
              overdue_promises=1)]
    assert nudges(book, datetime(2026, 11, 22, 14, 20), minutes_before=0) == []


def test_the_nudge_time_follows_the_setting_and_cancelled_ones_never_nudge(book):
    anna = _client(book, "Anna")
    ben = _client(book, "Ben")
    _book_in(book, anna, AT_1430)
    _book_in(book, ben, AT_1430, AppointmentStatus.CANCELLED)
    book.set_setting("nudge_minutes", "30")
    assert [n.client_name for n in nudges(book, datetime(2026, 11, 22, 14, 0))] == ["Anna"]
    assert nudges(book, datetime(2026, 11, 22, 13, 59, 59)) == []
    book.set_setting("nudge_minutes", "0")
    assert nudges(book, datetime(2026, 11, 22, 14, 25)) == []


def test_an_appointment_just_after_midnight_is_nudged_before_midnight(book):
    anna = _client(book, "Anna")
    _book_in(book, anna, datetime(2026, 11, 23, 0, 5))
    assert [n.staff_name for n in nudges(book, datetime(2026, 11, 22, 23, 55))] == [""]


# --- Settings -----------------------------------------------------------------------------

def test_nudge_and_start_at_login_settings_have_defaults_and_are_checked(book):
    assert (book.setting("nudge_minutes"), book.setting("start_at_login")) == ("10", "0")
    assert nudge_minutes(book.store) == 10
    book.update_settings({"nudge_minutes": " 015 ", "start_at_login": "1"})
    assert (nudge_minutes(book.store), book.setting("start_at_login")) == (15, "1")
    book.set_setting("start_at_login", "no")
    assert book.setting("start_at_login") == "0"
    book.set_setting("nudge_minutes", "0")
    assert nudge_minutes(book.store) == 0


@pytest.mark.parametrize(("key", "value"), [
    ("nudge_minutes", "121"), ("nudge_minutes", "-1"), ("nudge_minutes", "ten"),
    ("nudge_minutes", "1.5"), ("start_at_login", "2"), ("start_at_login", "maybe")])
def test_bad_nudge_and_login_values_are_refused(book, key, value):
    with pytest.raises(ValidationError) as caught:
        book.set_setting(key, value)
    assert caught.value.field == key
    assert (book.setting("nudge_minutes"), book.setting("start_at_login")) == ("10", "0")


def test_a_damaged_stored_value_reads_as_the_default(book):
    book.store.settings.set("nudge_minutes", "lots")
    book.store.settings.set("start_at_login", "perhaps")
    assert nudge_minutes(book.store) == 10

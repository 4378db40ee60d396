"""Contacting clients: the check before reaching out, the log, and their stored wishes."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from clientbook.domain.care.contact_rules import ContactIssue, check_contact
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import Client, ContactChannel, ContactEntry, ContactPreference
from tests.conftest import NOW

CALL, SMS, EMAIL, IN_PERSON = (ContactChannel.CALL, ContactChannel.SMS, ContactChannel.EMAIL,
                               ContactChannel.IN_PERSON)
NO_WISHES = ContactPreference()


def entry(channel: ContactChannel, at: datetime, note: str = "") -> ContactEntry:
    return ContactEntry(client_id=1, at=at, channel=channel, note=note)


def days_ago(days: int, hour: int = 16) -> datetime:
    return (NOW - timedelta(days=days)).replace(hour=hour, minute=5)


def issues(pref=NO_WISHES, history=(), channel=CALL, firm=7, now=NOW):
    return check_contact(pref, firm, list(history), channel, now).issues


# The pure check --------------------------------------------------------------------------------
def test_no_history_and_no_wishes_is_fine():
    check = check_contact(NO_WISHES, 7, [], CALL, NOW)
    assert check.ok
    assert (check.last, check.today, check.days_since_last, check.quiet_days) == (None, (), None,
                                                                                  7)


def test_do_not_contact_warns_for_every_way_of_reaching_out():
    pref = ContactPreference(do_not_contact=True)
    for channel in (CALL, SMS, EMAIL):
        assert issues(pref, channel=channel) == (ContactIssue.DO_NOT_CONTACT,)


@pytest.mark.parametrize(("ago", "expected"), [
    (7, ()), (6, (ContactIssue.QUIET_PERIOD,)), (1, (ContactIssue.QUIET_PERIOD,)), (30, ()),
])
def test_quiet_period_boundary_counts_calendar_days(ago, expected):
    """Exactly N days ago is fine, whatever the hour; N-1 days ago is too soon."""
    assert issues(history=[entry(SMS, days_ago(ago, hour=23))]) == expected


def test_already_contacted_today_by_another_channel_lists_todays_entries():
    earlier = entry(SMS, NOW.replace(hour=8, minute=15), "Reminder for Tuesday")
    email = entry(EMAIL, NOW.replace(hour=8, minute=40))
    check = check_contact(NO_WISHES, 7, [email, entry(CALL, days_ago(2)), earlier], CALL, NOW)
    # Already today replaces the quiet-period warning rather than adding to it.
    assert check.issues == (ContactIssue.ALREADY_TODAY,)
    assert check.today == (earlier, email)  # oldest first
    assert check.last == email
    assert check.days_since_last == 0


def test_contact_later_today_is_not_counted_yet():
    assert issues(history=[entry(CALL, NOW + timedelta(hours=3))]) == ()


def test_in_person_never_warns_and_does_not_start_a_quiet_period():
    pref = ContactPreference(channel=SMS, do_not_contact=True, quiet_days=30)
    history = [entry(CALL, NOW.replace(hour=8))]
    assert issues(pref, history, channel=IN_PERSON) == ()
    seen = [entry(IN_PERSON, NOW.replace(hour=8)), entry(IN_PERSON, days_ago(1))]
    check = check_contact(NO_WISHES, 7, seen, CALL, NOW)
    assert check.ok
    assert (check.last, check.today, check.days_since_last) == (None, (), None)


def test_preferred_channel_mismatch_warns_only_for_other_channels():
    pref = ContactPreference(channel=SMS)
    assert issues(pref, channel=CALL) == (ContactIssue.OTHER_CHANNEL,)
    assert issues(pref, channel=EMAIL) == (ContactIssue.OTHER_CHANNEL,)
    assert issues(pref, channel=SMS) == ()
    assert check_contact(pref, 7, [], CALL, NOW).preferred == SMS


def test_asking_for_any_channel_leaves_out_only_the_channel_mismatch():
    pref = ContactPreference(channel=EMAIL, do_not_contact=True)
    check = check_contact(pref, 7, [entry(SMS, NOW.replace(hour=8))], None, NOW)
    assert check.issues == (ContactIssue.DO_NOT_CONTACT, ContactIssue.ALREADY_TODAY)
    assert check_contact(ContactPreference(channel=SMS), 7, [], None, NOW).issues == ()


def test_every_issue_at_once_in_a_stable_order():
    pref = ContactPreference(channel=EMAIL, do_not_contact=True)
    assert issues(pref, [entry(SMS, NOW.replace(hour=8))]) == (
        ContactIssue.DO_NOT_CONTACT, ContactIssue.ALREADY_TODAY, ContactIssue.OTHER_CHANNEL)


def test_per_client_quiet_days_override_the_firm_default():
    ten_days = [entry(CALL, days_ago(10))]
    longer = ContactPreference(quiet_days=14)
    assert issues(longer, ten_days, firm=7) == (ContactIssue.QUIET_PERIOD,)
    assert check_contact(longer, 7, ten_days, CALL, NOW).quiet_days == 14
    shorter = ContactPreference(quiet_days=3)
    assert issues(shorter, [entry(CALL, days_ago(5))], firm=7) == ()
    assert issues(NO_WISHES, [entry(CALL, days_ago(5))], firm=7) == (ContactIssue.QUIET_PERIOD,)


def test_quiet_days_zero_means_no_limit_but_today_still_warns():
    pref = ContactPreference(quiet_days=0)
    assert issues(pref, [entry(CALL, days_ago(1))], firm=30) == ()
    assert issues(pref, [entry(CALL, NOW.replace(hour=7))]) == (ContactIssue.ALREADY_TODAY,)


# The service ------------------------------------------------------------------------------------
@pytest.fixture
def client(book):
    olena = Client(display_name="Олена Шевченко")
    book.clients.add(olena)
    return olena


@pytest.fixture
def mei(book):
    return book.staff.add("Mei")


def test_log_records_the_clock_time_channel_note_and_staff(book, client, mei):
    entry_, changes = book.contacts.log(client.id, SMS, "  Нагадування  ", mei.id)
    assert changes.contacts and changes.clients == {client.id}
    assert entry_.id is not None
    assert (entry_.at, entry_.channel, entry_.note, entry_.staff_id) == (NOW, SMS,
                                                                       "Нагадування", mei.id)
    assert book.contacts.history(client.id) == [entry_]


def test_history_is_newest_first_and_limited(book, client):
    for days in (3, 1, 2):
        book.contacts.log(client.id, CALL, f"{days}", at=days_ago(days))
    assert [e.note for e in book.contacts.history(client.id)] == ["1", "2", "3"]
    assert [e.note for e in book.contacts.history(client.id, 2)] == ["1", "2"]


def test_check_reads_the_log_and_wishes(book, client):
    book.contacts.set_preference(client.id, ContactPreference(channel=SMS, quiet_days=14))
    book.contacts.log(client.id, CALL, at=days_ago(3))
    check = book.contacts.check(client.id, CALL)
    assert check.issues == (ContactIssue.QUIET_PERIOD, ContactIssue.OTHER_CHANNEL)
    assert (check.days_since_last, check.quiet_days) == (3, 14)


def test_a_bad_staff_id_writes_nothing(book, client):
    with pytest.raises(ValidationError) as raised:
        book.contacts.log(client.id, CALL, "note", staff_id=999)
    assert raised.value.field == "staff_id"
    assert book.contacts.history(client.id) == []


def test_an_unknown_client_raises_and_writes_nothing(book, mei):
    with pytest.raises(NotFoundError):
        book.contacts.log(404, CALL, "note", mei.id)
    with pytest.raises(NotFoundError):
        book.contacts.check(404, CALL)
    with pytest.raises(NotFoundError):
        book.contacts.set_preference(404, ContactPreference(do_not_contact=True))
    assert book.store.db.execute("SELECT count(*) FROM contact_log").fetchone()[0] == 0
    assert book.store.db.execute("SELECT count(*) FROM contact_prefs").fetchone()[0] == 0


def test_a_too_long_note_is_refused(book, client):
    with pytest.raises(ValidationError):
        book.contacts.log(client.id, CALL, "x" * 2001)
    assert book.contacts.history(client.id) == []


def test_undo_log_removes_the_entry(book, client):
    logged, _ = book.contacts.log(client.id, EMAIL)
    assert book.contacts.undo_log(logged).contacts
    assert book.contacts.history(client.id) == []


def _pref_rows(book) -> int:
    return book.store.db.execute("SELECT count(*) FROM contact_prefs").fetchone()[0]


def test_a_preference_round_trips_and_the_default_stores_no_row(book, client):
    assert book.contacts.preference(client.id) == NO_WISHES
    wishes = ContactPreference(channel=EMAIL, do_not_contact=True, quiet_days=0)
    assert book.contacts.set_preference(client.id, wishes).contacts
    assert book.contacts.preference(client.id) == wishes
    assert _pref_rows(book) == 1
    book.contacts.set_preference(client.id, NO_WISHES)
    assert book.contacts.preference(client.id) == NO_WISHES
    assert _pref_rows(book) == 0


@pytest.mark.parametrize("days", [-1, 366])
def test_an_out_of_range_quiet_period_is_refused(book, client, days):
    with pytest.raises(ValidationError) as raised:
        book.contacts.set_preference(client.id, ContactPreference(quiet_days=days))
    assert raised.value.field == "quiet_days"
    with pytest.raises(ValidationError):
        book.clients.update(client, contact=ContactPreference(quiet_days=days))
    assert book.contacts.preference(client.id) == NO_WISHES


def test_client_add_saves_wishes_in_the_same_call(book):
    zoe = Client(display_name="Ζωή Παπαδοπούλου")
    wishes = ContactPreference(channel=SMS, quiet_days=14)
    assert book.clients.add(zoe, contact=wishes).contacts
    assert book.contacts.preference(zoe.id) == wishes


def test_firm_quiet_days_follow_the_setting(book, client):
    assert book.contacts.firm_quiet_days() == 7
    book.set_setting("quiet_days", "3")
    assert book.contacts.firm_quiet_days() == 3
    book.contacts.log(client.id, CALL, at=days_ago(4))
    assert book.contacts.check(client.id, SMS).ok

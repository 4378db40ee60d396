"""The composer's service: the client's language, the guard, logging, templates and wishes."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import timedelta

import pytest
from sqlite_utils import Database

from clientbook.domain.care.contact_rules import ContactIssue
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.messages.messages import Occasion, Via, default_template
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    ContactChannel,
    ContactPreference,
    Visit,
)
from clientbook.services.book import Book
from clientbook.services.changes import Changes
from clientbook.services.messages.tomorrow import reminder_rows
from clientbook.services.messages.wishes import Wishes
from clientbook.services.privacy.erasure import forget_client
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS

from ..conftest import NOW


@pytest.fixture
def anna(book):
    mei = book.staff.add("Mei")
    book.update_settings({"phone_region": "GB", "firm_name": "Salon Luz"})
    client = Client(display_name="Anna Smith", given_name="Anna", address_as="Mrs Smith",
                    phones=["07911 123456"], email="anna@example.com", designer_id=mei.id)
    book.clients.add(client)
    return client


def _contacts(book, client_id):
    return book.contacts.history(client_id)


def test_reminder_uses_the_next_appointment_and_the_clients_language(book, anna):
    appointment = Appointment(anna.id, NOW + timedelta(days=4, hours=5, minutes=30))
    book.history.add_appointment(appointment)
    book.wishes.set(anna.id, language_code="es")
    m = book.messages.compose(anna.id, "reminder", via="sms")
    assert m.language == "es" and m.appointment_id == appointment.id
    assert "Hola, Mrs Smith:" in m.text and "jueves 26 de noviembre a las 14:30 con Mei" in m.text
    assert m.link.startswith("sms:+447911123456?body=Hola%2C%20Mrs%20Smith")
    assert m.guard.allowed and m.guard.reasons == ()
    assert book.messages.compose(anna.id, "reminder", language_code="uk").language == "uk"


def test_a_reminder_needs_an_appointment_of_that_client(book, anna):
    with pytest.raises(ValidationError, match="no appointment coming up"):
        book.messages.compose(anna.id, "reminder")
    other = Client(display_name="Bo")
    book.clients.add(other)
    theirs = Appointment(other.id, NOW + timedelta(days=1))
    book.history.add_appointment(theirs)
    with pytest.raises(NotFoundError):
        book.messages.compose(anna.id, "reminder", appointment_id=theirs.id)


def test_the_firms_language_applies_when_the_client_has_none(book, anna):
    book.update_settings({"message_language": "el"})
    assert book.messages.compose(anna.id, "birthday").text.startswith("Χρόνια πολλά, Mrs Smith!")
    with pytest.raises(ValidationError):
        book.update_settings({"message_language": "fr"})


def test_preferred_channel_picks_the_way_and_whatsapp_is_texting(book, anna):
    assert book.messages.compose(anna.id, "free").via == Via.EMAIL  # has an e-mail address
    book.wishes.set(anna.id, channel="whatsapp")
    m = book.messages.compose(anna.id, "birthday")
    assert m.via == Via.WHATSAPP and m.link.startswith("https://wa.me/447911123456?text=")
    assert book.contacts.preference(anna.id).channel == ContactChannel.SMS
    # E-mail is a different channel from the texting she prefers: a warning, not a stop.
    warned = book.messages.compose(anna.id, "birthday", via="email")
    assert warned.guard.allowed and warned.guard.issues == (ContactIssue.OTHER_CHANNEL,)


@pytest.mark.parametrize("wishes, issue", [
    (ContactPreference(do_not_contact=True), ContactIssue.DO_NOT_CONTACT),
    (ContactPreference(quiet_days=14), ContactIssue.QUIET_PERIOD),
])
def test_the_guard_refuses_and_nothing_is_logged_unless_overridden(book, anna, wishes, issue):
    book.contacts.set_preference(anna.id, wishes)
    book.contacts.log(anna.id, ContactChannel.CALL, at=NOW - timedelta(days=3))
    m = book.messages.compose(anna.id, "winback", via="sms")
    assert not m.guard.allowed and issue in m.guard.issues
    before = _contacts(book, anna.id)
    with pytest.raises(ValidationError, match="Not logged for Anna Smith"):
        book.messages.log(m)
    assert _contacts(book, anna.id) == before
    entry, changes = book.messages.log(m, override=True)
    assert changes.contacts and entry.channel == ContactChannel.SMS
    assert len(_contacts(book, anna.id)) == len(before) + 1


def test_logging_records_channel_and_template_and_the_guard_then_knows(book, anna):
    m = book.messages.compose(anna.id, "reward", via="whatsapp")
    entry, changes = book.messages.log(m)
    assert changes == Changes(clients={anna.id}, contacts=True)
    assert changes.affects_messages()
    assert (entry.at, entry.channel) == (NOW, ContactChannel.SMS)
    assert book.messages.logged(anna.id) == [(NOW, "whatsapp", "reward")]
    again = book.messages.compose(anna.id, "reward", via="email")
    assert not again.guard.allowed and ContactIssue.ALREADY_TODAY in again.guard.issues
    book.undo.undo()  # the log can be taken back like any contact log
    assert book.messages.logged(anna.id) == []


def test_copy_is_logged_under_the_preferred_channel(book, anna):
    book.wishes.set(anna.id, channel="email")
    entry, _ = book.messages.log(book.messages.compose(anna.id, "free", via="copy"))
    assert entry.channel == ContactChannel.EMAIL
    assert book.messages.logged(anna.id)[0][1:] == ("copy", "free")


def test_a_phone_without_a_country_gives_no_link_but_says_why(book):
    client = Client(display_name="Li", phones=["600 111 222"])
    book.clients.add(client)
    m = book.messages.compose(client.id, "birthday", via="whatsapp")
    assert m.link == "" and "phone region is not set" in str(m.problem)
    no_mail = book.messages.compose(client.id, "birthday", via="email")
    assert no_mail.link == "" and "no e-mail address" in str(no_mail.problem)


def test_templates_are_checked_saved_per_language_and_reset(book, anna):
    with pytest.raises(ValidationError):
        book.messages.templates.set("birthday", "en", "Hi {name}")
    with pytest.raises(ValidationError):
        book.messages.templates.set("party", "en", "Hi")
    with pytest.raises(ValidationError):
        book.messages.templates.set("birthday", "fr", "Salut")
    assert book.messages.templates.set("birthday", "zh", "{first_name}，生日快乐！").settings
    assert book.messages.compose(anna.id, "birthday", language_code="zh_CN").text == \
        "Anna，生日快乐！"
    edited = [t for t in book.messages.templates.all() if t.edited]
    assert [(t.kind, t.language) for t in edited] == [(Occasion.BIRTHDAY, "zh_CN")]
    assert len(book.messages.templates.all()) == len(Occasion) * 5
    book.messages.templates.set("birthday", "zh_CN", default_template(Occasion.BIRTHDAY, "zh_CN"))
    assert not any(t.edited for t in book.messages.templates.all())


def test_own_text_is_filled_once(book, anna):
    m = book.messages.compose(anna.id, "free", text="{first_name}: {designer}")
    assert m.text == "Anna: Mei"
    client = Client(display_name="{designer}")
    book.clients.add(client)
    assert book.messages.compose(client.id, "free", text="Hi {first_name}").text == \
        "Hi {designer}"


def test_wishes_read_and_set_together(book, anna):
    book.wishes.set(anna.id, channel="phone", do_not_contact=True, quiet_days=10,
                    language_code="uk")
    w = book.wishes.get(anna.id)
    assert (w.channel, w.do_not_contact, w.quiet_days, w.language) == ("phone", True, 10, "uk")
    book.wishes.set(anna.id, quiet_days=None, language_code="")
    w = book.wishes.get(anna.id)
    assert (w.channel, w.quiet_days, w.language) == ("phone", None, "")
    for bad in ({"channel": "pigeon"}, {"quiet_days": 400}, {"language_code": "fr"}):
        with pytest.raises(ValidationError):
            book.wishes.set(anna.id, **bad)
    assert book.wishes.get(anna.id) == w  # nothing changed by the refused edits


def test_winback_counts_months_since_the_last_visit(book, anna):
    book.history.add_visit(Visit(anna.id, NOW - timedelta(days=100)))
    assert "for 3 months" in book.messages.compose(anna.id, "winback").text


def test_tomorrows_reminders_list_booked_appointments_with_guard_and_sent(book, anna):
    dnc = Client(display_name="Zoe")
    book.clients.add(dnc, contact=ContactPreference(do_not_contact=True))
    tomorrow = NOW + timedelta(days=1)
    for client, hour in ((dnc, 10), (anna, 9)):
        book.history.add_appointment(Appointment(client.id, tomorrow.replace(hour=hour)))
    cancelled = Appointment(anna.id, tomorrow.replace(hour=15))
    book.history.add_appointment(cancelled)
    book.history.set_status(cancelled.id, AppointmentStatus.CANCELLED)
    rows = reminder_rows(book.messages)
    assert [(r.name, r.appointment.starts_at.hour, r.guard.allowed) for r in rows] == [
        ("Anna Smith", 9, True), ("Zoe", 10, False)]
    book.messages.log(book.messages.compose(anna.id, "reminder",
                                            appointment_id=rows[0].appointment.id))
    assert reminder_rows(book.messages)[0].sent_today


def test_a_store_from_before_messages_migrates_and_keeps_its_contacts(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = isolated_data_dir / DB_FILENAME
    with contextlib.closing(sqlite3.connect(path)) as conn:
        MIGRATIONS.apply(Database(conn), stop_before="m008_messages")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 5")
        conn.execute("INSERT INTO clients (id, display_name, created_at, updated_at) "
                     "VALUES (1, 'Ζωή', '2026-01-01T09:00:00', '2026-01-01T09:00:00')")
        conn.execute("INSERT INTO contact_prefs (client_id, channel) VALUES (1, 'sms')")
        conn.execute("INSERT INTO contact_log (client_id, at, channel) "
                     "VALUES (1, '2026-11-01T10:00:00', 'call')")
        conn.commit()
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        assert book.wishes.get(1).channel == "sms" and book.wishes.get(1).language == ""
        assert [e.channel for e in book.contacts.history(1)] == [ContactChannel.CALL]
        assert book.messages.logged(1)[0][1:] == ("", "")
    finally:
        book.close()


def test_forgetting_a_client_forgets_their_language_and_messaging_app(book, anna):
    book.wishes.set(anna.id, channel="whatsapp", language_code="uk")
    book.messages.log(book.messages.compose(anna.id, "free", via="whatsapp"))
    forget_client(book, anna.id)
    assert book.wishes.get(anna.id) == Wishes(None, False, None, "")
    assert book.messages.logged(anna.id) == []

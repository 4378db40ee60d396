"""Importing calendar files: Google, Outlook/Exchange, Apple and a booking feed land on the
firm's wall clock, recurring bookings keep their time across a change to summer time, and a
re-import updates instead of duplicating."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlite_utils import Database

from clientbook.domain.errors import ValidationError
from clientbook.domain.models import AppointmentStatus, Client
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS

from ..conftest import NOW

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"
LONDON = ZoneInfo("Europe/London")


@pytest.fixture
def salon(book):
    carlos, mei = book.staff.add("Carlos"), book.staff.add("Mei")
    book.clients.add(Client(display_name="Inés Jiménez", email="ines@example.com",
                            phones=["+44 20 7946 0018"], designer_id=carlos.id))
    book.clients.add(Client(display_name="王芳", designer_id=mei.id))
    book.clients.add(Client(display_name="Olena Kovalenko"))
    book.services_menu.add("Cut", 45, Decimal("30"))
    book.services_menu.add("Colour", 90, Decimal("80"))
    return book, carlos, mei


def load(book, name_or_path, **options):
    path = name_or_path if isinstance(name_or_path, Path) else FIXTURES / name_or_path
    options.setdefault("local_zone", LONDON)
    return book.calendars.import_file(path, **options)


def bookings(book):
    """(start, minutes, client, designer, service, status) of every booking, in time order."""
    entries = book.appointments.between(date(2000, 1, 1), date(2100, 1, 1))
    return [(e.appointment.starts_at, e.appointment.duration_min, e.client_name, e.staff_name,
             e.appointment.service, str(e.appointment.status)) for e in entries]


def write(tmp_path, text, name="file.ics"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    return path


def test_google_calendar_with_vtimezone_recurrence_exdate_and_override(salon):
    book, _carlos, _mei = salon
    report, changes = load(book, "google.ics")
    assert report.saved and changes.affects_agenda()
    assert report.summary() == "4 new, 0 moved, 0 cancelled, 0 unchanged"
    assert bookings(book) == [
        (datetime(2026, 11, 24, 10), 45, "Inés Jiménez", "Carlos", "Cut", "booked"),
        # weekly at 10:00 from 16 March: the 23rd is an EXDATE; British summer time starts
        # on 28 March and the 30th is still 10:00 on the wall clock; the 6 April one was
        # moved to 12:00 by its RECURRENCE-ID override.
        (datetime(2027, 3, 16, 10), 60, "王芳", "Mei", "Colour", "booked"),
        (datetime(2027, 3, 30, 10), 60, "王芳", "Mei", "Colour", "booked"),
        (datetime(2027, 4, 6, 12), 60, "王芳", "Mei", "Colour", "booked"),
    ]
    assert [(n.line, n.reason) for n in report.skipped] == [
        (62, "all-day event"), (70, "free time (TRANSP:TRANSPARENT)")]


def test_outlook_windows_zone_names_and_a_custom_zone_land_on_local_time(salon):
    book, _carlos, _mei = salon
    report, _ = load(book, "outlook.ics")
    assert report.ok and report.count("new") == 3
    assert [(b[0], b[2]) for b in bookings(book)] == [
        (datetime(2026, 11, 26, 14), "Inés Jiménez"),  # GMT Standard Time, via DESCRIPTION
        (datetime(2026, 11, 27, 10), "Olena Kovalenko"),  # FLE Standard Time (Kyiv) 12:00
        (datetime(2026, 11, 28, 10), "Inés Jiménez"),  # "Customized Time Zone" +01:00
    ]


def test_apple_file_with_bom_lf_lines_and_floating_time(salon):
    book, _carlos, _mei = salon
    report, _ = load(book, "apple.ics")
    assert report.summary() == "1 new, 0 moved, 0 cancelled, 0 unchanged"
    assert bookings(book) == [
        (datetime(2026, 11, 30, 16), 60, "Inés Jiménez", "Carlos", "Colour", "booked")]
    assert [n.reason for n in report.skipped] == ["all-day event"]


def test_booking_feed_matches_attendees_and_lists_the_unmatched(salon):
    book, _carlos, _mei = salon
    report, _ = load(book, "booking_feed.ics")
    assert report.count("new") == 1
    assert [(n.line, n.summary) for n in report.unmatched] == [
        (18, "Colour - Walk-in Newcomer")]
    assert bookings(book) == [
        (datetime(2026, 12, 1, 9), 45, "Inés Jiménez", "Carlos", "Cut", "booked")]


def test_unmatched_new_makes_a_client_named_from_the_summary(salon):
    book, _carlos, _mei = salon
    report, _ = load(book, "booking_feed.ics", unmatched_new=True)
    assert report.new_clients == 1 and not report.unmatched
    assert bookings(book)[-1][2] == "Walk-in Newcomer"
    newcomer = book.clients.get(book.store.clients.ids_by_name("Walk-in Newcomer")[0])
    assert newcomer.email == "newcomer@example.net"  # from the attendee of that name


def test_a_client_picked_for_an_unmatched_event_gets_the_booking(salon):
    book, _carlos, _mei = salon
    preview, _ = load(book, "booking_feed.ics", dry_run=True)
    event = preview.unmatched[0].event
    olena = book.store.clients.ids_by_name("Olena Kovalenko")[0]
    report, _ = load(book, "booking_feed.ics", chosen={event: olena})
    assert report.count("new") == 2 and not report.unmatched and report.new_clients == 0
    assert [b[2] for b in bookings(book)].count("Olena Kovalenko") == 1


def test_a_pick_of_a_client_no_longer_there_leaves_the_event_unmatched(salon):
    book, _carlos, _mei = salon
    preview, _ = load(book, "booking_feed.ics", dry_run=True)
    report, _ = load(book, "booking_feed.ics", chosen={preview.unmatched[0].event: 9999})
    assert report.count("new") == 1 and len(report.unmatched) == 1


def test_with_staff_overrides_the_designer(salon):
    book, _carlos, mei = salon
    load(book, "apple.ics", staff_id=mei.id)
    assert bookings(book)[0][3] == "Mei"


def test_reimport_moves_cancels_and_never_duplicates(salon, tmp_path):
    book, _carlos, _mei = salon
    load(book, "google.ics")
    again, _ = load(book, "google.ics")
    assert again.summary() == "0 new, 0 moved, 0 cancelled, 4 unchanged"
    assert len(bookings(book)) == 4
    newer = (FIXTURES / "google.ics").read_bytes().decode("utf-8")
    newer = newer.replace("DTSTART;TZID=Europe/London:20261124T100000",
                          "DTSTART;TZID=Europe/London:20261124T110000")
    newer = newer.replace("DTEND;TZID=Europe/London:20261124T104500",
                          "DTEND;TZID=Europe/London:20261124T114500")
    newer = newer.replace("SUMMARY:王芳 - Colour\r\nSTATUS:CONFIRMED\r\nEND:VEVENT",
                          "SUMMARY:王芳 - Colour\r\nSTATUS:CANCELLED\r\nEND:VEVENT")
    path = tmp_path / "newer.ics"
    path.write_bytes(newer.encode("utf-8"))
    report, _ = load(book, path)
    assert report.summary() == "0 new, 1 moved, 1 cancelled, 2 unchanged"
    rows = bookings(book)
    assert len(rows) == 4
    assert rows[0][0] == datetime(2026, 11, 24, 11)
    assert rows[3][5] == "cancelled"  # the 6 April override


def _newer_google(tmp_path):
    """google.ics with the 24 November booking an hour later and 王芳's colour cancelled."""
    newer = (FIXTURES / "google.ics").read_bytes().decode("utf-8")
    newer = newer.replace("DTSTART;TZID=Europe/London:20261124T100000",
                          "DTSTART;TZID=Europe/London:20261124T110000")
    newer = newer.replace("DTEND;TZID=Europe/London:20261124T104500",
                          "DTEND;TZID=Europe/London:20261124T114500")
    newer = newer.replace("SUMMARY:王芳 - Colour\r\nSTATUS:CONFIRMED\r\nEND:VEVENT",
                          "SUMMARY:王芳 - Colour\r\nSTATUS:CANCELLED\r\nEND:VEVENT")
    path = tmp_path / "newer.ics"
    path.write_bytes(newer.encode("utf-8"))
    return path


def test_undoing_a_reimport_puts_its_moves_and_cancellations_back(salon, tmp_path):
    book, _carlos, _mei = salon
    load(book, "google.ics")
    before = bookings(book)
    report, _ = load(book, _newer_google(tmp_path))
    assert report.summary() == "0 new, 1 moved, 1 cancelled, 2 unchanged"
    plan, _ = book.imports.undo()
    assert len(plan.put_back) == 2 and not plan.kept_bookings
    assert bookings(book) == before


def test_undo_keeps_a_booking_moved_again_since_the_reimport(salon, tmp_path):
    book, _carlos, _mei = salon
    load(book, "google.ics")
    load(book, _newer_google(tmp_path))
    moved = next(e.appointment for e in book.appointments.between(
        date(2026, 11, 24), date(2026, 11, 25)))
    with book.store.write():  # the desk moves it again, to noon
        book.store.calendar.place(moved.id, datetime(2026, 11, 24, 12), 45, moved.staff_id)
    plan, _ = book.imports.undo()
    assert [k.appointment_id for k in plan.kept_bookings] == [moved.id]
    assert len(plan.put_back) == 1  # the cancellation still goes back
    assert book.history.appointment(moved.id).starts_at == datetime(2026, 11, 24, 12)
    assert [b[5] for b in bookings(book)].count("cancelled") == 0


def test_dry_run_saves_nothing(salon):
    book, _carlos, _mei = salon
    report, changes = load(book, "google.ics", dry_run=True)
    assert report.count("new") == 4 and not report.saved and not changes
    assert bookings(book) == []


def test_window_limits_recurring_events(salon):
    book, _carlos, _mei = salon
    report, _ = load(book, "google.ics", first=date(2027, 3, 1), last=date(2027, 3, 20))
    assert [s.starts_at for s in report.steps] == [datetime(2027, 3, 16, 10)]


EVENT = """BEGIN:VEVENT
UID:{uid}
DTSTAMP:20261120T120000Z
DTSTART:{start}
DURATION:PT45M
SUMMARY:Olena Kovalenko
END:VEVENT
"""


def calendar(*events):
    return "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n" + "".join(events) + \
        "END:VCALENDAR\n"


@pytest.mark.parametrize(("text", "line", "why"), [
    ("hello world\n", 1, "not an iCalendar"),
    ("", 1, "empty"),
    ("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\n", 3, "never ended"),
    ("BEGIN:VCALENDAR\nVERSION 2.0\nEND:VCALENDAR\n", 2, "NAME:value"),
    ("BEGIN:VCALENDAR\nEND:VEVENT\nEND:VCALENDAR\n", 2, "without its BEGIN"),
])
def test_a_broken_file_is_refused_with_its_line_and_nothing_changes(salon, tmp_path, text,
                                                                     line, why):
    book, _carlos, _mei = salon
    with pytest.raises(ValidationError, match=f"Line {line} .*{why}"):
        load(book, write(tmp_path, text))
    assert bookings(book) == []
    assert book.store.calendar_links.count() == 0


def test_one_bad_event_stops_the_import_unless_skipped(salon, tmp_path):
    book, _carlos, _mei = salon
    path = write(tmp_path, calendar(EVENT.format(uid="good", start="20261201T100000"),
                                    EVENT.format(uid="bad", start="20261399T100000")))
    report, changes = load(book, path)
    assert not report.ok and not report.saved and not changes
    assert [line for line, _ in report.problems] == [11]
    assert bookings(book) == []
    report, _ = load(book, path, skip_bad=True)
    assert report.saved and report.count("new") == 1
    assert [b[0] for b in bookings(book)] == [datetime(2026, 12, 1, 10)]


def test_unknown_time_zone_is_a_bad_event_not_a_guess(salon, tmp_path):
    book, _carlos, _mei = salon
    path = write(tmp_path, calendar(EVENT.format(uid="a", start="20261201T100000").replace(
        "DTSTART:", "DTSTART;TZID=Mars Standard Time:")))
    report, _ = load(book, path)
    assert "unknown time zone" in report.problems[0][1] and bookings(book) == []


def test_cancelled_event_without_a_booking_is_listed_not_imported(salon, tmp_path):
    book, _carlos, _mei = salon
    path = write(tmp_path, calendar(EVENT.format(uid="c", start="20261201T100000").replace(
        "SUMMARY:", "STATUS:CANCELLED\nSUMMARY:")))
    report, _ = load(book, path)
    assert report.count("new") == 0 and "cancelled" in report.skipped[0].reason


def test_an_import_is_undone_like_a_contacts_import(salon):
    book, _carlos, _mei = salon
    load(book, "booking_feed.ics", unmatched_new=True)
    assert len(bookings(book)) == 2
    entry = book.imports.history()[0]
    assert (entry.kind, entry.added) == ("calendar", 3)
    book.imports.undo()
    assert bookings(book) == []
    assert book.store.calendar_links.count() == 0
    assert not book.store.clients.ids_by_name("Walk-in Newcomer")


def test_a_cancelled_booking_imported_again_is_booked_again(salon, tmp_path):
    book, _carlos, _mei = salon
    load(book, "apple.ics")
    entry = book.appointments.between(date(2026, 11, 30), date(2026, 11, 30))[0]
    book.appointments.cancel(entry.appointment.id)
    report, _ = load(book, "apple.ics")
    assert report.count("moved") == 1
    assert book.appointments.entry(entry.appointment.id).appointment.status == \
        AppointmentStatus.BOOKED


def test_the_same_event_twice_in_a_file_is_booked_once(salon, tmp_path):
    book, _carlos, _mei = salon
    one = EVENT.format(uid="twice", start="20261201T100000")
    report, _ = load(book, write(tmp_path, calendar(one, one)))
    assert report.count("new") == 1 and len(bookings(book)) == 1
    assert [n.line for n in report.skipped] == [11]


def test_a_book_from_before_calendar_import_migrates_and_imports(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(isolated_data_dir / DB_FILENAME)) as conn:
        MIGRATIONS.apply(Database(conn), stop_before="m009_calendar_import")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 8")
        conn.execute("INSERT INTO clients (id, display_name, email, created_at, updated_at) "
                     "VALUES (1, 'Inés Jiménez', 'ines@example.com', '2026-01-01T09:00:00', "
                     "'2026-01-01T09:00:00')")
        conn.commit()
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        report, _ = load(book, "booking_feed.ics")
        assert report.saved and bookings(book)[0][2] == "Inés Jiménez"
        assert book.store.calendar_links.all() == {
            ("booking-1001@bookings.example", ""): bookings_ids(book)[0]}
    finally:
        book.close()


def bookings_ids(book):
    return [e.appointment.id for e in book.appointments.between(date(2000, 1, 1),
                                                                 date(2100, 1, 1))]


def test_the_time_zone_setting_names_the_firms_wall_clock(salon):
    book, _carlos, _mei = salon
    with pytest.raises(ValidationError, match="not a time zone"):
        book.set_setting("time_zone", "Mars/Olympus")
    book.set_setting("time_zone", "FLE Standard Time")  # Kyiv: UTC+2 in December
    book.calendars.import_file(FIXTURES / "booking_feed.ics")
    assert bookings(book)[0][0] == datetime(2026, 12, 1, 11)


def test_a_rule_repeating_every_minute_for_a_century_is_reported_not_expanded(salon, tmp_path):
    book, _carlos, _mei = salon
    path = write(tmp_path, calendar(EVENT.format(uid="m", start="19000101T100000").replace(
        "SUMMARY:", "RRULE:FREQ=MINUTELY\nSUMMARY:")))
    report, _ = load(book, path)
    assert report.problems == [(4, "it repeats too often to expand")]
    assert bookings(book) == []

"""Exporting bookings as an .ics file: valid RFC 5545 (read back by the icalendar library),
stable UIDs, no personal notes unless asked, and a round trip that keeps every booking."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import icalendar
import pytest

from clientbook.domain.models import AppointmentStatus, Client, Preference, PreferenceCategory
from clientbook.services.book import Book

from ..conftest import NOW
from .test_calendar_import import bookings

LONDON = ZoneInfo("Europe/London")


def _staff_and_menu(book):
    people = book.staff.add("Carlos"), book.staff.add("Mei")
    book.services_menu.add("Cut", 45, Decimal("30"))
    book.services_menu.add("Colour", 90, Decimal("80"))
    return people


@pytest.fixture
def full(book):
    carlos, mei = _staff_and_menu(book)
    ines = Client(display_name="Inés Jiménez", designer_id=carlos.id, notes="private note",
                  preferences=[Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar")])
    wang = Client(display_name="王芳, \"Fang\"; VIP", designer_id=mei.id)
    book.clients.add(ines)
    book.clients.add(wang)
    cut = book.services_menu.by_name("Cut")
    made = []
    for client, when, minutes, staff, service in [
            (ines, datetime(2026, 11, 24, 10), 45, carlos, cut),
            (wang, datetime(2027, 3, 30, 10), 90, mei, None),  # summer time
            (ines, datetime(2026, 12, 1, 15, 30), 60, mei, None),
            (wang, datetime(2026, 11, 20, 9), 30, None, None)]:
        a = book.appointments.draft(client.id, when, minutes, staff and staff.id,
                                    service and service.id)
        book.appointments.book(a, service and service.id, allow_conflict=True)
        made.append(a)
    book.appointments.cancel(made[2].id)
    book.appointments.set_status(made[3].id, AppointmentStatus.DONE)
    return book, made


def test_export_is_valid_utc_with_stable_uids_and_no_notes(full, out):
    book, made = full
    path = out / "salon.ics"
    assert book.calendars.export_file(path, local_zone=LONDON) == 4
    raw = path.read_bytes()
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
    assert set(events) == {f"appointment-{a.id}@clientbook" for a in made}
    first = events[f"appointment-{made[0].id}@clientbook"]
    assert str(first["SUMMARY"]) == "Inés Jiménez — Cut"
    assert first["DTSTART"].dt == datetime(2026, 11, 24, 10, tzinfo=ZoneInfo("UTC"))
    summer = events[f"appointment-{made[1].id}@clientbook"]
    assert summer["DTSTART"].dt == datetime(2027, 3, 30, 9, tzinfo=ZoneInfo("UTC"))
    assert str(events[f"appointment-{made[2].id}@clientbook"]["STATUS"]) == "CANCELLED"
    assert b"Earl Grey" not in raw and b"private note" not in raw and b"DESCRIPTION" not in raw
    assert "王芳, \"Fang\"; VIP" in str(events[f"appointment-{made[1].id}@clientbook"][
        "SUMMARY"])


def test_with_briefing_adds_the_highlights(full, out):
    book, _made = full
    path = out / "salon.ics"
    book.calendars.export_file(path, with_briefing=True, local_zone=LONDON)
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    texts = [str(e.get("DESCRIPTION", "")) for e in cal.walk("VEVENT")]
    assert "Have ready: Earl Grey (no sugar)" in texts
    assert b"private note" not in path.read_bytes()


def test_export_of_one_designer_and_a_window(full, out):
    book, _made = full
    mei = book.staff.by_name("Mei")
    path = out / "mei.ics"
    count = book.calendars.export_file(path, mei.id, date(2026, 11, 1), date(2026, 12, 31),
                                       local_zone=LONDON)
    assert count == 2  # hers, and 王芳's booking with no designer named (hers by default)


def test_round_trip_into_an_empty_book_keeps_every_booking(full, out, tmp_path):
    book, _made = full
    path = out / "salon.ics"
    book.calendars.export_file(path, local_zone=LONDON)
    other = Book.open(tmp_path / "other", clock=lambda: NOW)
    try:
        _staff_and_menu(other)
        report, _ = other.calendars.import_file(path, unmatched_new=True, local_zone=LONDON,
                                                first=date(2000, 1, 1))
        assert report.ok and report.count("new") == 4
        assert bookings(other) == bookings(book)
        again, _ = other.calendars.import_file(path, local_zone=LONDON)
        assert again.summary() == "0 new, 0 moved, 0 cancelled, 4 unchanged"
    finally:
        other.close()

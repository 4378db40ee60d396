"""Fuzzing calendar import: whatever bytes arrive, no crash, and all of it saved or nothing."""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import Client
from clientbook.services.book import Book

from ..conftest import NOW

LINES = [
    "BEGIN:VCALENDAR", "END:VCALENDAR", "VERSION:2.0", "BEGIN:VEVENT", "END:VEVENT",
    "BEGIN:VTIMEZONE", "END:VTIMEZONE", "BEGIN:STANDARD", "END:STANDARD",
    "TZID:Custom", "TZOFFSETFROM:+0100", "TZOFFSETTO:+9900", "DTSTART:16010101T000000",
    "UID:a", "UID:b", "UID:", "SUMMARY:Olena", "SUMMARY:Olena — Cut (Carlos)",
    "DTSTART:20261201T100000", "DTSTART:20261201T100000Z", "DTSTART;VALUE=DATE:20261201",
    "DTSTART;TZID=Custom:20261201T100000", "DTSTART;TZID=Nowhere:20261201T100000",
    "DTSTART;TZID=FLE Standard Time:20261201T100000", "DTSTART:2026-12-01",
    "DTEND:20261201T090000", "DTEND:20261201T110000Z", "DURATION:PT45M", "DURATION:-P1D",
    "DURATION:P99999W", "RRULE:FREQ=DAILY", "RRULE:FREQ=MINUTELY;COUNT=99999",
    "RRULE:FREQ=WEEKLY;UNTIL=20270101T000000Z", "RRULE:FREQ=NONSENSE", "RRULE:BYDAY=XX",
    "EXDATE:20261202T100000", "EXDATE:nope", "RDATE:20261203T100000",
    "RDATE;VALUE=PERIOD:20261203T100000Z/PT1H", "RECURRENCE-ID:20261208T100000",
    "RECURRENCE-ID;VALUE=DATE:20261208", "STATUS:CANCELLED", "TRANSP:TRANSPARENT",
    "ATTENDEE;CN=Olena:mailto:olena@example.com", "ORGANIZER:mailto:", "ATTENDEE;CN=\"x",
    "X-CLIENTBOOK-STATUS:done", "X-CLIENTBOOK-DESIGNER:Carlos", " folded", "\t",
    ":", ";;;", "BEGIN:", "END:", "BEGIN:VALARM", "END:VALARM", "",
]

line = st.one_of(st.sampled_from(LINES), st.text(max_size=40),
                 st.sampled_from(LINES).map(lambda s: s[: len(s) // 2]))
PROPERTIES = [x for x in LINES if not x.startswith(("BEGIN", "END"))]
# Well-formed events with hostile properties inside, so the event readers are reached too.
event = st.lists(st.one_of(st.sampled_from(PROPERTIES), line), max_size=10).map(
    lambda props: ["BEGIN:VEVENT", *props, "END:VEVENT"])
events = st.lists(event, max_size=6).map(lambda evs: [x for ev in evs for x in ev])
content = st.tuples(
    st.one_of(st.lists(line, max_size=40), events),
    st.sampled_from(["\r\n", "\n", "\r"]),
    st.booleans(),
    st.binary(max_size=8),
)


def _files(lines, end, bom, junk):
    body = end.join(["BEGIN:VCALENDAR", *lines, "END:VCALENDAR"]).encode("utf-8",
                                                                       "surrogatepass")
    return (b"\xef\xbb\xbf" if bom else b"") + body + junk


def _count(book):
    return len(book.appointments.between(date(1900, 1, 1), date(2199, 1, 1)))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(content, st.booleans(), st.booleans())
def test_hostile_calendar_files_never_crash_and_never_save_half(parts, skip_bad, new):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.ics"
        path.write_bytes(_files(*parts))
        book = Book.open(Path(folder) / "book", clock=lambda: NOW)
        try:
            book.staff.add("Carlos")
            book.clients.add(Client(display_name="Olena", email="olena@example.com"))
            try:
                report, _ = book.calendars.import_file(
                    path, skip_bad=skip_bad, unmatched_new=new,
                    local_zone=ZoneInfo("Europe/Kyiv"))
            except ClientBookError:
                assert _count(book) == 0
                return
            if report.saved:
                assert _count(book) == report.count("new")
                assert report.ok or skip_bad
            else:
                assert _count(book) == 0
        finally:
            book.close()

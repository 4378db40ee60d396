"""Large calendar files: read one event at a time, plain events read line by line give exactly
what icalendar's full parser gives, bad events keep their line, progress counts events read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientbook.domain.errors import ValidationError
from clientbook.services.calendar_io.calendar_import import KEPT_STEPS
from clientbook.services.calendar_io.events import read_event
from clientbook.services.calendar_io.ics_reading import Block, blocks
from clientbook.services.calendar_io.matching import Remembered
from clientbook.services.calendar_io.plain_events import Heads, plain_event
from clientbook.services.calendar_io.zones import Zones

from .test_calendar_fuzz import PROPERTIES
from .test_calendar_import import EVENT, FIXTURES, bookings, calendar, load, salon, write

__all__ = ["salon"]  # the fixture, used by name

LONDON = ZoneInfo("Europe/London")


def _outcome(component, block: Block, zones: Zones):
    try:
        return read_event(component, block.line, zones)
    except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
        return type(exc).__name__, str(exc)


def _same_as_icalendar(block: Block, heads: Heads) -> bool:
    """Whether the fast path read the block (and, when it did, read it as icalendar does)."""
    plain = plain_event(block, heads)
    if plain is None:
        return False
    zones = Zones(LONDON)
    full = icalendar.Component.from_ical(block.text)
    assert _outcome(plain, block, zones) == _outcome(full, block, zones)
    return True


def test_the_published_formats_read_the_same_on_the_fast_path():
    heads = Heads()
    fast = 0
    for path in sorted(FIXTURES.glob("*.ics")):
        for block in blocks(path):
            if block.kind == "VEVENT":
                fast += _same_as_icalendar(block, heads)
    assert fast >= 11  # every event of the four formats but Google's recurring one


PLAIN = [
    "UID:a@example.com", "UID:b\\, c", "SUMMARY:Olena Kovalenko — Cut (Carlos)",
    "SUMMARY:Anna\\nSmith\\; VIP", "DESCRIPTION:Tel. +44 20 7946 0018\\, please call",
    "DTSTART:20261201T100000", "DTSTART:20261201T100000Z", "DTSTART;VALUE=DATE:20261201",
    "DTSTART;TZID=Europe/London:20261201T100000", "DTSTART;TZID=Europe/Kyiv:20261201T100000",
    "DTEND;TZID=Europe/London:20261201T110000", "DTEND:20261201T104500Z",
    "DURATION:PT1H30M", "DURATION:P1D", "STATUS:CANCELLED", "STATUS:confirmed",
    "TRANSP:TRANSPARENT", "RECURRENCE-ID;TZID=Europe/London:20261208T100000",
    "ATTENDEE;CN=Olena;PARTSTAT=ACCEPTED:mailto:olena@example.com",
    "ATTENDEE;CN=Carlos:mailto:carlos@salon.example", "ORGANIZER:mailto:desk@salon.example",
    "X-CLIENTBOOK-SERVICE:Cut\\, wash", "X-CLIENTBOOK-DESIGNER:Carlos",
    'DTSTART;TZID="GMT Standard Time":20261126T140000', 'DTEND;TZID="FLE Standard Time":'
    "20261126T160000", 'ATTENDEE;CN="Smith, John":mailto:john@example.com',
    'ORGANIZER;CN="Desk: front":mailto:desk@salon.example', 'SUMMARY;ALTREP="cid:x":Cut',
    'DTSTART;TZID="Nowhere:Time":20261126T140000', 'SUMMARY;X-A="unclosed:Cut',
]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(PLAIN), st.sampled_from(PROPERTIES)), max_size=9))
def test_any_event_reads_the_same_on_the_fast_path_or_takes_the_full_one(lines):
    lines = [x for x in lines if x.strip() and ":" in x and x[0] not in " \t:"]
    _same_as_icalendar(Block("VEVENT", 3, ["BEGIN:VEVENT", *lines, "END:VEVENT"]), Heads())


def test_a_plain_booking_takes_the_fast_path():
    block = Block("VEVENT", 3, ["BEGIN:VEVENT", "UID:ev-1@bench", "DTSTART:20260101T090000Z",
                                "DTEND:20260101T093000Z", "SUMMARY:Client 1 — Cut",
                                "ATTENDEE;CN=Client 1:mailto:c1@example.com", "END:VEVENT"])
    assert _same_as_icalendar(block, Heads())


def test_a_bad_event_after_a_bom_and_folded_lines_is_named_by_its_own_line(salon, tmp_path):
    book, _carlos, _mei = salon
    good = EVENT.format(uid="good", start="20261201T100000").replace(
        "SUMMARY:", "DESCRIPTION:Tea\n  with lemon\n\t and honey\nSUMMARY:")
    bad = EVENT.format(uid="bad", start="20261399T100000")
    text = calendar(good, bad).replace("SUMMARY:Olena Kovalenko\nEND", "SUMMARY:Olena Ko\n "
                                       "valenko\nEND", 1)
    for ending in ("\r\n", "\n"):
        path = tmp_path / "folded.ics"
        path.write_bytes(b"\xef\xbb\xbf" + text.replace("\n", ending).encode("utf-8"))
        # BEGIN:VCALENDAR, VERSION, PRODID; the good event from line 4 takes 11 physical
        # lines (three of them folded), so the bad one begins on line 15.
        report, changes = load(book, path)
        assert report.problems[0][0] == 15 and not report.saved and not changes
        assert bookings(book) == []


def test_a_broken_line_at_the_end_of_a_large_file_saves_nothing(salon, tmp_path):
    book, _carlos, _mei = salon
    events = [EVENT.format(uid=f"e{i}", start=f"202612{1 + i % 28:02d}T100000")
              for i in range(300)]
    text = calendar(*events).replace("END:VCALENDAR", "broken line\nEND:VCALENDAR")
    with pytest.raises(ValidationError, match=r"Line 2104 .*NAME:value"):
        load(book, write(tmp_path, text))
    assert bookings(book) == [] and book.store.calendar_links.count() == 0
    assert book.imports.history() == []


def _noting(calls):
    return lambda done, total: calls.append((done, total))


def test_progress_counts_the_events_read_up_to_the_total(salon, tmp_path):
    book, _carlos, _mei = salon
    events = [EVENT.format(uid=f"e{i}", start=f"202612{1 + i % 28:02d}T1{i % 8}0000")
              for i in range(450)]
    path = write(tmp_path, calendar(*events))
    for dry_run in (True, False):
        calls: list[tuple[int, int]] = []
        report, _ = load(book, path, dry_run=dry_run, progress=_noting(calls))
        assert calls == [(200, 450), (400, 450), (450, 450)]
    assert report.saved and len(bookings(book)) == 450


def test_an_override_before_its_recurring_event_is_planned_the_same(salon, tmp_path):
    book, _carlos, _mei = salon
    text = (FIXTURES / "google.ics").read_bytes().decode("utf-8")
    events = text.split("BEGIN:VEVENT")
    # The override of 6 April (the fourth event) moved before the weekly event (the second).
    reordered = "BEGIN:VEVENT".join([events[0], events[1], events[3], events[2], *events[4:]])
    assert reordered != text and sorted(reordered) == sorted(text)
    path = tmp_path / "reordered.ics"
    path.write_bytes(reordered.encode("utf-8"))
    report, _ = load(book, path, dry_run=True)
    expected, _ = load(book, "google.ics", dry_run=True)
    assert sorted((s.starts_at, s.uid, s.recurrence, s.action) for s in report.steps) == \
        sorted((s.starts_at, s.uid, s.recurrence, s.action) for s in expected.steps)
    assert len(report.steps) == 4 and not report.problems
    load(book, path)
    assert [b[0] for b in bookings(book)] == [
        datetime(2026, 11, 24, 10), datetime(2027, 3, 16, 10), datetime(2027, 3, 30, 10),
        datetime(2027, 4, 6, 12)]


def test_remembered_answers_are_forgotten_past_their_limit():
    asked = []
    remembered = Remembered(lambda key: asked.append(key) or key.upper(), limit=3)
    assert [remembered[k] for k in ("a", "b", "a", "c", "d", "a")] == list("ABACDA")
    assert asked == ["a", "b", "c", "d", "a"] and len(remembered) <= 3


def test_a_line_in_windows_1252_among_utf8_lines_reads_as_each_was_written(salon, tmp_path):
    book, _carlos, _mei = salon
    utf8 = EVENT.format(uid="a", start="20261201T100000").replace(
        "SUMMARY:Olena Kovalenko", "SUMMARY:Inés Jiménez")
    old = EVENT.format(uid="b", start="20261202T100000").replace(
        "SUMMARY:Olena Kovalenko", "SUMMARY:Renée Noël")
    text = calendar(utf8, old).replace("\n", "\r\n")
    at = text.index("Renée")
    data = text[:at].encode("utf-8") + text[at:].encode("cp1252")
    path = tmp_path / "mixed.ics"
    path.write_bytes(data)
    report, _ = load(book, path)
    assert report.count("new") == 1 and bookings(book)[0][2] == "Inés Jiménez"
    assert [(n.line, n.summary) for n in report.unmatched] == [(11, "Renée Noël")]


def _many(count, summary="Olena Kovalenko", bad_at=None):
    events = []
    for i in range(count):
        start = "20261399T100000" if i == bad_at else f"202612{1 + i % 28:02d}T1{i % 8}0000"
        events.append(EVENT.format(uid=f"e{i}", start=start).replace(
            "SUMMARY:Olena Kovalenko", f"SUMMARY:{summary}"))
    return calendar(*events)


def test_a_large_report_counts_every_step_and_keeps_the_first_thousand(salon, tmp_path):
    book, _carlos, _mei = salon
    report, _ = load(book, write(tmp_path, _many(1200)), dry_run=True)
    assert report.count("new") == 1200 and len(report.steps) == KEPT_STEPS
    assert report.summary() == "1200 new, 0 moved, 0 cancelled, 0 unchanged"


def test_a_bad_event_after_batches_were_saved_rolls_all_of_them_back(salon, tmp_path):
    book, _carlos, _mei = salon
    path = write(tmp_path, _many(1300, summary="Zed Newcomer", bad_at=1250))
    report, changes = load(book, path, unmatched_new=True)
    assert [line for line, _ in report.problems] == [3 + 1250 * 7 + 1]  # its BEGIN line
    assert not report.saved and not changes and report.import_id is None
    assert bookings(book) == [] and book.store.calendar_links.count() == 0
    assert book.imports.history() == [] and not book.store.clients.ids_by_name("Zed Newcomer")


def test_a_new_client_made_early_in_a_large_file_is_not_matched_later(salon, tmp_path):
    book, _carlos, _mei = salon
    text = _many(1100, summary="Zed Newcomer").replace(
        "SUMMARY:Zed", "ATTENDEE;CN=Zed Newcomer:mailto:zed@example.com\nSUMMARY:Zed")
    at = text.index("UID:e600\n")  # after the first batch was saved: the same address
    text = text[:at] + text[at:].replace("zed@example.com", "ZED@Example.com")
    report, _ = load(book, write(tmp_path, text), unmatched_new=True)
    # The later events are planned after the first batch made the client, and still count
    # as this import's new client, as when the whole file was planned before saving.
    assert report.new_clients == 1 and report.count("new") == 1100
    assert {(s.new_client, s.client_id) for s in report.steps} == {("Zed Newcomer", None)}
    assert {b[2] for b in bookings(book)} == {"Zed Newcomer"}
    assert len(book.store.clients.ids_by_name("Zed Newcomer")) == 1


LATE_ZONE = """BEGIN:VEVENT
UID:x
DTSTART:20261201T100000Z
DURATION:PT45M
RRULE:FREQ=WEEKLY;COUNT=3
SUMMARY:Olena Kovalenko
END:VEVENT
BEGIN:VEVENT
UID:x
RECURRENCE-ID:20261208T100000Z
DTSTART:20261208T120000Z
DURATION:PT45M
SUMMARY:Olena Kovalenko
END:VEVENT
BEGIN:VEVENT
UID:x
RECURRENCE-ID;TZID=Zone Defined Further Down:20261215T110000
DTSTART;TZID=Zone Defined Further Down:20261215T130000
DURATION:PT45M
SUMMARY:Olena Kovalenko
END:VEVENT
BEGIN:VTIMEZONE
TZID:Zone Defined Further Down
BEGIN:STANDARD
DTSTART:19700101T000000
TZOFFSETFROM:+0100
TZOFFSETTO:+0100
END:STANDARD
END:VTIMEZONE
"""


def test_a_late_override_in_a_zone_defined_further_down_is_planned_twice_at_most(salon,
                                                                                tmp_path):
    # The first planning meets the override of 8 December late (planned again); icalendar
    # learns the zone at the end of the file, so the second planning can read the override
    # of the 15th too, late again: it must not ask for a third (it crashed).
    book, _carlos, _mei = salon
    report, _ = load(book, write(tmp_path, calendar(LATE_ZONE)), local_zone=ZoneInfo("UTC"))
    assert report.saved and report.count("new") == 3
    assert datetime(2026, 12, 8, 12) in [b[0] for b in bookings(book)]

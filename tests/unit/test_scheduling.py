"""Clash rules at their edges, working hours, and the free-slot search (pure domain)."""

from datetime import date, datetime

import pytest

from clientbook.domain.errors import ValidationError
from clientbook.domain.scheduling.scheduling import (
    Booked,
    ClashKind,
    Diary,
    Proposal,
    clashes,
    free_slots,
    overlaps,
    span,
)
from clientbook.domain.scheduling.working_hours import WeekPattern, parse_days_off

NOW = datetime(2026, 11, 22, 9, 0)
WEEK = WeekPattern.parse(["mon-sat 09:00-18:00"])


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def booked(start: str, minutes: int, status: str = "booked", staff: int = 1,
           client: int = 7, id: int = 1) -> Booked:
    return Booked(id, client, "Inés Jiménez", staff, "Carlos", at(start), minutes, status)


def kinds(proposal: Proposal, *existing: Booked, pattern=WEEK, off=()) -> list[ClashKind]:
    return [c.kind for c in clashes(proposal, existing, pattern, off, NOW)]


def proposal(start: str, minutes: int, staff: int = 1, client: int = 8) -> Proposal:
    return Proposal(client, staff, at(start), minutes, "Carlos")


def test_touching_bookings_do_not_clash():
    assert not overlaps(at("2026-11-24 10:00"), at("2026-11-24 11:00"),
                        at("2026-11-24 11:00"), at("2026-11-24 12:00"))
    assert kinds(proposal("2026-11-24 11:00", 60), booked("2026-11-24 10:00", 60)) == []
    assert kinds(proposal("2026-11-24 09:00", 60), booked("2026-11-24 10:00", 60)) == []


def test_a_booking_inside_another_clashes_and_says_with_whom():
    found = clashes(proposal("2026-11-24 17:15", 30), [booked("2026-11-24 17:00", 90)],
                    WEEK, (), NOW)
    assert [c.kind for c in found] == [ClashKind.DESIGNER_BUSY]
    assert str(found[0].text) == "Carlos has Inés Jiménez 17:00–18:30"


def test_a_booking_containing_another_clashes():
    assert kinds(proposal("2026-11-24 10:00", 180), booked("2026-11-24 11:00", 30)) == [
        ClashKind.DESIGNER_BUSY]


def test_cancelled_and_no_show_bookings_never_clash():
    assert kinds(proposal("2026-11-24 10:00", 60),
                 booked("2026-11-24 10:00", 60, "cancelled"),
                 booked("2026-11-24 10:00", 60, "no_show", id=2)) == []


def test_the_client_booked_with_someone_else_at_that_time_clashes():
    found = clashes(proposal("2026-11-24 10:30", 60, client=7),
                    [booked("2026-11-24 10:00", 60, staff=2)], WEEK, (), NOW)
    assert [c.kind for c in found] == [ClashKind.CLIENT_BUSY]
    assert "Inés Jiménez is already booked 10:00–11:00" in found[0].text


def test_across_midnight_a_late_booking_clashes_with_an_early_one_next_day():
    late = booked("2026-11-24 23:00", 120)
    assert span(late.start, late.end) == "23:00–01:00 (+1)"
    assert ClashKind.DESIGNER_BUSY in kinds(proposal("2026-11-25 00:30", 30), late,
                                            pattern=None)
    assert kinds(proposal("2026-11-25 01:00", 30), late, pattern=None) == []


def test_outside_hours_day_off_and_the_past():
    assert kinds(proposal("2026-11-24 17:30", 60)) == [ClashKind.OUTSIDE_HOURS]
    assert kinds(proposal("2026-11-29 10:00", 60)) == [ClashKind.OUTSIDE_HOURS]  # Sunday
    assert kinds(proposal("2026-11-24 10:00", 60),
                 off=[(date(2026, 11, 23), date(2026, 11, 25))]) == [ClashKind.DAY_OFF]
    found = kinds(proposal("2026-11-21 10:00", 60))
    assert found == [ClashKind.IN_PAST]


def test_the_usual_designer_differing_only_warns():
    found = clashes(proposal("2026-11-24 10:00", 60), [], WEEK, (), NOW, assigned_id=2)
    assert [c.kind for c in found] == [ClashKind.OTHER_DESIGNER]
    assert not found[0].blocking


def test_dst_keeps_wall_clock_time():
    # 2026-03-29 is the night clocks go forward in most of Europe: a booking at 10:00 that
    # day is still 10:00–11:00, and touching bookings across it still do not clash.
    monday = WeekPattern.parse(["mon-sun 00:00-24:00"])
    early = Booked(1, 7, "Ann", 1, "Carlos", at("2026-03-29 01:00"), 120)
    assert span(early.start, early.end) == "01:00–03:00"
    assert clashes(proposal("2026-03-29 03:00", 60), [early], monday, (),
                   at("2026-01-01 00:00")) == []
    assert [c.kind for c in clashes(proposal("2026-03-29 02:30", 60), [early], monday, (),
                                    at("2026-01-01 00:00"))] == [ClashKind.DESIGNER_BUSY]


def test_week_patterns_parse_describe_and_refuse_nonsense():
    p = WeekPattern.parse(["tue-sat 09:00-13:00,14:00-17:00", "sat 10:00-14:00"])
    assert p.lines() == ["mon off", "tue-fri 09:00-13:00,14:00-17:00", "sat 10:00-14:00",
                         "sun off"]
    assert p.covers(at("2026-11-24 09:00"), at("2026-11-24 13:00"))
    assert not p.covers(at("2026-11-24 12:30"), at("2026-11-24 14:30"))  # over the break
    assert p.describe_day(1) == "09:00–13:00, 14:00–17:00"
    assert WeekPattern.parse(["fri-mon 10:00-12:00"]).lines()[0] == "mon 10:00-12:00"
    for bad in ("mon 9-17", "mon-fri", "xyz 09:00-10:00", "mon 17:00-09:00",
                "mon 09:00-12:00,11:00-13:00", "mon 09:00-25:00"):
        with pytest.raises(ValidationError):
            WeekPattern.parse([bad])
    assert parse_days_off("2026-12-24..2026-12-26") == (date(2026, 12, 24), date(2026, 12, 26))
    with pytest.raises(ValidationError):
        parse_days_off("2026-12-26..2026-12-24")


def test_free_slots_fit_the_service_inside_hours_around_bookings():
    diary = Diary(1, "Carlos", WeekPattern.parse(["mon-sat 09:00-12:00"]), (),
                  ((at("2026-11-24 09:30"), at("2026-11-24 11:00")),))
    slots = free_slots([diary], 60, at("2026-11-24 08:10"), 2, 3)
    assert [s.start for s in slots] == [at("2026-11-24 11:00"), at("2026-11-25 09:00"),
                                        at("2026-11-25 09:15")]
    other = Diary(2, "Ana", WeekPattern.parse(["tue 09:00-10:00"]), (), ())
    first = free_slots([diary, other], 60, at("2026-11-24 09:00"), 1, 1)[0]
    assert (first.staff_name, first.start) == ("Ana", at("2026-11-24 09:00"))
    off = Diary(1, "Carlos", WEEK, ((date(2026, 11, 24), date(2026, 11, 24)),), ())
    assert free_slots([off], 60, at("2026-11-24 09:00"), 2, 1)[0].start == at(
        "2026-11-25 09:00")

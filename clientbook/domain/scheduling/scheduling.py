"""The appointment book's rules: half-open overlaps, what a booking clashes with, free slots.

Times are the firm's local wall-clock time (naive datetimes): a booking across a change to or
from summer time keeps the hour written on it, and its length is counted on the clock face.
Everything here is pure: "now", the bookings and the working hours are handed in.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from clientbook.domain.scheduling.working_hours import WeekPattern, off_on
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message, message

# The longest booking: clash checks look this far back for bookings still running.
MAX_MINUTES = 12 * 60
# Bookings start on this grid (the calendar's rows, the free-slot search's steps).
STEP_MINUTES = 15
# Statuses that hold a chair; cancelled bookings and no-shows never clash.
HOLDING = ("booked", "arrived", "done")


def overlaps(a_start: datetime, a_end: datetime, b_start: datetime, b_end: datetime) -> bool:
    """Half-open [start, end): 10:00–11:00 and 11:00–12:00 do not overlap."""
    return a_start < b_end and b_start < a_end


@dataclass(frozen=True)
class Booked:
    """A booking as the clash rules see it."""

    id: int
    client_id: int
    client_name: str
    staff_id: int | None
    staff_name: str
    start: datetime
    minutes: int
    status: str = "booked"

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)

    @property
    def holds_time(self) -> bool:
        return self.status in HOLDING


@dataclass(frozen=True)
class Proposal:
    """A booking someone wants to make or move to."""

    client_id: int
    staff_id: int | None
    start: datetime
    minutes: int
    staff_name: str = ""
    ignore_id: int | None = None  # the booking being moved: it never clashes with itself

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


class ClashKind(StrEnum):
    DESIGNER_BUSY = "designer_busy"
    CLIENT_BUSY = "client_busy"
    OUTSIDE_HOURS = "outside_hours"
    DAY_OFF = "day_off"
    IN_PAST = "in_past"
    OTHER_DESIGNER = "other_designer"


# Clashes that stop a booking unless the person says "book anyway"; the others only warn.
BLOCKING = (ClashKind.DESIGNER_BUSY, ClashKind.CLIENT_BUSY, ClashKind.OUTSIDE_HOURS,
            ClashKind.DAY_OFF)


@dataclass(frozen=True)
class Clash:
    kind: ClashKind
    text: Message

    @property
    def blocking(self) -> bool:
        return self.kind in BLOCKING


def hhmm(value: datetime) -> str:
    return value.strftime("%H:%M")


def span(start: datetime, end: datetime) -> str:
    """"17:00–18:30"; "23:00–01:00 (+1)" when it ends on a later day."""
    later = (end.date() - start.date()).days
    if end == datetime.combine(end.date(), datetime.min.time()) and later == 1:
        return f"{hhmm(start)}–24:00"
    return f"{hhmm(start)}–{hhmm(end)}" + (f" (+{later})" if later else "")


def clashes(proposal: Proposal, nearby: Iterable[Booked], pattern: WeekPattern | None,
            time_off: Iterable[tuple[date, date]], now: datetime,
            assigned_id: int | None = None) -> list[Clash]:
    """Everything wrong with `proposal`, blocking clashes first, each in words.

    `nearby` holds the bookings of the designer and of the client around that time;
    `pattern` is the designer's weekly hours (None: no hours recorded, nothing is outside).
    """
    found: list[Clash] = []
    for b in sorted(nearby, key=lambda b: (b.start, b.id)):
        if b.id == proposal.ignore_id or not b.holds_time:
            continue
        if not overlaps(proposal.start, proposal.end, b.start, b.end):
            continue
        when = span(b.start, b.end)
        if proposal.staff_id is not None and b.staff_id == proposal.staff_id:
            found.append(Clash(ClashKind.DESIGNER_BUSY, message(QT_TRANSLATE_NOOP(
                "Messages", "%1 has %2 %3"), b.staff_name, b.client_name, when)))
        elif b.client_id == proposal.client_id:
            found.append(Clash(ClashKind.CLIENT_BUSY, message(QT_TRANSLATE_NOOP(
                "Messages", "%1 is already booked %2 with %3"), b.client_name, when,
                b.staff_name or "—")))
    if proposal.staff_id is not None:
        days = _days(proposal.start, proposal.end)
        off = [d for d in days if off_on(time_off, d)]
        if off:
            found.append(Clash(ClashKind.DAY_OFF, message(QT_TRANSLATE_NOOP(
                "Messages", "%1 is off on %2"), proposal.staff_name, off[0].isoformat())))
        elif pattern is not None and not pattern.works_on(proposal.start.date()):
            found.append(Clash(ClashKind.OUTSIDE_HOURS, message(QT_TRANSLATE_NOOP(
                "Messages", "%1 does not work on %2"), proposal.staff_name,
                proposal.start.date().isoformat())))
        elif pattern is not None and not pattern.covers(proposal.start, proposal.end):
            found.append(Clash(ClashKind.OUTSIDE_HOURS, message(QT_TRANSLATE_NOOP(
                "Messages", "%1 works %2 on %3"), proposal.staff_name,
                pattern.describe_day(proposal.start.weekday()),
                proposal.start.date().isoformat())))
    if proposal.start < now:
        found.append(Clash(ClashKind.IN_PAST, message(QT_TRANSLATE_NOOP(
            "Messages", "%1 is in the past"), proposal.start.strftime("%Y-%m-%d %H:%M"))))
    if (assigned_id is not None and proposal.staff_id is not None
            and proposal.staff_id != assigned_id):
        found.append(Clash(ClashKind.OTHER_DESIGNER, message(QT_TRANSLATE_NOOP(
            "Messages", "%1 is not the client's usual designer"), proposal.staff_name)))
    found.sort(key=lambda c: not c.blocking)
    return found


def _days(start: datetime, end: datetime) -> list[date]:
    last = (end - timedelta(microseconds=1)).date()
    return [start.date() + timedelta(days=n) for n in range((last - start.date()).days + 1)]


@dataclass(frozen=True)
class FreeSlot:
    start: datetime
    minutes: int
    staff_id: int
    staff_name: str

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Diary:
    """One designer's hours, time off and bookings, for the free-slot search."""

    staff_id: int
    staff_name: str
    pattern: WeekPattern
    time_off: tuple[tuple[date, date], ...]
    booked: tuple[tuple[datetime, datetime], ...]  # holding bookings, sorted by start


def free_slots(diaries: Iterable[Diary], minutes: int, start: datetime, days: int,
               count: int) -> list[FreeSlot]:
    """The first `count` slots of `minutes` inside working hours from `start` on, over
    `days` days, earliest first (then by designer name); starts on the 15-minute grid."""
    start = _round_up(start)
    found: list[FreeSlot] = []
    for day_offset in range(days):
        day = start.date() + timedelta(days=day_offset)
        todays: list[FreeSlot] = []
        for diary in diaries:
            todays.extend(_free_on(diary, day, minutes, start))
        todays.sort(key=lambda s: (s.start, s.staff_name, s.staff_id))
        found.extend(todays)
        if len(found) >= count:
            break
    found.sort(key=lambda s: (s.start, s.staff_name, s.staff_id))
    return found[:count]


def _free_on(diary: Diary, day: date, minutes: int, earliest: datetime) -> Iterator[FreeSlot]:
    if off_on(diary.time_off, day):
        return
    length = timedelta(minutes=minutes)
    step = timedelta(minutes=STEP_MINUTES)
    for open_at, close_at in diary.pattern.intervals(day):
        at = max(open_at, earliest)
        at = _round_up(at)
        while at + length <= close_at:
            busy_until = _busy_until(diary.booked, at, at + length)
            if busy_until is None:
                yield FreeSlot(at, minutes, diary.staff_id, diary.staff_name)
                at += step
            else:
                at = _round_up(max(busy_until, at + step))


def _busy_until(booked: tuple[tuple[datetime, datetime], ...], start: datetime,
                end: datetime) -> datetime | None:
    """The end of the latest booking overlapping [start, end), or None when it is free."""
    latest = None
    for b_start, b_end in booked:
        if b_start >= end:
            break
        if overlaps(start, end, b_start, b_end):
            latest = b_end if latest is None else max(latest, b_end)
    return latest


def _round_up(value: datetime) -> datetime:
    """Up to the next 15-minute mark (a time on the mark stays)."""
    value = value.replace(second=0, microsecond=0) + (
        timedelta(minutes=1) if value.second or value.microsecond else timedelta())
    extra = value.minute % STEP_MINUTES
    return value + timedelta(minutes=(STEP_MINUTES - extra) % STEP_MINUTES)

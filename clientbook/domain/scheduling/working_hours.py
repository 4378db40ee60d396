"""A staff member's weekly working hours ("tue-sat 09:00-13:00,14:00-17:00") and time off."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# Hours a designer works when none are recorded: the calendar shades the rest.
DEFAULT_HOURS = "mon-sat 09:00-18:00"

Interval = tuple[int, int]  # minutes from midnight, [start, end)


@dataclass(frozen=True)
class WeekPattern:
    """Working intervals for each weekday (0 = Monday); a day with none is a day off."""

    days: tuple[tuple[Interval, ...], ...] = field(
        default_factory=lambda: tuple(() for _ in range(7)))

    @classmethod
    def parse(cls, lines: Sequence[str], base: WeekPattern | None = None) -> WeekPattern:
        """Each line "DAYS HH:MM-HH:MM[,HH:MM-HH:MM…]" or "DAYS off" sets those days;
        later lines win. DAYS is "mon", "mon-fri" or "mon,wed,fri"."""
        days = [list(d) for d in (base or cls()).days]
        for line in lines:
            parts = line.strip().lower().split()
            if len(parts) != 2:
                raise _bad(line)
            which, hours = parts
            intervals = [] if hours == "off" else [_interval(h, line) for h in hours.split(",")]
            intervals.sort()
            for (_, end), (start, _) in itertools.pairwise(intervals):
                if start < end:
                    raise _bad(line)
            for day in _day_numbers(which, line):
                days[day] = intervals
        return cls(tuple(tuple(d) for d in days))

    def intervals(self, day: date) -> list[tuple[datetime, datetime]]:
        midnight = datetime.combine(day, time())
        return [(midnight + timedelta(minutes=a), midnight + timedelta(minutes=b))
                for a, b in self.days[day.weekday()]]

    def covers(self, start: datetime, end: datetime) -> bool:
        """The whole of [start, end) lies inside one working interval."""
        return any(a <= start and end <= b for a, b in self.intervals(start.date()))

    def works_on(self, day: date) -> bool:
        return bool(self.days[day.weekday()])

    def describe_day(self, weekday: int) -> str:
        hours = self.days[weekday]
        return ", ".join(f"{_clock(a)}–{_clock(b)}" for a, b in hours) if hours else "off"

    def lines(self) -> list[str]:
        """The pattern as the lines `parse` reads, with runs of equal days joined."""
        out: list[str] = []
        day = 0
        while day < 7:
            last = day
            while last + 1 < 7 and self.days[last + 1] == self.days[day]:
                last += 1
            names = DAY_NAMES[day] if last == day else f"{DAY_NAMES[day]}-{DAY_NAMES[last]}"
            hours = ",".join(f"{_clock(a)}-{_clock(b)}" for a, b in self.days[day]) or "off"
            out.append(f"{names} {hours}")
            day = last + 1
        return out


def default_pattern() -> WeekPattern:
    return WeekPattern.parse([DEFAULT_HOURS])


def parse_week(text: str) -> WeekPattern | None:
    """The firm's opening hours as typed: lines like "mon-fri 09:00-18:00" separated by ";"
    or new lines; days not named are closed. None when the text is empty (not set)."""
    lines = [line for line in text.replace("\n", ";").split(";") if line.strip()]
    return WeekPattern.parse(lines) if lines else None


def off_on(time_off: Iterable[tuple[date, date]], day: date) -> bool:
    return any(first <= day <= last for first, last in time_off)


def parse_days_off(text: str) -> tuple[date, date]:
    """"2026-12-24" or "2026-12-24..2026-12-31" → (first, last)."""
    first, _, last = text.strip().partition("..")
    try:
        start = date.fromisoformat(first)
        end = date.fromisoformat(last) if last else start
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "“%1” is not a day or a range of days (YYYY-MM-DD..YYYY-MM-DD)."),
            text, field="time_off") from None
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Time off must end on or after its first day."), field="time_off")
    return start, end


def _clock(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _minutes(text: str, line: str) -> int:
    hours, sep, minutes = text.partition(":")
    if not sep or not (hours.isdigit() and minutes.isdigit()) or len(minutes) != 2:
        raise _bad(line)
    value = int(hours) * 60 + int(minutes)
    if int(minutes) > 59 or value > 24 * 60:
        raise _bad(line)
    return value


def _interval(text: str, line: str) -> Interval:
    start, sep, end = text.partition("-")
    if not sep:
        raise _bad(line)
    a, b = _minutes(start, line), _minutes(end, line)
    if a >= b:
        raise _bad(line)
    return a, b


def _day_numbers(text: str, line: str) -> list[int]:
    numbers: list[int] = []
    for part in text.split(","):
        first, sep, last = part.partition("-")
        if first not in DAY_NAMES or (sep and last not in DAY_NAMES):
            raise _bad(line)
        a = DAY_NAMES.index(first)
        b = DAY_NAMES.index(last) if sep else a
        numbers.extend(range(a, b + 1) if a <= b else [*range(a, 7), *range(0, b + 1)])
    return numbers


def _bad(line: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "“%1” is not a working-hours line; write it like “mon-fri 09:00-17:00”, "
        "“sat 10:00-13:00,14:00-16:00” or “sun off”."), line.strip(), field="hours")

"""Birthdays with or without a year, and which of them fall in the coming days.

A birthday on 29 February is celebrated on 28 February in years without one.
Every function takes `today` so callers (and tests) decide what day it is.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

_FULL = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_NO_YEAR = re.compile(r"^--(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True, order=True)
class Birthday:
    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.month <= 12:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Birthday month %1 is not between 1 and 12."), self.month)
        # Without a year, 29 February is a real birthday; check against a leap year.
        check_year = self.year if self.year is not None else 2000
        if self.year is not None and not 1850 <= self.year <= 2200:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Birthday year %1 is not plausible."), self.year)
        last = calendar.monthrange(check_year, self.month)[1]
        if not 1 <= self.day <= last:
            if self.year:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "%1 is not a real date: that month has %2 days."),
                    self.iso(), last)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Day %1 does not exist in month %2."), self.day, self.month)

    @classmethod
    def parse(cls, text: str) -> Birthday:
        """Read `YYYY-MM-DD` or `--MM-DD` (ISO 8601 without a year)."""
        text = text.strip()
        if m := _FULL.match(text):
            return cls(int(m[2]), int(m[3]), int(m[1]))
        if m := _NO_YEAR.match(text):
            return cls(int(m[1]), int(m[2]))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors",
            "Birthday %1 is not a date: use YYYY-MM-DD, or --MM-DD when the year is unknown."),
            repr(text))

    def iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    def month_day(self) -> str:
        return f"{self.month:02d}-{self.day:02d}"

    def in_year(self, year: int) -> date:
        """The day it is celebrated in `year` (29 Feb moves to 28 Feb in common years)."""
        if self.month == 2 and self.day == 29 and not calendar.isleap(year):
            return date(year, 2, 28)
        return date(year, self.month, self.day)

    def next_on_or_after(self, today: date) -> date:
        this_year = self.in_year(today.year)
        return this_year if this_year >= today else self.in_year(today.year + 1)

    def age_on(self, day: date) -> int | None:
        """The age reached at the celebration on `day`'s year, if the year is known."""
        if self.year is None:
            return None
        return day.year - self.year


@dataclass(frozen=True)
class UpcomingBirthday:
    client_id: int
    name: str
    date: date
    days_until: int
    age: int | None


def days_until(birthday: Birthday, today: date) -> int:
    return (birthday.next_on_or_after(today) - today).days


def upcoming(
    people: list[tuple[int, str, Birthday]], today: date, days: int
) -> list[UpcomingBirthday]:
    """Birthdays from today up to and including `days` days ahead, soonest first."""
    if days < 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The number of days ahead cannot be negative."))
    found = []
    for client_id, name, birthday in people:
        when = birthday.next_on_or_after(today)
        ahead = (when - today).days
        if ahead <= days:
            found.append(UpcomingBirthday(client_id, name, when, ahead, birthday.age_on(when)))
    found.sort(key=lambda b: (b.date, b.name.casefold(), b.client_id))
    return found


def month_days_between(today: date, days: int) -> list[str]:
    """Every `MM-DD` key a birthday could have to fall in the window.

    Storage uses this to fetch only candidate rows; 29 Feb is included when
    28 Feb of a common year is in the window.
    """
    keys: list[str] = []
    for offset in range(min(days, 366) + 1):
        day = today + timedelta(days=offset)
        keys.append(f"{day.month:02d}-{day.day:02d}")
        if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
            keys.append("02-29")
    return sorted(set(keys))


# --- Birthdays as other contact tools write them ---------------------------------------------

TWO_DIGIT_YEAR_PIVOT = 30
"""Two-digit years up to this are 20YY, above it 19YY ("85" is 1985, "07" is 2007).

A fixed rule rather than one based on today's date: the domain never reads the clock, and
the same file must import the same way next year.
"""

_ALL_ZEROS = re.compile(r"^[-./ ]*0+(?:[-./ ]+0+)*[-./ ]*$")
_NO_YEAR_MARKERS = {1604, 0}  # Apple (1604) and Google/vCard (0000) write these for "no year"
_LOOSE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
                        r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
_LOOSE_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_LOOSE_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T[\d:]*Z?)?$")
_LOOSE_YEAR_FIRST = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")
_LOOSE_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{2}|\d{4})$")
_LOOSE_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})\.?$")
_ACCEPTED = QT_TRANSLATE_NOOP(
    "Messages", "1985-03-15, --03-15 (no year), 19850315, 1985/03/15, 3/15/1985 or 3/15/85 "
    "(month first), 15.03.1985 (day first)")


def parse_birthday_loose(
    text: str, day_first: bool = False, *, pivot: int = TWO_DIGIT_YEAR_PIVOT
) -> Birthday | None:
    """A birthday as Outlook, Google, Apple, phones and spreadsheets write it; None for none.

    `day_first` reads 05/03/1985 as 5 March (Europe) instead of May 3 (US); either way a
    first number above 12 can only be a day. Outlook's "0/0/00" means "no birthday", and the
    years 1604 and 0000 mean "year not known".
    """
    text = text.strip()
    if not text or _ALL_ZEROS.match(text):
        return None  # Outlook writes 0/0/00, databases 0000-00-00, for "no birthday"
    if m := _LOOSE_ISO.match(text) or _LOOSE_COMPACT.match(text) or _LOOSE_YEAR_FIRST.match(text):
        return _loose_birthday(text, int(m[2]), int(m[3]), int(m[1]))
    if m := _LOOSE_NO_YEAR.match(text):
        return _loose_birthday(text, int(m[1]), int(m[2]), None)
    if m := _LOOSE_DOTTED.match(text):
        return _loose_birthday(text, int(m[2]), int(m[1]), _full_year(m[3], pivot))
    if m := _LOOSE_SLASHED.match(text):
        first, second, year = int(m[1]), int(m[2]), m[3]
        if (day_first and second <= 12) or first > 12:
            first, second = second, first
        return _loose_birthday(text, first, second, _full_year(year, pivot))
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "Birthday %1 is not a date ClientBook can read; write it like %2."),
        repr(text), _ACCEPTED, field="birthday")


@dataclass(frozen=True)
class LooseBirthday:
    """A birthday read from a contacts file, and what the reading had to decide."""

    birthday: Birthday | None
    year_dropped: int | None = None
    """A year that is not plausible (1814, 0001): the birthday is kept without it."""
    ambiguous: bool = False
    """Written like 03/04/1985: either number could be the month."""


def slashed_order(text: str) -> str | None:
    """What a slashed date says about the file's order: "day_first" (15/03/1985),
    "month_first" (03/15/1985), or None when it could be either (03/04/1985) or is no
    slashed date."""
    m = _LOOSE_SLASHED.match(text.strip())
    if m is None:
        return None
    first, second = int(m[1]), int(m[2])
    if first > 12 >= second:
        return "day_first"
    if second > 12 >= first:
        return "month_first"
    return None


def read_birthday_loose(text: str, day_first: bool = False) -> LooseBirthday:
    """Like parse_birthday_loose, but a year that is not plausible is dropped (the day and
    month are kept and `year_dropped` says which year), and an ambiguous date says so."""
    stripped = text.strip()
    m = _LOOSE_SLASHED.match(stripped)
    ambiguous = bool(m) and int(m[1]) <= 12 and int(m[2]) <= 12 and m[1] != m[2] \
        if m else False
    try:
        return LooseBirthday(parse_birthday_loose(text, day_first), ambiguous=ambiguous)
    except ValidationError:
        year = _implausible_year(stripped, day_first)
        if year is None:
            raise
    without = re.sub(r"\d{4}", "0000", stripped, count=1) if not m else \
        f"{m[1]}/{m[2]}/0000"
    return LooseBirthday(parse_birthday_loose(without, day_first), year, ambiguous)


def _implausible_year(text: str, day_first: bool) -> int | None:
    """The 4-digit year of `text` when it is outside what Birthday accepts; else None."""
    found = re.findall(r"\d{4}", text)
    if len(found) != 1:
        return None
    year = int(found[0])
    return year if not 1850 <= year <= 2200 and year not in _NO_YEAR_MARKERS else None


def _full_year(digits: str, pivot: int) -> int:
    year = int(digits)
    if len(digits) == 2:
        return 2000 + year if year <= pivot else 1900 + year
    return year


def _loose_birthday(text: str, month: int, day: int, year: int | None) -> Birthday:
    if year in _NO_YEAR_MARKERS:
        year = None
    try:
        return Birthday(month, day, year)
    except ValidationError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "%1 The birthday was written %2."), exc.message, repr(text),
            field="birthday") from None

"""Which way a contacts file writes its dates: 03/04/1985 is 4 March or 3 April.

A date with a number over 12 settles it for the whole file (15/03/1985 is day first). When
every date could be read both ways, the locale's order is the guess, and the import says
which reading it used and how to choose the other.
"""

from __future__ import annotations

from dataclasses import dataclass

from clientbook.domain.birthdays import Birthday, parse_birthday_loose, slashed_order
from clientbook.domain.errors import ValidationError

OPTION, FILE, LOCALE = "option", "file", "locale"


@dataclass(frozen=True)
class DateReading:
    day_first: bool
    why: str
    """OPTION (chosen), FILE (a date in the file settles it) or LOCALE (the guess)."""
    example: str = ""
    """The first date in the file that reads two ways ("" when none does)."""

    def read_as(self, day_first: bool | None = None) -> Birthday | None:
        """The example read day first or month first (default: as this reading does)."""
        if not self.example:
            return None
        return parse_birthday_loose(self.example, self.day_first if day_first is None
                                    else day_first)

    @property
    def ambiguous(self) -> bool:
        """Dates read two ways and nothing in the file said which: the reading was a guess
        (or the option) and must be said."""
        return bool(self.example) and self.why != FILE


def date_reading(cells: list[str], day_first: bool | None, default_day_first: bool
                 ) -> DateReading:
    """How to read the birthday `cells` of a file: as chosen, as the file shows, or as the
    locale writes dates."""
    example, evidence = "", set()
    for text in cells:
        order = slashed_order(text)
        if order:
            evidence.add(order)
        elif not example:
            try:
                if parse_birthday_loose(text, False) != parse_birthday_loose(text, True):
                    example = text.strip()
            except ValidationError:
                continue
    if day_first is not None:
        return DateReading(day_first, OPTION, example)
    if len(evidence) == 1:
        return DateReading(evidence == {"day_first"}, FILE, example)
    return DateReading(default_day_first, LOCALE, example)

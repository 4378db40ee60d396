"""The words of birthday reminders and pre-visit nudges, shared by the tray and the window.

One place writes them so the tray's notification and the Today page's banner say the same
thing. Numbers use Qt's plural forms ("1 birthday today", "3 birthdays today"); every
client name is inserted after translation, in one pass, so a name holding "%2" stays as typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QLocale, QObject

from clientbook.domain.care.reminders import BirthdayReminder, Nudge
from clientbook.domain.words import fill
from clientbook.ui.widgets.formats import day_month

# Lists in one line of a notification or the banner stop after this many names ("+4 more").
MAX_NAMES = 8
# Days ahead that a weekday names unambiguously ("today" is never a weekday): the default
# window, today and the next 7 days, is "this week".
WEEK = 7


def is_week(reminders: Iterable[BirthdayReminder]) -> bool:
    """Whether every birthday falls within the coming week (the default window)."""
    return all(r.days_until <= WEEK for r in reminders)


def today_part(reminders: Iterable[BirthdayReminder]) -> list[BirthdayReminder]:
    return [r for r in reminders if r.days_until == 0]


def coming_part(reminders: Iterable[BirthdayReminder]) -> list[BirthdayReminder]:
    return [r for r in reminders if r.days_until > 0]


class ReminderWords(QObject):
    """Sentences for birthdays and nudges; `today` is passed in, never read from a clock."""

    # --- Pieces ------------------------------------------------------------------------------
    def person(self, r: BirthdayReminder) -> str:
        """'Anna Smith (34)'; just the name when the birth year is unknown."""
        return r.name if r.age is None else fill(self.tr("%1 (%2)"), [r.name, str(r.age)])

    def weekday(self, day: date, short: bool = False) -> str:
        fmt = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
        return QLocale().dayName(day.isoweekday(), fmt)

    def when(self, day: date, today: date) -> str:
        """A day as a birthday list names it: 'Today', 'Tomorrow', 'Tuesday', 'Friday 4 Dec'."""
        ahead = (day - today).days
        if ahead == 0:
            return self.tr("Today")
        if ahead == 1:
            return self.tr("Tomorrow")
        if ahead == WEEK:  # today's weekday: "Sunday" alone would read as today
            return fill(self.tr("Next %1"), [self.weekday(day)])
        return self.weekday(day) if 0 < ahead < WEEK else day_month(day)

    def on_day(self, day: date, today: date) -> str:
        """The same inside a sentence: 'today', 'tomorrow', 'on Tuesday', 'on Friday 4 Dec'."""
        ahead = (day - today).days
        if ahead == 0:
            return self.tr("today")
        if ahead == 1:
            return self.tr("tomorrow")
        if ahead == WEEK:
            return fill(self.tr("next %1"), [self.weekday(day)])
        return fill(self.tr("on %1"), [self.weekday(day) if 0 < ahead < WEEK else day_month(day)])

    def names(self, items: Sequence[str]) -> str:
        """'A, B, C' — at most MAX_NAMES, then '+n more'."""
        shown = ", ".join(items[:MAX_NAMES])
        rest = len(items) - MAX_NAMES
        return shown if rest <= 0 else fill(self.tr("%1, +%2 more"), [shown, str(rest)])

    # --- Birthdays ---------------------------------------------------------------------------
    def today_line(self, reminders: Sequence[BirthdayReminder]) -> str:
        """'3 birthdays today: Anna Smith (34), 王小明, Ζωή Παπαδοπούλου' ('' for none)."""
        found = today_part(reminders)
        if not found:
            return ""
        n = len(found)
        template = self.tr("%n birthdays today: %1", "", n)
        return fill(template, [self.names([self.person(r) for r in found])])

    def coming_line(self, reminders: Sequence[BirthdayReminder], today: date) -> str:
        """'2 this week: Henry Jones (Tue), Chloe Thompson (Fri)' ('' for none).

        Without birthdays today it says '2 birthdays this week: …'. Beyond a week (the
        window is a setting) it says 'coming up' and gives dates.
        """
        found = coming_part(reminders)
        if not found:
            return ""
        n, alone, week = len(found), not today_part(reminders), is_week(found)
        if alone and week:
            template = self.tr("%n birthdays this week: %1", "", n)
        elif alone:
            template = self.tr("%n birthdays coming up: %1", "", n)
        elif week:
            template = self.tr("%n this week: %1", "", n)
        else:
            template = self.tr("%n coming up: %1", "", n)
        items = [fill(self.tr("%1 (%2)"), [r.name, self.weekday(r.date, short=True)
                      if r.days_until <= WEEK else day_month(r.date)]) for r in found]
        return fill(template, [self.names(items)])

    def banner_line(self, reminders: Sequence[BirthdayReminder], today: date) -> str:
        """The window's short form: today's names and a count of the coming days.

        '2 birthdays today: Ζωή Μαυρίδου (26), Тетяна Коваленко (51) · 5 more this week';
        with none today, the coming days' line. The Birthdays list has the rest.
        """
        line = self.today_line(reminders)
        coming = coming_part(reminders)
        if not line:
            return self.coming_line(reminders, today)
        if not coming:
            return line
        n = len(coming)
        if is_week(coming):
            more = self.tr("%n more this week", "", n)
        else:
            more = self.tr("%n more coming up", "", n)
        return fill(self.tr("%1 · %2"), [line, more])

    def tie_line(self, r: BirthdayReminder, today: date) -> str:
        """'Anna Smith is in on Thursday at 14:30; their birthday is on Friday' ('' if not in).

        "Their": the book does not record how a client likes to be referred to.
        """
        if r.appointment is None:
            return ""
        visit, at = r.appointment.date(), f"{r.appointment:%H:%M}"
        if visit == r.date:
            return fill(self.tr("%1 is in %2 at %3, on their birthday"),
                        [r.name, self.on_day(visit, today), at])
        return fill(self.tr("%1 is in %2 at %3; their birthday is %4"),
                    [r.name, self.on_day(visit, today), at, self.on_day(r.date, today)])

    def birthday_lines(self, reminders: Sequence[BirthdayReminder], today: date) -> list[str]:
        """Today's line, the coming days' line, then one line per birthday tied to a visit."""
        lines = [self.today_line(reminders), self.coming_line(reminders, today)]
        ties = [self.tie_line(r, today) for r in reminders if r.appointment is not None]
        lines += ties[:3]
        if len(ties) > 3:
            lines.append(self.tr("%n more booked in around their birthday", "", len(ties) - 3))
        return [line for line in lines if line]

    def birthday_text(self, reminders: Sequence[BirthdayReminder], today: date) -> str:
        lines = self.birthday_lines(reminders, today)
        return "\n".join(lines) if lines else self.tr("No birthdays this week")

    def birthday_title(self, reminders: Sequence[BirthdayReminder]) -> str:
        return self.tr("Birthdays") if reminders else self.tr("No birthdays")

    def count_tip(self, reminders: Sequence[BirthdayReminder]) -> str:
        """'3 birthdays today, 2 more this week' — counts only (for tooltips)."""
        today, coming = len(today_part(reminders)), len(coming_part(reminders))
        parts = []
        if today:
            parts.append(self.tr("%n birthdays today", "", today))
        if coming:
            parts.append(self.tr("%n more coming up", "", coming))
        return ", ".join(parts) if parts else self.tr("No birthdays this week")

    # --- Nudges ------------------------------------------------------------------------------
    def nudge_text(self, nudge: Nudge) -> str:
        """'Anna Smith at 14:30 with Mei — birthday today, reward due, 1 promise overdue'."""
        at = f"{nudge.starts_at:%H:%M}"
        head = (fill(self.tr("%1 at %2 with %3"), [nudge.client_name, at, nudge.staff_name])
                if nudge.staff_name else fill(self.tr("%1 at %2"), [nudge.client_name, at]))
        extras = []
        if nudge.birthday_today:
            extras.append(self.tr("birthday today"))
        if nudge.reward_due:
            extras.append(self.tr("reward due"))
        if nudge.overdue_promises:
            n = nudge.overdue_promises
            extras.append(self.tr("%n promises overdue", "", n))
        return fill(self.tr("%1 — %2"), [head, ", ".join(extras)]) if extras else head

    def nudge_title(self, nudge: Nudge, now: datetime) -> str:
        """'Next client in 10 minutes: open the briefing'."""
        minutes = max(0, round((nudge.starts_at - now).total_seconds() / 60))
        if minutes <= 0:
            return self.tr("Next client now: open the briefing")
        return self.tr("Next client in %n minutes: open the briefing", "", minutes)

    # --- The tray ----------------------------------------------------------------------------
    def close_hint(self) -> str:
        return self.tr("ClientBook keeps running in the tray to remind you of birthdays; "
                       "Quit from its menu.")

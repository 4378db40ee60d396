"""Staff weekly working hours and dated time off."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from clientbook.domain.errors import NotFoundError
from clientbook.domain.scheduling.working_hours import WeekPattern, default_pattern
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.settings import opening_hours
from clientbook.storage.store import Store


class StaffHours:
    def __init__(self, store: Store):
        self.store = store

    def _check(self, staff_id: int) -> None:
        if self.store.staff.get(staff_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This staff member no longer exists."))

    def recorded(self, staff_id: int) -> WeekPattern | None:
        """The hours set for this person, None when none were ever set."""
        return self.store.calendar.pattern(staff_id)

    def opening(self) -> WeekPattern | None:
        """The firm's opening hours from Settings; None when not set."""
        return opening_hours(self.store)

    def pattern(self, staff_id: int) -> WeekPattern:
        """The hours this person works: the recorded ones, else the firm's opening hours,
        else the default week."""
        return self.recorded(staff_id) or self.opening() or default_pattern()

    def patterns(self) -> dict[int, WeekPattern]:
        recorded = self.store.calendar.patterns()
        fallback = self.opening() or default_pattern()
        return {s.id: recorded.get(s.id) or fallback
                for s in self.store.staff.all() if s.id is not None}

    def set(self, staff_id: int, lines: Sequence[str]) -> Changes:
        """Apply "mon-fri 09:00-17:00"-style lines over the current week (later lines win)."""
        self._check(staff_id)
        pattern = WeekPattern.parse(lines, base=self.recorded(staff_id) or WeekPattern())
        with self.store.write():
            self.store.calendar.set_pattern(staff_id, pattern)
        return Changes(staff=True)

    def replace(self, staff_id: int, pattern: WeekPattern) -> Changes:
        self._check(staff_id)
        with self.store.write():
            self.store.calendar.set_pattern(staff_id, pattern)
        return Changes(staff=True)

    def time_off(self, staff_id: int) -> list[tuple[date, date]]:
        return self.store.calendar.time_off(staff_id)

    def add_time_off(self, staff_id: int, first: date, last: date) -> Changes:
        self._check(staff_id)
        if (first, last) in self.time_off(staff_id):
            return Changes()
        with self.store.write():
            self.store.calendar.add_time_off(staff_id, first, last)
        return Changes(staff=True)

    def remove_time_off(self, staff_id: int, first: date, last: date) -> Changes:
        self._check(staff_id)
        with self.store.write():
            self.store.calendar.remove_time_off(staff_id, first, last)
        return Changes(staff=True)

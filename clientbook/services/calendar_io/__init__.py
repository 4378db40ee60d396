"""Calendars in and out: iCalendar (.ics) import and export; `book.calendars` is the way in
(the modules, and the iCalendar library, load when first used)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from datetime import tzinfo

    from clientbook.services.book import Book


class Calendars:
    def __init__(self, book: Book):
        self._book = book

    def import_file(self, *args: Any, **kwargs: Any):
        """Check, then import a calendar file, all or nothing (calendar_import)."""
        from clientbook.services.calendar_io.calendar_import import import_calendar
        kwargs.setdefault("local_zone", self.firm_zone())
        return import_calendar(self._book, *args, **kwargs)

    def export_file(self, *args: Any, **kwargs: Any):
        """Write bookings as an .ics file (calendar_export)."""
        from clientbook.services.calendar_io.calendar_export import export_calendar
        kwargs.setdefault("local_zone", self.firm_zone())
        return export_calendar(self._book, *args, **kwargs)

    def firm_zone(self) -> tzinfo | None:
        """The zone the "time_zone" setting names; None: this computer's."""
        from clientbook.services.calendar_io.zones import named_zone
        name = self._book.setting("time_zone")
        return named_zone(name) if name else None

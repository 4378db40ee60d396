"""Retention insights: lapsed, won back, churn, designers, the win-back list; `book.reports`."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class Reports:
    def __init__(self, book: Book):
        self._book = book

    def build(self, *args: Any, **kwargs: Any):
        """The whole report (see reports.build_report)."""
        from clientbook.services.reports.reports import build_report
        return build_report(self._book, *args, **kwargs)

    def build_apart(self, *args: Any, **kwargs: Any):
        """The whole report on a read-only connection of its own: for a worker thread, so
        the window's connection never crosses threads (see Book.reader)."""
        from clientbook.services.reports.reports import build_report
        reader = self._book.reader()
        try:
            return build_report(reader, *args, **kwargs)
        finally:
            reader.close()

"""Promises, contacts, loyalty rewards, designer consistency, no-shows and reminders; the
services are on the book (`book.promises`, `book.contacts`, `book.loyalty`, `book.followups`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class FollowUps:
    """Reminders, the designer share and the no-show record, read from the book."""

    def __init__(self, book: Book):
        self._book = book

    def birthday_reminders(self, *args: Any, **kwargs: Any):
        from clientbook.services.followups.reminders import birthday_reminders
        return birthday_reminders(self._book, *args, **kwargs)

    def nudges(self, *args: Any, **kwargs: Any):
        from clientbook.services.followups.reminders import nudges
        return nudges(self._book, *args, **kwargs)

    def no_shows(self):
        from clientbook.services.followups.no_shows import by_month
        return by_month(self._book)

    def designer_share(self):
        from clientbook.services.followups.consistency import by_designer
        return by_designer(self._book)

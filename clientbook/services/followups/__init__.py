"""Promises, contacts, loyalty rewards, designer consistency and reminders; the services
are on the book (`book.promises`, `book.contacts`, `book.loyalty`, `book.followups`)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class FollowUps:
    """Reminders and the designer share, read from the book."""

    def __init__(self, book: Book):
        self._book = book

    def birthday_reminders(self, *args: Any, **kwargs: Any):
        from clientbook.services.followups.reminders import birthday_reminders
        return birthday_reminders(self._book, *args, **kwargs)

    def nudges(self, *args: Any, **kwargs: Any):
        from clientbook.services.followups.reminders import nudges
        return nudges(self._book, *args, **kwargs)

    def designer_share(self):
        from clientbook.services.followups.consistency import by_designer
        return by_designer(self._book)

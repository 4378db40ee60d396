"""The sample book: staff, clients in five languages, visits, appointments, promises;
`book.demo` is the way in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class Demo:
    def __init__(self, book: Book):
        self._book = book

    def fill(self, **kwargs: Any):
        """Fill this (empty) book with sample data (demo.fill_demo)."""
        from clientbook.services.demo.demo import fill_demo
        return fill_demo(self._book, **kwargs)

    def contents(self):
        """What removing the sample data would remove; refuses a book with data of its own
        (demo_removal.demo_contents)."""
        from clientbook.services.demo.demo_removal import demo_contents
        return demo_contents(self._book)

    def remove(self):
        """Empty a book that holds only the sample data (demo_removal.remove_demo)."""
        from clientbook.services.demo.demo_removal import remove_demo
        return remove_demo(self._book)

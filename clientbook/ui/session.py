"""The open book as a QObject: runs writes and broadcasts what changed to every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from clientbook.services.book import Book
from clientbook.services.changes import Changes


class Session(QObject):
    """Pages call `session.apply(...)` for writes and listen to `changed`."""

    changed = Signal(object)  # Changes
    open_client = Signal(int)  # ask the window to show a client's card

    def __init__(self, book: Book, parent: QObject | None = None):
        super().__init__(parent)
        self.book = book

    def now(self) -> datetime:
        return self.book.clock()

    def apply(self, write: Callable[[], Changes]) -> Changes:
        """Run a service write; broadcast its changes. Errors propagate to the caller."""
        changes = write()
        if changes:
            self.changed.emit(changes)
        return changes

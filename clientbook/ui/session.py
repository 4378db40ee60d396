"""The open book as a QObject: runs writes and broadcasts what changed to every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.services.book import Book
from clientbook.services.changes import Changes
from clientbook.services.live import LIVE
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.live_updates import DEBOUNCE_MS, LiveUpdates


class Session(QObject):
    """Pages call `session.run(...)` (or `apply`) for writes and listen to `changed`."""

    changed = Signal(object)  # Changes
    open_client = Signal(int)  # ask the window to show a client's card
    undo_changed = Signal()  # what Ctrl+Z would take back may have changed

    connection_changed = Signal(str)  # a shared book's line: "live", "reconnecting", "offline"

    def __init__(self, book: Book, parent: QObject | None = None,
                 debounce_ms: int = DEBOUNCE_MS, backoff: tuple[float, ...] = ()):
        super().__init__(parent)
        self.book = book
        self.connection = LIVE
        # A shared book: other desks' writes arrive as `changed` too (ui/live_updates.py).
        self.live = None if book.address is None else LiveUpdates(
            book, self.changed.emit, self._connection, debounce_ms, backoff, self)

    def _connection(self, state: str) -> None:
        if state != self.connection:
            self.connection = state
            self.connection_changed.emit(state)

    def now(self) -> datetime:
        return self.book.clock()

    def apply(self, write: Callable[[], Changes]) -> Changes:
        """Run a service write; broadcast its changes. Errors propagate to the caller."""
        changes = write()
        if changes:
            self.changed.emit(changes)
        self.undo_changed.emit()
        return changes

    def run(self, parent: QWidget | None, failure: str,
            write: Callable[[], Changes]) -> Changes | None:
        """Run a write as one step: its error becomes a message box titled `failure` (and
        None is returned, nothing changed); otherwise its changes are broadcast."""
        try:
            return self.apply(write)
        except (ClientBookError, OSError) as exc:
            msgbox.error(parent, failure, error_text(exc))
            return None

    # -- undo ---------------------------------------------------------------------------
    def undo_text(self) -> str | None:
        """The Edit menu's words for what Ctrl+Z takes back ("Undo archive of Anna")."""
        label = self.book.undo.label()
        if label is None:
            return None
        # Values go into a menu text: a "&" in a name is a literal ampersand, not a mnemonic.
        escaped = type(label)(label.template, *(str(v).replace("&", "&&")
                                                for v in label.values))
        return message_text(escaped)

    def undo(self, parent: QWidget | None, failure: str) -> Changes | None:
        return self.run(parent, failure, self.book.undo.undo)

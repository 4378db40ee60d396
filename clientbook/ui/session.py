"""The open book as a QObject: runs writes and broadcasts what changed to every page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from clientbook.domain.conflicts import KEEP_THEIRS, over
from clientbook.domain.errors import ClientBookError, ConflictError
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

    def apply(self, write: Callable[[], Changes], parent: QWidget | None = None) -> Changes:
        """Run a service write; broadcast its changes. Errors propagate to the caller.

        When another desk saved the record first (ConflictError), the conflict dialog asks
        what to keep: theirs (their changes are broadcast, so pages show them), mine or a
        merge (saved over theirs), or later (the error propagates, `postponed`, and what was
        typed stays in the caller's form)."""
        changes = self._settled(parent, write)
        if changes:
            self.changed.emit(changes)
        self.undo_changed.emit()
        return changes

    def run(self, parent: QWidget | None, failure: str,
            write: Callable[[], Changes]) -> Changes | None:
        """Run a write as one step: its error becomes a message box titled `failure` (and
        None is returned, nothing changed); otherwise its changes are broadcast."""
        try:
            return self.apply(write, parent)
        except ConflictError as exc:
            if not exc.postponed:
                msgbox.error(parent, failure, error_text(exc))
            return None
        except (ClientBookError, OSError) as exc:
            msgbox.error(parent, failure, error_text(exc))
            return None

    # -- conflicts between desks ----------------------------------------------------------
    def _settled(self, parent: QWidget | None, write: Callable[[], Changes]) -> Changes:
        """`write()`, with every conflict it meets decided by the person (a third desk may
        save in between: then the dialog comes again, against that newer version)."""
        while True:
            try:
                return write()
            except ConflictError as exc:
                decision = self.decide_conflict(parent, exc)
                if decision is None or (decision is not KEEP_THEIRS and exc.save_again is None):
                    exc.postponed = True
                    raise
                if decision is KEEP_THEIRS:
                    return exc.reload
                record, save_again = over(decision, exc.theirs), exc.save_again
                write = lambda record=record, save_again=save_again: save_again(record)  # noqa: E731

    def decide_conflict(self, parent: QWidget | None, conflict: ConflictError) -> object:
        """KEEP_THEIRS, the record to save over theirs (mine or a merge), or None (later).
        Tests replace this; the window asks with the conflict dialog."""
        from clientbook.ui.conflicts.conflict_dialog import ConflictDialog

        return ConflictDialog.decide(parent or QApplication.activeWindow(), self, conflict)

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

"""Other desks' changes into the session's `changed` signal, gathered for a moment first.

The listener calls in on its own thread; queued signals carry each call to the window's
thread, where changes arriving close together (an import, a busy reception) are merged and
broadcast once, `debounce_ms` after the first, so every page refreshes as for a local write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from clientbook.services.book import Book
from clientbook.services.changes import Changes

# Long enough to gather one save's notices, short enough to feel immediate.
DEBOUNCE_MS = 200


class LiveUpdates(QObject):
    """Listens to `book` until it is closed; `broadcast` gets merged changes, `on_state`
    the line's state ("live", "reconnecting", "offline"), both on the window's thread."""

    _heard = Signal(object)  # Changes, from the listener's thread
    _state = Signal(str)

    def __init__(self, book: Book, broadcast: Callable[[Changes], None],
                 on_state: Callable[[str], None], debounce_ms: int = DEBOUNCE_MS,
                 backoff: tuple[float, ...] = (), parent: QObject | None = None):
        super().__init__(parent)
        self._broadcast = broadcast
        self._on_state = on_state
        self._pending = Changes()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(debounce_ms)
        self._timer.timeout.connect(self._deliver)
        self._heard.connect(self._gather, Qt.ConnectionType.QueuedConnection)
        self._state.connect(self._say, Qt.ConnectionType.QueuedConnection)
        self.listening = book.listen(self._heard.emit, self._state.emit, backoff)

    def _gather(self, changes: Changes) -> None:
        self._pending = self._pending.merge(changes)
        if not self._timer.isActive():
            self._timer.start()

    def _say(self, state: str) -> None:
        self._on_state(state)

    def _deliver(self) -> None:
        changes, self._pending = self._pending, Changes()
        if changes:
            self._broadcast(changes)

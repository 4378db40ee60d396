"""Reads the calendar feed at the window's start and every N minutes, in a worker thread.

The worker opens the book on a connection of its own (SQLite connections serve the thread
that made them) and imports through the calendar import, in one transaction; its Changes are
broadcast here, on the UI thread, so Today and the calendar update. With no feed set up
nothing runs and nothing touches the network. Time comes from the session's clock: tests
call `check_now()` instead of waiting for the timer.
"""

from __future__ import annotations

import contextlib
import logging
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from clientbook.services.changes import Changes
from clientbook.services.feed.feed_config import FeedConfig
from clientbook.ui.session import Session

log = logging.getLogger("clientbook.feed")
TICK_MS = 60_000  # how often the timer asks whether a refresh is due


class FeedRelay(QObject):
    """Lives in the UI thread; `finished(outcome, error)` arrives there, queued."""

    finished = Signal(object, object)


class _Refresh(QRunnable):
    def __init__(self, relay: FeedRelay, session: Session, config: FeedConfig):
        super().__init__()
        self.relay, self.feed, self.config = relay, session.book.feed, config

    def run(self) -> None:
        outcome, error = None, None
        try:
            outcome = self.feed.refresh_apart(self.config)
        except Exception as exc:  # opening the book failed, say: handed to the UI thread
            error = exc
        with contextlib.suppress(RuntimeError):  # the window (and its relay) went away
            self.relay.finished.emit(outcome, error)


class FeedRunner(QObject):
    """`start()` reads the feed now (when one is set up) and then whenever it is due;
    `updated` tells the status bar and Settings to show the new status."""

    updated = Signal()

    def __init__(self, session: Session, parent: QObject | None = None,
                 pool: QThreadPool | None = None, tick_ms: int = TICK_MS):
        super().__init__(parent)
        self.session = session
        self.working = False
        self._pool = pool or QThreadPool.globalInstance()
        self._started: datetime | None = None  # this window's last refresh began then
        self._again = False  # the feed changed while it was being read: read it once more
        self._relay = FeedRelay(self)
        self._relay.finished.connect(self._finished)
        self.timer = QTimer(self)
        self.timer.setInterval(tick_ms)
        self.timer.timeout.connect(self.check_now)
        session.changed.connect(self._on_changed)

    def start(self) -> None:
        self.check_now()
        self.timer.start()

    def _due(self, config: FeedConfig) -> bool:
        if self._started is None:
            return True  # at start
        last = self.session.book.feed.status().last_try  # `feed refresh` counts too
        last = max(last, self._started) if last is not None else self._started
        return self.session.now() - last >= timedelta(minutes=config.minutes)

    def check_now(self, force: bool = False) -> bool:
        """Start a refresh when a feed is set up, on, and due (or `force`d); True if so."""
        config = self.session.book.feed.config()
        if config is None or not config.enabled:
            return False
        if self.working:
            self._again = self._again or force
            return False
        if not (force or self._due(config)):
            return False
        self._started = self.session.now()
        self.working = True
        self._pool.start(_Refresh(self._relay, self.session, config))
        return True

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_feed():  # set, changed, turned off or forgotten
            self.check_now(force=True)
            self.updated.emit()

    def _finished(self, outcome: object, error: object) -> None:
        self.working = False
        if error is not None:  # a bug: its kind only (its words might quote the address)
            log.error("calendar feed reader failed: %s", type(error).__name__)
        changes = getattr(outcome, "changes", None)
        if changes:
            self.session.changed.emit(changes)
        self.updated.emit()
        if self._again:
            self._again = False
            self.check_now(force=True)

"""Works a report out in a worker thread, so the Reports page never blocks the window.

The worker reads through a read-only connection of its own (`Reports.build_apart`): SQLite
connections serve the thread that made them, so the window's is never shared. Each job
carries the number of the request it answers; the page ignores answers to older requests
(the period or designer changed meanwhile).
"""

from __future__ import annotations

import contextlib
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from clientbook.services.book import Book


class ReportRelay(QObject):
    """Lives in the UI thread; `finished(number, report, error)` arrives there, queued."""

    finished = Signal(int, object, object)


class _Job(QRunnable):
    def __init__(self, relay: ReportRelay, book: Book, number: int, args: tuple[Any, ...],
                 options: dict[str, Any]):
        super().__init__()
        self.relay, self.book, self.number, self.args = relay, book, number, args
        self.options = options

    def run(self) -> None:
        report, error = None, None
        try:
            report = self.book.reports.build_apart(*self.args, **self.options)
        except Exception as exc:  # handed to the UI thread, shown there
            error = exc
        with contextlib.suppress(RuntimeError):  # the page (and its relay) went away
            self.relay.finished.emit(self.number, report, error)


class ReportRunner(QObject):
    """`start(*args, **options)` queues build_report(book, *args, **options) on a thread
    pool (Qt's own unless given); `ready(report, error)` answers only the newest request
    (error: the exception or None). A request still waiting for a thread when a newer one
    comes is dropped unrun."""

    ready = Signal(object, object)

    def __init__(self, book: Book, parent: QObject | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self.book = book
        self.working = False
        self._pool = pool or QThreadPool.globalInstance()
        self._asked = 0
        self._waiting: _Job | None = None
        self._relay = ReportRelay(self)
        self._relay.finished.connect(self._finished)

    def start(self, *args: Any, **options: Any) -> None:
        self._asked += 1
        self.working = True
        if self._waiting is not None and shiboken6.isValid(self._waiting):
            # Not started yet: never run it (a finished job is gone: the pool deleted it).
            with contextlib.suppress(RuntimeError):
                self._pool.tryTake(self._waiting)
        self._waiting = _Job(self._relay, self.book, self._asked, args, options)
        self._pool.start(self._waiting)

    def _finished(self, number: int, report: object, error: object) -> None:
        if number != self._asked:
            return  # the period or designer changed meanwhile: a newer report is coming
        self.working = False
        self._waiting = None
        self.ready.emit(report, error)

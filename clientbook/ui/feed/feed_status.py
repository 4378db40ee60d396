"""The calendar feed's line in the main window's status bar, and its reader started there."""

from __future__ import annotations

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QLabel, QMainWindow

from clientbook.ui.feed.feed_runner import TICK_MS, FeedRunner
from clientbook.ui.feed.feed_words import error_reason, status_line
from clientbook.ui.session import Session


class FeedStatusLabel(QLabel):
    """Hidden with no feed; otherwise how the last refresh went, its reason as a tooltip."""

    def __init__(self, session: Session):
        super().__init__(objectName="feedStatus")
        self.session = session
        self.setTextFormat(Qt.TextFormat.PlainText)
        # Its whole line when there is room; never the reason the window is wider than a
        # small screen (then it is cut short, and the tooltip says it all).
        self.setMinimumWidth(1)
        self.show_status()

    def show_status(self) -> None:
        feed = self.session.book.feed
        status = feed.status()
        text = status_line(feed.config(), status, self.session.now())
        self.setText(text)
        reason = error_reason(status)
        self.setToolTip(reason or text)
        self.setAccessibleName(f"{text}. {reason}" if reason else text)
        self.setVisible(bool(text))


def install_feed(window: QMainWindow, session: Session, pool: QThreadPool | None = None,
                 tick_ms: int = TICK_MS) -> FeedRunner:
    """The feed's reader for `window` (not started) and its status-bar line."""
    runner = FeedRunner(session, window, pool, tick_ms)
    label = FeedStatusLabel(session)
    window.statusBar().addPermanentWidget(label)
    runner.updated.connect(label.show_status)
    return runner

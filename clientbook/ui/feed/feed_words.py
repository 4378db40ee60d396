"""The calendar feed's status in the person's language, as the status bar and Settings say it
("Feed could not be reached at 10:15 — using the bookings from 09:45")."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from clientbook.domain.words import fill
from clientbook.services.feed.feed_config import FeedConfig, FeedStatus
from clientbook.ui.widgets.formats import day_month

translate = QCoreApplication.translate


def _at(moment: datetime, now: datetime) -> str:
    """10:15 today; "Friday 27 Nov 10:15" another day."""
    if moment.date() == now.date():
        return f"{moment:%H:%M}"
    return f"{day_month(moment.date(), short=True)} {moment:%H:%M}"


def error_reason(status: FeedStatus) -> str:
    """Why the last refresh failed, translated ("" when it did not)."""
    if not status.error:
        return ""
    if status.error_template:  # a core message, marked in the "Errors" context
        return fill(translate("Errors", status.error_template), status.error_values)
    return status.error


def status_line(config: FeedConfig | None, status: FeedStatus, now: datetime) -> str:
    """One line on the feed: off, not read yet, refreshed, or why not and since when the
    bookings date; "" with no feed at all."""
    if config is None:
        return ""
    if not config.enabled:
        return translate("FeedStatus", "Calendar feed off")
    if status.last_try is None:
        return translate("FeedStatus", "Calendar feed: not read yet")
    tried = _at(status.last_try, now)
    if not status.error:
        counts = status.counts
        return fill(translate("FeedStatus",
                              "Feed refreshed at %1: %2 new, %3 moved, %4 cancelled"),
                    [tried, counts.get("new", 0), counts.get("moved", 0),
                     counts.get("cancelled", 0)])
    if status.last_ok is None:
        if status.unreachable:
            return fill(translate("FeedStatus", "Feed could not be reached at %1"), [tried])
        return fill(translate("FeedStatus", "Feed could not be used at %1"), [tried])
    since = [tried, _at(status.last_ok, now)]
    if status.unreachable:
        return fill(translate(
            "FeedStatus", "Feed could not be reached at %1 — using the bookings from %2"), since)
    return fill(translate(
        "FeedStatus", "Feed could not be used at %1 — using the bookings from %2"), since)

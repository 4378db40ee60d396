"""One refresh of the calendar feed: read it, then import it exactly as a calendar file is
imported (the same matching and UID rules, one transaction), or change nothing."""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.feed import feed_config
from clientbook.services.feed.download import FeedError, FeedUnreachable
from clientbook.services.feed.feed_config import FeedConfig, FeedStatus

if TYPE_CHECKING:
    from clientbook.services.book import Book

log = logging.getLogger("clientbook.feed")

# The feed is held on disk only while it is imported, in a hidden folder of the data folder
# (a refresh killed half-way leaves one, removed by the next refresh).
TEMP_PREFIX = ".clientbook-feed-"
ACTIONS = ("new", "moved", "cancelled", "unchanged")


@dataclass
class FeedOutcome:
    """What one refresh did: the import's counts and Changes, or the error that stopped it
    (then nothing changed); `status` is what is kept for the window and `feed show`."""

    at: datetime
    status: FeedStatus
    changes: Changes = field(default_factory=Changes)
    counts: dict[str, int] = field(default_factory=dict)
    unmatched: int = 0
    error: ClientBookError | None = None


def _leftovers(folder: Path) -> None:
    for stale in folder.glob(TEMP_PREFIX + "*"):
        shutil.rmtree(stale, ignore_errors=True)


def _import(book: Book, config: FeedConfig, data: bytes) -> tuple[dict[str, int], int, Changes]:
    folder = book.path.parent
    _leftovers(folder)
    with tempfile.TemporaryDirectory(prefix=TEMP_PREFIX, dir=folder) as temp:
        path = Path(temp) / f"{config.host or 'calendar'} feed.ics"
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        calendars = book.calendars
        report, changes = calendars.import_file(path, dry_run=True, staff_id=config.staff_id)
        if report.problems:
            line, why = report.problems[0]
            raise FeedError(QT_TRANSLATE_NOOP(
                "Errors", "The feed has %1 event(s) ClientBook cannot read (line %2: %3); "
                          "nothing was changed."), len(report.problems), line, why)
        if any(report.count(a) for a in ("new", "moved", "cancelled")):
            # Only a refresh that changes something is saved (and logged as an import).
            report, changes = calendars.import_file(path, staff_id=config.staff_id)
    return {a: report.count(a) for a in ACTIONS}, len(report.unmatched), changes


def refresh(book: Book, config: FeedConfig, fetch: Callable[[str], bytes]) -> FeedOutcome:
    """Read the feed and import it; the outcome (never raises a user's error) is also kept
    in the status file. The log names the feed's site only, never its address."""
    folder = book.path.parent
    now = book.clock()
    status = feed_config.load_status(folder)
    status.last_try = now
    outcome = FeedOutcome(now, status)
    try:
        if config.staff_id is not None and book.store.staff.get(config.staff_id) is None:
            raise FeedError(QT_TRANSLATE_NOOP(
                "Errors", "The designer this feed belongs to is no longer on the staff; "
                          "choose another in Settings → Calendar feed."))
        data = fetch(config.url)
        outcome.counts, outcome.unmatched, outcome.changes = _import(book, config, data)
    except (ClientBookError, OSError) as exc:
        return failed(book, config, exc, outcome)
    status.last_ok, status.error, status.counts = now, "", dict(outcome.counts)
    status.error_template, status.error_values, status.unreachable = "", [], False
    log.info("calendar feed from %s refreshed: %s", config.host, ", ".join(
        f"{n} {a}" for a, n in outcome.counts.items()))
    _keep(folder, status)
    return outcome


def failed(book: Book, config: FeedConfig, exc: ClientBookError | OSError,
           outcome: FeedOutcome | None = None) -> FeedOutcome:
    """The outcome of a refresh stopped by `exc` (nothing changed), kept and logged."""
    if outcome is None:
        status = feed_config.load_status(book.path.parent)
        status.last_try = book.clock()
        outcome = FeedOutcome(status.last_try, status)
    status = outcome.status
    error = exc if isinstance(exc, ClientBookError) else FeedError(QT_TRANSLATE_NOOP(
        "Errors", "The feed could not be kept while importing it: %1"),
        exc.strerror or type(exc).__name__)
    outcome.error, outcome.changes = error, Changes()
    status.error, status.error_template = str(error), error.template
    status.error_values = [str(v) for v in error.values]
    status.unreachable = isinstance(error, FeedUnreachable)
    log.warning("calendar feed from %s not refreshed: %s", config.host, error)
    _keep(book.path.parent, status)
    return outcome


def _keep(folder: Path, status: FeedStatus) -> None:
    with contextlib.suppress(OSError):
        feed_config.save_status(folder, status)

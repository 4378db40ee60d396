"""The opt-in calendar feed: an https:// address read now and then, imported like a calendar
file; `book.feed` is the way in. Without a feed nothing here touches the network."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError, NotFoundError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.feed import feed_config
from clientbook.services.feed.feed_config import DEFAULT_MINUTES, FeedConfig, FeedStatus

if TYPE_CHECKING:
    from clientbook.services.book import Book
    from clientbook.services.feed.refresh import FeedOutcome


class Feed:
    # Internal, for tests only: read http://127.0.0.1 (a local test server). Never a
    # setting a person can change.
    allow_loopback_http = False
    # What reads the address (tests give a short time limit); None: download.fetch.
    fetch: Callable[[str], bytes] | None = None

    def __init__(self, book: Book):
        self._book = book

    def _folder(self):
        return self._book.path.parent

    def config(self) -> FeedConfig | None:
        """The saved feed, or None when none is set up."""
        return feed_config.load(self._folder())

    def status(self) -> FeedStatus:
        return feed_config.load_status(self._folder())

    def configure(self, url: str | None, staff_id: int | None = None,
                  minutes: int = DEFAULT_MINUTES, enabled: bool = True) -> FeedConfig:
        """Check and save the feed (privately, 0600); `url` None keeps the saved address."""
        saved = self.config()
        if url is None and saved is None:
            url = ""
        url = feed_config.check_url(saved.url if url is None else url,
                                    self.allow_loopback_http)
        feed_config.check_minutes(minutes)
        if staff_id is not None and self._book.store.staff.get(staff_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no such staff member."))
        config = FeedConfig(url, staff_id, minutes, enabled)
        feed_config.save(self._folder(), config)
        return config

    def turn_off(self, forget: bool = False) -> None:
        """Stop reading the feed; `forget` also deletes its address and status."""
        if forget:
            feed_config.forget(self._folder())
            return
        config = self.config()
        if config is not None:
            feed_config.save(self._folder(), FeedConfig(config.url, config.staff_id,
                                                        config.minutes, False))

    def _fetcher(self) -> Callable[[str], bytes]:
        if self.fetch is not None:
            return self.fetch
        from clientbook.services.feed.download import fetch  # the network, only now
        return functools.partial(fetch, allow_loopback_http=self.allow_loopback_http)

    def refresh(self, config: FeedConfig | None = None) -> FeedOutcome:
        """Read the feed and import it on this book's connection (the command line)."""
        from clientbook.services.feed.refresh import refresh
        config = config or self._required()
        return refresh(self._book, config, self._fetcher())

    def refresh_apart(self, config: FeedConfig) -> FeedOutcome:
        """The same on a connection of its own: for a worker thread (see Book.writer)."""
        from clientbook.services.feed.refresh import failed, refresh
        fetch = self._fetcher()
        try:
            writer = self._book.writer()
        except (ClientBookError, OSError) as exc:  # locked, damaged…: said like the rest
            return failed(self._book, config, exc)
        try:
            return refresh(writer, config, fetch)
        finally:
            writer.close()

    def _required(self) -> FeedConfig:
        config = self.config()
        if config is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "No calendar feed is set up (clientbook feed set URL)."))
        return config

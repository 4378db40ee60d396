"""A client's timeline: visits, appointments, promises, contacts, rewards and changes."""

from __future__ import annotations

from clientbook.domain.errors import NotFoundError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage.repositories.timeline import KINDS, TimelineRow
from clientbook.storage.store import Store

__all__ = ["KINDS", "TimelineRow", "TimelineService"]

PAGE = 200


class TimelineService:
    def __init__(self, store: Store):
        self.store = store

    def _check(self, client_id: int) -> None:
        if not self.store.clients.exists(client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)

    def count(self, client_id: int, kinds: tuple[str, ...] | None = None) -> int:
        """How many entries the client's history has (of these kinds; None: all)."""
        self._check(client_id)
        return self.store.timeline.count(client_id, kinds)

    def page(self, client_id: int, kinds: tuple[str, ...] | None = None, offset: int = 0,
             limit: int = PAGE) -> list[TimelineRow]:
        """Newest first, `limit` entries from `offset`: a long history is read a page at a
        time."""
        self._check(client_id)
        return self.store.timeline.page(client_id, kinds, offset, limit)

    def visits(self, client_id: int) -> list[TimelineRow]:
        """Every visit of the client, newest first."""
        rows: list[TimelineRow] = []
        while batch := self.page(client_id, ("visit",), len(rows), 1000):
            rows.extend(batch)
            if len(batch) < 1000:
                break
        return rows

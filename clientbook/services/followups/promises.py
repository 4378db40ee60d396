"""The firm's promises across all clients: what is due today, what is late, the record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from clientbook.domain.care.promise_record import PromiseOutcome, PromiseRecord, promise_record
from clientbook.domain.models import Promise
from clientbook.storage.store import Store


@dataclass(frozen=True)
class PromiseLine:
    promise: Promise
    client_name: str
    staff_name: str


@dataclass(frozen=True)
class PromiseBoard:
    overdue: list[PromiseLine]
    """Open promises whose due time has passed, oldest first."""
    due_today: list[PromiseLine]
    """Open promises due later today."""
    overdue_total: int = -1
    """How many are overdue in all (the list may hold only the first ones); -1: the list's."""
    due_today_total: int = -1

    def __post_init__(self) -> None:
        if self.overdue_total < 0:
            object.__setattr__(self, "overdue_total", len(self.overdue))
        if self.due_today_total < 0:
            object.__setattr__(self, "due_today_total", len(self.due_today))

    def __len__(self) -> int:
        return self.overdue_total + self.due_today_total


class PromiseService:
    def __init__(self, store: Store, clock: Callable[[], datetime]):
        self.store = store
        self.clock = clock

    def board(self, limit: int | None = None) -> PromiseBoard:
        """Overdue and due-today promises to active clients: all, or the first `limit` of
        each group with how many there are in all (a neglected book may have thousands)."""
        now = self.clock()
        tomorrow = datetime.combine(now.date() + timedelta(days=1), time())
        names = {s.id: s.name for s in self.store.staff.all()}
        records = self.store.records
        groups = []
        for start, end in ((None, now), (now, tomorrow)):
            lines = [PromiseLine(promise, client, names.get(promise.staff_id, ""))
                     for promise, client in records.open_promises_due_between(start, end, limit)]
            total = (len(lines) if limit is None or len(lines) < limit
                     else records.count_open_promises_due_between(start, end))
            groups.append((lines, total))
        (overdue, overdue_total), (today, today_total) = groups
        return PromiseBoard(overdue, today, overdue_total, today_total)

    def line(self, promise_id: int) -> PromiseLine | None:
        """One promise with its client's and owner's names; None if it no longer exists."""
        promise = self.store.records.promise(promise_id)
        if promise is None:
            return None
        client = self.store.clients.names([promise.client_id]).get(promise.client_id)
        owner = self.store.staff.get(promise.staff_id) if promise.staff_id else None
        return PromiseLine(promise, client[0] if client else "", owner.name if owner else "")

    def record(self) -> PromiseRecord:
        """On-time rate per month and per staff member, up to now."""
        outcomes = (PromiseOutcome(*row) for row in self.store.records.promise_outcomes())
        return promise_record(outcomes, self.clock())

    def reschedules(self, promise_id: int) -> list[tuple[datetime, datetime, datetime]]:
        return self.store.records.reschedules(promise_id)

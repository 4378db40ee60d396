"""Loyalty rewards: where a client stands, handing a reward over (and taking that back)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from clientbook.domain.care.loyalty import (
    LoyaltyMode,
    LoyaltyRule,
    RewardStatus,
    reward_status,
    waiting_threshold,
)
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import Reward
from clientbook.domain.words import QT_TRANSLATE_NOOP, message
from clientbook.services.changes import Changes
from clientbook.services.settings import loyalty_rule
from clientbook.services.undo import UndoStack
from clientbook.storage.store import Store


@dataclass(frozen=True)
class RewardWaiting:
    """A client whose next visit earns a reward and who has nothing booked: tell them."""

    client_id: int
    name: str
    visit_number: int
    """Their next visit's number since the last reward."""
    spent: Decimal
    last_visit: datetime | None


class LoyaltyService:
    def __init__(self, store: Store, clock: Callable[[], datetime], undo: UndoStack):
        self.store = store
        self.clock = clock
        self.undo = undo

    def rule(self) -> LoyaltyRule:
        return loyalty_rule(self.store)

    def status(self, client_id: int, today: date | None = None) -> RewardStatus | None:
        """Where the client stands today; None when the firm has no loyalty rule."""
        visits, spent = self.store.rewards.counted(client_id, today or self.clock().date())
        return reward_status(self.rule(), visits, spent)

    def statuses(self, client_ids: list[int], today: date) -> dict[int, RewardStatus]:
        """`status` for several clients at once; empty when the firm has no loyalty rule."""
        rule = self.rule()
        if rule.mode == LoyaltyMode.OFF:
            return {}
        counted = self.store.rewards.counted_many(client_ids, today)
        return {cid: status for cid, (visits, spent) in counted.items()
                if (status := reward_status(rule, visits, spent)) is not None}

    def redeemed_today(self, client_id: int) -> Reward | None:
        latest = self.history(client_id)[:1]
        if latest and latest[0].redeemed_at.date() == self.clock().date():
            return latest[0]
        return None

    def history(self, client_id: int) -> list[Reward]:
        """Rewards handed over, newest first."""
        return self.store.rewards.history(client_id)

    def redeem(self, client_id: int, staff_id: int | None = None) -> tuple[Reward, Changes]:
        """Record that the client received the reward due today."""
        if not self.store.clients.exists(client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)
        status = self.status(client_id)
        if status is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no loyalty rule; set one in Settings first."))
        if not status.due:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "No reward is due for this client yet."))
        reward = Reward(client_id, self.clock(), status.rule.reward,
                        status.visit_number if status.rule.mode == LoyaltyMode.VISITS else 0,
                        staff_id)
        with self.store.write():
            self.store.rewards.add(reward)
        name = self.store.clients.get(client_id).display_name
        self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo reward for %1"), name),
                       lambda: self.undo_redeem(reward.id), client_id)
        return reward, Changes(clients={client_id}, rewards=True)

    def undo_redeem(self, reward_id: int) -> Changes:
        reward = self.store.rewards.get(reward_id)
        if reward is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This reward is no longer recorded."))
        with self.store.write():
            self.store.rewards.delete(reward_id)
        return Changes(clients={reward.client_id}, rewards=True)

    def waiting(self, today: date | None = None) -> list[RewardWaiting]:
        """Active clients whose next visit earns a reward and who have nothing booked."""
        threshold = waiting_threshold(self.rule())
        if threshold is None:
            return []
        rows = self.store.rewards.waiting(today or self.clock().date(), *threshold)
        return [RewardWaiting(cid, name, visits + 1, spent, last)
                for cid, name, visits, spent, last in rows]

"""Loyalty rewards: every N-th visit (or every so much spent) earns a reward.

Counting starts again after each redeemed reward. Visits on the day of the last redemption
never count towards the next reward (that was the reward visit, whether it was logged before
or after the reward was handed over), and today's visit is the one in progress: "this is
visit 10" before it is logged and after. So the count is the visits on the days strictly
between the last redemption and today, plus one for today.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

DEFAULT_EVERY_VISITS = 10
MAX_EVERY_VISITS = 100


class LoyaltyMode(StrEnum):
    OFF = "off"
    VISITS = "visits"
    SPEND = "spend"


@dataclass(frozen=True)
class LoyaltyRule:
    mode: LoyaltyMode = LoyaltyMode.VISITS
    every_visits: int = DEFAULT_EVERY_VISITS
    every_spend: Decimal = Decimal("500")
    reward: str = ""
    """What the client gets, in the firm's words ("free Earl Grey and dessert")."""


@dataclass(frozen=True)
class RewardStatus:
    rule: LoyaltyRule
    visit_number: int
    """Today's visit counted from the last reward (1 = the first visit after it)."""
    spent: Decimal
    """Spent on the days between the last reward and today (spend rule)."""
    due: bool
    visits_to_go: int
    """Visits after today's until the reward visit; 0 when due (visit rule)."""
    spend_to_go: Decimal
    """Still to spend before a reward is due; 0 when due (spend rule)."""

    @property
    def one_to_go(self) -> bool:
        """The next visit after today's earns the reward (by spend: under a tenth of the
        amount to go): worth telling the client."""
        if self.due:
            return False
        if self.rule.mode == LoyaltyMode.VISITS:
            return self.visits_to_go == 1
        return self.spend_to_go <= self.rule.every_spend / 10


def reward_status(rule: LoyaltyRule, visits_before_today: int, spent_before_today: Decimal
                  ) -> RewardStatus | None:
    """Where a client stands; None when the firm has no loyalty rule.

    `visits_before_today` and `spent_before_today` cover the days after the last redemption
    (or ever, when there was none) up to yesterday.
    """
    if rule.mode == LoyaltyMode.OFF:
        return None
    visit_number = visits_before_today + 1
    if rule.mode == LoyaltyMode.VISITS:
        due = visit_number >= rule.every_visits
        return RewardStatus(rule, visit_number, spent_before_today, due,
                            0 if due else rule.every_visits - visit_number, Decimal(0))
    due = spent_before_today >= rule.every_spend
    to_go = Decimal(0) if due else rule.every_spend - spent_before_today
    return RewardStatus(rule, visit_number, spent_before_today, due, 0, to_go)


def waiting_threshold(rule: LoyaltyRule) -> tuple[str, int | Decimal] | None:
    """For finding everyone whose next visit is a reward visit in one query: which measure
    (visits or spend before today) must reach what. None when there is no rule."""
    if rule.mode == LoyaltyMode.VISITS:
        return "visits", rule.every_visits - 1
    if rule.mode == LoyaltyMode.SPEND:
        return "spend", rule.every_spend
    return None

"""The day's appointments with what needs attention on each (the Today page's list)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from clientbook.domain.birthdays import days_until
from clientbook.domain.care.briefing import BIRTHDAY_BANNER_DAYS, is_caution
from clientbook.domain.care.loyalty import RewardStatus
from clientbook.domain.models import Appointment
from clientbook.services.followups.loyalty import LoyaltyService
from clientbook.storage.store import Store


class Badge(StrEnum):
    BIRTHDAY_TODAY = "birthday_today"
    BIRTHDAY_SOON = "birthday_soon"
    PROMISE_DUE = "promise_due"
    PROMISE_OVERDUE = "promise_overdue"
    REWARD_DUE = "reward_due"
    REWARD_NEXT = "reward_next"
    """The visit after this one earns the reward: worth telling the client."""
    DESIGNER_DIFFERS = "designer_differs"
    CAUTION = "caution"


@dataclass(frozen=True)
class AgendaItem:
    appointment: Appointment
    client_name: str
    staff_name: str
    badges: tuple[Badge, ...]
    cautions: tuple[str, ...]
    """The "please avoid" texts, for a tooltip or a short note in the list."""
    reward: RewardStatus | None = None


def agenda(store: Store, day: date, now: datetime, loyalty: LoyaltyService
           ) -> list[AgendaItem]:
    """Every appointment on `day`, in time order, cancelled ones included (they show struck).

    A handful of statements whatever the number of appointments (each is a round trip to a
    server book): the day's clients, their open promises and reward standing come in batches.
    """
    start = datetime.combine(day, time())
    staff = {s.id: s.name for s in store.staff.all()}
    end_of_day = datetime.combine(day, time.max)
    appointments = store.records.appointments_between(start, start + timedelta(days=1))
    ids = list(dict.fromkeys(a.client_id for a in appointments))
    clients = store.clients.get_many(ids)
    promises = store.records.open_promises_of(ids)
    rewards = loyalty.statuses(ids, day)
    items = []
    for appt in appointments:
        client = clients.get(appt.client_id)
        if client is None:
            continue
        badges: list[Badge] = []
        if client.birthday is not None:
            ahead = days_until(client.birthday, day)
            if ahead == 0:
                badges.append(Badge.BIRTHDAY_TODAY)
            elif ahead <= BIRTHDAY_BANNER_DAYS:
                badges.append(Badge.BIRTHDAY_SOON)
        due = [p.due_at for p in promises[client.id] if p.due_at <= end_of_day]
        if any(d < now for d in due):
            badges.append(Badge.PROMISE_OVERDUE)
        elif due:
            badges.append(Badge.PROMISE_DUE)
        reward = rewards.get(client.id)
        if reward is not None and reward.due:
            badges.append(Badge.REWARD_DUE)
        elif reward is not None and reward.one_to_go:
            badges.append(Badge.REWARD_NEXT)
        if (client.designer_id is not None and appt.staff_id is not None
                and appt.staff_id != client.designer_id):
            badges.append(Badge.DESIGNER_DIFFERS)
        cautions = tuple(p.text() for p in client.preferences if is_caution(p))
        if cautions:
            badges.append(Badge.CAUTION)
        items.append(AgendaItem(appt, client.display_name, staff.get(appt.staff_id, ""),
                                tuple(badges), cautions, reward))
    return items

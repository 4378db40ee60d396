"""The pre-visit briefing: what to have ready, what to avoid, what we owe the client."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from clientbook.domain.birthdays import days_until
from clientbook.domain.care.loyalty import RewardStatus
from clientbook.domain.models import (
    HAVE_READY,
    Appointment,
    Client,
    ContactEntry,
    ContactPreference,
    Preference,
    PreferenceCategory,
    Promise,
    Reward,
    Staff,
    Visit,
)

# A birthday this many days away (or fewer) gets a banner on the card.
BIRTHDAY_BANNER_DAYS = 7


@dataclass(frozen=True)
class BirthdayNote:
    date: date
    days_until: int
    age: int | None


@dataclass
class Briefing:
    client: Client
    today: date
    designer: Staff | None
    have_ready: list[Preference]
    cautions: list[Preference]
    other_likes: list[Preference]
    birthday: BirthdayNote | None
    visit_count: int
    last_visits: list[Visit]
    next_appointment: Appointment | None
    open_promises: list[Promise]
    overdue_promise_ids: set[int] = field(default_factory=set)
    staff_names: dict[int, str] = field(default_factory=dict)
    reward: RewardStatus | None = None
    reward_redeemed_today: Reward | None = None
    contact: ContactPreference = field(default_factory=ContactPreference)
    last_contact: ContactEntry | None = None
    designer_visits: tuple[int, int] = (0, 0)
    """(visits with the assigned designer, all visits)."""
    missed: tuple[int, int] = (0, 0)
    """(no-shows, late cancellations) in the last 12 months."""

    @property
    def reward_due(self) -> bool:
        """A redemption today restarts the count, so a reward handed over is no longer due."""
        return self.reward is not None and self.reward.due

    @property
    def health_consent_missing(self) -> bool:
        """Health notes are shown (safety first) though no consent to keep them is recorded."""
        return self.client.health_consent_missing

    @property
    def designer_differs(self) -> bool:
        """Today's appointment is with someone other than the assigned designer."""
        appt = self.next_appointment
        return bool(
            self.designer
            and appt
            and appt.starts_at.date() == self.today
            and appt.staff_id is not None
            and appt.staff_id != self.designer.id
        )


def is_caution(pref: Preference) -> bool:
    return pref.avoid or pref.category == PreferenceCategory.HEALTH


def build_briefing(
    client: Client,
    *,
    now: datetime,
    designer: Staff | None,
    visit_count: int,
    last_visits: list[Visit],
    next_appointment: Appointment | None,
    open_promises: list[Promise],
    staff_names: dict[int, str],
    reward: RewardStatus | None = None,
    reward_redeemed_today: Reward | None = None,
    contact: ContactPreference | None = None,
    last_contact: ContactEntry | None = None,
    designer_visits: tuple[int, int] = (0, 0),
    missed: tuple[int, int] = (0, 0),
) -> Briefing:
    today = now.date()
    cautions = [p for p in client.preferences if is_caution(p)]
    likes = [p for p in client.preferences if not is_caution(p)]
    ready = [p for p in likes if p.category in HAVE_READY]
    ready.sort(key=lambda p: HAVE_READY.index(p.category))
    birthday = None
    if client.birthday is not None:
        ahead = days_until(client.birthday, today)
        if ahead <= BIRTHDAY_BANNER_DAYS:
            when = client.birthday.next_on_or_after(today)
            birthday = BirthdayNote(when, ahead, client.birthday.age_on(when))
    return Briefing(
        client=client,
        today=today,
        designer=designer,
        have_ready=ready,
        cautions=cautions,
        other_likes=[p for p in likes if p.category not in HAVE_READY],
        birthday=birthday,
        visit_count=visit_count,
        last_visits=last_visits,
        next_appointment=next_appointment,
        open_promises=open_promises,
        overdue_promise_ids={p.id for p in open_promises if p.is_overdue(now)},
        staff_names=staff_names,
        reward=reward,
        reward_redeemed_today=reward_redeemed_today,
        contact=contact or ContactPreference(),
        last_contact=last_contact,
        designer_visits=designer_visits,
        missed=missed,
    )

"""Assemble the briefing card and upcoming birthdays from the store."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from clientbook.domain import birthdays
from clientbook.domain.birthdays import Birthday, UpcomingBirthday
from clientbook.domain.care.briefing import Briefing, build_briefing
from clientbook.domain.errors import NotFoundError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.followups.loyalty import LoyaltyService
from clientbook.storage.store import Store

LAST_VISITS_SHOWN = 3


def briefing(store: Store, client_id: int, now: datetime, loyalty: LoyaltyService
             ) -> Briefing:
    client = store.clients.get(client_id)
    if client is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "There is no client with id %1."), client_id)
    staff = {s.id: s for s in store.staff.all()}
    return build_briefing(
        client,
        now=now,
        designer=staff.get(client.designer_id),
        visit_count=store.records.visit_count(client_id),
        last_visits=store.records.visits_for(client_id, limit=LAST_VISITS_SHOWN),
        # From the start of today, so today's appointment counts even once it has begun.
        next_appointment=store.records.next_appointment(
            client_id, datetime.combine(now.date(), datetime.min.time())
        ),
        open_promises=store.records.open_promises(client_id),
        staff_names={i: s.name for i, s in staff.items()},
        reward=loyalty.status(client_id, now.date()),
        reward_redeemed_today=loyalty.redeemed_today(client_id),
        contact=store.contact_prefs.get(client_id),
        last_contact=next(iter(store.records.contacts_for(client_id, 1)), None),
        designer_visits=store.records.visits_with_designer(client_id),
        missed=store.calendar.missed_since(client_id, now - timedelta(days=365), now),
    )


def upcoming_birthdays(store: Store, today: date, days: int) -> list[UpcomingBirthday]:
    """Active clients' birthdays from today through `days` days ahead."""
    candidates = store.clients.birthdays_on(birthdays.month_days_between(today, days))
    people = [(cid, name, Birthday.parse(iso)) for cid, name, iso in candidates]
    return birthdays.upcoming(people, today, days)

"""The demo's service memory: rewards handed over on the way, and some clients' contact wishes.

Kept apart from demo.py and drawn from its own random stream, so the rest of the demo (names,
visits, bookings) stays exactly what a seed always gave.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from clientbook.domain.models import (
    AppointmentStatus,
    ContactChannel,
    ContactPreference,
    Visit,
)
from clientbook.storage.store import Store

DEMO_REWARD = "free Earl Grey and dessert"
# Most rewards were handed over; a few were forgotten and are still owed.
HANDED_OVER = 0.9
# Most clients with an allergy on file gave consent to keep it; a few were never asked.
CONSENTED = 0.85
_REWARD_COLUMNS = ["client_id", "redeemed_at", "reward", "visit_number", "staff_id"]


def add_service_memory(store: Store, seed: int, today: date, client_ids: list[int],
                       every: int) -> int:
    """Rewards at every `every`-th visit and contact wishes; returns the rewards added.

    Two of today's clients are set up so the Today page shows both loyalty badges: one whose
    visit today is the reward visit, one whose next visit will be. Callers hold a write().
    """
    rng = random.Random(f"service-memory-{seed}")
    if not store.settings.get("loyalty_reward"):
        store.settings.set("loyalty_reward", DEMO_REWARD)
    if not client_ids:
        return 0
    visits = store.rewards.every_nth_visit(min(client_ids), max(client_ids), every)
    rows = [(cid, at, DEMO_REWARD, every, staff) for cid, at, staff in visits
            if rng.random() < HANDED_OVER]
    for cid, visit in _planted(store, today, every):
        rows = [r for r in rows if r[0] != cid or r[1] < visit.visited_at.isoformat()]
        rows.append((cid, visit.visited_at.isoformat(), DEMO_REWARD, every, visit.staff_id))
    store.bulk_insert("rewards", _REWARD_COLUMNS, rows)
    for cid in store.clients.with_health_notes(client_ids):
        if rng.random() < CONSENTED:  # most gave consent when the allergy was first noted
            client = store.clients.get(cid)
            store.clients.set_health_consent(cid, client.created_at if client else None)
    for cid in client_ids:
        draw = rng.random()
        if draw < 0.03:
            store.contact_prefs.set(cid, ContactPreference(do_not_contact=True))
        elif draw < 0.25:
            channel = rng.choice((ContactChannel.SMS, ContactChannel.SMS, ContactChannel.CALL,
                                  ContactChannel.EMAIL))
            quiet = rng.choice((None, None, 14, 30))
            store.contact_prefs.set(cid, ContactPreference(channel, False, quiet))
    return len(rows)


def _planted(store: Store, today: date, every: int) -> list[tuple[int, Visit]]:
    """(client, the visit their last reward was handed over on) for two of today's clients."""
    start = datetime.combine(today, time())
    booked = [a.client_id for a in store.records.appointments_between(
        start, start + timedelta(days=1)) if a.status == AppointmentStatus.BOOKED]
    planted = []
    for cid in dict.fromkeys(booked):
        visits = store.records.visits_for(cid)  # newest first
        back = every - len(planted)  # `every` visits ago: due today; one fewer: due next time
        if len(visits) > back:
            planted.append((cid, visits[back - 1]))
        if len(planted) == 2:
            break
    return planted

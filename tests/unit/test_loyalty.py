"""Loyalty rewards: counting from the last reward, handing one over, who to tell."""

from datetime import date, datetime, timedelta
from decimal import Decimal

import pytest

from clientbook.domain.care.loyalty import LoyaltyMode, LoyaltyRule, reward_status
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Appointment, AppointmentStatus, Client, Visit

from ..conftest import NOW

EVERY_10 = LoyaltyRule(LoyaltyMode.VISITS, 10)


@pytest.mark.parametrize(("before", "number", "due", "to_go", "one_to_go"), [
    (0, 1, False, 9, False),
    (8, 9, False, 1, True),
    (9, 10, True, 0, False),
    (12, 13, True, 0, False),  # earned at visit 10 and never handed over: still owed
])
def test_todays_visit_is_numbered_from_the_last_reward(before, number, due, to_go, one_to_go):
    status = reward_status(EVERY_10, before, Decimal(0))
    assert (status.visit_number, status.due, status.visits_to_go, status.one_to_go) == (
        number, due, to_go, one_to_go)


def test_a_spend_rule_is_due_once_the_amount_is_reached():
    rule = LoyaltyRule(LoyaltyMode.SPEND, every_spend=Decimal("500"))
    assert reward_status(rule, 3, Decimal("499.99")).spend_to_go == Decimal("0.01")
    status = reward_status(rule, 3, Decimal("500"))
    assert status.due and status.spend_to_go == 0 and not status.one_to_go


def test_no_rule_means_no_status():
    assert reward_status(LoyaltyRule(LoyaltyMode.OFF), 50, Decimal(100)) is None


def _visits(book, client_id, days_ago, spend="10"):
    for n in days_ago:
        book.history.add_visit(Visit(client_id, NOW - timedelta(days=n), "Cut",
                                     spend=Decimal(spend)))


@pytest.fixture
def regular(book):
    client = Client(display_name="Zoë Παπαδοπούλου")
    book.clients.add(client)
    _visits(book, client.id, range(9, 0, -1))  # nine visits, on the nine days before today
    return client


def test_the_tenth_visit_is_due_and_redeeming_restarts_the_count(book, regular):
    assert book.briefing(regular.id).reward_due
    reward, changes = book.loyalty.redeem(regular.id)
    assert changes.rewards and regular.id in changes.clients
    assert (reward.visit_number, reward.redeemed_at) == (10, NOW)
    card = book.briefing(regular.id)
    assert not card.reward_due and card.reward_redeemed_today == reward
    # Today's visit, logged after the reward was handed over, does not count towards the next.
    _visits(book, regular.id, [0])
    assert book.loyalty.status(regular.id).visit_number == 1
    tomorrow = NOW.date() + timedelta(days=1)
    assert book.loyalty.status(regular.id, tomorrow).visit_number == 1
    # A visit the day after the reward is visit 1 of the next round; the one after is 2.
    book.clock = lambda: NOW + timedelta(days=2)
    _visits(book, regular.id, [-1])
    assert book.loyalty.status(regular.id).visit_number == 2
    assert [r.visit_number for r in book.loyalty.history(regular.id)] == [10]


def test_a_visit_logged_before_the_reward_on_the_same_day_is_the_reward_visit(book, regular):
    _visits(book, regular.id, [0])  # visit 10 logged first
    assert book.loyalty.status(regular.id).due
    book.loyalty.redeem(regular.id)
    assert book.loyalty.status(regular.id, NOW.date() + timedelta(days=1)).visit_number == 1


def test_redeeming_when_nothing_is_due_is_refused_and_records_nothing(book):
    client = Client(display_name="Олена")
    book.clients.add(client)
    _visits(book, client.id, [3, 2])
    with pytest.raises(ValidationError, match="No reward is due"):
        book.loyalty.redeem(client.id)
    book.update_settings({"loyalty_mode": "off"})
    with pytest.raises(ValidationError, match="no loyalty rule"):
        book.loyalty.redeem(client.id)
    assert book.loyalty.history(client.id) == []


def test_undoing_a_redemption_makes_the_reward_due_again(book, regular):
    reward, _ = book.loyalty.redeem(regular.id)
    book.loyalty.undo_redeem(reward.id)
    assert book.loyalty.status(regular.id).due and book.loyalty.history(regular.id) == []


def test_the_rule_comes_from_settings(book, regular):
    book.update_settings({"loyalty_every": "5", "loyalty_reward": "free  dessert "})
    status = book.loyalty.status(regular.id)
    assert (status.rule.every_visits, status.rule.reward, status.visit_number) == (
        5, "free dessert", 10)
    book.update_settings({"loyalty_mode": "spend", "loyalty_spend": "100"})
    assert not book.loyalty.status(regular.id).due  # 9 × 10.00 spent
    _visits(book, regular.id, [20])
    assert book.loyalty.status(regular.id).due


@pytest.mark.parametrize(("key", "value"), [
    ("loyalty_mode", "sometimes"), ("loyalty_every", "1"), ("loyalty_every", "101"),
    ("loyalty_spend", "0"), ("loyalty_spend", "abc"), ("loyalty_spend", "NaN"),
    ("loyalty_reward", "x" * 201), ("quiet_days", "366"), ("callback_minutes", "-5"),
])
def test_bad_loyalty_and_contact_settings_are_refused(book, key, value):
    with pytest.raises(ValidationError) as caught:
        book.update_settings({key: value})
    assert caught.value.field == key
    assert book.loyalty.rule() == LoyaltyRule(LoyaltyMode.VISITS, 10, Decimal("500"), "")


def test_clients_to_tell_have_a_reward_next_and_nothing_booked(book, regular):
    booked, archived, short = (Client(display_name=n) for n in ("王小明", "Archived", "Eight"))
    for client in (booked, archived, short):
        book.clients.add(client)
    _visits(book, booked.id, range(9, 0, -1))
    _visits(book, archived.id, range(9, 0, -1))
    _visits(book, short.id, range(8, 0, -1))
    book.clients.set_archived(archived.id, True)
    book.history.add_appointment(Appointment(booked.id, NOW + timedelta(days=6)))
    waiting = book.loyalty.waiting()
    assert [(w.name, w.visit_number) for w in waiting] == [("Zoë Παπαδοπούλου", 10)]
    assert waiting[0].last_visit == NOW - timedelta(days=1)
    # A cancelled booking does not count as "booked".
    appt = book.agenda(NOW.date() + timedelta(days=6))[0].appointment
    book.history.set_status(appt.id, AppointmentStatus.CANCELLED)
    assert {w.name for w in book.loyalty.waiting()} == {"Zoë Παπαδοπούλου", "王小明"}
    book.loyalty.redeem(regular.id)
    assert [w.name for w in book.loyalty.waiting()] == ["王小明"]


def test_the_agenda_badges_a_reward_due_and_one_visit_to_go(book, regular):
    near = Client(display_name="Near")
    book.clients.add(near)
    _visits(book, near.id, range(8, 0, -1))
    for client in (regular, near):
        book.history.add_appointment(Appointment(client.id, datetime.combine(
            date(2026, 11, 22), datetime.min.time()).replace(hour=11)))
    badges = {i.client_name: i.badges for i in book.agenda()}
    assert "reward_due" in badges["Zoë Παπαδοπούλου"]
    assert "reward_next" in badges["Near"] and "reward_due" not in badges["Near"]
    book.loyalty.redeem(regular.id)
    assert "reward_due" not in {i.client_name: i.badges for i in book.agenda()}[
        "Zoë Παπαδοπούλου"]

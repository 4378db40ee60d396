"""Service memory on the command line: the briefing's reward, promises and contacts as JSON."""

import json
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from clientbook.domain.models import (
    Appointment,
    Client,
    ContactChannel,
    ContactPreference,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.services.book import Book

from .test_cli import run

NOW = datetime(2026, 11, 22, 9, 0)


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("memory")
    book = Book.open(folder, clock=lambda: NOW)
    mei = book.staff.add("Mei")
    book.update_settings({"loyalty_reward": "free Earl Grey and dessert"})
    zoe = Client(display_name="Ζωή Παπαδοπούλου", designer_id=mei.id, preferences=[
        Preference(PreferenceCategory.CONVERSATION, "No upselling", avoid=True)])
    book.clients.add(zoe, contact=ContactPreference(ContactChannel.SMS, quiet_days=14))
    for week in range(9, 0, -1):
        book.history.add_visit(Visit(zoe.id, NOW - timedelta(weeks=week), "Cut", mei.id,
                                     Decimal("40")))
    book.history.add_appointment(Appointment(zoe.id, NOW + timedelta(days=3), staff_id=mei.id))
    book.history.add_promise(Promise(zoe.id, "Call back about the colour",
                                     NOW - timedelta(days=1), mei.id))
    book.history.add_promise(Promise(zoe.id, "Samples ready", NOW.replace(hour=15), mei.id))
    book.contacts.log(zoe.id, ContactChannel.CALL, "Confirmed Tuesday", mei.id,
                      at=NOW - timedelta(days=3))
    wang = Client(display_name="王小明")
    book.clients.add(wang)
    for week in range(12, 3, -1):
        book.history.add_visit(Visit(wang.id, NOW - timedelta(weeks=week)))
    book.close()
    return folder


def test_briefing_json_has_reward_promises_last_contact_and_cautions(folder):
    out = json.loads(run("briefing", "Ζωή", "--json", "--today", "2026-11-22",
                         data_dir=folder).stdout)
    assert out["reward"] == {"rule": "visits", "reward": "free Earl Grey and dessert",
                             "due": True, "visit_number": 10, "visits_to_go": 0,
                             "spent": "360.00", "spend_to_go": "0",
                             "handed_over_today": None}
    assert [(p["text"], p["overdue"]) for p in out["open_promises"]] == [
        ("Call back about the colour", True), ("Samples ready", False)]
    assert out["contact"] == {
        "preferred_channel": "sms", "do_not_contact": False, "quiet_days": 14,
        "last_contact": {"at": "2026-11-19 09:00", "channel": "call",
                         "note": "Confirmed Tuesday", "staff": "Mei"}}
    assert [c["value"] for c in out["cautions"]] == ["No upselling"]
    assert out["designer_visits"] == {"with_designer": 9, "total": 9}


def test_briefing_text_says_reward_due_and_the_contact_wishes(folder):
    text = run("briefing", "Ζωή", "--today", "2026-11-22", data_dir=folder).stdout
    assert "Reward due: this is visit 10 — free Earl Grey and dessert" in text
    assert "Contact: prefers sms, at most once every 14 days" in text
    assert "Last contacted: 2026-11-19 09:00 by call — Confirmed Tuesday" in text


def test_briefing_text_shows_what_the_json_and_window_show(folder):
    """The designer share, what each visit spent and the quiet period still running."""
    text = run("briefing", "Ζωή", "--today", "2026-11-22", data_dir=folder).stdout
    assert "Designer: Mei (9 of 9 visits with Mei)" in text
    out = json.loads(run("briefing", "Ζωή", "--json", "--today", "2026-11-22",
                         data_dir=folder).stdout)
    spent = [v["spend"] for v in out["last_visits"] if v["spend"] != "0"]
    assert spent and all(f"  {amount}" in text for amount in spent)
    assert ("! Contacted 2026-11-19 by call: quiet until 2026-12-03 (at most once every "
            "14 days)") in text


def test_promises_lists_overdue_and_due_today(folder):
    # --today means the start of that day: yesterday's promise is overdue, 15:00 is due today.
    out = json.loads(run("promises", "--json", "--today", "2026-11-22", data_dir=folder).stdout)
    assert [p["text"] for p in out["overdue"]] == ["Call back about the colour"]
    assert [(p["text"], p["staff"]) for p in out["due_today"]] == [("Samples ready", "Mei")]
    record = json.loads(run("promises", "--record", "--json", "--today", "2026-11-22",
                            data_dir=folder).stdout)
    assert record["total"] == {"due": 1, "kept": 0, "rate": 0.0}
    assert record["by_staff"] == {"Mei": {"due": 1, "kept": 0, "rate": 0.0}}


def test_rewards_lists_who_to_tell(folder):
    out = json.loads(run("rewards", "--json", "--today", "2026-11-22", data_dir=folder).stdout)
    # Zoë has a reward due but is booked in on Wednesday; 王小明 has nothing booked.
    assert [(c["name"], c["next_visit"]) for c in out["clients"]] == [("王小明", 10)]
    text = run("rewards", "--today", "2026-11-22", data_dir=folder).stdout
    assert "王小明" in text and "free Earl Grey and dessert" in text

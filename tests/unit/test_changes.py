"""What a write changed: merging, emptiness, and the questions each view asks."""

from dataclasses import fields

import pytest

from clientbook.services.changes import Changes

FLAGS = [f.name for f in fields(Changes) if f.name != "clients"]


def test_merge_unites_clients_and_ors_every_flag():
    merged = Changes(clients={1}, visits=True).merge(Changes(clients={2}, staff=True))
    assert merged == Changes(clients={1, 2}, visits=True, staff=True)


@pytest.mark.parametrize("flag", FLAGS)
def test_every_flag_survives_a_merge_and_makes_the_change_non_empty(flag):
    change = Changes(**{flag: True})
    assert change and Changes().merge(change) == change
    assert not Changes()


@pytest.mark.parametrize(("question", "yes", "no"), [
    ("affects_agenda", ["appointments", "visits", "promises", "staff", "rewards", "settings"],
     ["contacts"]),
    ("affects_calendar", ["appointments", "visits", "promises", "staff", "rewards",
                          "settings"], ["contacts"]),
    ("affects_client_list", ["all_clients"], [f for f in FLAGS if f != "all_clients"]),
    ("affects_feed", ["feed"], ["appointments", "settings", "staff"]),
    ("affects_promises", ["promises", "staff", "settings"],
     ["visits", "appointments", "contacts", "rewards"]),
    ("affects_reminders", ["appointments", "settings"],
     ["visits", "promises", "staff", "contacts", "rewards"]),
    ("affects_rewards", ["visits", "appointments", "rewards", "settings"],
     ["promises", "staff", "contacts"]),
    ("affects_reports", ["visits", "staff", "contacts", "promises", "settings", "branches"],
     ["appointments", "rewards"]),
    ("affects_promise_record", ["promises", "staff"], ["visits", "settings", "contacts"]),
    ("affects_designer_share", ["visits", "staff"], ["promises", "settings"]),
    ("affects_long_unseen", ["visits", "appointments", "settings"], ["promises", "staff"]),
    ("affects_no_show_record", ["appointments"],
     ["visits", "promises", "staff", "contacts", "rewards", "settings"]),
    ("affects_staff", ["staff"], ["visits", "settings", "promises"]),
    ("affects_branches", ["branches"], ["staff", "settings", "visits"]),
    ("affects_messages", ["contacts", "appointments", "staff", "settings"],
     ["visits", "promises", "rewards"]),
    ("affects_history", ["visits", "appointments", "promises", "contacts", "rewards", "staff"],
     ["settings"]),
])
def test_each_view_refreshes_for_what_it_shows_and_nothing_else(question, yes, no):
    for flag in yes:
        assert getattr(Changes(**{flag: True}), question)(), flag
    for flag in no:
        assert not getattr(Changes(**{flag: True}), question)(), flag
    assert not getattr(Changes(), question)()


def test_a_client_edit_touches_every_view_of_clients():
    edit = Changes(clients={7})
    assert edit.affects_agenda() and edit.affects_client_list() and edit.affects_reminders()
    assert not edit.affects_staff()


def test_a_card_refreshes_for_its_own_client_only():
    assert Changes(clients={7}).affects_briefing(7)
    assert Changes(clients={7}).affects_briefing()  # any card
    assert not Changes(clients={8}).affects_briefing(7)
    assert Changes(visits=True).affects_briefing(7)
    assert not Changes().affects_briefing(7)


def test_a_history_refreshes_for_its_own_client_only():
    assert Changes(clients={7}).affects_history(7)
    assert not Changes(clients={8}).affects_history(7)
    assert Changes(visits=True).affects_history(7)


def test_any_client_at_all_reaches_every_view_of_clients():
    """Back after a lost connection, a desk does not know whose records other desks changed."""
    anyone = Changes(all_clients=True)
    assert anyone.affects_briefing(7) and anyone.affects_history(7)
    assert anyone.affects_client_list() and anyone.affects_agenda()
    assert anyone.affects_reminders() and anyone.affects_long_unseen()
    assert not anyone.affects_staff() and not anyone.affects_promise_record()
    assert Changes(clients={8}).merge(anyone).affects_briefing(7)

"""Fuzzing the window's search box: NUL, FTS syntax and any pasted text search, never fail.

The service is fuzzed in tests/unit/test_fuzz_search.py; this drives the real box and list
(ClientsPage with its model) so that the way from typed text to shown rows is covered too.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtTest import QTest

from clientbook.ui.clients.client_list_model import PAGE_SIZE
from clientbook.ui.clients.clients_page import ClientsPage

HOSTILE = ["\x00", "Olena\x00", '\x00"', "name:anna", "{name}:x", "NEAR(a b)", '"', '""', "*",
           "^", ":", "-", "a AND", "OR b", "') OR 1=1 --", "\u202eanna", "e\u0301",
           "😀", "   ", "\t", "a" * 10_000, "王" * 3_000]


@pytest.fixture
def page(session, qtbot):
    widget = ClientsPage(session)
    qtbot.addWidget(widget)
    return widget


def shown_ids(page) -> list[int]:
    return [page.model.client_id(row) for row in range(page.model.rowCount())]


def check_shown(page, session, answers) -> None:
    """No message box (nothing went wrong), and only real clients listed."""
    assert answers == []
    assert "rror" not in page.status_label.text()
    shown = shown_ids(page)
    assert len(shown) <= PAGE_SIZE
    assert set(shown) <= set(session.book.store.clients.all_ids())


def check_search(page, session, answers, text: str) -> None:
    page.search_box.setText(text)
    page.run_search_now()
    assert page.model.query == page.search_box.text()
    check_shown(page, session, answers)


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_in_the_box_searches_quietly(page, session, answers, text):
    check_search(page, session, answers, text)


@pytest.mark.parametrize("typed", ['Olena "', "name:", "NEAR(", "a*", "^x", "-", "(a OR b)"])
def test_fts_syntax_typed_key_by_key_then_a_nul(page, session, answers, typed):
    page.search_box.clear()
    QTest.keyClicks(page.search_box, typed)
    page.run_search_now()
    check_shown(page, session, answers)
    page.search_box.end(False)
    page.search_box.insert("\x00")  # as a paste would put it; keys cannot type it
    page.run_search_now()
    check_shown(page, session, answers)


# The page is re-used across examples on purpose: each example replaces the box's whole text
# and searches again, which is what a person does; no state of one example can affect the next.
@settings(max_examples=60, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(text=st.text(st.one_of(st.characters(exclude_categories=("Cs",)),
                               st.sampled_from(list("\x00\"*^:-()NEAR王😀\u0301"))),
                    max_size=30))
@example(text="\x00name:\x00")
def test_any_text_in_the_box_never_fails(page, session, answers, text):
    check_search(page, session, answers, text)

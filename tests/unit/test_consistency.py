"""Same designer: each designer's current clients, and the share of their visits done by them."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from clientbook.domain.models import Client, Visit
from clientbook.services.followups.consistency import (
    DesignerConsistency,
    by_designer,
    designer_consistency,
)


def _client(book, name, designer=None):
    client = Client(display_name=name, designer_id=designer.id if designer else None)
    book.clients.add(client)
    return client


def _visits(book, client, *staff):
    """One visit a day in October, done by each of `staff` in turn (None: nobody named)."""
    for day, person in enumerate(staff, start=1):
        book.history.add_visit(Visit(client.id, datetime(2026, 10, 1, 10) + timedelta(days=day),
                                     staff_id=person.id if person else None))


@pytest.fixture
def firm(book):
    ana, bo = book.staff.add("Ana"), book.staff.add("Bo")
    book.staff.add("Cy")  # a designer nobody is assigned to: not listed
    first, second = _client(book, "Μαρία", ana), _client(book, "Олена", ana)
    _visits(book, first, ana, ana, ana, bo)          # 3 of 4 with Ana
    _visits(book, second, ana, None)                 # 1 of 2 (nobody named on one)
    third = _client(book, "王芳", bo)
    _visits(book, third, bo, bo, ana, ana)           # 2 of 4 with Bo
    gone = _client(book, "Archived", bo)
    _visits(book, gone, ana, ana, ana, ana, ana)     # archived: left out
    book.clients.set_archived(gone.id, True)
    nobody = _client(book, "No designer")
    _visits(book, nobody, ana, bo)                   # no designer: left out
    return book, ana, bo, third


def test_shares_per_designer_in_name_order(firm):
    book, ana, bo, _third = firm
    assert designer_consistency(book.store) == [
        DesignerConsistency(ana.id, "Ana", 4, 6, True),
        DesignerConsistency(bo.id, "Bo", 2, 4, True),
    ]
    lines = by_designer(book)
    assert [line.share for line in lines] == [pytest.approx(4 / 6), 0.5]


def test_the_current_assignment_counts_not_who_it_was_then(firm):
    book, ana, _bo, third = firm
    third.designer_id = ana.id
    book.clients.update(third)
    # Ana now has all three clients: 4 + 2 of the 10 visits; Bo has nobody left.
    assert [(line.name, line.with_designer, line.total) for line in by_designer(book)] == [
        ("Ana", 6, 10)]


def test_a_deactivated_designer_is_still_listed_and_marked(firm):
    book, _ana, bo, _third = firm
    bo.active = False
    book.staff.save(bo)
    assert [(line.name, line.active) for line in by_designer(book)] == [
        ("Ana", True), ("Bo", False)]


def test_a_removed_designer_leaves_their_clients_unassigned(firm):
    book, _ana, bo, _third = firm
    book.staff.remove(bo.id)
    assert [line.name for line in by_designer(book)] == ["Ana"]


def test_an_empty_book_has_no_lines(book):
    assert by_designer(book) == []
    assert DesignerConsistency(1, "Ana", 0, 0).share is None

"""The book's undo stack: named steps, newest first, limited, dropped for forgotten clients."""

from datetime import timedelta

import pytest

from clientbook.domain.care.loyalty import LoyaltyMode
from clientbook.domain.errors import NotFoundError
from clientbook.domain.models import Client, ContactChannel, Visit
from clientbook.domain.words import Message
from clientbook.services.changes import Changes
from clientbook.services.privacy import erasure
from clientbook.services.undo import UndoStack

from ..conftest import NOW


def _client(book, name="Anna Smith"):
    client = Client(display_name=name)
    book.clients.add(client)
    return client


def test_archiving_leaves_a_named_step_that_brings_the_client_back(book):
    anna = _client(book)
    book.clients.set_archived(anna.id, True)
    assert book.undo.label() == "&Undo archive of Anna Smith"
    changes = book.undo.undo()
    assert changes.clients == {anna.id}
    assert not book.clients.get(anna.id).archived
    assert book.undo.label() is None


def test_bringing_a_client_back_or_archiving_twice_adds_no_step(book):
    anna = _client(book)
    book.clients.set_archived(anna.id, True)
    book.clients.set_archived(anna.id, True)
    assert len(book.undo) == 1
    book.clients.set_archived(anna.id, False)
    assert len(book.undo) == 1


def test_steps_come_back_newest_first(book):
    anna, ben = _client(book), _client(book, "Ben Jones")
    book.clients.set_archived(anna.id, True)
    book.contacts.log(ben.id, ContactChannel.CALL)
    assert book.undo.label() == "&Undo contact log"
    book.undo.undo()
    assert book.contacts.history(ben.id) == []
    assert book.undo.label() == "&Undo archive of Anna Smith"


def test_handing_a_reward_over_can_be_taken_back(book):
    book.update_settings({"loyalty_mode": LoyaltyMode.VISITS.value, "loyalty_every": "2"})
    anna = _client(book)
    book.history.add_visit(Visit(anna.id, NOW - timedelta(days=3), "Cut"))
    book.loyalty.redeem(anna.id)
    assert book.undo.label() == "&Undo reward for Anna Smith"
    book.undo.undo()
    assert book.loyalty.history(anna.id) == []


def test_a_forgotten_clients_steps_are_dropped(book):
    anna, ben = _client(book), _client(book, "Ben Jones")
    book.clients.set_archived(ben.id, True)
    book.clients.set_archived(anna.id, True)
    erasure.forget(book, anna.id)
    assert book.undo.label() == "&Undo archive of Ben Jones"


def test_a_step_that_fails_is_not_offered_again():
    stack = UndoStack()

    def gone() -> Changes:
        raise NotFoundError("There is no client with id %1.", 5)

    stack.push(Message("&Undo archive of %1", "X"), gone)
    with pytest.raises(NotFoundError):
        stack.undo()
    assert stack.label() is None and stack.undo() == Changes()


def test_only_the_newest_steps_are_kept():
    stack = UndoStack(limit=3)
    for n in range(5):
        stack.push(Message("step %1", n), lambda n=n: Changes(clients={n}))
    assert len(stack) == 3
    assert [stack.undo().clients for _ in range(3)] == [{4}, {3}, {2}]

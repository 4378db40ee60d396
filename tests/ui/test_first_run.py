"""The first start on an empty book offers sample clients, and respects a No."""

from clientbook.domain.models import Client
from clientbook.ui.app.app import offer_demo


def test_no_keeps_the_book_empty(book, qapp, answers):
    answers.reply = False
    assert offer_demo(book, unattended=False) is False
    assert book.is_empty()
    assert answers[0][0] == "question"


def test_yes_loads_the_demo(book, qapp, answers):
    answers.reply = True
    assert offer_demo(book, unattended=False) is True
    assert book.clients.count() > 0


def test_a_book_with_clients_is_never_offered_the_demo(book, qapp, answers):
    book.clients.add(Client(display_name="Anna"))
    assert offer_demo(book, unattended=True) is False
    assert answers == [] and book.clients.count() == 1


def test_unattended_runs_load_it_without_asking(book, qapp, answers):
    assert offer_demo(book, unattended=True) is True
    assert answers == []

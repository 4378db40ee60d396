"""The sample book: the README's searches work on it, and it can be emptied again (only it)."""

from __future__ import annotations

from datetime import datetime

import pytest

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import Client, Staff
from clientbook.services.book import Book
from clientbook.services.demo.demo import fill_demo
from clientbook.services.demo.demo_removal import demo_contents, remove_demo

NOW = datetime(2026, 11, 22, 9, 0)


@pytest.fixture
def demo(tmp_path):
    book = Book.open(tmp_path / "demo", clock=lambda: NOW)
    fill_demo(book)
    yield book
    book.close()


@pytest.mark.parametrize(("query", "name"), [
    ("olena", "Олена"), ("zoi", "Ζωή"), ("xiaoming", "王小明"), ("小明", "王小明")])
@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_readme_searches_find_a_client_in_the_demo(tmp_path, query, name, seed):
    """README: "olena" finds Олена, "zoi" finds Ζωή, "xiaoming" or "小明" finds 王小明."""
    book = Book.open(tmp_path / f"demo{seed}", clock=lambda: NOW)
    fill_demo(book, seed=seed)
    found = [r.name for r in book.search(query)]  # archived clients are not searched
    assert any(name in found_name for found_name in found), found
    book.close()


def test_removing_the_demo_empties_the_book(demo):
    contents = demo_contents(demo)
    assert contents.clients == 60 and contents.staff > 0
    changes = remove_demo(demo)
    assert demo.is_empty() and demo.clients.count() == 0
    assert changes.affects_client_list()
    fill_demo(demo)  # the first-start offer can fill it again
    assert demo.clients.count() == 60


def test_a_client_of_your_own_keeps_everything(demo):
    demo.clients.add(Client(display_name="Real Person"))
    with pytest.raises(ClientBookError, match="1 client"):
        remove_demo(demo)
    assert demo.clients.count() == 61


def test_staff_of_your_own_keeps_everything(demo):
    demo.store.staff.insert(Staff(name="Agnieszka", role="designer", active=True))
    with pytest.raises(ClientBookError, match="Agnieszka"):
        remove_demo(demo)
    assert demo.clients.count() == 60


def test_a_book_that_was_not_filled_empty_is_refused(tmp_path):
    book = Book.open(tmp_path / "own", clock=lambda: NOW)
    book.clients.add(Client(display_name="Real Person"))
    fill_demo(book, clients=10, force=True)  # sample data added to a real book
    with pytest.raises(ClientBookError, match="only the sample data"):
        remove_demo(book)
    assert book.clients.count() == 11
    book.close()

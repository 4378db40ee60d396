"""Fuzzing the search box: any text finds real clients or nothing, never an error.

What people paste into a search box: NUL and other control characters, FTS5 syntax (quotes,
`*`, `NEAR(`, `AND`, `^`, column filters like `name:`), emoji, combining marks, right-to-left
text, 10,000 characters, nothing but spaces. And every client must be found by typing their
own name exactly as it is shown, whatever script or symbols it is written in.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.services.book import Book
from clientbook.services.clients.search import Match

from ..conftest import NOW

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])

#: Clients in several scripts and with the awkward names a real front desk has.
PEOPLE = [
    ("Anna Smith", ["+44 20 7946 0958"], "anna@example.org", "Earl Grey"),
    ("María López", [], "maria@example.es", "café solo"),
    ("Олена Коваленко", ["+380 67 123 4567"], "", ""),
    ("Ζωή Παπαδοπούλου", [], "", "quiet room"),
    ("王小明", ["+86 138 0013 8000"], "", "jasmine tea"),
    ("محمد علي", [], "", ""),
    ("דוד כהן", [], "", ""),
    ("김민준", [], "", ""),
    ("さくら", [], "", ""),
    ("राम शर्मा", [], "", ""),
    ("Zoe\u0301 Ame\u0301lie", [], "", ""),  # accents as combining marks
    ("Straße Müller", [], "", ""),
    ("İlker Işık", [], "", ""),
    ("O'Brien-Smith", [], "", ""),
    ("🌸 Flower Shop", [], "", ""),
    ("Ann\x00a Nul", [], "", ""),  # a NUL pasted into the name: validation makes it a space
    ("Tab\tbed\x1bName", [], "", ""),
    ("😀", [], "", ""),  # nothing but an emoji
    ("!!!", [], "", ""),  # nothing but punctuation
    ("Archived Anna", [], "", ""),
]

#: FTS5 query syntax and SQL, as plain words a person might type or paste.
SYNTAX = ['"', '""', "'", "*", "NEAR(", "NEAR(a b, 2)", ")", "(", "AND", "OR", "NOT", "^", ":",
          "-", "+", "name:", "other:", "{name}", "{name other}:", "name : anna", "\\", "%", "_",
          "'; DROP TABLE clients; --", "a* OR b*", "\x00", "\x1a", "\u200b", "\ufeff"]
WORDS = ["anna", "Anna", "smith", "олена", "ΖΩΉ", "王", "小明", "محمد", "김", "さくら", "राम",
         "e\u0301", "ß", "ss", "İ", "😀", "🌸", "!!!", "020 7946 0958", "+44", "7946", "0",
         "00", "@", "example.org", "\u202e", "\u200f"]
SPECIAL_CHARS = list("\x00\x01\x07\x1b\x7f\x85\u2028\ufeff\u202e\u0301\u0308\"*^:-()😀王Ж\t\n\r")

#: A search box may hold what a name never can: lone surrogates (a command line passes bytes
#: that are not UTF-8 as "\udcff"), which SQLite cannot store but a query must survive.
SURROGATES = ["\ud800", "\udcff", "\udfff"]

queries = st.one_of(
    st.text(),
    st.text(st.one_of(st.characters(), st.sampled_from(SPECIAL_CHARS + SURROGATES)),
            max_size=40),
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=8).map(" ".join),
    st.lists(st.sampled_from(SYNTAX + WORDS), max_size=8).map("".join),
    st.text(" \t\n\r\u3000\u00a0\u2028", max_size=20),  # whitespace only
    st.sampled_from(["a" * 10_000, "ab " * 3_333, " " * 10_000, "王" * 10_000, '"' * 10_000,
                     "*" * 10_000, "NEAR(" * 2_000, " ".join(f"w{i}" for i in range(2_000)),
                     "e\u0301" * 5_000, "9" * 10_000]),
)


@contextlib.contextmanager
def opened_book() -> Iterator[Book]:
    with tempfile.TemporaryDirectory() as folder:
        book = Book.open(Path(folder), clock=lambda: NOW)
        try:
            yield book
        finally:
            book.close()


@pytest.fixture(scope="module")
def people_book():
    """One book for the whole module: searching never writes, so examples cannot leak."""
    with opened_book() as book:
        book.set_setting("phone_region", "GB")
        for name, phones, email, liking in PEOPLE:
            prefs = [Preference(PreferenceCategory.DRINK, liking)] if liking else []
            client = Client(display_name=name, phones=phones, email=email, preferences=prefs)
            book.clients.add(client)
            if name == "Archived Anna":
                book.clients.set_archived(client.id, True)
        yield book


def _clients(book: Book) -> dict[int, Client]:
    return {i: book.clients.get(i) for i in book.store.clients.all_ids()}


@FUZZ
@given(query=queries, limit=st.sampled_from([1, 5, 20, 100]), archived=st.booleans())
@example(query="\x00", limit=20, archived=False)
@example(query='Olena "', limit=20, archived=False)
@example(query="name:anna", limit=20, archived=True)
@example(query="anna\udcff", limit=20, archived=False)
def test_any_query_returns_only_real_clients_and_never_fails(people_book, query, limit,
                                                             archived):
    clients = _clients(people_book)
    results = people_book.search(query, limit=limit, include_archived=archived)
    assert len(results) <= limit
    assert len({r.id for r in results}) == len(results)
    for result in results:
        client = clients[result.id]
        assert archived or not client.archived
        assert result.name == client.display_name
        assert result.phone == (client.phones[0] if client.phones else "")
        assert isinstance(result.match, Match)
    assert [r.match for r in results] == sorted(r.match for r in results)


@pytest.mark.parametrize(("name", "_phones", "_email", "_liking"), PEOPLE)
def test_every_client_is_found_by_the_name_shown_and_by_the_name_as_typed(
        people_book, name, _phones, _email, _liking):
    """The name as shown (a NUL pasted into it became a space) and as it was first typed."""
    wanted = [c for c in _clients(people_book).values()
              if c.display_name == " ".join(name.replace("\x00", " ").replace("\x1b", " ")
                                            .split())]
    assert len(wanted) == 1
    client = wanted[0]
    assert "\x00" not in client.display_name
    for query in (client.display_name, name):
        results = people_book.search(query, limit=100, include_archived=True)
        assert client.id in [r.id for r in results], (query, [r.name for r in results])
        assert results[0].match == Match.EXACT


def test_a_name_of_symbols_only_is_found_whole_or_by_its_start_and_archived_ones_hide(
        people_book):
    """"😀" and "!!!" have no letters to index; they are compared as typed."""
    assert [(r.name, r.match) for r in people_book.search("!!!")] == [("!!!", Match.EXACT)]
    assert [(r.name, r.match) for r in people_book.search(" ! ")] == [("!!!", Match.NAME_PREFIX)]
    assert people_book.search("!!!!") == []
    with opened_book() as book:
        book.clients.add(client := Client(display_name="★"))
        book.clients.set_archived(client.id, True)
        assert book.search("★") == []
        assert [r.id for r in book.search("★", include_archived=True)] == [client.id]


name_chars = st.one_of(st.characters(exclude_categories=("Cs",)),
                       st.sampled_from(SPECIAL_CHARS))


@settings(max_examples=100, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow])
@given(names=st.lists(st.text(name_chars, min_size=1, max_size=30), min_size=1, max_size=4))
@example(names=["😀", "!!!", "-", "a\x00b"])
@example(names=["\u0301", "ǅemal", "ﬀ", "½"])
def test_any_name_a_client_can_be_given_finds_that_client(names):
    """Whatever validation accepts as a name, searching for it exactly finds that client."""
    with opened_book() as book:
        added: list[tuple[str, Client]] = []
        for name in names:
            client = Client(display_name=name)
            try:
                book.clients.add(client)
            except ValidationError:
                continue  # an empty or over-long name is refused before anything is saved
            added.append((name, client))
        for typed, client in added:
            stored = book.clients.get(client.id)
            assert not any(c in stored.display_name for c in "\x00\x1b\x7f\n\r\t")
            for query in (stored.display_name, typed):
                ids = [r.id for r in book.search(query, limit=50)]
                assert client.id in ids, (query, stored.display_name)

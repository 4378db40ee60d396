"""Client search: the cases a multilingual front desk actually types."""

import pytest

from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.services.clients.search import Match

PEOPLE = [
    ("María López", ["+44 20 7946 0018"], "maria.lopez@example.com", "Earl Grey"),
    ("Mario Lopresti", [], "", "espresso"),
    ("王小明", ["+86 138 0013 8000"], "", "jasmine tea"),
    ("李小红", [], "", ""),
    ("Ζωή Παπαδοπούλου", [], "", ""),
    ("Ζωή", [], "", ""),
    ("Олена Шевченко", ["+380 44 123 4567"], "", ""),
    ("Jürgen Müller", [], "", ""),
    ("Łukasz Nowak", [], "", ""),
    ("Søren Holm", [], "", ""),
    ("Anna Smith", ["07700 900123"], "anna@example.org", "quiet room"),
    ("Archived Anna", [], "", ""),
]


@pytest.fixture
def people(book):
    book.set_setting("phone_region", "GB")
    ids = {}
    for name, phones, email, pref in PEOPLE:
        prefs = [Preference(PreferenceCategory.DRINK, pref)] if pref else []
        client = Client(display_name=name, phones=phones, email=email, preferences=prefs)
        book.clients.add(client)
        ids[name] = client.id
    book.clients.set_archived(ids["Archived Anna"], True)
    return ids


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("maria", "María López"),
        ("MARÍA LÓPEZ", "María López"),
        ("mar lop", "María López"),
        ("lop mar", "María López"),
        ("zoi papadopoulou", "Ζωή Παπαδοπούλου"),
        ("ζωη παπαδοπουλου", "Ζωή Παπαδοπούλου"),
        ("ΖΩΗ ΠΑΠΑΔΟΠΟΥΛΟΥ", "Ζωή Παπαδοπούλου"),
        ("olena", "Олена Шевченко"),
        ("ОЛЕНА", "Олена Шевченко"),
        ("shevch", "Олена Шевченко"),
        ("wang xiaoming", "王小明"),
        ("xiaoming", "王小明"),
        ("小明", "王小明"),
        ("明", "王小明"),
        ("jurgen", "Jürgen Müller"),
        ("muller", "Jürgen Müller"),
        ("lukasz", "Łukasz Nowak"),
        ("soren", "Søren Holm"),
        ("+44 20 7946 0018", "María López"),
        ("020 7946 0018", "María López"),
        ("02079460018", "María López"),
        ("0044 20 7946 0018", "María López"),
        ("7946 0018", "María López"),
        ("+447700900123", "Anna Smith"),
        ("maria.lopez@exa", "María López"),
        ("earl grey", "María López"),
        ("jasmine", "王小明"),
    ],
)
def test_finds_the_client(book, people, query, expected):
    names = [r.name for r in book.search(query)]
    assert expected in names, f"{query!r} gave {names}"


def test_han_characters_must_be_adjacent(book, people):
    assert [r.name for r in book.search("小红")] == ["李小红"]
    assert "王小明" not in [r.name for r in book.search("明小")]


def test_exact_name_ranks_before_longer_names(book, people):
    results = book.search("zoi")
    assert [r.name for r in results] == ["Ζωή", "Ζωή Παπαδοπούλου"]
    assert results[0].match == Match.EXACT


def test_prefix_of_the_name_ranks_before_a_later_word(book, people):
    book.clients.add(Client(display_name="Smith Anna-Lena"))
    names = [r.name for r in book.search("anna")]
    assert names.index("Anna Smith") < names.index("Smith Anna-Lena")


def test_archived_clients_are_hidden_unless_asked_for(book, people):
    assert "Archived Anna" not in [r.name for r in book.search("archived")]
    assert "Archived Anna" in [r.name for r in book.search("archived", include_archived=True)]


@pytest.mark.parametrize(
    "query",
    ['"', 'Olena "', "AND", "NEAR(", "*", "\\", "😀", "a OR b", "'; DROP TABLE clients; --",
     "{name}:", "^", "-", "()", "   ", ""],
)
def test_any_typed_text_is_safe(book, people, query):
    results = book.search(query)
    assert isinstance(results, list)
    assert book.store.clients.count() == len(PEOPLE)


def test_results_are_capped(book):
    for i in range(30):
        book.clients.add(Client(display_name=f"Anna Number{i}"))
    assert len(book.search("anna", limit=10)) == 10


def test_edits_reach_the_index(book, people):
    client = book.clients.get(people["Anna Smith"])
    client.display_name = "Anna Kowalska"
    book.clients.update(client)
    assert [r.name for r in book.search("kowal")] == ["Anna Kowalska"]
    assert book.search("smith") == []


def test_changing_the_phone_region_rereads_local_numbers(book):
    client = Client(display_name="Local Number", phones=["020 7946 0099"])
    book.clients.add(client)
    book.set_setting("phone_region", "GB")
    assert [r.name for r in book.search("+44 20 7946 0099")] == ["Local Number"]


SHORT_QUERIES = ["m", "ma", "a", "z", "ζω", "王", "li", "l n", "o", "ø", "7", "q"]
# Longer ones: found among the first clients by id, or else through the whole index.
LONGER_QUERIES = ["mar", "mara", "zoe", "olena ma", "quen", "nowak 2", "lin ng", "ζωη"]


def _first_by_prefix(book, ids, query, limit):
    """What the index must give: the first `limit` unarchived clients (by id) whose name
    has, for every term, a word starting with one of its alternatives."""
    from clientbook.domain import folding
    from clientbook.storage.repositories.search_index import document

    terms = folding.query_terms(query)
    found = []
    for client_id in sorted(ids):
        client = book.clients.get(client_id)
        if client is None or client.archived:
            continue
        words = document(client, "")[0].split()
        if all(any(w.startswith(alt) for w in words for alt in alts) for alts in terms):
            found.append(client_id)
    return terms, found[:limit]


def test_name_prefixes_give_the_first_clients_by_id(book):
    """Prefixes give exactly the first matching clients by id, after renames, archiving and
    forgetting too (a server reads one- and two-letter ones from its prefix table, and
    longer ones from the first clients or else the whole index)."""
    from clientbook.services.privacy.erasure import forget

    names = ["Mara Li", "Zoë Nowak", "王芳", "Ζωή Λι", "Li Na", "Olena Ma", "Ølund Mar",
             "Quentin", "Ma Qing", "Marta Zoll", "Ana 7", "李娜", "Amir Osei", "Lin Ng"]
    ids = []
    for round_ in range(4):
        for name in names:
            client = Client(display_name=f"{name} {round_}" if round_ else name,
                            email="" if len(ids) % 3 else f"quay{len(ids)}@example.org",
                            preferences=[Preference(PreferenceCategory.DRINK, "mango")])
            book.clients.add(client)
            ids.append(client.id)
    book.clients.set_archived(ids[1], True)

    def check():
        for query in SHORT_QUERIES + LONGER_QUERIES:
            terms, expected = _first_by_prefix(book, ids, query, 5)
            assert book.store.search.matching_ids(
                terms, names_only=True, include_archived=False, limit=5) == expected, query

    check()
    renamed = book.clients.get(ids[0])
    renamed.display_name = "Quinn Zeta"
    book.clients.update(renamed)
    book.clients.set_archived(ids[4], True)
    forget(book, ids[5])
    check()
    assert [r.name for r in book.search("qu", limit=2)] == ["Quentin", "Quentin 1"]


def test_a_restored_book_finds_short_prefixes(book, people):
    """A restore copies every row in with the server's triggers set aside, then builds the
    name prefixes once: a one- or two-letter search finds the restored clients."""
    from clientbook.services.safety import backups
    from clientbook.services.safety.backups import Reason

    saved = backups.make_backup(book, Reason.DAILY)
    book.clients.add(Client(display_name="Zed Later"))
    backups.restore(book, saved)
    for query in ("πα", "sm", "ζ", "ze"):
        terms, expected = _first_by_prefix(book, people.values(), query, 5)
        assert book.store.search.matching_ids(
            terms, names_only=True, include_archived=False, limit=5) == expected, query
    assert {r.name for r in book.search("pa")} == {"Ζωή Παπαδοπούλου"}

"""Text folding: the same key whatever case, accents or script a person types."""

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clientbook.domain import folding


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("María", "maria"),
        ("ΖΩΉ", "ζωη"),
        ("ΟΔΥΣΣΕΑΣ", "οδυσσεασ"),  # final sigma folds like any sigma
        ("Οδυσσέας", "οδυσσεασ"),
        ("ОЛЕНА", "олена"),
        ("Jürgen", "jurgen"),
        ("Straße", "strasse"),
    ],
)
def test_fold_ignores_case_and_accents_in_every_script(text, expected):
    assert folding.fold(text) == expected


@pytest.mark.parametrize(
    ("name", "token"),
    [
        ("Олена", "olena"),
        ("Ζωή", "zoi"),
        ("Παπαδοπούλου", "papadopoulou"),
        ("王小明", "xiaoming"),
        ("王小明", "wangxiaoming"),
        ("王小明", "明"),
        ("Łukasz", "lukasz"),
        ("Søren", "soren"),
        ("Софія", "sofia"),
        ("Αγγελική", "angeliki"),
        ("Юлія", "yulia"),
        ("Ковальчук", "kovalchuk"),
    ],
)
def test_index_tokens_include_transliteration(name, token):
    assert token in folding.index_tokens(name)


def test_phone_keys_are_the_same_for_every_way_of_writing_a_number():
    forms = ["+44 20 7946 0018", "020 7946 0018", "02079460018", "(020) 7946-0018"]
    canonical = {folding.canonical_phone(f, "GB") for f in forms}
    assert canonical == {"442079460018"}


def test_query_terms_make_one_phrase_of_adjacent_han_characters():
    assert folding.query_terms("小明") == [["小 明"]]


def test_query_terms_offer_the_latin_spelling_of_cyrillic():
    assert folding.query_terms("Анна") == [["анна", "anna"]]


@pytest.mark.parametrize("invisible", ["\u200b", "\u200d", "\u2060", "\ufeff", "\u200e",
                                       "\u202e", "\u2066"])
def test_zero_width_and_bidi_characters_are_invisible_to_search(invisible):
    assert folding.fold(f"Zo{invisible}e") == "zoe"


def test_a_name_with_a_zero_width_joiner_is_found_by_its_plain_spelling(book):
    from clientbook.domain.models import Client

    book.clients.add(Client("Zo\u200de Papadopoulou"))
    book.clients.add(Client("\ufeffMarta"))
    assert [r.name for r in book.search("zoe")] == ["Zo\u200de Papadopoulou"]
    assert len(book.search("marta")) == 1


def test_a_bidi_override_is_stripped_from_a_name_on_input(book):
    from clientbook.domain.models import Client

    client = Client("\u202eAnna\u202c Smith", given_name="\u2067Anna")
    book.clients.add(client)
    stored = book.clients.get(client.id)
    assert (stored.display_name, stored.given_name) == ("Anna Smith", "Anna")


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_folds_as_the_full_unicode_way(text):
    """fold() answers ASCII without Unicode normalisation (a calendar import folds every
    piece of every summary): the answer must be the one the long way gives."""
    slow = unicodedata.normalize("NFKD", text.casefold())
    slow = unicodedata.normalize("NFC", "".join(
        c for c in slow if not unicodedata.combining(c)))
    assert folding.fold(text) == slow


@given(st.text(alphabet=st.characters(max_codepoint=127)))
def test_plain_ascii_transliterates_as_anyascii_does(text):
    """transliterate() answers ASCII without anyascii (so the window starts without loading
    it): the answer must be anyascii's."""
    from anyascii import anyascii

    assert folding.transliterate(text) == anyascii(text).lower().replace("'", "")

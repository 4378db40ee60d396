"""Find clients as people type: any script, any accents, any phone format, ranked."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from clientbook.domain import folding
from clientbook.domain.validation import clean_line
from clientbook.storage.store import Store

# How many candidates each stage may fetch before ranking; bounds the cost of "a".
CANDIDATES = 200


class Match(IntEnum):
    """Why a client matched, best first."""

    EXACT = 0
    NAME_PREFIX = 1
    NAME_WORDS = 2
    OTHER = 3


@dataclass(frozen=True)
class SearchResult:
    id: int
    name: str
    phone: str
    match: Match


class SearchService:
    def __init__(self, store: Store):
        self.store = store

    def search(
        self, query: str, limit: int = 20, include_archived: bool = False
    ) -> list[SearchResult]:
        """Clients matching every word of `query`, exact and prefix name matches first."""
        if limit <= 0:
            return []
        terms = folding.query_terms(query)
        if not terms:
            return self._wordless(query, limit, include_archived)
        key = folding.name_key(query)
        index = self.store.search
        found: dict[int, Match] = {}

        def collect(ids: list[int], match: Match) -> None:
            for client_id in ids:
                found.setdefault(client_id, match)

        options = {"include_archived": include_archived, "limit": CANDIDATES}
        collect(index.name_key_ids(key, prefix=False, **options), Match.EXACT)
        collect(index.name_key_ids(key, prefix=True, **options), Match.NAME_PREFIX)
        collect(index.matching_ids(terms, names_only=True, **options), Match.NAME_WORDS)
        if len(found) < limit:
            collect(index.matching_ids(terms, names_only=False, **options), Match.OTHER)
        if not found:
            return []
        names = self.store.clients.names(list(found))
        latin_key = folding.transliterate(key)
        for client_id, match in found.items():
            if match == Match.NAME_WORDS:
                # "zoi papadopoulou" is as exact for Ζωή Παπαδοπούλου as the Greek spelling.
                latin_name = folding.transliterate(names[client_id][1])
                if latin_name == latin_key:
                    found[client_id] = Match.EXACT
                elif latin_name.startswith(latin_key):
                    found[client_id] = Match.NAME_PREFIX
        ranked = sorted(found, key=lambda i: (found[i], names[i][1], i))[:limit]
        phones = self.store.clients.first_phones(ranked)
        return [SearchResult(i, names[i][0], phones.get(i, ""), found[i]) for i in ranked]

    def _wordless(self, query: str, limit: int, include_archived: bool) -> list[SearchResult]:
        """Clients whose whole name has no letters or digits ("😀", "!!!"), matched as typed.

        Such a name folds to an empty search key, so neither the index nor the key finds it;
        there are only ever a handful, all under the empty key, so they are compared whole.
        """
        typed = _plain(query)
        if not typed:
            return []
        store = self.store.clients
        found: dict[int, Match] = {}
        names = store.names(store.ids_by_name(""))
        for client_id, (name, _key) in names.items():
            shown = _plain(name)
            if shown == typed:
                found[client_id] = Match.EXACT
            elif shown.startswith(typed):
                found[client_id] = Match.NAME_PREFIX
        if not include_archived:
            found = {i: m for i, m in found.items()
                     if (client := store.get(i)) is not None and not client.archived}
        ranked = sorted(found, key=lambda i: (found[i], names[i][0], i))[:limit]
        phones = store.first_phones(ranked)
        return [SearchResult(i, names[i][0], phones.get(i, ""), found[i]) for i in ranked]


def _plain(text: str) -> str:
    """Text compared whole: tidied like a saved name, one normal form, no case."""
    return unicodedata.normalize("NFC", clean_line(text)).casefold()

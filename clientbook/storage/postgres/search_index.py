"""Client search on PostgreSQL: the same folded tokens as SQLite's FTS5 index, in a tsvector.

The tokens come folded from Python (casefold, accents, transliteration, Han characters one
by one), so the server's own parser and dictionaries never see them: the vector is written
lexeme by lexeme with positions (a Han phrase is adjacent positions) and a weight per field
(A name, B everything else), and queries are `'token':*` prefixes, `<->` for a phrase and the
weight A for names only. A GIN index answers them.
"""

from __future__ import annotations

from collections.abc import Iterable

from clientbook.storage.postgres.connection import PgDatabase

# tsvector keeps positions up to this; later tokens share the last one.
_MAX_POSITION = 16383


def _lexeme(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def vector(name: str, other: str) -> str:
    """The tsvector text of a client's (name, other) texts, positions and weights included.

    A gap of one position between the fields keeps a phrase from running across them.
    """
    places: dict[str, list[str]] = {}
    position = 0
    for text, weight in ((name, "A"), (other, "B")):
        for token in text.split():
            position = min(position + 1, _MAX_POSITION)
            places.setdefault(token, []).append(f"{position}{weight}")
        position += 1
    return " ".join(f"{_lexeme(t)}:{','.join(p)}" for t, p in places.items())


def write(db: PgDatabase, client_id: int, name: str, other: str) -> None:
    db.execute(
        """INSERT INTO client_search (client_id, doc) VALUES (?, ?::tsvector)
           ON CONFLICT (client_id) DO UPDATE SET doc = excluded.doc""",
        [client_id, vector(name, other)],
    )


def remove(db: PgDatabase, client_id: int) -> None:
    db.execute("DELETE FROM client_search WHERE client_id = ?", [client_id])


def _alternative(text: str, weight: str) -> str:
    """One alternative: a prefix token, or a Han phrase whose last character is a prefix."""
    words = text.split()
    parts = [f"{_lexeme(w)}:{weight}" for w in words[:-1]]
    parts.append(f"{_lexeme(words[-1])}:*{weight}")
    return "(" + " <-> ".join(parts) + ")"


def query(terms: Iterable[list[str]], names_only: bool) -> str:
    """The tsquery text: every term, each one of its alternatives."""
    weight = "A" if names_only else ""
    return " & ".join(
        "(" + " | ".join(_alternative(alt, weight) for alt in alternatives) + ")"
        for alternatives in terms
    )


def matching_ids(db: PgDatabase, terms: list[list[str]], *, names_only: bool,
                 include_archived: bool, limit: int) -> list[int]:
    archived = "" if include_archived else "AND c.archived = 0"
    rows = db.execute(
        f"""SELECT s.client_id FROM client_search s JOIN clients c ON c.id = s.client_id
            WHERE s.doc @@ ?::tsquery {archived} ORDER BY s.client_id LIMIT ?""",
        [query(terms, names_only), limit],
    ).fetchall()
    return [row[0] for row in rows]

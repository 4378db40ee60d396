"""The folded full-text index behind client search (FTS5 over text folded in Python).

User text never reaches MATCH unquoted: every term is a double-quoted FTS5
string, so quotes, AND, NEAR(, * and emoji are plain text, never syntax.
"""

from __future__ import annotations

from clientbook.domain import folding
from clientbook.domain.models import Client
from clientbook.storage.connection import Database


def document(client: Client, region: str) -> tuple[str, str]:
    """The (name, other) texts indexed for a client."""
    name_parts = [client.display_name, client.given_name, client.family_name, client.address_as]
    name_tokens: list[str] = []
    for part in name_parts:
        name_tokens += folding.index_tokens(part)
    other: list[str] = []
    for phone in client.phones:
        other += folding.phone_keys(phone, region)
    other += folding.index_tokens(client.email)
    for pref in client.preferences:
        other += folding.index_tokens(f"{pref.value} {pref.detail}")
    return (
        folding.join_tokens(dict.fromkeys(name_tokens)),
        folding.join_tokens(dict.fromkeys(other)),
    )


def write(db: Database, client: Client, region: str) -> None:
    name, other = document(client, region)
    if db.engine == "postgresql":
        from clientbook.storage.postgres import search_index as server

        server.write(db, client.id, name, other)
        return
    db.execute("DELETE FROM client_search WHERE rowid = ?", [client.id])
    db.execute(
        "INSERT INTO client_search (rowid, name, other) VALUES (?, ?, ?)",
        [client.id, name, other],
    )


def write_many(db: Database, clients: list[Client], region: str) -> None:
    """Index clients that have no entry yet (a book being copied or rebuilt), in one go."""
    documents = [(client.id, *document(client, region)) for client in clients]
    if db.engine == "postgresql":
        from clientbook.storage.postgres import search_index as server

        db.executemany("INSERT INTO client_search (client_id, doc) VALUES (?, ?::tsvector)",
                       [(cid, server.vector(name, other)) for cid, name, other in documents])
        return
    db.executemany("INSERT INTO client_search (rowid, name, other) VALUES (?, ?, ?)",
                   documents)


def remove(db: Database, client_id: int) -> None:
    if db.engine == "postgresql":
        from clientbook.storage.postgres import search_index as server

        server.remove(db, client_id)
        return
    db.execute("DELETE FROM client_search WHERE rowid = ?", [client_id])


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def match_expression(terms: list[list[str]]) -> str:
    """AND of terms; each term an OR of prefix alternatives."""
    clauses = []
    for alternatives in terms:
        options = " OR ".join(f"{_quote(alt)}*" for alt in alternatives)
        clauses.append(f"({options})")
    return " AND ".join(clauses)


def matching_ids(
    db: Database,
    terms: list[list[str]],
    *,
    names_only: bool,
    include_archived: bool,
    limit: int,
) -> list[int]:
    if not terms:
        return []
    if db.engine == "postgresql":
        from clientbook.storage.postgres import search_index as server

        return server.matching_ids(db, terms, names_only=names_only,
                                   include_archived=include_archived, limit=limit)
    expression = match_expression(terms)
    if names_only:
        expression = "{name} : (" + expression + ")"
    archived = "" if include_archived else "AND c.archived = 0"
    rows = db.execute(
        f"""SELECT s.rowid FROM client_search s JOIN clients c ON c.id = s.rowid
            WHERE client_search MATCH ? {archived} LIMIT ?""",
        [expression, limit],
    ).fetchall()
    return [row[0] for row in rows]


def name_key_ids(
    db: Database, key: str, *, prefix: bool, include_archived: bool, limit: int
) -> list[int]:
    """Clients whose folded display name equals (or starts with) `key`."""
    if not key:
        return []
    archived = "" if include_archived else "AND archived = 0"
    if prefix:
        sql = (f"SELECT id FROM clients WHERE name_key >= ? AND name_key < ? {archived} "
               "ORDER BY name_key, id LIMIT ?")
        args: list = [key, key + "\U0010ffff", limit]
    else:
        sql = f"SELECT id FROM clients WHERE name_key = ? {archived} ORDER BY id LIMIT ?"
        args = [key, limit]
    return [row[0] for row in db.execute(sql, args).fetchall()]



def optimize(db: Database) -> None:
    """Merge the index into one segment, dropping deleted entries for good.

    FTS5 keeps a deleted client's terms (and delete markers naming them) in its segments
    until they are merged; after forgetting a client, their name must not linger there.
    (PostgreSQL removes the entry with the row; erasure vacuums the table.)
    """
    if db.engine == "postgresql":
        return
    db.execute("INSERT INTO client_search (client_search) VALUES ('optimize')")


class SearchIndex:
    """The store's search index, for the search service (`store.search`)."""

    def __init__(self, db: Database):
        self.db = db

    def name_key_ids(self, key: str, **options) -> list[int]:
        return name_key_ids(self.db, key, **options)

    def matching_ids(self, terms: list[list[str]], **options) -> list[int]:
        return matching_ids(self.db, terms, **options)

"""Client search on PostgreSQL: the same folded tokens as SQLite's FTS5 index, in a tsvector.

The tokens come folded from Python (casefold, accents, transliteration, Han characters one
by one), so the server's own parser and dictionaries never see them: the vector is written
lexeme by lexeme with positions (a Han phrase is adjacent positions) and a weight per field
(A name, B everything else), and queries are `'token':*` prefixes, `<->` for a phrase and the
weight A for names only. A GIN index answers them.

Except for names-only prefixes of one or two letters ('m', 'ma', '王'): they match tens of
thousands of lexemes, and a GIN scan (or a walk of every client checking the vector) took up
to 85 ms. Every name lexeme's first one and two letters are kept in client_name_prefixes
(step m014, by a trigger on client_search) and read in client order, a limit's worth, for a
query of such terms.
"""

from __future__ import annotations

from collections.abc import Iterable

from clientbook.storage.postgres import branch_rules
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


# A prefix this short is looked up in client_name_prefixes (names only).
SHORT = 2

_FILL = """INSERT INTO client_name_prefixes (prefix, client_id)
    SELECT DISTINCT left(u.lexeme, k.n), s.client_id
    FROM client_search AS s, unnest(s.doc) AS u, (VALUES (1), (2)) AS k(n)
    WHERE 'A' = ANY(u.weights)"""

# Kept by a trigger on client_search (step m014): (first letters, client) for the first one
# and the first two letters of every name lexeme (weight A).
_PREFIXES = [
    """CREATE TABLE client_name_prefixes (
        prefix TEXT COLLATE "C" NOT NULL,
        client_id BIGINT NOT NULL REFERENCES clients(id) ON DELETE CASCADE,
        PRIMARY KEY (prefix, client_id)
    )""",
    "CREATE INDEX client_name_prefixes_client ON client_name_prefixes(client_id)",
    """CREATE FUNCTION clientbook_name_prefixes() RETURNS trigger LANGUAGE plpgsql AS $body$
BEGIN
    IF current_setting('clientbook.copying', true) = 'on' THEN
        RETURN NULL;  -- a whole book copied in: filled once afterwards (rebuild_prefixes)
    END IF;
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM client_name_prefixes WHERE client_id = OLD.client_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        INSERT INTO client_name_prefixes (prefix, client_id)
        SELECT DISTINCT left(u.lexeme, k.n), NEW.client_id
        FROM unnest(NEW.doc) AS u, (VALUES (1), (2)) AS k(n)
        WHERE 'A' = ANY(u.weights);
    END IF;
    RETURN NULL;
END
$body$""",
    _FILL,
    """CREATE TRIGGER client_search_name_prefixes
    AFTER INSERT OR DELETE OR UPDATE OF doc ON client_search
    FOR EACH ROW EXECUTE FUNCTION clientbook_name_prefixes()""",
]


def prefix_step() -> list[str]:
    """Part of m014 on a server: the short name prefixes, filled once, then kept; a
    branch's desk sees its own clients' only."""
    return [*_PREFIXES, *branch_rules.hanging_off_clients("client_name_prefixes")]


def rebuild_prefixes(db: PgDatabase) -> None:
    """Fill the name prefixes again from the whole index (a book copied in with the trigger
    set aside: storage/postgres/visit_summaries.set_aside)."""
    db.conn.execute("DELETE FROM client_name_prefixes")
    db.conn.execute(_FILL)


def _short_term(terms: list[list[str]]) -> list[str] | None:
    """The first term's alternatives when every term's are single words of at most SHORT
    letters ("m", "ζω", "li na"); a longer term narrows the GIN scan enough itself."""
    if all(len(alt) <= SHORT and not any(ch.isspace() for ch in alt)
           for alternatives in terms for alt in alternatives):
        return terms[0]
    return None


def _by_short_prefix(db: PgDatabase, short: list[str], terms: list[list[str]],
                     include_archived: bool, limit: int) -> list[int]:
    """The first `limit` clients (by id) with a name word starting with one of `short` (and
    matching the other terms): each alternative's prefix rows are walked in id order (the
    primary key's), a limit's worth each, so the smallest ids of their union are exact. The
    archived flag and the other terms are checked row by row (subqueries the planner keeps
    per row, so the walk stops at the limit)."""
    checks, check_args = [], []
    if not include_archived:
        checks.append("(SELECT c.archived FROM clients c WHERE c.id = p.client_id) = 0")
    if len(terms) > 1:
        checks.append("(SELECT s.doc FROM client_search s WHERE s.client_id = p.client_id) "
                      "@@ ?::tsquery")
        check_args.append(query(terms, True))
    where = "".join(f" AND {check}" for check in checks)
    one = f"""(SELECT p.client_id FROM client_name_prefixes p
               WHERE p.prefix = ?{where} ORDER BY p.client_id LIMIT ?)"""
    sql = (f"SELECT u.client_id FROM ({' UNION '.join([one] * len(short))}) AS u "
           "ORDER BY u.client_id LIMIT ?")
    args = [x for alt in short for x in (alt, *check_args, limit)] + [limit]
    return [row[0] for row in db.execute(sql, args).fetchall()]


# The first WALK × limit clients (by id) are checked one by one before the GIN index is asked.
WALK = 50

_ARCHIVED = "(SELECT c.archived FROM clients c WHERE c.id = {row}.client_id) = 0"


def matching_ids(db: PgDatabase, terms: list[list[str]], *, names_only: bool,
                 include_archived: bool, limit: int) -> list[int]:
    """The first `limit` matching clients by id.

    The planner guesses badly how many clients a prefix query matches: it walked every
    client in id order for a query matching a hundred (40–100 ms), or scanned the index
    for one matching thousands. So: check the first clients in id order (a query matching
    more than one in WALK finds its `limit` there, exactly, since they are the smallest
    ids); if they hold too few, the GIN index lists every match and the first are kept.
    """
    short = _short_term(terms) if names_only else None
    if short:
        return _by_short_prefix(db, short, terms, include_archived, limit)
    tsquery = query(terms, names_only)
    archived = "" if include_archived else "AND " + _ARCHIVED.format(row="w")
    found = [row[0] for row in db.execute(
        f"""SELECT w.client_id FROM (SELECT client_id, doc FROM client_search
                                     ORDER BY client_id LIMIT ?) AS w
            WHERE w.doc @@ ?::tsquery {archived} ORDER BY w.client_id LIMIT ?""",
        [WALK * limit, tsquery, limit])]
    if len(found) == limit:
        return found
    archived = "" if include_archived else "WHERE " + _ARCHIVED.format(row="m")
    return [row[0] for row in db.execute(
        f"""WITH m AS MATERIALIZED (SELECT client_id FROM client_search
                                    WHERE doc @@ ?::tsquery)
            SELECT m.client_id FROM m {archived} ORDER BY m.client_id LIMIT ?""",
        [tsquery, limit])]

"""Streaming queries behind CSV export: one row per record, columns in the CSV's order.

Rows come from a cursor a batch at a time (`fetchmany`), never as one list, so exporting a
million visits holds a few thousand rows in memory at most. Each query can be limited to one
client, for the export of everything about one person.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from clientbook.storage.connection import Database

# Rows fetched from SQLite per batch.
BATCH = 5000

# kind → (SELECT … FROM … JOIN …, the column naming the client, ORDER BY).
_QUERIES: dict[str, tuple[str, str, str]] = {
    # Then the client's preferences as a JSON array of [category, value, detail, avoid], in
    # their order (the CSV flattens it), and last when consent to health notes was given.
    "clients": ("""
        SELECT c.id, c.display_name, c.given_name, c.family_name, c.address_as,
               (SELECT group_concat(number, '; ') FROM
                   (SELECT number FROM phones p WHERE p.client_id = c.id ORDER BY position)),
               c.email, c.birthday, s.name, c.notes, c.archived, c.created_at, c.updated_at,
               (SELECT json_group_array(json_array(category, value, detail, avoid)) FROM
                   (SELECT category, value, detail, avoid FROM preferences f
                    WHERE f.client_id = c.id ORDER BY position)),
               c.health_consent_at
        FROM clients c LEFT JOIN staff s ON s.id = c.designer_id""", "c.id", "c.id"),
    "preferences": ("""
        SELECT p.client_id, c.display_name, p.category, p.value, p.detail, p.avoid
        FROM preferences p JOIN clients c ON c.id = p.client_id""",
                    "p.client_id", "p.client_id, p.position"),
    "visits": ("""
        SELECT v.id, v.client_id, c.display_name, v.visited_at, s.name, v.service,
               v.spend_cents, v.notes
        FROM visits v JOIN clients c ON c.id = v.client_id
        LEFT JOIN staff s ON s.id = v.staff_id""", "v.client_id", "v.id"),
    "appointments": ("""
        SELECT a.id, a.client_id, c.display_name, a.starts_at, a.duration_min, s.name,
               a.service, a.status, a.notes
        FROM appointments a JOIN clients c ON c.id = a.client_id
        LEFT JOIN staff s ON s.id = a.staff_id""", "a.client_id", "a.id"),
    "promises": ("""
        SELECT p.id, p.client_id, c.display_name, p.text, p.due_at, s.name, p.done_at,
               p.created_at, p.cancelled_at
        FROM promises p JOIN clients c ON c.id = p.client_id
        LEFT JOIN staff s ON s.id = p.staff_id""", "p.client_id", "p.id"),
    "contact_log": ("""
        SELECT l.id, l.client_id, c.display_name, l.at, l.channel, l.note, s.name
        FROM contact_log l JOIN clients c ON c.id = l.client_id
        LEFT JOIN staff s ON s.id = l.staff_id""", "l.client_id", "l.id"),
    "contact_wishes": ("""
        SELECT w.client_id, c.display_name, w.channel, w.do_not_contact, w.quiet_days
        FROM contact_prefs w JOIN clients c ON c.id = w.client_id""", "w.client_id",
        "w.client_id"),
    "rewards": ("""
        SELECT r.id, r.client_id, c.display_name, r.redeemed_at, r.reward, r.visit_number, s.name
        FROM rewards r JOIN clients c ON c.id = r.client_id
        LEFT JOIN staff s ON s.id = r.staff_id""", "r.client_id", "r.id"),
    "changes": ("""
        SELECT l.id, l.client_id, c.display_name, l.at, l.who, l.field, l.old, l.new
        FROM change_log l JOIN clients c ON c.id = l.client_id""", "l.client_id", "l.id"),
}

# The clients' phones and preferences on PostgreSQL (same text, same JSON once parsed).
_SERVER_CLIENTS = """
        SELECT c.id, c.display_name, c.given_name, c.family_name, c.address_as,
               (SELECT string_agg(number, '; ' ORDER BY position) FROM phones p
                WHERE p.client_id = c.id),
               c.email, c.birthday, s.name, c.notes, c.archived, c.created_at, c.updated_at,
               (SELECT json_agg(json_build_array(category, value, detail, avoid)
                                ORDER BY position)::text
                FROM preferences f WHERE f.client_id = c.id),
               c.health_consent_at
        FROM clients c LEFT JOIN staff s ON s.id = c.designer_id"""

# kind → (table, the column naming the client) for counting rows.
_TABLES = {
    "clients": ("clients", "id"),
    "preferences": ("preferences", "client_id"),
    "visits": ("visits", "client_id"),
    "appointments": ("appointments", "client_id"),
    "promises": ("promises", "client_id"),
    "contact_log": ("contact_log", "client_id"),
    "contact_wishes": ("contact_prefs", "client_id"),
    "rewards": ("rewards", "client_id"),
    "changes": ("change_log", "client_id"),
}

def export_sql(kind: str, client_id: int | None = None, engine: str = "sqlite"
               ) -> tuple[str, list[int]]:
    """The SELECT (and its parameters) behind `export_rows`; the benchmark reuses it."""
    select, client_column, order = _QUERIES[kind]
    if kind == "clients" and engine == "postgresql":
        select = _SERVER_CLIENTS
    if client_id is None:
        return f"{select} ORDER BY {order}", []
    return f"{select} WHERE {client_column} = ? ORDER BY {order}", [client_id]


def export_batches(db: Database, kind: str, client_id: int | None = None,
                   size: int = BATCH) -> Iterator[list[tuple]]:
    """Every row of `kind` (only `client_id`'s when given), in lists of up to `size` rows.

    Batches rather than single rows: a generator step per row costs a third of the time
    sqlite3 takes to produce the row.
    """
    sql, params = export_sql(kind, client_id, db.engine)
    if db.engine == "postgresql":
        with db.snapshot(), contextlib.closing(db.stream(sql, params, size)) as cursor:
            while batch := cursor.fetchmany(size):
                yield batch
        return
    cursor = db.execute(sql, params)
    try:
        while batch := cursor.fetchmany(size):
            yield batch
    finally:
        cursor.close()



# The visits alone, for the fast export of every visit (visit_batches): a join hands SQLite's
# row to Python with the client's and staff member's names in it, one new string each per
# visit; ten visits of a client share one name here.
_VISITS = "SELECT id, client_id, visited_at, staff_id, service, spend_cents, notes FROM visits"


def visit_batches(db: Database, client_id: int | None = None, size: int = BATCH
                  ) -> Iterator[tuple[list[tuple], dict[int, str]]]:
    """The rows of export_sql("visits") as (id, client_id, visited_at, staff_id, service,
    spend_cents, notes), in lists of up to `size`, each with {client id: display name} for
    its clients: the same visits in the same order, read in one read transaction, with
    memory bounded by the batch (a million visits of 100,000 clients never hold every name).
    """
    sql, params = (f"{_VISITS} ORDER BY id", []) if client_id is None else (
        f"{_VISITS} WHERE client_id = ? ORDER BY id", [client_id])
    if db.engine == "postgresql":
        with db.snapshot(), contextlib.closing(db.stream(sql, params, size)) as cursor:
            while batch := cursor.fetchmany(size):
                ids = list({row[1] for row in batch})
                names = dict(db.execute(
                    "SELECT id, display_name FROM clients WHERE id = ANY(?)", [ids]))
                yield [row for row in batch if row[1] in names], names
        return
    conn = db.conn
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN")  # the names below come from the same snapshot as the visits
    cursor = conn.execute(sql, params)
    try:
        while batch := cursor.fetchmany(size):
            ids = list({row[1] for row in batch})
            names = dict(conn.execute(
                f"SELECT id, display_name FROM clients WHERE id IN ({','.join('?' * len(ids))})",
                ids))
            if len(names) < len(ids):  # a visit of no client (foreign keys were off): the
                batch = [row for row in batch if row[1] in names]  # join left it out too
            yield batch, names
    finally:
        cursor.close()
        if own and conn.in_transaction:
            conn.execute("COMMIT")


def staff_names(db: Database) -> dict[int, str]:
    return dict(db.execute("SELECT id, name FROM staff"))


def count_rows(db: Database, kind: str, client_id: int | None = None) -> int:
    """How many rows an export of `kind` will give, for a progress bar."""
    table, client_column = _TABLES[kind]
    if client_id is None:
        return db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    return db.execute(f"SELECT count(*) FROM {table} WHERE {client_column} = ?",
                           [client_id]).fetchone()[0]


def id_exists(db: Database, table: str, record_id: int) -> bool:
    if table not in ("visits", "appointments", "promises"):
        raise ValueError(table)
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None


class ExportReads:
    """The CSV export's reads of one store (`store.exports()`)."""

    def __init__(self, db: Database):
        self.db = db

    def batches(self, kind: str, client_id: int | None = None, size: int = BATCH
                ) -> Iterator[list[tuple]]:
        return export_batches(self.db, kind, client_id, size)

    def visit_batches(self, client_id: int | None = None, size: int = BATCH
                      ) -> Iterator[tuple[list[tuple], dict[int, str]]]:
        return visit_batches(self.db, client_id, size)

    def staff_names(self) -> dict[int, str]:
        return staff_names(self.db)

    def count(self, kind: str, client_id: int | None = None) -> int:
        return count_rows(self.db, kind, client_id)

    def id_exists(self, table: str, record_id: int) -> bool:
        return id_exists(self.db, table, record_id)

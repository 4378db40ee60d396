"""Streaming queries behind CSV export: one row per record, columns in the CSV's order."""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

_QUERIES = {
    "clients": """
        SELECT c.id, c.display_name, c.given_name, c.family_name, c.address_as,
               (SELECT group_concat(number, '; ') FROM
                   (SELECT number FROM phones p WHERE p.client_id = c.id ORDER BY position)),
               c.email, c.birthday, s.name, c.notes, c.archived, c.created_at, c.updated_at
        FROM clients c LEFT JOIN staff s ON s.id = c.designer_id ORDER BY c.id""",
    "preferences": """
        SELECT p.client_id, c.display_name, p.category, p.value, p.detail, p.avoid
        FROM preferences p JOIN clients c ON c.id = p.client_id
        ORDER BY p.client_id, p.position""",
    "visits": """
        SELECT v.id, v.client_id, c.display_name, v.visited_at, s.name, v.service,
               v.spend_cents, v.notes
        FROM visits v JOIN clients c ON c.id = v.client_id
        LEFT JOIN staff s ON s.id = v.staff_id ORDER BY v.id""",
    "appointments": """
        SELECT a.id, a.client_id, c.display_name, a.starts_at, a.duration_min, s.name,
               a.service, a.status, a.notes
        FROM appointments a JOIN clients c ON c.id = a.client_id
        LEFT JOIN staff s ON s.id = a.staff_id ORDER BY a.id""",
}


def export_rows(db: Database, kind: str) -> Iterator[tuple]:
    cursor = db.conn.execute(_QUERIES[kind])
    while batch := cursor.fetchmany(2000):
        yield from batch


def id_exists(db: Database, table: str, record_id: int) -> bool:
    if table not in ("visits", "appointments"):
        raise ValueError(table)
    return db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [record_id]).fetchone() is not None

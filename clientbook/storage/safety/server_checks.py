"""`clientbook check` on a server book: what ClientBook itself can vouch for.

Pages, indexes and checksums are the server's own business (PostgreSQL's data checksums and
amcheck, run by its administrator); ClientBook checks that the book is its own, at which
version, and that every stored time and birthday is one (as the file check does).
"""

from __future__ import annotations

from typing import Any

from clientbook.domain.words import Message
from clientbook.storage.safety.value_check import (
    BIRTHDAY_PROBLEM,
    TIME_COLUMNS,
    looks_unreadable,
    time_problem,
)

_TIME = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}$"
_BIRTHDAY = r"^([0-9]{4}|-)-[0-1][0-9]-[0-3][0-9]$"


def schema_version(db: Any) -> int:
    row = db.execute("SELECT value FROM clientbook_meta WHERE key = 'schema_version'"
                     ).fetchone()
    return int(row[0]) if row else 0


def unreadable_values(db: Any, limit: int = 20) -> list[Message]:
    found: list[Message] = []
    for table, columns in TIME_COLUMNS.items():
        for column in columns:
            rows = db.execute(
                f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND "
                f"{column} !~ ? ORDER BY id LIMIT ?", [_TIME, limit * 4])
            for row_id, value in rows:
                if looks_unreadable(value) and len(found) < limit:
                    found.append(time_problem(table, row_id, value))
    for row_id, value in db.execute(
            "SELECT id, birthday FROM clients WHERE birthday IS NOT NULL AND birthday <> '' "
            "AND birthday !~ ? ORDER BY id LIMIT ?", [_BIRTHDAY, limit]):
        if len(found) < limit:
            found.append(Message(BIRTHDAY_PROBLEM, row_id, repr(value)))
    return found

"""Damaged values SQLite's own checks cannot see: a stored time or birthday that is not one.

`PRAGMA integrity_check` looks at pages and indexes, not at what a text column means, so a
time like '2026-12-07T09;00;00' (a flipped byte, a hand edit) passes it while every list that
reads it would fail. Reading leaves such rows out (storage/convert.py); this names them.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime

from clientbook.domain.words import QT_TRANSLATE_NOOP, Message

# Table -> its time columns (written by convert.dt_to_db as YYYY-MM-DDTHH:MM:SS).
TIME_COLUMNS = {
    "appointments": ("starts_at",),
    "visits": ("visited_at",),
    "promises": ("due_at", "done_at", "created_at", "cancelled_at"),
    "clients": ("created_at", "updated_at", "health_consent_at", "forgotten_at"),
    "contact_log": ("at",),
    "rewards": ("redeemed_at",),
    "promise_reschedules": ("at", "from_due", "to_due"),
    "imports": ("at", "undone_at"),
}
_WHAT = {
    "appointments": QT_TRANSLATE_NOOP("Errors", "appointment %1 has an unreadable time (%2)"),
    "visits": QT_TRANSLATE_NOOP("Errors", "visit %1 has an unreadable time (%2)"),
    "promises": QT_TRANSLATE_NOOP("Errors", "promise %1 has an unreadable time (%2)"),
    "clients": QT_TRANSLATE_NOOP("Errors", "client %1 has an unreadable time (%2)"),
}
_OTHER = QT_TRANSLATE_NOOP("Errors", "row %1 of %3 has an unreadable time (%2)")
BIRTHDAY_PROBLEM = QT_TRANSLATE_NOOP("Errors", "client %1 has an unreadable birthday (%2)")
# SQLite rewrites a well-formed time to itself; anything else to something else or NULL.
_SUSPECT = "coalesce(strftime('%Y-%m-%dT%H:%M:%S', {c}) <> {c}, 1)"
_BIRTHDAY_OK = ("birthday GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]' "
                "OR birthday GLOB '--[0-1][0-9]-[0-3][0-9]'")


def looks_unreadable(value: object) -> bool:
    try:
        datetime.fromisoformat(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True
    return False


def time_problem(table: str, row_id: int, value: object) -> Message:
    return Message(_WHAT.get(table, _OTHER), row_id, repr(value), table)


def unreadable_values(conn: sqlite3.Connection, limit: int = 20) -> list[Message]:
    """What is unreadable, at most `limit` of them, each naming its record.

    Tables or columns an older data format lacks are skipped (a backup being checked).
    """
    found: list[Message] = []
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    for table, columns in TIME_COLUMNS.items():
        if table not in tables:
            continue
        present = {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}
        for column in (c for c in columns if c in present):
            rows = conn.execute(
                f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL AND "
                f"{_SUSPECT.format(c=column)} ORDER BY id LIMIT ?", [limit * 4])
            for row_id, value in rows:
                if looks_unreadable(value) and len(found) < limit:
                    found.append(time_problem(table, row_id, value))
    if "clients" in tables:
        for row_id, value in conn.execute(
                f"SELECT id, birthday FROM clients WHERE birthday IS NOT NULL AND birthday "
                f"<> '' AND NOT ({_BIRTHDAY_OK}) ORDER BY id LIMIT ?", [limit]):
            if len(found) < limit:
                found.append(Message(BIRTHDAY_PROBLEM, row_id, repr(value)))
    return found

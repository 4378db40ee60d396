"""Versioned rows (m012): every update raises the version and names the desk; an update
made from an older version changes nothing, so no desk silently overwrites another's save."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

# The tables whose rows carry a version and the desk that made it.
VERSIONED = ("clients", "appointments", "promises", "visits", "staff")


def update(db: Any, table: str, assignments: str, values: Sequence, row_id: int | None,
           version: int | None = None) -> bool:
    """`UPDATE table SET assignments, version = version + 1 … WHERE id = ?`, and, when
    `version` (the one the desk read) is given, only if the row is still at it. False when
    nothing was updated: the row is gone or another desk saved a newer version."""
    assert table in VERSIONED
    sql = (f"UPDATE {table} SET {assignments}, version = version + 1, changed_by = ? "
           "WHERE id = ?")
    args = [*values, db.desk, row_id]
    if version is not None:
        sql += " AND version = ?"
        args.append(version)
    return db.execute(sql, args).rowcount == 1


def state(db: Any, table: str, row_id: int) -> tuple[int, str] | None:
    """(version, desk that made it) of a row; None when it is gone."""
    assert table in VERSIONED
    row = db.execute(f"SELECT version, changed_by FROM {table} WHERE id = ?",
                     [row_id]).fetchone()
    return None if row is None else (row[0], row[1])

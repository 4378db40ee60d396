"""The store's connection: the part of sqlite-utils' `Database` that ClientBook uses.

Why not sqlite-utils' own class: importing it loads its command line, plugin manager and
date parser (about a third of the window's start-up), and a normal start needs none of it.
The schema's migrations still run through sqlite-utils (storage/database.py imports it only
when a migration is due). The behaviour is sqlite-utils 4's: a write outside a transaction
is committed at once, a failed statement never leaves an implicit transaction open, and
`atomic()` nests as savepoints.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

# Statements that manage transactions themselves: never committed behind their back.
_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
# What the driver skips before the first keyword: space, comments, empty statements, a BOM.
_LEADING = re.compile(r"(?:\s|;|\ufeff|--[^\n]*(?:\n|$)|/\*.*?\*/)*", re.S)


def _first_keyword(sql: str) -> str:
    match = re.match(r"[A-Za-z]+", sql[_LEADING.match(sql).end():])
    return match[0].upper() if match else ""


class Database:
    """One connection to a ClientBook file (the PostgreSQL engine's twin is
    storage/postgres/connection.py: the repositories use only what both offer)."""

    engine = "sqlite"
    desk = ""  # who writes through this connection: stamped on versioned rows (m012)

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    @property
    def in_transaction(self) -> bool:
        return self.conn.in_transaction

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        self.conn.executemany(sql, rows)

    def insert_id(self, sql: str, parameters: Sequence) -> int:
        """Run an INSERT of one row and return its id (a NULL id takes the next one)."""
        return self.execute(sql, parameters).lastrowid

    def snapshot(self):
        """Read as of one moment: SQLite's read transaction (a savepoint inside a write)."""
        return self.atomic()

    def stream(self, sql: str, parameters: Sequence = (), size: int = 0) -> sqlite3.Cursor:
        """Rows to fetch a batch at a time (SQLite's cursor steps through them already)."""
        return self.conn.execute(sql, parameters)

    @contextlib.contextmanager
    def transaction(self, serializable: bool = False) -> Iterator[None]:
        """One all-or-nothing write. BEGIN IMMEDIATE makes a second writer wait, not fail.

        A COMMIT that fails (disk full, I/O error) is rolled back too: a transaction left
        open would swallow every later write, which would then never be committed.
        `serializable` changes nothing here: a file has one writer at a time already.
        """
        if self.conn.in_transaction:
            with self.atomic():
                yield
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None
                ) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            cursor = (self.conn.execute(sql) if parameters is None
                      else self.conn.execute(sql, parameters))
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")  # the implicit transaction nobody would commit
            raise
        if (not was_in_transaction and self.conn.in_transaction
                and cursor.description is None
                and _first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Database]:
        """All or nothing; inside a transaction, a savepoint."""
        if self.conn.in_transaction:
            import secrets  # loads on first use: a window start makes no savepoint

            savepoint = f"clientbook_{secrets.token_hex(8)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:  # an error may have ended the transaction
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()

"""A connection to a PostgreSQL server that the shared repositories use like the SQLite one.

It takes the repositories' `?` marks (storage/postgres/dialect.py), commits a write made
outside a transaction at once (autocommit), nests `atomic()` as savepoints, reads a sum of
whole numbers back as an int (PostgreSQL widens it to numeric) and sends Python's True and
False as 1 and 0, since ClientBook's flag columns are integers on both engines.
"""

from __future__ import annotations

import contextlib
import itertools
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import psycopg
from psycopg import pq
from psycopg.adapt import Dumper, Loader
from psycopg.types.numeric import NumericLoader

from clientbook.storage.postgres.dialect import translate


class _WholeNumbers(Loader):
    """numeric → int when whole (sum() and avg() of integer columns), else float."""

    def load(self, data: Any) -> int | float:
        value = NumericLoader.load(self, data)
        return int(value) if value == value.to_integral_value() else float(value)


class _FlagDumper(Dumper):
    """Python's True/False as the integers 1/0 of ClientBook's flag columns."""

    oid = psycopg.postgres.types["int4"].oid

    def dump(self, obj: bool) -> bytes:
        return b"1" if obj else b"0"


def _is_read(sql: str) -> bool:
    return sql.lstrip().split(None, 1)[0].upper() in ("SELECT", "WITH")


_CURSORS = itertools.count(1)  # server-side cursors need names unique on the connection


class PgDatabase:
    """One connection to a ClientBook database on a PostgreSQL server."""

    engine = "postgresql"
    desk = ""  # who writes through this connection: stamped on versioned rows (m012)

    def __init__(self, conn: psycopg.Connection,
                 reconnect: Callable[[], psycopg.Connection] | None = None):
        self._reconnect = reconnect
        self.pids: set[int] = set()
        """Every server process this book has written through: its own notices."""
        self._use(conn)

    def _use(self, conn: psycopg.Connection) -> None:
        conn.autocommit = True
        conn.adapters.register_loader("numeric", _WholeNumbers)
        conn.adapters.register_dumper(bool, _FlagDumper)
        self.conn = conn
        self.pids.add(conn.info.backend_pid)

    def _revive(self) -> bool:
        """A new connection in place of one the server lost (restarted, or the backend
        ended); True if one was made. Only between transactions: one that was open is gone
        with its connection, and its caller was told so."""
        if self._reconnect is None or not (self.conn.broken or self.conn.closed):
            return False
        with contextlib.suppress(psycopg.Error):
            self.conn.close()
        self._use(self._reconnect())
        return True

    def _begin(self, stack: contextlib.ExitStack) -> None:
        """Enter a transaction; a connection found dead at BEGIN (nothing sent yet) is
        replaced once."""
        outermost = not self.in_transaction
        if outermost:
            self._revive()
        try:
            stack.enter_context(self.conn.transaction())
        except psycopg.OperationalError:
            if not (outermost and self._revive()):
                raise
            stack.enter_context(self.conn.transaction())

    @property
    def in_transaction(self) -> bool:
        return self.conn.info.transaction_status not in (pq.TransactionStatus.IDLE,
                                                         pq.TransactionStatus.UNKNOWN)

    def execute(self, sql: str, parameters: Sequence | dict[str, Any] | None = None
                ) -> psycopg.Cursor:
        if not self.in_transaction:
            self._revive()
        try:
            return self._execute(sql, parameters)
        except psycopg.OperationalError:
            # A read on its own, on a connection the server lost, is asked again once on
            # a new one; a write is not (it may have been done before the line broke).
            if self.in_transaction or not _is_read(sql) or not self._revive():
                raise
            return self._execute(sql, parameters)

    def _execute(self, sql: str, parameters: Sequence | dict[str, Any] | None
                 ) -> psycopg.Cursor:
        if not parameters:
            return self.conn.execute(translate(sql).replace("%%", "%"))
        return self.conn.execute(translate(sql), parameters)

    def executemany(self, sql: str, rows: Sequence[Sequence]) -> None:
        with self.conn.cursor() as cursor:
            cursor.executemany(translate(sql), rows)

    def insert_id(self, sql: str, parameters: Sequence) -> int:
        """Run an INSERT of one row and return its id (a NULL id takes the next one)."""
        return self.conn.execute(translate(sql) + " RETURNING id", parameters).fetchone()[0]

    @contextlib.contextmanager
    def atomic(self) -> Iterator[PgDatabase]:
        """All or nothing; inside a transaction, a savepoint."""
        with contextlib.ExitStack() as stack:
            self._begin(stack)
            yield self

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[None]:
        """Read as of one moment (desks may be writing meanwhile): a read-only, repeatable
        read transaction, or the one already open."""
        fresh = not self.in_transaction
        with contextlib.ExitStack() as stack:
            self._begin(stack)
            if fresh:
                self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield

    def stream(self, sql: str, parameters: Sequence = (), size: int = 2000) -> psycopg.Cursor:
        """Rows a batch at a time through a server-side cursor (inside a transaction, such
        as `snapshot()`), so a million rows never sit in memory at once; close it after."""
        cursor = self.conn.cursor(name=f"clientbook_{next(_CURSORS)}")
        cursor.itersize = size
        cursor.execute(translate(sql), list(parameters))
        return cursor

    @contextlib.contextmanager
    def transaction(self, serializable: bool = False) -> Iterator[None]:
        """One write transaction (the Store's `write`); `serializable` for a write that must
        see no other desk's commits half-way (an import): the server refuses one of two
        that overlap (SerializationFailure), to be run again."""
        fresh = not self.in_transaction
        with contextlib.ExitStack() as stack:
            self._begin(stack)
            if serializable and fresh:
                self.conn.execute("SET TRANSACTION ISOLATION LEVEL SERIALIZABLE")
            yield

    def close(self) -> None:
        self._reconnect = None  # a closed book stays closed
        self.conn.close()

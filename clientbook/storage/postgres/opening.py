"""Open a book on a PostgreSQL server: connect, recognise it, create or upgrade it, or refuse.

Nothing is created in a database that holds anything but ClientBook's tables, and a book
from a newer ClientBook is refused untouched. Desks opening the same book at once take turns
(a transaction-level advisory lock), so only one of them creates or upgrades it.
"""

from __future__ import annotations

import contextlib
from datetime import datetime

import psycopg

from clientbook.domain.errors import BusyError, IncompatibleStoreError, StoreError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage.postgres import schema
from clientbook.storage.postgres.address import describe, parts
from clientbook.storage.postgres.connection import PgDatabase
from clientbook.storage.schema import MIGRATIONS, SCHEMA_VERSION

APPLICATION = "ClientBook"
# pg_advisory_xact_lock key: "ClBk" (the SQLite file's application id).
_LOCK = 0x436C426B
_CONNECT_TIMEOUT_S = 10


def connection_error(exc: psycopg.Error, address: str) -> StoreError:
    """One line for a failed connection, saying what to do."""
    where, settings = describe(address), parts(address)
    state = getattr(exc, "sqlstate", None) or ""
    text = str(exc)
    if state in ("28P01", "28000") or "password" in text:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The server %1 refused the user or password. Put the password in "
            "PostgreSQL's password file (.pgpass) or a service file, or ask the administrator "
            "for access; ClientBook never stores it."), where)
    if state == "3D000" or "does not exist" in text:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The database %1 does not exist on the server. Check its name, or ask "
            "the administrator to create it (createdb)."), where)
    if state == "42501" or "permission denied" in text:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The user %1 may not use the database %2. Ask the administrator to "
            "grant access."), settings.get("user", ""), where)
    return StoreError(QT_TRANSLATE_NOOP(
        "Errors", "The PostgreSQL server for %1 could not be reached (%2). Check that it is "
        "running and that this computer may connect to it, then try again."),
        where, text.strip().splitlines()[0] if text.strip() else type(exc).__name__)


def open_server(address: str) -> PgDatabase:
    """Connect to the book at `address`, creating or upgrading it when that is safe."""
    if parts(address).get("password"):
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "Leave the password out of the address %1: ClientBook never keeps one. "
            "Put it in PostgreSQL's password file (.pgpass) or a service file, then try "
            "again."), describe(address))
    db = PgDatabase(_connect(address), reconnect=lambda: _connect(address))
    try:
        # ClientBook's statements are short: compiling one (JIT, for any whose estimate runs
        # high, such as a walk of the name prefixes) costs more than running it.
        db.execute("SET jit = off")
        _prepare(db, address)
    except psycopg.errors.InsufficientPrivilege as exc:
        db.close()
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The user may read %1 but not set up ClientBook's tables there (%2). "
            "Ask the administrator to make this user the database's owner."),
            describe(address), str(exc).splitlines()[0]) from None
    except psycopg.OperationalError as exc:
        db.close()
        raise connection_error(exc, address) from None
    except BaseException:
        with contextlib.suppress(psycopg.Error):
            db.close()
        raise
    return db


def _connect(address: str) -> psycopg.Connection:
    """A new connection; a server out of reach is a StoreError saying what to do (so a
    desk that lost its server says so in one line, and tries again at the next step)."""
    try:
        return psycopg.connect(address, connect_timeout=_CONNECT_TIMEOUT_S,
                               application_name=APPLICATION)
    except psycopg.Error as exc:
        raise connection_error(exc, address) from None


def _prepare(db: PgDatabase, address: str) -> None:
    with db.transaction():
        db.execute("SELECT pg_advisory_xact_lock(?)", [_LOCK])
        if db.execute("SELECT to_regclass('clientbook_meta')").fetchone()[0] is None:
            _refuse_stranger(db, address)
            _create(db)
            return
        meta = dict(db.execute("SELECT key, value FROM clientbook_meta").fetchall())
        if meta.get("application") != APPLICATION:
            raise _stranger(address)
        version = int(meta.get("schema_version", "0"))
        if version > SCHEMA_VERSION:
            raise IncompatibleStoreError(QT_TRANSLATE_NOOP(
                "Errors", "The book %1 was written by a newer ClientBook (data format %2; "
                "this version reads up to %3). Install the newer ClientBook on this computer; "
                "the book was left untouched."), describe(address), version, SCHEMA_VERSION)
        if version < SCHEMA_VERSION:
            _upgrade(db)


def _stranger(address: str) -> IncompatibleStoreError:
    return IncompatibleStoreError(QT_TRANSLATE_NOOP(
        "Errors", "The database %1 holds another program's tables, so it is not a ClientBook "
        "book. ClientBook left it untouched; give it an empty database of its own."),
        describe(address))


def _refuse_stranger(db: PgDatabase, address: str) -> None:
    tables = db.execute(
        """SELECT count(*) FROM pg_catalog.pg_class c
           JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
           WHERE c.relkind IN ('r', 'p', 'v', 'm', 'f')
             AND n.nspname NOT IN ('pg_catalog', 'information_schema')
             AND n.nspname NOT LIKE 'pg_toast%'""").fetchone()[0]
    if tables:
        raise _stranger(address)


def _create(db: PgDatabase) -> None:
    for statement in schema.baseline():
        db.conn.execute(statement)
    now = datetime.now().isoformat(timespec="seconds")
    names = [name for name, _ in MIGRATIONS.steps]
    done = names[: names.index(schema.BASELINE) + 1]
    db.executemany("INSERT INTO clientbook_migrations (name, applied_at) VALUES (?, ?)",
                   [(name, now) for name in done])
    db.executemany("INSERT INTO clientbook_meta (key, value) VALUES (?, ?)",
                   [("application", APPLICATION), ("schema_version", str(len(done)))])
    _upgrade(db)


def _upgrade(db: PgDatabase) -> None:
    """Apply the steps this database lacks, each in its PostgreSQL form, and record them."""
    applied = {r[0] for r in db.execute("SELECT name FROM clientbook_migrations")}
    now = datetime.now().isoformat(timespec="seconds")
    for name, _ in MIGRATIONS.steps:
        if name in applied:
            continue
        for statement in schema.STEPS[name]:
            db.conn.execute(statement)
        db.execute("INSERT INTO clientbook_migrations (name, applied_at) VALUES (?, ?)",
                   [name, now])
    db.execute("UPDATE clientbook_meta SET value = ? WHERE key = 'schema_version'",
               [str(SCHEMA_VERSION)])


def server_error(exc: Exception, address: str, saving: bool) -> StoreError:
    """A failure while reading or saving, in words a person can act on."""
    if isinstance(exc, (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected)):
        return BusyError(QT_TRANSLATE_NOOP(
            "Errors", "Another desk was saving the same records at the same moment; nothing "
            "was saved. Try again."))
    if isinstance(exc, psycopg.IntegrityError):
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The change was refused by the database: %1."),
            str(exc).strip().splitlines()[0])
    if isinstance(exc, psycopg.errors.InsufficientPrivilege):
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The server %1 does not allow this user to make that change; ask the "
            "administrator. Nothing was saved.") if saving else QT_TRANSLATE_NOOP(
            "Errors", "The server %1 does not allow this user to read that; ask the "
            "administrator."), describe(address))
    if saving:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The change was not saved: the server %1 could not be reached (%2). "
            "Check the network and try again; nothing already saved was lost."),
            describe(address), str(exc).strip().splitlines()[0] if str(exc).strip() else "")
    return connection_error(exc, address)

"""Open the one SQLite file safely: recognise it, refuse strangers, migrate with a backup."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from sqlite_utils import Database

from clientbook.domain.errors import IncompatibleStoreError, StoreError
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

DB_FILENAME = "clientbook.db"


def _connect(path: Path) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(str(path), timeout=10)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn
    except sqlite3.Error as exc:  # e.g. unreadable directory
        raise StoreError(f"Cannot open {path}: {exc}.") from exc


def _inspect(conn: sqlite3.Connection, path: Path) -> tuple[int, int, int]:
    """Return (application_id, user_version, table count), refusing non-databases."""
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise IncompatibleStoreError(
            f"{path} is not a ClientBook database ({exc}). "
            "Move it away or choose another data folder with --data-dir."
        ) from exc
    return app_id, version, tables


def _check_compatible(path: Path, app_id: int, version: int, tables: int) -> None:
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        raise IncompatibleStoreError(
            f"{path} is a SQLite file from another program, not a ClientBook database. "
            "Choose another data folder with --data-dir."
        )
    if version > SCHEMA_VERSION:
        raise IncompatibleStoreError(
            f"{path} was written by a newer ClientBook (data format {version}; this version "
            f"reads up to {SCHEMA_VERSION}). Install the newer ClientBook to open it; "
            "the file was left untouched."
        )


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    folder = path.parent / "backups"
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"before-upgrade-v{version}-{stamp}.db"
    with contextlib.closing(sqlite3.connect(str(target))) as copy:
        conn.backup(copy)
    return target


def open_database(path: Path) -> Database:
    """Open (creating if needed) and migrate the store at `path`.

    A zero-byte file is never silently treated as new: only a missing file is.
    """
    is_new = not path.exists()
    if not is_new and path.stat().st_size == 0:
        raise IncompatibleStoreError(
            f"{path} is empty (0 bytes), so it is not a usable ClientBook database. "
            "It may have been damaged; restore a backup or move it away."
        )
    conn = _connect(path)
    try:
        app_id, version, tables = _inspect(conn, path)
        _check_compatible(path, app_id, version, tables)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        db = Database(conn)
        migrate(db, path, backup_first=not is_new and tables > 0)
    except sqlite3.OperationalError as exc:
        conn.close()
        raise StoreError(f"Cannot use {path}: {exc}.") from exc
    except BaseException:
        conn.close()
        raise
    return db


def migrate(db: Database, path: Path, backup_first: bool = True) -> None:
    """Bring the schema up to date (after opening, or after restoring an older backup)."""
    if not MIGRATIONS.pending(db):
        return
    if backup_first:
        version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        _backup_before_migration(db.conn, path, version)
    MIGRATIONS.apply(db)
    db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


@contextlib.contextmanager
def write_transaction(db: Database) -> Iterator[None]:
    """One all-or-nothing write. BEGIN IMMEDIATE makes a second writer wait, not fail."""
    conn = db.conn
    if conn.in_transaction:
        with db.atomic():
            yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")

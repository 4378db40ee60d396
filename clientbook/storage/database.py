"""Open the one SQLite file safely: recognise it, refuse strangers, migrate with a backup,
open read-only when the folder is, and refuse writes to a file found damaged."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
import tempfile
import time
from datetime import datetime
from pathlib import Path

from clientbook.domain.errors import (
    DamagedStoreError,
    IncompatibleStoreError,
    ReadOnlyStoreError,
)
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage import damage
from clientbook.storage.connection import Database
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from clientbook.storage.store_errors import _READ_ONLY, os_error, store_error

__all__ = ["BACKUP_FOLDER", "DB_FILENAME", "migrate", "open_database", "refuse_write",
           "store_error", "write_transaction"]

DB_FILENAME = "clientbook.db"
# Beside the data file: the automatic backups (and the copy taken before a schema upgrade).
BACKUP_FOLDER = "backups"
# How long a write waits for another program's write to finish before giving up.
BUSY_TIMEOUT_S = 10.0
# SQLite's page cache per connection, in KiB (SQLite's own default is 2,000). A search as
# you type reads a few hundred client rows spread over a large book: with a 2 MB cache each
# keystroke read them from the file again (search p95 7.9 ms at 100,000 clients; 4.3 ms with
# 16 MB). The cache only grows as pages are read.
CACHE_KIB = 16_384
# A new store is built under this prefix and only then given its real name.
_CREATING_PREFIX = ".clientbook-new-"
_STALE_AFTER_S = 3600
_SQLITE_MAGIC = b"SQLite format 3\x00"
# First byte of a b-tree page; page 1 holds one right after the 100-byte file header.
_BTREE_PAGE_TYPES = {0x02, 0x05, 0x0A, 0x0D}


# -- opening -----------------------------------------------------------------------------------


def _connect(path: Path, read_only: bool = False) -> sqlite3.Connection:
    """A connection with foreign keys on; `read_only` opens it with SQLite's mode=ro."""
    try:
        if read_only:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                   timeout=BUSY_TIMEOUT_S)
        else:
            conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
        conn.execute("PRAGMA foreign_keys = ON")
        return conn
    except sqlite3.Error as exc:  # e.g. unreadable directory
        raise store_error(exc, path, saving=False) from exc


def _check_file(path: Path) -> None:
    """Refuse, before SQLite reads it, a file that cannot be a sound ClientBook store.

    SQLite would call all of these "not a database" or "malformed"; each gets its own words,
    and none is written to.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as file:
            head = file.read(101)
    except OSError as exc:
        raise os_error(exc, path, "read") from exc
    if size == 0:
        raise DamagedStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is empty (0 bytes), so it is not a usable ClientBook database (it "
            "may have been damaged). ClientBook left it untouched; restore a backup or move "
            "it away."), path)
    if not head.startswith(_SQLITE_MAGIC) or len(head) < 100:
        if size >= 1024 and size % 512 == 0 and len(head) > 100 and head[100] in \
                _BTREE_PAGE_TYPES:
            raise DamagedStoreError(QT_TRANSLATE_NOOP(
                "Errors", "%1 is not a usable ClientBook database: its header (the first 100 "
                "bytes) is damaged. ClientBook left it untouched; restore a backup or move it "
                "away."), path)
        raise IncompatibleStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a ClientBook database: it is not a database file at all. "
            "ClientBook left it untouched; move it away or choose another data folder with "
            "--data-dir."), path)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        raise DamagedStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a usable ClientBook database: its header is damaged (page "
            "size %2). ClientBook left it untouched; restore a backup or move it away."),
            path, page_size)
    pages = int.from_bytes(head[28:32], "big")
    size_is_valid = pages > 0 and head[24:28] == head[92:96]
    if size_is_valid and size < pages * page_size and not _has_log(path):
        raise DamagedStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a usable ClientBook database: it has been cut short (%2 of %3 "
            "bytes). ClientBook left it untouched; restore a backup or move it away."),
            path, f"{size:,}", f"{pages * page_size:,}")


def _has_log(path: Path) -> bool:
    """A -wal or -journal with content: SQLite will complete the file from it on opening."""
    logs = (Path(f"{path}{suffix}") for suffix in ("-wal", "-journal"))
    return any(log.is_file() and log.stat().st_size > 0 for log in logs)


def _inspect(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """Return (application_id, user_version, table count)."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    return app_id, version, tables


def _check_compatible(path: Path, app_id: int, version: int, tables: int) -> None:
    if app_id not in (0, APPLICATION_ID) or (app_id == 0 and tables > 0):
        raise IncompatibleStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is a SQLite file from another program, not a ClientBook database. "
            "Choose another data folder with --data-dir."), path)
    if version > SCHEMA_VERSION:
        raise IncompatibleStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 was written by a newer ClientBook (data format %2; this version "
            "reads up to %3). Install the newer ClientBook to open it; the file was left "
            "untouched."), path, version, SCHEMA_VERSION)


def _make_private(path: Path) -> None:
    """Readable by this user only: the file and its -wal/-shm (SQLite copies the file's mode
    to those, and with the usual umask 022 the file would be readable by everyone)."""
    if os.name != "posix":
        return
    for name in (str(path), f"{path}-wal", f"{path}-shm"):
        with contextlib.suppress(OSError):  # missing, or someone else's file
            mode = stat.S_IMODE(os.stat(name).st_mode)
            if mode & 0o077:
                os.chmod(name, mode & 0o700)


def _backup_before_migration(conn: sqlite3.Connection, path: Path, version: int) -> Path:
    folder = path.parent / BACKUP_FOLDER
    folder.mkdir(mode=0o700, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = folder / f"before-upgrade-v{version}-{stamp}.db"
    os.close(os.open(target, os.O_CREAT | os.O_WRONLY, 0o600))  # private before SQLite writes
    with contextlib.closing(sqlite3.connect(str(target))) as copy:
        conn.backup(copy)
    return target


def _create(path: Path) -> None:
    """Build a complete, marked store under a temporary name, then give it its real name.

    A process killed half-way leaves either no store or a whole one, never an empty or
    unmarked file that the next start would have to refuse. The file is private (0600)
    from the start.
    """
    folder = path.parent
    for leftover in folder.glob(f"{_CREATING_PREFIX}*"):  # from a process killed long ago
        with contextlib.suppress(OSError):
            if leftover.stat().st_mtime < time.time() - _STALE_AFTER_S:
                leftover.unlink()
    try:
        handle, name = tempfile.mkstemp(prefix=_CREATING_PREFIX, suffix=".db", dir=folder)
        os.close(handle)
    except OSError as exc:
        raise os_error(exc, folder, "create in") from exc
    temp = Path(name)
    try:
        conn = _connect(temp)
        try:
            # Nobody sees the file until it is finished, so no journal and no syncing while
            # it is built: one fsync before it gets its name is enough.
            conn.execute("PRAGMA journal_mode = MEMORY")
            conn.execute("PRAGMA synchronous = OFF")
            migrate(Database(conn), temp, backup_first=False)
        except sqlite3.Error as exc:
            raise store_error(exc, path, saving=False) from exc
        finally:
            conn.close()
        _fsync(temp)
        _publish(temp, path)
    except OSError as exc:
        raise os_error(exc, folder, "create in") from exc
    finally:
        for suffix in ("", "-journal", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{temp}{suffix}")


def _publish(temp: Path, path: Path) -> None:
    """Give the finished store its name, never replacing one another process just made."""
    try:
        os.link(temp, path)
    except FileExistsError:
        return
    except OSError:  # a file system without hard links
        if path.exists():
            return
        os.replace(temp, path)
    if os.name == "posix":  # the new name itself survives a power cut
        _fsync(path.parent)


def _fsync(path: Path) -> None:
    handle = os.open(path, os.O_RDWR if path.is_file() else os.O_RDONLY)
    try:
        with contextlib.suppress(OSError):  # some file systems cannot sync a folder
            os.fsync(handle)
    finally:
        os.close(handle)


def _checked(conn: sqlite3.Connection) -> Database:
    """The connection to a file found to be ClientBook's, with its page cache: set only now,
    as the pragma reads the schema (a damaged file would be touched: its -wal made)."""
    conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    return Database(conn)


def open_database(path: Path, read_only: bool = False) -> Database:
    """Open (creating if needed) and migrate the store at `path`.

    Only a missing file is new. A file that is empty, damaged, not a database, someone
    else's or from a newer ClientBook is refused with its own message and left untouched.
    `read_only` (a read-only folder or disk) opens an existing, up-to-date file for reading.
    """
    try:
        missing = not path.exists()
    except OSError as exc:
        raise os_error(exc, path, "open") from exc
    if read_only:
        return _open_read_only(path, missing)
    if missing:
        _create(path)
    _check_file(path)
    conn = _connect(path)
    try:
        app_id, version, tables = _inspect(conn)
        _check_compatible(path, app_id, version, tables)
        _make_private(path)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        db = _checked(conn)
        migrate(db, path, backup_first=tables > 0)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise store_error(exc, path, saving=False) from exc
    except BaseException:
        conn.close()
        raise
    _make_private(path)  # the -wal and -shm, if WAL mode made them just now
    return db


def _open_read_only(path: Path, missing: bool) -> Database:
    folder_writable = saving = False  # reading a folder we cannot write to
    cannot = ReadOnlyStoreError(_READ_ONLY[folder_writable, saving], path.parent)
    if missing:
        raise cannot
    _check_file(path)
    conn = _connect(path, read_only=True)
    try:
        app_id, version, tables = _inspect(conn)
        _check_compatible(path, app_id, version, tables)
        db = _checked(conn)
        if version < SCHEMA_VERSION and MIGRATIONS.pending(db):  # upgrading is a write
            raise cannot
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise store_error(exc, path, saving=False) from exc
    except BaseException:
        conn.close()
        raise
    return db


def refuse_write(path: Path, read_only: bool) -> None:
    """Before any write: none on a book opened read-only, none on one found damaged."""
    if read_only:
        folder_writable, saving = os.access(path.parent, os.W_OK), True
        raise ReadOnlyStoreError(_READ_ONLY[folder_writable, saving],
                                 path if folder_writable else path.parent)
    found = damage.noted(path.parent)
    if found is not None:
        raise DamagedStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 was found damaged (%2), so ClientBook saves no changes to it until "
            "a backup is restored (File → Restore from backup…, or `clientbook restore "
            "--latest`) or it is repaired (`clientbook check --repair`)."), path, found)


def new_file(path: Path) -> Database:
    """A complete, empty ClientBook file at `path` (an empty file or none), to copy a book
    into; journal off while it is filled, as nobody else sees it yet."""
    conn = _connect(path)
    conn.execute("PRAGMA journal_mode = OFF")
    db = _checked(conn)
    migrate(db, path, backup_first=False)
    return db


def open_reader(path: Path) -> Database:
    """A read-only connection to an existing, already migrated store: for a worker thread
    (a connection serves the thread that made it), so it never migrates nor creates."""
    return _checked(_connect(path, read_only=True))


def migrate(db: Database, path: Path, backup_first: bool = True) -> None:
    """Bring the schema up to date (after opening, or after restoring an older backup).

    A file marked with this version's schema (PRAGMA user_version, written after the last
    step) is up to date; only an older one loads the migration machinery.
    """
    if db.conn.execute("PRAGMA user_version").fetchone()[0] >= SCHEMA_VERSION:
        return
    if not MIGRATIONS.pending(db):
        db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        return
    if backup_first:
        version = db.conn.execute("PRAGMA user_version").fetchone()[0]
        _backup_before_migration(db.conn, path, version)
    MIGRATIONS.apply(db)
    db.conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")


def write_transaction(db: Database):
    """One all-or-nothing write (see Database.transaction)."""
    return db.transaction()

"""Consistent copies of the data file through SQLite's online backup API, and their checks.

Never a file copy of a live database: with WAL, the main file alone can miss committed
transactions. Every copy is written under a temporary name, checked, made private (0600)
and only then renamed into place, so a half-written backup never looks like a good one.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from clientbook.domain.errors import StoreError
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.storage.connection import Database
from clientbook.storage.database import migrate, new_file, store_error
from clientbook.storage.safety.value_check import unreadable_values
from clientbook.storage.schema import APPLICATION_ID, SCHEMA_VERSION


@dataclass(frozen=True)
class FileCheck:
    """What a file is: a ClientBook database of some version, sound or damaged."""

    problem: Message | None
    """None when the file is a sound ClientBook database this version can open."""
    version: int = 0
    unreadable: tuple[Message, ...] = ()
    """Values SQLite's checks pass but ClientBook cannot read (a time that is not one);
    their records are left out of lists. Checked only when the file is otherwise sound."""
    found: tuple[str, ...] = ()
    """SQLite's own list of what is wrong (for telling index-only damage apart)."""
    in_use: bool = False
    """Not checked: another program holds a lock on the file. Not damage."""

    @property
    def ok(self) -> bool:
        """Sound pages and indexes: safe to use, back up and restore from."""
        return self.problem is None

    @property
    def sound(self) -> bool:
        """ok, and every value readable too."""
        return self.ok and not self.unreadable


# SQLite's own words for a failed copy (not translated) go in %1; callers say what failed.
_SQLITE_COPY = QT_TRANSLATE_NOOP("Errors", "SQLite could not copy the data (%1)")


def _damaged(path: Path, found: list[str]) -> Message:
    """SQLite's integrity check lists what is wrong, in its own (untranslated) words."""
    return Message(QT_TRANSLATE_NOOP("Errors", "%1 is damaged: %2"), path, "; ".join(found[:3]))


def _busy(exc: sqlite3.Error) -> bool:
    """SQLITE_BUSY or SQLITE_LOCKED: another connection holds the file."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in (5, 6)


def read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def check_file(path: Path, full: bool = True) -> FileCheck:
    """Open `path` read-only and check it: ClientBook's, not newer than us, integrity ok.

    `full` runs `integrity_check` (reads every page); otherwise the faster `quick_check`.
    """
    if not path.is_file():
        return FileCheck(Message(QT_TRANSLATE_NOOP("Errors", "%1 does not exist."), path))
    if path.stat().st_size == 0:
        return FileCheck(Message(QT_TRANSLATE_NOOP("Errors", "%1 is empty (0 bytes)."), path))
    try:
        with contextlib.closing(read_only(path)) as conn:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                return FileCheck(Message(QT_TRANSLATE_NOOP(
                    "Errors", "%1 is not a ClientBook database."), path), version)
            if version > SCHEMA_VERSION:
                return FileCheck(Message(QT_TRANSLATE_NOOP(
                    "Errors", "%1 was written by a newer ClientBook (data format %2; this "
                    "version reads up to %3)."), path, version, SCHEMA_VERSION), version)
            pragma = "integrity_check" if full else "quick_check"
            found = [r[0] for r in conn.execute(f"PRAGMA {pragma}(20)")]
            values = () if found != ["ok"] else tuple(unreadable_values(conn))
    except sqlite3.DatabaseError as exc:
        return FileCheck(Message(QT_TRANSLATE_NOOP(
            "Errors", "%1 cannot be read as a database (%2)."), path, exc), in_use=_busy(exc))
    if found != ["ok"]:
        return FileCheck(_damaged(path, found), version, found=tuple(found))
    return FileCheck(None, version, values)


# A copy being built (a backup, or a backup being made ready to restore) is hidden under
# this prefix until it is finished; one left by a killed process is swept away (`sweep`).
HIDDEN_PREFIX = ".clientbook-backup-"
# Without flock (Windows), a hidden copy this old is taken to be left over.
_STALE_AFTER_S = 3600


try:
    import fcntl
except ImportError:  # Windows: a hidden copy's age says whether it is left over
    fcntl = None


def _hold(fd: int) -> bool:
    """Take the lock that says "this hidden copy is being built"; False if someone has it.

    flock locks belong to the open file, not the process, so SQLite's own (fcntl) locks on
    the same file never release or clash with it; the kernel drops it when the process dies.
    """
    if fcntl is None:
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


@contextlib.contextmanager
def hidden_temp(folder: Path) -> Iterator[Path]:
    """A 0600 hidden file to build a copy in, locked while it is built; removed again if the
    block fails (SQLite errors become StoreError). The block renames it into place when it
    succeeds; whatever is left under the temporary name is removed at the end."""
    fd, name = tempfile.mkstemp(prefix=HIDDEN_PREFIX, suffix=".db", dir=folder)
    temp = Path(name)
    try:
        _hold(fd)  # our own new file: nobody else can hold it
        yield temp
    except sqlite3.Error as exc:
        raise StoreError(_SQLITE_COPY, exc) from exc
    finally:
        # SQLite has closed the copy by now: closing our handle cannot drop its locks.
        for leftover in (temp, Path(f"{temp}-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        os.close(fd)


@dataclass(frozen=True)
class Sweep:
    removed: int
    """Hidden copies (and their journals) left by a killed backup or restore, now deleted."""
    in_use: int
    """Hidden copies another running ClientBook is still writing: left alone."""


def hidden_copies(folder: Path) -> list[Path]:
    """The hidden, unfinished copies (and their -journal files) in `folder`."""
    try:
        return sorted(p for p in folder.glob(f"{HIDDEN_PREFIX}*") if p.is_file())
    except OSError:
        return []


def _in_use(copy: Path) -> bool:
    """Is a running process still building `copy`? (It holds the copy's lock.)"""
    try:
        if fcntl is None:
            return copy.stat().st_mtime > time.time() - _STALE_AFTER_S
        fd = os.open(copy, os.O_RDONLY)
    except OSError:
        return False  # gone already
    try:
        return not _hold(fd)
    finally:
        os.close(fd)  # releases the lock we may just have taken


def sweep(*folders: Path) -> Sweep:
    """Delete the hidden copies a killed backup or restore left in `folders`.

    They are whole copies of the book (a forgotten client lives on in them) that no listing,
    rotation or forgetting sees. A copy another ClientBook is writing right now is locked and
    is left alone; a journal goes with its copy.
    """
    removed = in_use = 0
    for folder in folders:
        found = hidden_copies(folder)
        busy = {c for c in found if c.suffix == ".db" and _in_use(c)}
        in_use += len(busy)
        for leftover in found:
            base = Path(str(leftover).removesuffix("-journal"))
            if leftover in busy or base in busy:
                continue
            with contextlib.suppress(OSError):  # gone already, or a read-only folder
                leftover.unlink()
                removed += 1
    return Sweep(removed, in_use)


def check_open(db: Database, path: Path, full: bool = True) -> FileCheck:
    """Check the database that is open on `db` (quick_check, or integrity_check if full)."""
    if db.engine == "postgresql":
        from clientbook.storage.safety import server_checks as checks

        return FileCheck(None, checks.schema_version(db), tuple(checks.unreadable_values(db)))
    pragma = "integrity_check" if full else "quick_check"
    try:
        found = [r[0] for r in db.conn.execute(f"PRAGMA {pragma}(20)")]
        values = () if found != ["ok"] else tuple(unreadable_values(db.conn))
    except sqlite3.DatabaseError as exc:
        if _busy(exc):  # another program's lock: not damage
            raise store_error(exc, path, saving=False) from exc
        return FileCheck(Message(QT_TRANSLATE_NOOP("Errors", "%1 cannot be read (%2)."),
                                 path, exc))
    if found != ["ok"]:
        return FileCheck(_damaged(path, found), found=tuple(found))
    return FileCheck(None, db.conn.execute("PRAGMA user_version").fetchone()[0], values)


def write_backup(source: Database | Path, target: Path) -> Path:
    """Copy the database (open, or a file read through a connection of its own, which is
    safe off the UI thread) to `target`, checked before it is renamed into place.

    The folder must exist. Raises OSError or StoreError on failure, leaving no file.
    """
    with hidden_temp(target.parent) as temp:
        if getattr(source, "engine", "") == "postgresql":
            _server_to_file(source, temp)
        else:
            _file_to_file(source, temp)
        check = check_file(temp, full=False)
        if not check.ok:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "the new backup did not check out: %1"), check.problem)
        os.chmod(temp, 0o600)
        os.replace(temp, target)
    return target


def _server_to_file(source, temp: Path) -> None:
    """A server book into a ClientBook file, from one consistent view of the server."""
    from clientbook.storage.safety.book_copy import copy_book

    with contextlib.closing(new_file(temp).conn) as conn, source.snapshot():
        target = Database(conn)
        with target.transaction():
            copy_book(source, target)
        conn.execute("PRAGMA journal_mode = DELETE")


def _file_to_file(source: Database | Path, temp: Path) -> None:
    with contextlib.closing(sqlite3.connect(str(temp))) as copy:
        if isinstance(source, Database):
            source.conn.backup(copy)
        else:
            with contextlib.closing(read_only(source)) as conn:
                conn.backup(copy)
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file


def restore_into(db: Database, source: Path, path: Path) -> None:
    """Replace everything in the open database with `source`'s contents, then migrate it.

    Goes through the backup API into the live connection, so every repository holding
    `db` keeps working. `path` is the database's own file (for the pre-migration backup).
    A server book has its rows replaced by the file's in one transaction instead.
    """
    if db.engine == "postgresql":
        from clientbook.storage.safety.book_copy import replace_from

        with contextlib.closing(read_only(source)) as src:
            replace_from(Database(src), db)
        return
    try:
        with contextlib.closing(read_only(source)) as src:
            src.backup(db.conn)
        db.conn.execute("PRAGMA journal_mode = WAL")  # the copy's header said DELETE
        db.conn.execute("PRAGMA foreign_keys = ON")
        migrate(db, path)
    except sqlite3.Error as exc:
        raise StoreError(_SQLITE_COPY, exc) from exc


def copy_damaged(path: Path, target: Path) -> Path:
    """Keep the bytes of a damaged database that is still open (its -wal beside the copy):
    the backup API refuses what does not check out, and nothing may be thrown away."""
    for suffix in ("", "-wal"):
        source = Path(f"{path}{suffix}")
        if source.exists():
            shutil.copyfile(source, f"{target}{suffix}")
            os.chmod(f"{target}{suffix}", 0o600)
    return target

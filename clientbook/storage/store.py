"""The opened store: one connection, its repositories and its write transaction."""

from __future__ import annotations

import contextlib
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

from clientbook.domain.errors import BusyError
from clientbook.storage import damage, versions
from clientbook.storage.connection import Database
from clientbook.storage.database import (
    BACKUP_FOLDER,
    DB_FILENAME,
    open_database,
    open_reader,
    refuse_write,
    store_error,
)
from clientbook.storage.repositories.calendar import CalendarRepository
from clientbook.storage.repositories.calendar_links import CalendarLinks
from clientbook.storage.repositories.change_log import ChangeLog
from clientbook.storage.repositories.clients import ClientRepository
from clientbook.storage.repositories.contact_prefs import ContactPrefRepository
from clientbook.storage.repositories.imports import ImportLog
from clientbook.storage.repositories.messages import MessageRepository
from clientbook.storage.repositories.records import RecordRepository
from clientbook.storage.repositories.rewards import RewardRepository
from clientbook.storage.repositories.search_index import SearchIndex
from clientbook.storage.repositories.settings import SettingsRepository
from clientbook.storage.repositories.staff import StaffRepository
from clientbook.storage.repositories.timeline import Timeline
from clientbook.storage.safety import backups as backup_files
from clientbook.storage.safety.backups import sweep
from clientbook.storage.safety.erasure import Erasure
from clientbook.storage.safety.network_share import network_share_warning

T = TypeVar("T")


def _refused(exc: Exception) -> bool:
    """The server refused this user (no privilege, or its row-level security): the user's
    to take up with the administrator, not a bug, though psycopg files it with them."""
    return getattr(exc, "sqlstate", None) == "42501"


class Store:
    def __init__(self, path: Path, read_only: bool = False, db: Database | None = None,
                 address: str | None = None):
        self.path = path
        """The book's file; for a book on a server, where that file would be (its folder
        keeps this desk's settings, logs and backups)."""
        self.address = address
        """postgresql://… for a book on a server, else None."""
        self.retries = 0
        """Writes run again after the server refused them (see `serializable`)."""
        self.read_only = read_only
        """Opened read-only (a read-only folder or disk, or a reader for a worker thread):
        reads work, every write is refused."""
        self.db = open_database(path, read_only=read_only) if db is None else db
        if db is None:
            # Hidden copies a killed backup or restore left: whole copies of the book, which
            # a forgotten client would live on in. (A read-only folder keeps them.)
            sweep(path.parent, path.parent / BACKUP_FOLDER)
        self.settings = SettingsRepository(self.db)
        self.staff = StaffRepository(self.db)
        self.records = RecordRepository(self.db)
        self.clients = ClientRepository(self.db, self.settings.get("phone_region"))
        self.imports = ImportLog(self.db)
        self.rewards = RewardRepository(self.db)
        self.contact_prefs = ContactPrefRepository(self.db)
        self.messages = MessageRepository(self.db)
        self.changes = ChangeLog(self.db)
        self.timeline = Timeline(self.db)
        self.calendar = CalendarRepository(self.db)
        self.calendar_links = CalendarLinks(self.db)
        self.search = SearchIndex(self.db)
        self.erasure = Erasure(self.db)
        self._listener = None  # other desks' writes, heard while the window listens
        self.branches = None
        """A server book's branches (storage/postgres/branches.py); None for a file, whose
        rows all belong to its one branch."""
        if address is not None:
            from clientbook.storage.postgres.branches import BranchRepository

            self.branches = BranchRepository(self.db)

    @classmethod
    def in_folder(cls, folder: Path, read_only: bool = False) -> Store:
        return cls(folder / DB_FILENAME, read_only)

    @classmethod
    def on_server(cls, address: str, folder: Path) -> Store:
        """The book on the PostgreSQL server at `address`; `folder` is this desk's."""
        from clientbook.storage.postgres.opening import open_server

        return cls(folder / DB_FILENAME, db=open_server(address), address=address)

    @classmethod
    def reader(cls, path: Path, address: str | None = None) -> Store:
        """The same store read-only on a connection of its own, for a worker thread."""
        if address is not None:
            from clientbook.storage.postgres.opening import open_server

            return cls(path, read_only=True, db=open_server(address), address=address)
        return cls(path, read_only=True, db=open_reader(path))

    def _errors(self) -> tuple[type[Exception], type[Exception]]:
        """(the engine's programming errors, its other database errors)."""
        if self.address is None:
            return sqlite3.ProgrammingError, sqlite3.DatabaseError
        import psycopg

        return psycopg.ProgrammingError, psycopg.DatabaseError

    def _failure(self, exc: Exception, saving: bool) -> Exception:
        if self.address is None:
            return store_error(exc, self.path, saving=saving)
        from clientbook.storage.postgres.opening import server_error

        return server_error(exc, self.address, saving=saving)

    @contextlib.contextmanager
    def write(self, serializable: bool = False) -> Iterator[None]:
        """One all-or-nothing write; SQLite failures become a StoreError saying what to do.

        Disk full, read-only, locked by another program and damaged each have their own
        subclass and message; nothing of the failed change stays behind. A programming error
        (sqlite3.ProgrammingError) is a bug and is not dressed up as the user's problem.
        """
        if self.address is None or self.read_only:
            refuse_write(self.path, self.read_only)
        bug, failed = self._errors()
        try:
            with self.db.transaction(serializable):
                yield
        except failed as exc:
            if isinstance(exc, bug) and not _refused(exc):
                raise
            raise self._failure(exc, saving=True) from exc

    def serializable(self, work: Callable[[], T], attempts: int = 8) -> T:
        """`work()` in one SERIALIZABLE write (imports and their undo on a server), run
        again when the server refuses it because another desk's write overlapped
        (serialization failure, deadlock): nothing of a refused attempt stays. `work` must
        start from scratch each time. A file's write is BEGIN IMMEDIATE: run once."""
        for attempt in range(1, attempts + 1):
            try:
                with self.write(serializable=True):
                    return work()
            except BusyError:
                if attempt == attempts or self.address is None:
                    raise
                self.retries += 1
                # Apart a little, and more each time, so the same two do not meet again.
                time.sleep(random.uniform(0, 0.02 * 2 ** attempt))
        raise AssertionError("unreachable")

    @contextlib.contextmanager
    def reading(self) -> Iterator[None]:
        """Reads outside a write: a locked or damaged file becomes a StoreError that says
        what to do, as `write` does, instead of SQLite's bare message."""
        bug, failed = self._errors()
        try:
            yield
        except failed as exc:
            if isinstance(exc, bug) and not _refused(exc):
                raise
            raise self._failure(exc, saving=False) from exc

    def network_warning(self) -> str | None:
        return None if self.address else network_share_warning(self.path.parent)

    def set_phone_region(self, region: str) -> None:
        """Change the default phone region and re-derive every client's phone keys."""
        self.settings.set("phone_region", region)
        self.clients.region = region
        for client_id in self.clients.all_ids():
            client = self.clients.get(client_id)
            if client is not None and client.phones:
                self.clients.rewrite_derived(client)

    def is_empty(self) -> bool:
        return not self.clients.any() and not self.staff.all()

    def bulk_insert(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Fast path for generated data (demo, benchmarks); callers hold a write()."""
        marks = ", ".join("?" * len(columns))
        self.db.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
        )

    def report_reads(self):
        """The report's reads of this book (storage/repositories/reports.py: ReportReads);
        loaded when a report is made, never at start."""
        from clientbook.storage.repositories.reports import ReportReads

        return ReportReads(self.path, self.db, self.address is not None)

    def exports(self):
        """The CSV export's reads of this book (storage/repositories/exports.py)."""
        from clientbook.storage.repositories.exports import ExportReads

        return ExportReads(self.db)

    def write_copy(self, target: Path) -> Path:
        """A checked ClientBook file of this book at `target` (a backup)."""
        return backup_files.write_backup(self.db, target)

    def check(self, full: bool = True) -> backup_files.FileCheck:
        """integrity_check (quick_check unless `full`) and the stored values."""
        return backup_files.check_open(self.db, self.path, full)

    def reindex(self) -> None:
        damage.reindex(self.db, self.path)

    def replace_with(self, ready: Path) -> None:
        """Everything in this book replaced by the prepared backup file `ready`."""
        backup_files.restore_into(self.db, ready, self.path)

    def copy_to_server(self, address: str) -> dict[str, int]:
        """Copy this book onto an empty server book, compared row by row; rows per table."""
        from clientbook.storage.safety.book_copy import copy_to_server

        return copy_to_server(self.db, address)

    def row_counts(self) -> dict[str, int]:
        """Rows per table of the whole book."""
        from clientbook.storage.safety.book_copy import row_counts

        return row_counts(self.db)

    def listen(self, on_notices, on_state, backoff=()):
        """Hear other desks' writes to this server book (storage/postgres/listener.py) until
        closed; a file has no other desks: None."""
        if self.address is None or self.read_only:
            return None
        from clientbook.storage.postgres.listener import Listener

        self.stop_listening()
        self._listener = Listener(self.address, self.db.pids.__contains__, on_notices,
                                  on_state, backoff).start()
        return self._listener

    def hear_as_own(self, other: Store) -> None:
        """`other` is this desk's too (a writer in another thread, whose session broadcasts
        its changes): its notices are not heard back as another desk's."""
        if self.address is not None and other.address is not None:
            self.db.pids.update(other.db.pids)
            other.db.pids = self.db.pids

    def stop_listening(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.stop()

    def close(self) -> None:
        self.stop_listening()
        # Only after changes: the statistics go stale through writes, and a look that changed
        # nothing leaves the file as it was (an index with no rows, such as visits booked by
        # appointment in a book that never links them, has no statistics to keep, so SQLite
        # would analyse its whole table again at every close: 0.4 s at a million visits).
        with contextlib.suppress(sqlite3.Error):  # also: closed already
            if self.address is None and self.db.conn.total_changes:
                self.db.conn.execute("PRAGMA optimize")
        self.db.close()

    def last_change(self, table: str, row_id: int) -> tuple[int, str] | None:
        """(version, the desk that made it) of a versioned row (m012); None when it is gone."""
        return versions.state(self.db, table, row_id)

    @property
    def desk(self) -> str:
        """Who writes through this store: stamped on every versioned row it changes."""
        return self.db.desk

    @desk.setter
    def desk(self, name: str) -> None:
        self.db.desk = name

"""Restoring a backup all or nothing: the copy is made ready under a hidden name first.

A restore used to copy the backup in, commit, and only then forget again, one by one, the
clients forgotten since the backup was made: a process killed in between brought them back.
Now the backup is copied to a hidden, locked file, migrated, the forgotten clients are
forgotten in it (and its free pages wiped), and only that finished copy replaces the live
data, in one transaction (or one rename). Killed anywhere, the book is either as it was or
fully restored; the hidden copy is swept away later (storage/safety/backups.py `sweep`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, time
from pathlib import Path

from clientbook.storage.connection import Database
from clientbook.storage.database import migrate, write_transaction
from clientbook.storage.repositories.imports import ImportLog
from clientbook.storage.safety import erasure
from clientbook.storage.safety.backups import hidden_temp, read_only


def forget_again(db: Database, client_ids: Iterable[int], now: datetime) -> list[int]:
    """Forget once more, in one transaction, those of `client_ids` that `db` holds unforgotten
    (a backup made before they were forgotten); wipes the freed pages. Returns their ids."""
    again = []
    for client_id in client_ids:
        row = db.execute("SELECT forgotten_at FROM clients WHERE id = ?", [client_id]).fetchone()
        if row is not None and row[0] is None:
            again.append(client_id)
    if not again:
        return []
    today_start = datetime.combine(now.date(), time())
    log = ImportLog(db)
    with erasure.secure_delete(db):
        with write_transaction(db):
            for client_id in again:
                names = db.execute(
                    """SELECT display_name, given_name, family_name, address_as, email
                       FROM clients WHERE id = ?""", [client_id]).fetchone()
                log.forget_client(client_id, [*names[:4], names[4].partition("@")[0]])
                erasure.erase_client(db, client_id, now, today_start)
        db.execute("VACUUM")
    return again


@contextlib.contextmanager
def ready_copy(source: Path, folder: Path, forgotten: Iterable[int], now: datetime
               ) -> Iterator[Path]:
    """A hidden copy of `source` in `folder`, migrated, with `forgotten` forgotten again.

    The copy is removed when the block ends (unless the block renamed it into place). SQLite
    failures become StoreError.
    """
    with hidden_temp(folder) as temp:
        with contextlib.closing(read_only(source)) as src, \
                contextlib.closing(sqlite3.connect(str(temp))) as dst:
            src.backup(dst)
        db = Database(sqlite3.connect(str(temp)))
        try:
            db.conn.execute("PRAGMA journal_mode = DELETE")
            db.conn.execute("PRAGMA foreign_keys = ON")
            migrate(db, temp, backup_first=False)
            forget_again(db, forgotten, now)
        finally:
            db.close()
        yield temp


def install(ready: Path, path: Path, aside: Path | None) -> None:
    """Make the finished copy `ready` the database at `path`, which nobody has open.

    The file there now (and its -wal) is first copied to `aside`, never deleted; the rename
    that puts `ready` in its place is the single step that changes the book.
    """
    if aside is not None:
        for suffix in ("", "-wal"):
            current = Path(f"{path}{suffix}")
            if current.exists():
                shutil.copyfile(current, f"{aside}{suffix}")
                os.chmod(f"{aside}{suffix}", 0o600)
    os.chmod(ready, 0o600)
    for leftover in (Path(f"{path}-wal"), Path(f"{path}-shm")):
        leftover.unlink(missing_ok=True)  # never replay an old log onto the new file
    os.replace(ready, path)

"""Backups: the daily automatic copy, one before each import or restore, "Back up now", restore.

Automatic backups live in the data folder's `backups/` as
`clientbook-YYYYMMDD-HHMMSS-<reason>.db` and are rotated (7 daily, 4 weekly, 12 monthly, see
domain/backup_rotation.py); a backup somewhere else (a USB stick) is the person's to keep.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path

from clientbook.domain.backup_rotation import backups_to_keep
from clientbook.domain.errors import ClientBookError, NotFoundError, StoreError, message_of
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.services.book import Book
from clientbook.services.changes import Changes
from clientbook.services.privacy import erasure
from clientbook.services.settings import read_setting
from clientbook.storage import damage, database
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.postgres.address import describe
from clientbook.storage.safety import backups as files
from clientbook.storage.safety import restoring
from clientbook.storage.safety.backups import FileCheck
from clientbook.storage.store import Store

FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^clientbook-(\d{8}-\d{6})-([a-z-]+)\.db$")
# What the database layer names its copy before a schema upgrade.
_UPGRADE = re.compile(r"^before-upgrade-v\d+-(\d{8}-\d{6})\.db$")


class Reason(StrEnum):
    DAILY = "daily"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    UPGRADE = "before-upgrade"
    MANUAL = "manual"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: datetime
    reason: str
    size: int


class BackupError(ClientBookError):
    """A backup could not be written or a file cannot be restored; says why."""


def backup_folder(data_folder: Path) -> Path:
    return data_folder / FOLDER


def list_backups(data_folder: Path) -> list[BackupFile]:
    """ClientBook's own backups in the data folder, newest first."""
    found = []
    folder = backup_folder(data_folder)
    for path in folder.iterdir() if folder.is_dir() else ():
        match = _NAME.match(path.name)
        upgrade = None if match else _UPGRADE.match(path.name)
        if match or upgrade:
            stamp, reason = (match[1], match[2]) if match else (upgrade[1], Reason.UPGRADE)
            try:
                at = datetime.strptime(stamp, _STAMP)
                found.append(BackupFile(path, at, str(reason), path.stat().st_size))
            except (ValueError, OSError):
                continue
    return sorted(found, key=lambda b: (b.at, b.path.name), reverse=True)


def _write(source: Store | Path, target: Path) -> Path:
    """A checked copy of an open book (`Store`) or of a book file read apart (`Path`)."""
    try:
        files.sweep(target.parent)
        if isinstance(source, Store):
            return source.write_copy(target)
        return files.write_backup(source, target)
    except (OSError, StoreError) as exc:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "The backup could not be written to %1: %2. Nothing was changed."),
            target.parent, message_of(exc)) from exc


def _automatic(data_folder: Path, now: datetime, reason: Reason,
               source: Store | Path) -> Path:
    folder = backup_folder(data_folder)
    folder.mkdir(mode=0o700, exist_ok=True)
    path = _write(source, folder / f"clientbook-{now:{_STAMP}}-{reason}.db")
    rotate(data_folder)
    return path


def make_backup(book: Book, reason: Reason) -> Path:
    """An automatic backup into the data folder's backups/, then rotation."""
    return _automatic(book.path.parent, book.clock(), reason, book.store)


def rotate(data_folder: Path) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns them."""
    existing = list_backups(data_folder)
    keep = backups_to_keep(b.at for b in existing)
    removed = []
    for backup in existing:
        if backup.at not in keep:
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily_backup_if_due(data_folder: Path, now: datetime) -> Path | None:
    """On the first start of each day, a backup (none if one was already made today).

    Reads the data file through its own connection, so it may run off the UI thread.
    """
    if any(b.at.date() == now.date() for b in list_backups(data_folder)):
        return None
    return _automatic(data_folder, now, Reason.DAILY, data_folder / DB_FILENAME)


@dataclass(frozen=True)
class StartupReport:
    problem: Message | None
    """What is wrong with the data file, or None when the quick check passed."""
    good_backup: BackupFile | None = None
    """When there is a problem: the newest backup that checks out."""
    backup: Path | None = None
    """The day's first backup, if it was made now."""
    backup_error: Message | None = None
    index_only: bool = False
    """The damage is in the indexes only: `repair_indexes` mends it, nothing is lost."""


def startup_checks(data_folder: Path, now: datetime, address: str | None = None
                   ) -> StartupReport:
    """At start-up: a quick check of the data file, then the day's backup if it is due.

    Uses connections of its own (safe in a worker thread while the window opens). A damaged
    file is never backed up over good backups. A book on a server (`address`) has its values
    checked and its daily backup written into this desk's backups/ as a ClientBook file.
    """
    files.sweep(data_folder, backup_folder(data_folder))
    if address is not None:
        return _server_checks(data_folder, now, address)
    result = files.check_file(data_folder / DB_FILENAME, full=False)
    if result.in_use:  # another program's lock: not damage; checked again next start
        return StartupReport(None)
    if not result.ok:  # no writes until restored or repaired (storage/damage.py)
        damage.note(data_folder, "; ".join(result.found[:3]) or str(result.problem))
        return StartupReport(result.problem, newest_good_backup(data_folder),
                             index_only=damage.index_only(result.found))
    if found := damage.noted(data_folder):  # a full check found it earlier
        return StartupReport(Message(QT_TRANSLATE_NOOP("Errors", "%1 is damaged: %2"),
                                     data_folder / DB_FILENAME, found),
                             newest_good_backup(data_folder),
                             index_only=damage.index_only(found.split("; ")))
    try:
        made, failed = daily_backup_if_due(data_folder, now), None
    except BackupError as exc:
        made, failed = None, exc.message
    return _values_report(result, data_folder, data_folder / DB_FILENAME, made, failed)


def _server_checks(data_folder: Path, now: datetime, address: str) -> StartupReport:
    reader = Store.reader(data_folder / DB_FILENAME, address)
    try:
        result = reader.check(full=False)
        made = failed = None
        if not any(b.at.date() == now.date() for b in list_backups(data_folder)):
            try:
                made = _automatic(data_folder, now, Reason.DAILY, reader)
            except BackupError as exc:
                failed = exc.message
    finally:
        reader.close()
    return _values_report(result, data_folder, describe(address), made, failed)


def _values_report(result: FileCheck, data_folder: Path, where: object, made: Path | None,
                   failed: Message | None) -> StartupReport:
    """A damaged value (a time that is not one) costs only its record, left out of every
    list: the day's backup is still made, and a backup from before the damage is offered
    when there is one (the log and `clientbook check` name it either way)."""
    if result.unreadable:
        before_damage = newest_good_backup(data_folder, readable=True)
        if before_damage is not None:
            return StartupReport(Message(QT_TRANSLATE_NOOP("Errors", "%1 is damaged: %2"),
                                         where, "; ".join(result.unreadable[:3])),
                                 before_damage, made, failed)
    return StartupReport(None, backup=made, backup_error=failed)


def backup_into(book: Book, folder: Path) -> Path:
    """"Back up now" into a chosen folder (a USB stick), under a dated name."""
    if not folder.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."), folder)
    return _write(book.store, folder / f"clientbook-{book.clock():{_STAMP}}.db")


def backup_to(book: Book, target: Path, folder: bool = False) -> Path:
    """A backup to a chosen file, or into a chosen folder under a dated name.

    `folder` (the name was written with a trailing slash, `usb/`) says it is a folder even
    when it does not exist yet: it is created when its parent exists, never written as a
    file named `usb`.
    """
    if folder and not target.exists() and target.parent.is_dir():
        target.mkdir(mode=0o700)
    if target.is_dir() or folder:
        return backup_into(book, target)
    if not target.parent.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."),
                          target.parent)
    return _write(book.store, target)


def check(book: Book, full: bool = True) -> FileCheck:
    """Is the open book's file sound? `full` reads every page; otherwise a quick check.

    Damage found is remembered, and stops every write until a restore or a repair; a full
    check that passes lifts that (a quick one cannot see index damage, so it never does).
    A file another program has locked raises StoreLockedError: that is not damage.
    """
    result = book.store.check(full)
    if not result.ok:
        damage.note(book.path.parent, "; ".join(result.found[:3]) or str(result.problem))
    elif full:
        damage.clear(book.path.parent)
    return result


def index_damage_only(result: FileCheck) -> bool:
    """Is all the damage a check found in the indexes (mended by `repair_indexes`)?"""
    return damage.index_only(result.found)


def damage_found(book: Book) -> str | None:
    """Damage a check found and nobody has repaired yet (SQLite's words), or None."""
    return damage.noted(book.path.parent)


def repair_indexes(book: Book) -> FileCheck:
    """REINDEX, then a full check: mends damage that is in the indexes only (a full check
    says which). Refused unless the book is otherwise writable."""
    if book.read_only:
        database.refuse_write(book.path, read_only=True)
    book.store.reindex()
    return check(book, full=True)


def newest_good_backup(data_folder: Path, readable: bool = False) -> BackupFile | None:
    """The newest backup that checks out (quick check), for restoring after damage;
    `readable`: whose every value can be read too (one from before a value was damaged)."""
    for backup in list_backups(data_folder):
        result = files.check_file(backup.path, False)
        if result.sound if readable else result.ok:
            return backup
    return None


def _checked_source(source: Path) -> None:
    if not source.is_file():
        raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no file %1."), source)
    result = files.check_file(source, full=True)
    if not result.ok:
        raise BackupError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot restore from this file: %1 Nothing was changed."), result.problem)


def restore(book: Book, source: Path) -> tuple[Path, Changes]:
    """Replace the open book's data with a backup's, keeping the current data as a backup.

    All or nothing, the forgetting included: the backup is made ready in a hidden copy
    (migrated, everyone forgotten since forgotten again) and only then copied over the live
    data in one transaction. Returns that backup of the data as it was, and what changed
    (everything).
    """
    _checked_source(source)
    sweep(book.path.parent)
    try:
        kept = make_backup(book, Reason.BEFORE_RESTORE)
    except BackupError:
        if check(book, full=False).ok:
            raise  # a sound book that cannot be backed up (disk full…) is not replaced
        kept = files.copy_damaged(book.path, backup_folder(book.path.parent)
                                  / f"damaged-{book.clock():{_STAMP}}.db")
    try:
        with restoring.ready_copy(source, book.path.parent, erasure.forgotten_ids(book),
                                  book.clock()) as ready:
            book.store.replace_with(ready)
    except (OSError, StoreError) as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "Restoring failed: %1. The data as it was is in %2."),
            message_of(exc), kept) from exc
    damage.clear(book.path.parent)  # the restored data was checked before it came in
    book.store.clients.region = read_setting(book.store, "phone_region")
    everything = Changes(clients=set(book.store.clients.all_ids()), staff=True, visits=True,
                         appointments=True, promises=True, contacts=True, rewards=True,
                         settings=True)
    return kept, everything


def restore_unopenable(data_folder: Path, source: Path, now: datetime) -> Path | None:
    """Restore when the book's own file cannot be opened (damaged, not a database).

    The unusable file is copied into backups/ as `damaged-<stamp>.db`, never deleted;
    returns where it went (None when there was no file). The ready copy (forgotten clients
    forgotten again) replaces it in one rename.
    """
    _checked_source(source)
    sweep(data_folder)
    path = data_folder / DB_FILENAME
    folder = backup_folder(data_folder)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    aside = folder / f"damaged-{now:{_STAMP}}.db" if path.exists() else None
    try:
        with restoring.ready_copy(source, data_folder, erasure.forgotten_ids_in(data_folder),
                                  now) as ready:
            restoring.install(ready, path, aside)
    except (OSError, StoreError) as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "Restoring failed: %1."),
                          message_of(exc)) from exc
    damage.clear(data_folder)
    return aside


def sweep(data_folder: Path) -> files.Sweep:
    """Delete hidden copies a killed backup or restore left (see storage/safety/backups.py)."""
    return files.sweep(data_folder, backup_folder(data_folder))


def hidden_copies(data_folder: Path) -> int:
    """How many hidden, unfinished copies are in the data folder and its backups/ now."""
    return sum(len(files.hidden_copies(f)) for f in (data_folder, backup_folder(data_folder)))

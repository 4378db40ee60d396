"""SQLite's failures, and the operating system's, in words a person can act on.

Each case has a whole sentence for saving and one for opening, so a translator never has to
join sentence parts.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from clientbook.domain.errors import (
    DamagedStoreError,
    DiskFullError,
    ReadOnlyStoreError,
    StoreError,
    StoreLockedError,
)
from clientbook.domain.words import QT_TRANSLATE_NOOP

# SQLite's primary result codes (the low byte of sqlite_errorcode).
_PERM, _BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT = 3, 5, 6, 8, 10, 11
_FULL, _CANTOPEN, _CONSTRAINT, _NOTADB = 13, 14, 19, 26

# SQLite's (or Python's) words when the schema or a stored text is damaged, which carry no
# damage code: a migration finding its column already there, text that is not UTF-8.
_DAMAGED_SCHEMA = ("duplicate column name", "Could not decode to UTF-8",
                   "malformed database schema", "already exists")


def store_error(exc: sqlite3.Error, path: Path, saving: bool) -> StoreError:
    """The one-line message for an SQLite failure while saving to, or opening, `path`.

    Each case has a whole sentence for saving and one for opening, so a translator never
    has to join sentence parts.
    """
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if any(words in str(exc) for words in _DAMAGED_SCHEMA):
        code = _CORRUPT
    folder = path.parent
    if code == _FULL:
        return DiskFullError(QT_TRANSLATE_NOOP(
            "Errors", "The disk holding %1 is full, so the change was not saved. Free some "
            "space and try again; nothing already saved was lost.") if saving else
            QT_TRANSLATE_NOOP(
            "Errors", "The disk holding %1 is full, so ClientBook cannot open its data. Free "
            "some space and try again."), folder)
    if code in (_BUSY, _LOCKED):
        return StoreLockedError(QT_TRANSLATE_NOOP(
            "Errors", "Another program is using the ClientBook data in %1, so the change was "
            "not saved. Close it (or wait for it to finish) and try again; nothing already "
            "saved was lost.") if saving else QT_TRANSLATE_NOOP(
            "Errors", "Another program is using the ClientBook data in %1, so ClientBook "
            "cannot open its data. Close it (or wait for it to finish) and try again."), folder)
    folder_writable = os.access(folder, os.W_OK)
    file_writable = folder_writable and (not path.exists() or os.access(path, os.W_OK))
    if code in (_READONLY, _PERM) or (code == _CANTOPEN and not file_writable):
        # SQLite writes beside the file too (its -wal and -shm): name the folder if it is that.
        return ReadOnlyStoreError(_READ_ONLY[folder_writable, saving],
                                  path if folder_writable else folder)
    if code in (_CORRUPT, _NOTADB):
        return DamagedStoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a usable ClientBook database: it is damaged (%2), so the "
            "change was not saved. Restore a backup or move it away.") if saving else
            QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a usable ClientBook database: it is damaged (%2), so "
            "ClientBook cannot open its data. Restore a backup or move it away."), path, exc)
    if code == _IOERR:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The disk reported an error (%1) for %2, so the change was not saved. "
            "Check the disk or network connection and try again; nothing already saved was "
            "lost.") if saving else QT_TRANSLATE_NOOP(
            "Errors", "The disk reported an error (%1) for %2, so ClientBook cannot open its "
            "data. Check the disk or network connection and try again."), exc, path)
    if isinstance(exc, sqlite3.IntegrityError) or code == _CONSTRAINT:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The change was refused by the database: %1."), exc)
    if code == _CANTOPEN:
        return StoreError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot open %1: %2. Check that the folder exists and that you may read "
            "and write it."), path, exc)
    if saving:
        return StoreError(QT_TRANSLATE_NOOP("Errors", "The change could not be saved: %1."), exc)
    return StoreError(QT_TRANSLATE_NOOP("Errors", "Cannot use %1: %2."), path, exc)


# (the folder is writable so the file is what is read-only, saving) -> the message.
_READ_ONLY = {
    (True, True): QT_TRANSLATE_NOOP(
        "Errors", "The data file %1 is read-only, so the change was not saved. Check the "
        "permissions of the file and of its folder (or whether the disk is write-protected); "
        "nothing already saved was lost."),
    (False, True): QT_TRANSLATE_NOOP(
        "Errors", "The data folder %1 is read-only, so the change was not saved. Check the "
        "permissions of the file and of its folder (or whether the disk is write-protected); "
        "nothing already saved was lost."),
    (True, False): QT_TRANSLATE_NOOP(
        "Errors", "The data file %1 is read-only, so ClientBook cannot open its data. Check "
        "the permissions of the file and of its folder (or whether the disk is "
        "write-protected)."),
    (False, False): QT_TRANSLATE_NOOP(
        "Errors", "The data folder %1 is read-only, so ClientBook cannot open its data. Check "
        "the permissions of the file and of its folder (or whether the disk is "
        "write-protected)."),
}

# What ClientBook was doing with a file or folder -> (read-only, disk full, other) messages:
# %1 is the path, %2 the operating system's reason.
_CANNOT = {
    "read": (
        QT_TRANSLATE_NOOP("Errors", "ClientBook cannot read %1: %2. Check the folder's "
                          "permissions (or whether the disk is write-protected)."),
        QT_TRANSLATE_NOOP("Errors", "The disk holding %1 is full, so ClientBook cannot read "
                          "it. Free some space and try again."),
        QT_TRANSLATE_NOOP("Errors", "ClientBook cannot read %1: %2."),
    ),
    "open": (
        QT_TRANSLATE_NOOP("Errors", "ClientBook cannot open %1: %2. Check the folder's "
                          "permissions (or whether the disk is write-protected)."),
        QT_TRANSLATE_NOOP("Errors", "The disk holding %1 is full, so ClientBook cannot open "
                          "it. Free some space and try again."),
        QT_TRANSLATE_NOOP("Errors", "ClientBook cannot open %1: %2."),
    ),
    "create in": (
        QT_TRANSLATE_NOOP("Errors", "ClientBook cannot create its data file in %1: %2. Check "
                          "the folder's permissions (or whether the disk is write-protected)."),
        QT_TRANSLATE_NOOP("Errors", "The disk holding %1 is full, so ClientBook cannot create "
                          "its data file in it. Free some space and try again."),
        QT_TRANSLATE_NOOP("Errors", "ClientBook cannot create its data file in %1: %2."),
    ),
}


def os_error(exc: OSError, path: Path, doing: str) -> StoreError:
    read_only, full, other = _CANNOT[doing]
    reason = exc.strerror or str(exc)
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return ReadOnlyStoreError(read_only, path, reason)
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(full, path)
    return StoreError(other, path, reason)

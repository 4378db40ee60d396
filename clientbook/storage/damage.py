"""Damage found in the data file is remembered beside it, and stops every write until repaired.

The start-up quick check (and `clientbook check`) write `damage-found.txt` when they find
damage; while it is there, Store.write refuses, so nothing is built on a broken file. A
restore, or a repair (REINDEX, when only indexes are damaged) followed by a full check that
passes, removes it. The note holds SQLite's own words, nothing about any client.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from clientbook.storage.connection import Database
from clientbook.storage.store_errors import store_error

NOTE = "damage-found.txt"

# What integrity_check says about an index whose entries disagree with its table: all of
# these are mended by rebuilding the index from the table (REINDEX).
_INDEX_ONLY = ("missing from index", "wrong # of entries in index",
               "non-unique entry in UNIQUE index")


def note(folder: Path, found: str) -> None:
    """Remember that the data file in `folder` is damaged (a read-only folder cannot)."""
    with contextlib.suppress(OSError):
        handle = os.open(folder / NOTE, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(found + "\n")


def noted(folder: Path) -> str | None:
    """The damage found earlier and not yet repaired, or None."""
    try:
        return (folder / NOTE).read_text(encoding="utf-8").strip() or "?"
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        return str(exc)
    except ValueError:
        return "?"


def clear(folder: Path) -> None:
    with contextlib.suppress(OSError):
        (folder / NOTE).unlink(missing_ok=True)


def index_only(found: list[str] | tuple[str, ...]) -> bool:
    """Is every problem integrity_check listed one that REINDEX mends?"""
    return bool(found) and all(any(words in line for words in _INDEX_ONLY) for line in found)


def reindex(db: Database, path: Path) -> None:
    """Rebuild every index from its table: mends index-only damage, changes no row."""
    try:
        db.execute("REINDEX")
    except sqlite3.DatabaseError as exc:
        raise store_error(exc, path, saving=True) from exc

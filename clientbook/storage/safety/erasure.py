"""Forgetting a client for good (right to erasure), and finding clients not seen for years.

What goes and what stays is decided here, once, in SQL:

- the client row stays as an anonymous, archived placeholder ("Forgotten client"), so the
  visits that feed reports keep a client to belong to; every field that could name or reach
  the person is cleared;
- phones, preferences (health notes included), contact wishes and the contact log go;
- open promises go; kept or cancelled ones stay with their text replaced, so each staff
  member's on-time record does not change behind their back;
- appointments from today on go; earlier ones stay with their notes cleared;
- visits and rewards stay, visit notes cleared (they often name the person).

Deleting a row does not erase its bytes: SQLite leaves freed cells in the file, FTS5 keeps
deleted terms in its segments until they are merged, and the WAL keeps old pages until a
checkpoint. `scrub_file` deals with all three (see there).
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import datetime

from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage.connection import Database
from clientbook.storage.convert import dt_from_db, dt_or_none, dt_to_db, readable
from clientbook.storage.repositories import search_index

# The forgotten client's display name (the column may not be empty).
PLACEHOLDER_NAME = "Forgotten client"
# What a kept promise says instead of its text.
PLACEHOLDER_PROMISE = "(forgotten)"

# How long the final checkpoint waits for another program's read to finish.
CHECKPOINT_WAIT_MS = 2000

_OPEN_PROMISE = "done_at IS NULL AND cancelled_at IS NULL"


def counts(db: Database, client_id: int, today_start: datetime) -> dict[str, int]:
    """How many of each kind of record forgetting would remove or keep (for the question)."""
    start = dt_to_db(today_start)

    def one(sql: str, *more: object) -> int:
        return db.execute(sql, [client_id, *more]).fetchone()[0]

    return {
        "phones": one("SELECT count(*) FROM phones WHERE client_id = ?"),
        "preferences": one("SELECT count(*) FROM preferences WHERE client_id = ?"),
        "contacts": one("SELECT count(*) FROM contact_log WHERE client_id = ?"),
        "open_promises": one(f"SELECT count(*) FROM promises WHERE client_id = ? "
                             f"AND {_OPEN_PROMISE}"),
        "closed_promises": one(f"SELECT count(*) FROM promises WHERE client_id = ? "
                               f"AND NOT ({_OPEN_PROMISE})"),
        "coming_appointments": one(
            "SELECT count(*) FROM appointments WHERE client_id = ? AND starts_at >= ?", start),
        "past_appointments": one(
            "SELECT count(*) FROM appointments WHERE client_id = ? AND starts_at < ?", start),
        "visits": one("SELECT count(*) FROM visits WHERE client_id = ?"),
        "rewards": one("SELECT count(*) FROM rewards WHERE client_id = ?"),
    }


def forgotten_at(db: Database, client_id: int) -> datetime | None:
    row = db.execute("SELECT forgotten_at FROM clients WHERE id = ?", [client_id]).fetchone()
    return None if row is None else dt_or_none(row[0])


def erase_client(db: Database, client_id: int, now: datetime, today_start: datetime) -> None:
    """Remove everything identifying about the client; the caller holds the write transaction.

    Safe to run again on a forgotten client: it finds nothing more to remove, and the date
    they were first forgotten is kept.
    """
    stamp = dt_to_db(now)
    db.execute(
        """UPDATE clients SET display_name = ?, given_name = '', family_name = '',
               address_as = '', email = '', birthday = NULL, birthday_md = NULL, notes = '',
               designer_id = NULL, health_consent_at = NULL, archived = 1, name_key = '',
               updated_at = ?, forgotten_at = coalesce(forgotten_at, ?),
               version = version + 1
           WHERE id = ?""",
        [PLACEHOLDER_NAME, stamp, stamp, client_id])
    db.execute("UPDATE clients SET language = '' WHERE id = ?", [client_id])  # m008
    for table in ("phones", "preferences", "contact_log", "contact_prefs", "change_log"):
        db.execute(f"DELETE FROM {table} WHERE client_id = ?", [client_id])
    db.execute(f"DELETE FROM promises WHERE client_id = ? AND {_OPEN_PROMISE}", [client_id])
    # Versions rise (m012): a desk that read the client before cannot save them back.
    db.execute("UPDATE promises SET text = ?, version = version + 1 WHERE client_id = ?",
               [PLACEHOLDER_PROMISE, client_id])
    db.execute("DELETE FROM appointments WHERE client_id = ? AND starts_at >= ?",
               [client_id, dt_to_db(today_start)])
    for table in ("appointments", "visits"):
        db.execute(f"UPDATE {table} SET notes = '', version = version + 1 WHERE client_id = ?",
                   [client_id])
    search_index.remove(db, client_id)
    search_index.optimize(db)


@contextlib.contextmanager
def secure_delete(db: Database) -> Iterator[None]:
    """Overwrite deleted content with zeros on this connection, then restore the setting.
    (A server book has no such setting: `scrub_file` vacuums its tables instead.)"""
    if db.engine == "postgresql":
        yield
        return
    previous = db.execute("PRAGMA secure_delete").fetchone()[0]
    db.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.execute(f"PRAGMA secure_delete = {int(previous)}")


def scrub_file(db: Database) -> str:
    """Leave no copy of deleted data in the file or its WAL; "" when done, else why not.

    Call after the erasing transaction committed (VACUUM cannot run inside one), with
    `secure_delete` on. VACUUM rewrites the database without its free pages; the checkpoint
    copies that into the file and truncates the WAL, whose older frames held the old pages.
    A program reading the book at that moment keeps the WAL in use: the checkpoint waits
    for it briefly, then gives up, and SQLite finishes when the last connection closes.
    """
    if db.in_transaction:
        raise RuntimeError("scrub_file runs after the erasing transaction has committed")
    if db.engine == "postgresql":
        return _vacuum_server(db)
    try:
        db.execute("VACUUM")
    except sqlite3.OperationalError as exc:  # locked by a writer elsewhere, or disk full
        return str(exc)
    timeout = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute(f"PRAGMA busy_timeout = {min(timeout, CHECKPOINT_WAIT_MS)}")
    try:
        busy = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
    return QT_TRANSLATE_NOOP("Errors", "another program is reading the book") if busy else ""


# The tables erase_client changes: on a server, VACUUM clears their dead row versions.
_TOUCHED = ("clients", "phones", "preferences", "contact_log", "contact_prefs", "change_log",
            "promises", "appointments", "visits", "client_search", "client_name_prefixes",
            "visit_summaries")


def _vacuum_server(db: Database) -> str:
    """Clear the dead row versions the erasure left in the server's tables. (The server's
    write-ahead log and its own backups keep them until they age out: see the README.)"""
    import psycopg

    try:
        db.execute(f"VACUUM {', '.join(_TOUCHED)}")
    except psycopg.Error as exc:  # not the tables' owner, or the server went away
        return str(exc).strip().splitlines()[0]
    return ""


def stale_clients(db: Database, before: datetime
                  ) -> list[tuple[int, str, datetime, datetime | None, int]]:
    """Active clients with no visit or (kept) appointment since `before`, added before it.

    (id, name, added, last seen or None, visits), longest unseen first. A booked appointment
    in the future counts as seen: that client is coming back.
    """
    rows = db.execute(
        """SELECT id, display_name, created_at, last_seen, visits FROM (
               SELECT id, display_name, created_at, visits,
                      nullif(CASE WHEN seen_visit >= seen_booking THEN seen_visit
                                  ELSE seen_booking END, '') AS last_seen
               FROM (SELECT c.id, c.display_name, c.created_at,
                            coalesce((SELECT max(visited_at) FROM visits v
                                      WHERE v.client_id = c.id), '') AS seen_visit,
                            coalesce((SELECT max(starts_at) FROM appointments a
                                      WHERE a.client_id = c.id
                                        AND a.status IN ('booked', 'arrived', 'done')), '')
                                AS seen_booking,
                            (SELECT count(*) FROM visits v WHERE v.client_id = c.id) AS visits
                     FROM clients c WHERE c.archived = 0 AND c.forgotten_at IS NULL) AS seen
               WHERE created_at < :before AND seen_visit < :before
                 AND seen_booking < :before) AS lapsed
           ORDER BY coalesce(last_seen, created_at), id""",
        {"before": dt_to_db(before)})
    return readable(rows, lambda r: (r[0], r[1], dt_from_db(r[2]), dt_from_db(r[3]), r[4]),
                    "client")


class Erasure:
    """Forgetting and retention on the store's connection (`store.erasure`)."""

    def __init__(self, db: Database):
        self.db = db

    def counts(self, client_id: int, today_start: datetime) -> dict[str, int]:
        return counts(self.db, client_id, today_start)

    def forgotten_at(self, client_id: int) -> datetime | None:
        return forgotten_at(self.db, client_id)

    def erase_client(self, client_id: int, now: datetime, today_start: datetime) -> None:
        erase_client(self.db, client_id, now, today_start)

    def secure_delete(self):
        return secure_delete(self.db)

    def scrub(self) -> str:
        return scrub_file(self.db)

    def stale_clients(self, before: datetime):
        return stale_clients(self.db, before)

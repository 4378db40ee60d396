"""Copy a whole book between engines: a server book into a ClientBook file (its backup, or a
move back to one desk) and a file onto a server (moving a book there).

Rows keep their ids, tables go in an order that satisfies their references, and the search
index is rebuilt on the target from the copied clients (the two engines index differently).
Both sides are compared table by table afterwards; the caller holds the target's transaction.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from clientbook.domain.errors import StoreError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage.repositories import search_index
from clientbook.storage.repositories.clients import ClientRepository

# Every table of a book, each after the tables it refers to, with the column giving its order.
TABLES: tuple[tuple[str, str], ...] = (
    ("settings", "key"), ("branches", "id"), ("branch_members", "role, branch_id"),
    ("staff", "id"), ("services", "id"), ("clients", "id"),
    ("phones", "id"), ("preferences", "id"), ("appointments", "id"), ("visits", "id"),
    ("promises", "id"), ("promise_reschedules", "id"), ("contact_log", "id"),
    ("contact_prefs", "client_id"), ("rewards", "id"),
    ("staff_hours", "staff_id, weekday, starts, ends"),
    ("time_off", "id"), ("imports", "id"), ("import_items", "rowid"), ("change_log", "id"),
    ("message_templates", "kind, language"), ("calendar_links", "uid, recurrence_id"),
)
_BATCH = 2000


def columns(db: Any, table: str) -> list[str]:
    """The table's columns as the SQLite file has them (a server's extra order column left
    out: a file keeps that order in its own rowid)."""
    if db.engine == "sqlite":
        return [r[1] for r in db.execute(f"PRAGMA table_info({table})")]
    rows = db.execute(
        """SELECT column_name FROM information_schema.columns
           WHERE table_schema = current_schema() AND table_name = ? AND column_name <> 'rowid'
           ORDER BY ordinal_position""", [table])
    return [r[0] for r in rows]



@contextlib.contextmanager
def _summaries_built_once(target: Any) -> Iterator[None]:
    """Both engines keep the visit summaries by triggers, which would work a client's out
    again for each copied visit (minutes at a million): set them aside while rows come in,
    then build the summaries once and put the triggers back. (A server's name prefixes for
    search, also kept by a trigger, are built once the same way.)"""
    if target.engine != "sqlite":
        from clientbook.storage.postgres import search_index
        from clientbook.storage.postgres import visit_summaries as server

        server.set_aside(target)
        yield
        server.rebuild(target)
        search_index.rebuild_prefixes(target)
        server.set_aside(target, copying=False)
        return
    triggers = target.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'").fetchall()
    for name, _ in triggers:
        target.execute(f"DROP TRIGGER {name}")
    yield
    if triggers:
        from clientbook.storage.visit_summaries import rebuild

        rebuild(target)
    for _, sql in triggers:
        target.execute(sql)


def copy_book(source: Any, target: Any, progress: Callable[[int, int], None] | None = None
              ) -> dict[str, int]:
    """Copy every row of `source` into the empty book `target`; return rows per table."""
    # An empty book has its first branch; the source's branches replace it.
    target.execute("DELETE FROM branches")
    with _summaries_built_once(target):
        counts = _copy_rows(source, target, progress)
        _reindex(target)
    compare(source, target, counts)
    return counts


def _copy_rows(source: Any, target: Any, progress: Callable[[int, int], None] | None
               ) -> dict[str, int]:
    counts: dict[str, int] = {}
    for number, (table, order) in enumerate(TABLES):
        names = columns(source, table)
        wanted = set(columns(target, table))
        names = [n for n in names if n in wanted]
        listed = ", ".join(names)
        marks = ", ".join("?" * len(names))
        cursor = source.stream(f"SELECT {listed} FROM {table} ORDER BY {order}")
        copied = 0
        with contextlib.closing(cursor):
            while rows := cursor.fetchmany(_BATCH):
                target.executemany(f"INSERT INTO {table} ({listed}) VALUES ({marks})", rows)
                copied += len(rows)
        counts[table] = copied
        if progress is not None:
            progress(number + 1, len(TABLES))
    return counts


def row_counts(db: Any) -> dict[str, int]:
    return {table: db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table, _ in TABLES}


def _reindex(target: Any) -> None:
    region_row = target.execute(
        "SELECT value FROM settings WHERE key = 'phone_region'").fetchone()
    clients = ClientRepository(target, region_row[0] if region_row else "")
    ids = clients.all_ids()
    for start in range(0, len(ids), _BATCH):
        batch = clients.get_many(ids[start:start + _BATCH])
        search_index.write_many(target, list(batch.values()), clients.region)


def compare(source: Any, target: Any, counts: dict[str, int]) -> None:
    """Refuse a copy that differs from its source: row counts, then every row's values."""
    for table, order in TABLES:
        names = [n for n in columns(source, table) if n in set(columns(target, table))]
        listed = ", ".join(names)
        sql = f"SELECT {listed} FROM {table} ORDER BY {order}"
        theirs, ours = source.stream(sql), target.stream(sql)
        seen = 0
        with contextlib.closing(theirs), contextlib.closing(ours):
            while batch := theirs.fetchmany(_BATCH):
                mine = ours.fetchmany(len(batch))
                if [tuple(r) for r in batch] != [tuple(r) for r in mine]:
                    raise StoreError(QT_TRANSLATE_NOOP(
                        "Errors", "The copy of the book differs from the original in the "
                        "table %1, so it was not kept. Nothing was changed; try again."), table)
                seen += len(batch)
            extra = ours.fetchone() is not None
        if seen != counts.get(table, seen) or extra:
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "The copy of the book differs from the original in the table %1, "
                "so it was not kept. Nothing was changed; try again."), table)



def replace_from(source: Any, target: Any) -> dict[str, int]:
    """Replace every row of `target` with `source`'s, all or nothing (a restore)."""
    with source.snapshot(), target.transaction():
        if target.engine != "sqlite":  # built once after the copy (_summaries_built_once)
            from clientbook.storage.postgres.visit_summaries import set_aside

            set_aside(target)
        target.execute("DELETE FROM client_search")
        for table, _ in reversed(TABLES):
            target.execute(f"DELETE FROM {table}")
        return copy_book(source, target)


def copy_to_server(source: Any, address: str) -> dict[str, int]:
    """Copy the book onto the server at `address`, whose book must be empty."""
    from clientbook.storage.postgres.address import describe
    from clientbook.storage.postgres.opening import open_server

    target = open_server(address)
    try:
        if any(target.execute(f"SELECT EXISTS (SELECT 1 FROM {table})").fetchone()[0]
               for table, _ in TABLES if table != "branches"):
            raise StoreError(QT_TRANSLATE_NOOP(
                "Errors", "The book at %1 is not empty, so nothing was copied there. Move a "
                "book only into a new, empty database."), describe(address))
        with source.snapshot(), target.transaction():
            return copy_book(source, target)
    finally:
        target.close()

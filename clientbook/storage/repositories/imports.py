"""The import log: each import, the rows it added and the clients as they were before a merge."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from clientbook.domain import folding
from clientbook.storage.connection import Database
from clientbook.storage.convert import dt_from_db, dt_or_none, dt_to_db, readable

# Tables an import adds rows to; clients may also be merged (changed) by one.
TABLES = ("clients", "visits", "appointments", "promises", "staff")
# Shown instead of an import's file name that named a client who was since forgotten.
SOURCE_REMOVED = "(file name removed: it named a forgotten client)"


@dataclass(frozen=True)
class ImportEntry:
    id: int
    at: datetime
    source: str
    kind: str
    added: int
    merged: int
    undone_at: datetime | None = None


# Entries of the change log that edit what was imported, not visits, bookings or promises
# added or kept since (which the other kinds name).
_RECORD_EDIT = """field NOT IN ('appointment', 'appointment.time', 'appointment.status',
                                'promise', 'promise.due', 'promise.done', 'promise.cancelled')
                  AND NOT (field = 'visit' AND old = '')"""


class ImportLog:
    def __init__(self, db: Database):
        self.db = db

    def start(self, at: datetime, source: str, kind: str) -> int:
        return self.db.insert_id(
            "INSERT INTO imports (at, source, kind) VALUES (?, ?, ?)",
            [dt_to_db(at), source, kind],
        )

    def finish(self, import_id: int, added: int, merged: int) -> None:
        self.db.execute(
            "UPDATE imports SET added = ?, merged = ? WHERE id = ?", [added, merged, import_id]
        )

    def record(self, import_id: int, table: str, row_id: int, before: str | None = None) -> None:
        """Note that the import added `row_id` to `table` (or changed it, keeping `before`)."""
        if table not in TABLES:
            raise ValueError(table)
        self.db.execute(
            "INSERT INTO import_items (import_id, table_name, row_id, before) VALUES (?, ?, ?, ?)",
            [import_id, table, row_id, before],
        )

    def record_many(self, import_id: int, rows: list[tuple[str, int]]) -> None:
        """record() for many (table, row id) added, in order, a few hundred a statement."""
        if any(table not in TABLES for table, _ in rows):
            raise ValueError(rows)
        for at in range(0, len(rows), 300):
            chunk = rows[at:at + 300]
            self.db.execute(
                f"""INSERT INTO import_items (import_id, table_name, row_id, before) VALUES
                    {", ".join(["(?, ?, ?, NULL)"] * len(chunk))}""",
                [value for table, row_id in chunk for value in (import_id, table, row_id)])

    def record_changes(self, import_id: int, table: str,
                       rows: list[tuple[int, str, str]]) -> None:
        """Note rows the import changed, each as (row id, before, after)."""
        if table not in TABLES:
            raise ValueError(table)
        self.db.executemany(
            """INSERT INTO import_items (import_id, table_name, row_id, before, after)
               VALUES (?, ?, ?, ?, ?)""",
            [(import_id, table, row_id, before, after) for row_id, before, after in rows])

    def set_after(self, import_id: int, client_id: int, after: str) -> None:
        """Keep a merged client as the import left them, beside how they were before."""
        self.db.execute(
            """UPDATE import_items SET after = ? WHERE import_id = ? AND table_name = 'clients'
               AND row_id = ? AND before IS NOT NULL""", [after, import_id, client_id])

    def after(self, import_id: int, table: str = "clients") -> dict[int, str]:
        """Row id → the row as the import left it: a merged client (imports since m007), or
        a booking a calendar import moved or cancelled."""
        rows = self.db.execute(
            """SELECT row_id, after FROM import_items WHERE import_id = ?
               AND table_name = ? AND after IS NOT NULL""", [import_id, table])
        return {r[0]: r[1] for r in rows}

    def all(self) -> list[ImportEntry]:
        """Every import, newest first, undone ones too."""
        rows = self.db.execute(
            """SELECT id, at, source, kind, added, merged, undone_at FROM imports
               ORDER BY id DESC""")
        return readable(rows, lambda r: ImportEntry(
            r[0], dt_from_db(r[1]), r[2], r[3], r[4], r[5], dt_or_none(r[6])), "import")

    def get(self, import_id: int) -> ImportEntry | None:
        return next((e for e in self.all() if e.id == import_id), None)

    def newest(self) -> ImportEntry | None:
        """The newest import, undone or not."""
        entries = self.all()
        return entries[0] if entries else None

    def touched_since(self, client_id: int, import_id: int, since: datetime) -> list[str]:
        """What was done to a client after an import, other than by it: "visits",
        "appointments", "promises", "contacts", "rewards", "changes" (record edits)."""
        found = []
        for kind, table, column in (("visits", "visits", "client_id"),
                                    ("appointments", "appointments", "client_id"),
                                    ("promises", "promises", "client_id")):
            if self.db.execute(
                    f"""SELECT 1 FROM {table} WHERE {column} = ? AND id NOT IN
                        (SELECT row_id FROM import_items WHERE import_id = ?
                         AND table_name = ?) LIMIT 1""",
                    [client_id, import_id, table]).fetchone():
                found.append(kind)
        for kind, sql in (("contacts", "SELECT 1 FROM contact_log WHERE client_id = ? LIMIT 1"),
                          ("rewards", "SELECT 1 FROM rewards WHERE client_id = ? LIMIT 1"),
                          ("changes", f"""SELECT 1 FROM change_log WHERE client_id = ?
                                          AND at >= ? AND {_RECORD_EDIT} LIMIT 1""")):
            args = [client_id] if kind != "changes" else [client_id, dt_to_db(since)]
            if self.db.execute(sql, args).fetchone():
                found.append(kind)
        return found

    def last(self) -> ImportEntry | None:
        """The newest import that has not been undone."""
        row = self.db.execute(
            """SELECT id, at, source, kind, added, merged FROM imports
               WHERE undone_at IS NULL ORDER BY id DESC LIMIT 1"""
        ).fetchone()
        if row is None:
            return None
        return ImportEntry(row[0], dt_or_none(row[1]), row[2], row[3], row[4], row[5])

    def items(self, import_id: int) -> list[tuple[str, int, str | None]]:
        """(table, row id, before) for everything the import touched, in the order done."""
        rows = self.db.execute(
            """SELECT table_name, row_id, before FROM import_items WHERE import_id = ?
               ORDER BY rowid""",
            [import_id],
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def delete_rows(self, table: str, ids: list[int]) -> None:
        if table not in ("visits", "appointments", "promises"):
            raise ValueError(table)
        for chunk in _chunks(ids, 500):
            marks = ",".join("?" * len(chunk))
            self.db.execute(f"DELETE FROM {table} WHERE id IN ({marks})", chunk)

    def staff_in_use(self, staff_id: int) -> bool:
        for table, column in (("clients", "designer_id"), ("visits", "staff_id"),
                              ("appointments", "staff_id"), ("promises", "staff_id"),
                              ("contact_log", "staff_id")):
            found = self.db.execute(
                f"SELECT 1 FROM {table} WHERE {column} = ? LIMIT 1", [staff_id]
            ).fetchone()
            if found:
                return True
        return False

    def mark_undone(self, import_id: int, at: datetime) -> None:
        self.db.execute("UPDATE imports SET undone_at = ? WHERE id = ?", [dt_to_db(at), import_id])

    def forget_client(self, client_id: int, names: list[str]) -> None:
        """Scrub what the log remembers of a client being forgotten.

        The JSON snapshots of the client from before a merge go: undoing that import would
        otherwise bring the person back. The import's other items stay, so undo still removes
        what it added. A file name that contains one of their names ("Anna Smith.vcf", as
        phones export a single contact) is replaced. Run before their records are deleted.
        """
        touched = [r[0] for r in self.db.execute(
            """SELECT DISTINCT import_id FROM import_items WHERE
                   (table_name = 'clients' AND row_id = :c)
                OR (table_name = 'visits' AND row_id IN
                        (SELECT id FROM visits WHERE client_id = :c))
                OR (table_name = 'appointments' AND row_id IN
                        (SELECT id FROM appointments WHERE client_id = :c))
                OR (table_name = 'promises' AND row_id IN
                        (SELECT id FROM promises WHERE client_id = :c))""",
            {"c": client_id})]
        self.db.execute(
            """DELETE FROM import_items WHERE table_name = 'clients' AND row_id = ?
               AND before IS NOT NULL""", [client_id])
        words = _name_words(names)
        for import_id in touched:
            source = self.db.execute("SELECT source FROM imports WHERE id = ?",
                                     [import_id]).fetchone()[0]
            if words & set(_words(source)) or any(w in folding.fold(source) for w in words
                                                   if folding.is_han(w[0])):
                self.db.execute("UPDATE imports SET source = ? WHERE id = ?",
                                [SOURCE_REMOVED, import_id])
                # Other clients' change-log entries name the import that made them.
                named = f": {source})"
                self.db.execute(
                    "UPDATE change_log SET who = replace(who, ?, ?) "
                    "WHERE replace(who, ?, '') <> who",  # who names the import
                    [named, f": {SOURCE_REMOVED})", named])


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", folding.fold(text))


def _name_words(names: list[str]) -> set[str]:
    """Words specific enough to say a file name names the person: 3+ letters, or 2+ Han."""
    return {w for name in names for w in _words(name)
            if len(w) >= 3 or (len(w) >= 2 and folding.is_han(w[0]))}


def _chunks(values: list[int], size: int) -> list[list[int]]:
    return [values[i:i + size] for i in range(0, len(values), size)]

"""The change log: who changed which field of a client's record, when, from what to what."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from clientbook.storage.connection import Database
from clientbook.storage.convert import dt_from_db, dt_to_db


@dataclass(frozen=True)
class ChangeEntry:
    client_id: int
    at: datetime
    who: str
    field: str
    old: str
    new: str
    id: int | None = None


_COLUMNS = "id, client_id, at, who, field, old, new"


def _entry(r: tuple) -> ChangeEntry:
    return ChangeEntry(id=r[0], client_id=r[1], at=dt_from_db(r[2]), who=r[3], field=r[4],
                       old=r[5], new=r[6])


class ChangeLog:
    def __init__(self, db: Database):
        self.db = db

    def add(self, entries: list[ChangeEntry]) -> None:
        """Append entries; the caller holds the write transaction of the change itself."""
        self.db.executemany(
            "INSERT INTO change_log (client_id, at, who, field, old, new) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(e.client_id, dt_to_db(e.at), e.who, e.field, e.old, e.new) for e in entries])

    def for_client(self, client_id: int | None, limit: int | None = None) -> list[ChangeEntry]:
        """Newest first; every client's when `client_id` is None."""
        sql = f"SELECT {_COLUMNS} FROM change_log"
        args: list = []
        if client_id is not None:
            sql += " WHERE client_id = ?"
            args.append(client_id)
        sql += " ORDER BY at DESC, id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args.append(limit)
        return [_entry(r) for r in self.db.execute(sql, args)]

    def forget_client(self, client_id: int) -> None:
        """A forgotten client's entries go: old values name and describe them."""
        self.db.execute("DELETE FROM change_log WHERE client_id = ?", [client_id])

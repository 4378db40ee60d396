"""Which booking each imported calendar event made (UID + RECURRENCE-ID → appointment)."""

from __future__ import annotations

from clientbook.storage.connection import Database


class CalendarLinks:
    def __init__(self, db: Database):
        self.db = db

    def find(self, uid: str, recurrence_id: str) -> int | None:
        row = self.db.execute(
            "SELECT appointment_id FROM calendar_links WHERE uid = ? AND recurrence_id = ?",
            [uid, recurrence_id]).fetchone()
        return None if row is None else row[0]

    def link(self, uid: str, recurrence_id: str, appointment_id: int) -> None:
        self.db.execute(
            """INSERT INTO calendar_links (uid, recurrence_id, appointment_id) VALUES (?, ?, ?)
               ON CONFLICT (uid, recurrence_id) DO UPDATE SET
               appointment_id = excluded.appointment_id""",
            [uid, recurrence_id, appointment_id])

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM calendar_links").fetchone()[0]

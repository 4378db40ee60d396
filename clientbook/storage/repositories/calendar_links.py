"""Which booking each imported calendar event made (UID + RECURRENCE-ID → appointment)."""

from __future__ import annotations

from clientbook.storage.connection import Database


class CalendarLinks:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> dict[tuple[str, str], int]:
        """Every remembered event: (uid, recurrence id) → appointment id (one read per import,
        not one per event)."""
        rows = self.db.execute("SELECT uid, recurrence_id, appointment_id FROM calendar_links")
        return {(r[0], r[1]): r[2] for r in rows}

    def link(self, uid: str, recurrence_id: str, appointment_id: int) -> None:
        self.db.execute(
            """INSERT INTO calendar_links (uid, recurrence_id, appointment_id) VALUES (?, ?, ?)
               ON CONFLICT (uid, recurrence_id) DO UPDATE SET
               appointment_id = excluded.appointment_id""",
            [uid, recurrence_id, appointment_id])

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM calendar_links").fetchone()[0]

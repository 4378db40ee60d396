"""Which booking each imported calendar event made (UID + RECURRENCE-ID → appointment)."""

from __future__ import annotations

from clientbook.storage.connection import Database


class CalendarLinks:
    def __init__(self, db: Database):
        self.db = db

    def all(self) -> dict[tuple[str, str], int]:
        """Every remembered event: (uid, recurrence id) → appointment id."""
        rows = self.db.execute("SELECT uid, recurrence_id, appointment_id FROM calendar_links")
        return {(r[0], r[1]): r[2] for r in rows}

    def linked(self, keys: list[tuple[str, str]]) -> dict[tuple[str, str], int]:
        """Those of `keys` (uid, recurrence id) remembered, with their appointment ids: one
        read per batch of events, so a re-import never holds every link of the book."""
        wanted = set(keys)
        uids = sorted({uid for uid, _ in wanted})
        found: dict[tuple[str, str], int] = {}
        for at in range(0, len(uids), 500):
            chunk = uids[at:at + 500]
            marks = ", ".join("?" * len(chunk))
            for uid, recurrence, appointment in self.db.execute(
                    f"""SELECT uid, recurrence_id, appointment_id FROM calendar_links
                        WHERE uid IN ({marks})""", chunk):
                if (uid, recurrence) in wanted:
                    found[(uid, recurrence)] = appointment
        return found

    def link_many(self, links: list[tuple[str, str, int]]) -> None:
        """Remember which booking each (uid, recurrence id) made, a few hundred a statement
        (a newer link of the same event replaces the older one)."""
        for at in range(0, len(links), 300):
            chunk = links[at:at + 300]
            self.db.execute(
                f"""INSERT INTO calendar_links (uid, recurrence_id, appointment_id) VALUES
                    {", ".join(["(?, ?, ?)"] * len(chunk))}
                    ON CONFLICT (uid, recurrence_id) DO UPDATE SET
                    appointment_id = excluded.appointment_id""",
                [value for link in chunk for value in link])

    def count(self) -> int:
        return self.db.execute("SELECT count(*) FROM calendar_links").fetchone()[0]

"""Each client's contact wishes: preferred channel, do-not-contact, quiet period."""

from __future__ import annotations

from clientbook.domain.models import ContactChannel, ContactPreference
from clientbook.storage.connection import Database


class ContactPrefRepository:
    def __init__(self, db: Database):
        self.db = db

    def get(self, client_id: int) -> ContactPreference:
        """The client's wishes; no row means no wishes (the firm-wide defaults apply)."""
        row = self.db.execute(
            "SELECT channel, do_not_contact, quiet_days FROM contact_prefs WHERE client_id = ?",
            [client_id]).fetchone()
        if row is None:
            return ContactPreference()
        return ContactPreference(ContactChannel(row[0]) if row[0] else None, bool(row[1]), row[2])

    def set(self, client_id: int, pref: ContactPreference) -> None:
        if pref == ContactPreference():
            self.db.execute("DELETE FROM contact_prefs WHERE client_id = ?", [client_id])
            return
        self.db.execute(
            """INSERT INTO contact_prefs (client_id, channel, do_not_contact, quiet_days)
               VALUES (?, ?, ?, ?)
               ON CONFLICT(client_id) DO UPDATE SET channel = excluded.channel,
                   do_not_contact = excluded.do_not_contact, quiet_days = excluded.quiet_days""",
            [client_id, str(pref.channel) if pref.channel else None, int(pref.do_not_contact),
             pref.quiet_days])

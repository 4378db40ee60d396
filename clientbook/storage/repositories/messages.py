"""Messages to clients: the firm's templates, each client's language and messaging app, and how
each logged contact was sent."""

from __future__ import annotations

from clientbook.storage.connection import Database


class MessageRepository:
    def __init__(self, db: Database):
        self.db = db

    # -- templates ---------------------------------------------------------------------------
    def templates(self) -> dict[tuple[str, str], str]:
        """(kind, language) -> body, for the templates the firm wrote itself."""
        rows = self.db.execute("SELECT kind, language, body FROM message_templates")
        return {(r[0], r[1]): r[2] for r in rows}

    def template(self, kind: str, language: str) -> str | None:
        row = self.db.execute(
            "SELECT body FROM message_templates WHERE kind = ? AND language = ?",
            [kind, language]).fetchone()
        return None if row is None else row[0]

    def set_template(self, kind: str, language: str, body: str | None) -> None:
        """Save the firm's own text; None goes back to the shipped one."""
        if body is None:
            self.db.execute("DELETE FROM message_templates WHERE kind = ? AND language = ?",
                            [kind, language])
            return
        self.db.execute(
            """INSERT INTO message_templates (kind, language, body) VALUES (?, ?, ?)
               ON CONFLICT(kind, language) DO UPDATE SET body = excluded.body""",
            [kind, language, body])

    # -- each client's language and messaging app ----------------------------------------------
    def language(self, client_id: int) -> str:
        row = self.db.execute("SELECT language FROM clients WHERE id = ?",
                              [client_id]).fetchone()
        return row[0] if row else ""

    def set_language(self, client_id: int, language: str) -> None:
        self.db.execute("UPDATE clients SET language = ? WHERE id = ?", [language, client_id])

    def app(self, client_id: int) -> str:
        row = self.db.execute("SELECT app FROM contact_prefs WHERE client_id = ?",
                              [client_id]).fetchone()
        return row[0] if row else ""

    def set_app(self, client_id: int, app: str) -> None:
        """The messaging app the client prefers ("whatsapp"); needs their wishes' row, which
        a preferred channel creates."""
        self.db.execute("UPDATE contact_prefs SET app = ? WHERE client_id = ?", [app, client_id])

    # -- the contact log -----------------------------------------------------------------------
    def tag_contact(self, entry_id: int, via: str, template: str) -> None:
        self.db.execute("UPDATE contact_log SET via = ?, template = ? WHERE id = ?",
                        [via, template, entry_id])

    def contact_tags(self, client_id: int) -> list[tuple[str, str, str]]:
        """(at, via, template) of the client's logged contacts, newest first."""
        rows = self.db.execute(
            """SELECT at, via, template FROM contact_log WHERE client_id = ?
               ORDER BY at DESC, id DESC""", [client_id])
        return [(r[0], r[1], r[2]) for r in rows]

    def last_visit(self, client_id: int) -> str | None:
        row = self.db.execute("SELECT max(visited_at) FROM visits WHERE client_id = ?",
                              [client_id]).fetchone()
        return row[0] if row else None

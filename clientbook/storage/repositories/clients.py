"""Clients with their phones and preferences, kept in step with the search index."""

from __future__ import annotations

from datetime import datetime

from clientbook.domain import folding
from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.storage import versions
from clientbook.storage.connection import Database
from clientbook.storage.convert import dt_or_none, dt_to_db
from clientbook.storage.repositories import search_index

_COLUMNS = (
    "id, display_name, given_name, family_name, address_as, email, birthday, notes, "
    "designer_id, archived, created_at, updated_at, health_consent_at, version"
)


def _row_to_client(row: tuple) -> Client:
    return Client(
        id=row[0],
        display_name=row[1],
        given_name=row[2],
        family_name=row[3],
        address_as=row[4],
        email=row[5],
        birthday=_birthday(row[6]),
        notes=row[7],
        designer_id=row[8],
        archived=bool(row[9]),
        # Only shown (or, for consent, asked again): a damaged one reads as unknown.
        created_at=dt_or_none(row[10]),
        updated_at=dt_or_none(row[11]),
        health_consent_at=dt_or_none(row[12]),
        version=row[13],
    )


def _birthday(text: str | None) -> Birthday | None:
    """A damaged birthday reads as none (`clientbook check` names it) rather than hiding
    the whole client."""
    try:
        return Birthday.parse(text) if text else None
    except ValidationError:
        return None


class ClientRepository:
    def __init__(self, db: Database, region: str):
        self.db = db
        self.region = region

    def _values(self, client: Client) -> list:
        return [
            client.display_name,
            client.given_name,
            client.family_name,
            client.address_as,
            client.email,
            client.birthday.iso() if client.birthday else None,
            client.birthday.month_day() if client.birthday else None,
            client.notes,
            client.designer_id,
            int(client.archived),
            folding.name_key(client.display_name),
            dt_to_db(client.updated_at),
            dt_to_db(client.health_consent_at),
        ]

    def insert(self, client: Client) -> int:
        """Insert `client` (keeping its id when it has one) and return the id."""
        client.id = self.db.insert_id(
            """INSERT INTO clients (display_name, given_name, family_name, address_as, email,
                   birthday, birthday_md, notes, designer_id, archived, name_key, updated_at,
                   health_consent_at, created_at, id)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [*self._values(client), dt_to_db(client.created_at), client.id],
        )
        self._write_children(client)
        return client.id

    def update(self, client: Client, version: int | None = None) -> bool:
        """Save the client with their phones and preferences (the client's version covers
        them). False, and nothing written, when `version` is given and another desk saved a
        newer one."""
        if not versions.update(
                self.db, "clients",
                """display_name = ?, given_name = ?, family_name = ?,
                   address_as = ?, email = ?, birthday = ?, birthday_md = ?, notes = ?,
                   designer_id = ?, archived = ?, name_key = ?, updated_at = ?,
                   health_consent_at = ?""", self._values(client), client.id, version):
            return False
        self._write_children(client)
        return True

    def rewrite_derived(self, client: Client) -> None:
        """Rewrite phones, preferences and the search entry (after a phone-region change)."""
        self._write_children(client)

    def _write_children(self, client: Client) -> None:
        self.db.execute("DELETE FROM phones WHERE client_id = ?", [client.id])
        self.db.executemany(
            "INSERT INTO phones (client_id, position, number, canonical) VALUES (?, ?, ?, ?)",
            [
                (client.id, i, number, folding.canonical_phone(number, self.region))
                for i, number in enumerate(client.phones)
            ],
        )
        self.db.execute("DELETE FROM preferences WHERE client_id = ?", [client.id])
        for i, pref in enumerate(client.preferences):
            pref.id = self.db.insert_id(
                """INSERT INTO preferences (client_id, position, category, value, detail, avoid)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                [client.id, i, str(pref.category), pref.value, pref.detail, int(pref.avoid)],
            )
        search_index.write(self.db, client, self.region)

    def exists(self, client_id: int) -> bool:
        row = self.db.execute("SELECT 1 FROM clients WHERE id = ?", [client_id]).fetchone()
        return row is not None

    def get(self, client_id: int) -> Client | None:
        row = self.db.execute(
            f"SELECT {_COLUMNS} FROM clients WHERE id = ?", [client_id]
        ).fetchone()
        if row is None:
            return None
        client = _row_to_client(row)
        client.phones = [
            r[0]
            for r in self.db.execute(
                "SELECT number FROM phones WHERE client_id = ? ORDER BY position", [client_id]
            )
        ]
        client.preferences = [
            Preference(PreferenceCategory(r[0]), r[1], r[2], bool(r[3]), r[4])
            for r in self.db.execute(
                """SELECT category, value, detail, avoid, id FROM preferences
                   WHERE client_id = ? ORDER BY position""",
                [client_id],
            )
        ]
        return client

    def get_many(self, ids: list[int]) -> dict[int, Client]:
        """`get` for several clients in three statements, whatever their number."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        found = {row[0]: _row_to_client(row) for row in self.db.execute(
            f"SELECT {_COLUMNS} FROM clients WHERE id IN ({marks})", ids)}
        for client_id, number in self.db.execute(
                f"""SELECT client_id, number FROM phones WHERE client_id IN ({marks})
                    ORDER BY client_id, position""", ids):
            found[client_id].phones.append(number)
        for client_id, *r in self.db.execute(
                f"""SELECT client_id, category, value, detail, avoid, id FROM preferences
                    WHERE client_id IN ({marks}) ORDER BY client_id, position""", ids):
            found[client_id].preferences.append(
                Preference(PreferenceCategory(r[0]), r[1], r[2], bool(r[3]), r[4]))
        return found

    def names(self, ids: list[int]) -> dict[int, tuple[str, str]]:
        """id -> (display name, name key) for a handful of ids."""
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"SELECT id, display_name, name_key FROM clients WHERE id IN ({marks})", ids
        )
        return {r[0]: (r[1], r[2]) for r in rows}

    def first_phones(self, ids: list[int]) -> dict[int, str]:
        if not ids:
            return {}
        marks = ",".join("?" * len(ids))
        rows = self.db.execute(
            f"""SELECT client_id, number FROM phones WHERE client_id IN ({marks})
                AND position = 0""",
            ids,
        )
        return {r[0]: r[1] for r in rows}

    def all_ids(self, include_archived: bool = True) -> list[int]:
        where = "" if include_archived else "WHERE archived = 0"
        return [r[0] for r in self.db.execute(f"SELECT id FROM clients {where} ORDER BY id")]

    def ids_by_phone(self, number: str) -> list[int]:
        canonical = folding.canonical_phone(number, self.region)
        if not canonical:
            return []
        rows = self.db.execute(
            "SELECT DISTINCT client_id FROM phones WHERE canonical = ?", [canonical]
        )
        return [r[0] for r in rows]

    def ids_by_email(self, email: str) -> list[int]:
        rows = self.db.execute(
            "SELECT id FROM clients WHERE lower(email) = lower(?) AND email <> ''", [email.strip()]
        )
        return [r[0] for r in rows]

    def longest_name_key(self) -> int:
        """Characters in the longest name key (0 in an empty book): longer text names nobody."""
        return self.db.execute(
            "SELECT coalesce(max(length(name_key)), 0) FROM clients").fetchone()[0]

    def ids_by_name(self, name: str) -> list[int]:
        key = folding.name_key(name)
        rows = self.db.execute("SELECT id FROM clients WHERE name_key = ?", [key])
        return [r[0] for r in rows]

    def with_health_notes(self, ids: list[int]) -> list[int]:
        """Those of `ids` with a health preference (allergies, conditions)."""
        marks = ", ".join("?" * len(ids))
        rows = self.db.execute(
            f"""SELECT DISTINCT client_id FROM preferences
                WHERE category = 'health' AND client_id IN ({marks})""", ids) if ids else []
        return sorted(r[0] for r in rows)

    def set_health_consent(self, client_id: int, at: datetime | None) -> None:
        versions.update(self.db, "clients", "health_consent_at = ?", [dt_to_db(at)],
                        client_id)

    def set_archived(self, client_id: int, archived: bool, now: datetime) -> None:
        versions.update(self.db, "clients", "archived = ?, updated_at = ?",
                        [int(archived), dt_to_db(now)], client_id)

    def delete(self, client_id: int) -> None:
        search_index.remove(self.db, client_id)
        self.db.execute("DELETE FROM clients WHERE id = ?", [client_id])

    def birthdays_on(self, month_days: list[str]) -> list[tuple[int, str, str]]:
        """(id, name, ISO birthday) of active clients whose birthday is on one of the days."""
        if not month_days:
            return []
        marks = ",".join("?" * len(month_days))
        rows = self.db.execute(
            f"""SELECT id, display_name, birthday FROM clients
                WHERE birthday_md IN ({marks}) AND archived = 0""",
            month_days,
        )
        return [(r[0], r[1], r[2]) for r in rows]

    def page_after(
        self, after: tuple[str, int] | None, limit: int, include_archived: bool = False
    ) -> list[tuple[int, str, str, str]]:
        """(id, name, name key, first phone) in name order after `after` (keyset paging)."""
        conditions = [] if include_archived else ["c.archived = 0"]
        args: list = []
        if after is not None:
            conditions.append("(c.name_key, c.id) > (?, ?)")
            args += list(after)
        where = f"WHERE {' AND '.join(conditions)}" if conditions else ""
        rows = self.db.execute(
            f"""SELECT c.id, c.display_name, c.name_key,
                   coalesce((SELECT number FROM phones p WHERE p.client_id = c.id
                             AND p.position = 0), '')
                FROM clients c {where} ORDER BY c.name_key, c.id LIMIT ?""",
            [*args, limit],
        )
        return [(r[0], r[1], r[2], r[3]) for r in rows]

    def any(self) -> bool:
        """Whether the book holds any client (without counting a large book)."""
        return self.db.execute("SELECT EXISTS (SELECT 1 FROM clients)").fetchone()[0] == 1

    def count(self, include_archived: bool = True) -> int:
        where = "" if include_archived else " WHERE archived = 0"
        return self.db.execute(f"SELECT count(*) FROM clients{where}").fetchone()[0]

"""A client as JSON text: how an import remembers a merged client, so undo can put it back."""

from __future__ import annotations

import json
from datetime import datetime

from clientbook.domain.birthdays import Birthday
from clientbook.domain.models import Client, Preference, PreferenceCategory


def client_to_json(client: Client) -> str:
    return json.dumps({
        "id": client.id, "display_name": client.display_name, "given_name": client.given_name,
        "family_name": client.family_name, "address_as": client.address_as,
        "phones": client.phones, "email": client.email,
        "birthday": client.birthday.iso() if client.birthday else None,
        "notes": client.notes, "designer_id": client.designer_id, "archived": client.archived,
        "created_at": _time(client.created_at), "updated_at": _time(client.updated_at),
        "health_consent_at": _time(client.health_consent_at),
        "preferences": [[str(p.category), p.value, p.detail, p.avoid]
                        for p in client.preferences],
    }, ensure_ascii=False)


def client_from_json(text: str) -> Client:
    data = json.loads(text)
    return Client(
        id=data["id"], display_name=data["display_name"], given_name=data["given_name"],
        family_name=data["family_name"], address_as=data["address_as"],
        phones=list(data["phones"]), email=data["email"],
        birthday=Birthday.parse(data["birthday"]) if data["birthday"] else None,
        notes=data["notes"], designer_id=data["designer_id"], archived=data["archived"],
        created_at=_from_time(data["created_at"]), updated_at=_from_time(data["updated_at"]),
        # Snapshots written before consent was recorded have no such key.
        health_consent_at=_from_time(data.get("health_consent_at")),
        preferences=[Preference(PreferenceCategory(c), v, d, a)
                     for c, v, d, a in data["preferences"]],
    )


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _from_time(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None

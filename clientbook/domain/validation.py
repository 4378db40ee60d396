"""Rules a client record must meet before it is saved, with messages a person can act on."""

from __future__ import annotations

import re

from clientbook.domain.errors import ValidationError
from clientbook.domain.folding import phone_digits
from clientbook.domain.models import Client

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
#: Invisible control characters (pasted or imported, never typed): gone from one-line fields.
_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]+")
#: The same in notes, which keep their line breaks and tabs.
_NOTE_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+")
MAX_TEXT = 10_000


def clean_client(client: Client) -> Client:
    """Trim whitespace, derive a display name, and check every field.

    Raises ValidationError naming the field. The client is changed only by tidying: spaces
    trimmed and collapsed, invisible control characters dropped, line breaks made one kind.
    """
    for attr in ("display_name", "given_name", "family_name", "address_as", "email"):
        setattr(client, attr, " ".join(_CONTROLS.sub(" ", getattr(client, attr)).split()))
    notes = client.notes.replace("\r\n", "\n").replace("\r", "\n")
    client.notes = _NOTE_CONTROLS.sub("", notes).strip()
    if not client.display_name:
        client.display_name = " ".join(p for p in (client.given_name, client.family_name) if p)
    if not client.display_name:
        raise ValidationError("A client needs a name.", "display_name")
    if len(client.display_name) > 200:
        raise ValidationError("The name is longer than 200 characters.", "display_name")
    if len(client.notes) > MAX_TEXT:
        raise ValidationError(f"Notes are longer than {MAX_TEXT} characters.", "notes")
    if client.email and not _EMAIL.match(client.email):
        raise ValidationError(f"{client.email!r} is not an email address.", "email")
    client.phones = [" ".join(_CONTROLS.sub(" ", p).split()) for p in client.phones]
    client.phones = [p for p in client.phones if p]
    for phone in client.phones:
        if len(phone_digits(phone)) < 3:
            raise ValidationError(f"{phone!r} is not a phone number.", "phones")
    for pref in client.preferences:
        pref.value = pref.value.strip()
        pref.detail = pref.detail.strip()
        if not pref.value:
            raise ValidationError("A preference needs a value.", "preferences")
    return client

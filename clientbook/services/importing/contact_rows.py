"""One row of a contacts file, read through a column mapping, becomes a client draft."""

from __future__ import annotations

import re
from dataclasses import dataclass

from clientbook.domain.birthdays import read_birthday_loose
from clientbook.domain.errors import ValidationError
from clientbook.domain.folding import canonical_phone
from clientbook.domain.models import Client
from clientbook.domain.validation import clean_client, whole_number
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.csv_format import read_bool, read_datetime, restore

# Google joins several values of one kind with " ::: "; people type ";" between numbers.
_MULTI = re.compile(r"\s*(?::::|;)\s*")


@dataclass
class ClientDraft:
    """A client read from a row, and the designer named there (resolved when saving)."""

    client: Client
    designer: str = ""
    designer_ref: int | str | None = None
    """Set when checking: a staff id, or the name of staff the import will create."""
    year_dropped: int | None = None
    """The birthday's year was not plausible (1814, 0001): kept without it."""


def _is_cjk(text: str) -> bool:
    return bool(text) and all("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff"
                              for c in text)


def _full_name(given: str, middle: str, family: str, suffix: str) -> str:
    """Chinese names read family name first with no space (王 + 小明 → 王小明)."""
    if _is_cjk(given) and _is_cjk(family) and not middle:
        return family + given
    return " ".join(p for p in (given, middle, family, suffix) if p)


def _values(cells: list[str], mapping: list[str], own: bool) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for i, field in enumerate(mapping):
        if not field or i >= len(cells):
            continue
        # Our own files come back exactly as written; others get one kind of line break.
        text = restore(cells[i]) if own else cells[i].replace("\r\n", "\n").replace("\r", "\n")
        text = text.replace("\x00", "").strip()
        if text:
            found.setdefault(field, []).append(text)
    return found


def _split(values: list[str]) -> list[str]:
    return [part for value in values for part in _MULTI.split(value) if part]


def client_from_row(cells: list[str], mapping: list[str], *, own: bool = False,
                    day_first: bool = False) -> ClientDraft:
    """Build and check a client from a row; ValidationError says what is wrong with it."""
    v = _values(cells, mapping, own)

    def one(field: str) -> str:
        return v.get(field, [""])[0]

    given, family = one("given_name"), one("family_name")
    name = one("name") or _full_name(given, one("middle_name"), family, one("suffix"))
    name = name or one("nickname")
    emails = _split(v.get("email", []))
    notes = list(v.get("notes", []))
    if len(emails) > 1:
        notes.append("Other e-mail: " + ", ".join(emails[1:]))
    address_as = one("address_as") or one("nickname")
    if not address_as and one("prefix") and family:
        address_as = f"{one('prefix')} {family}"
    client = Client(
        display_name=name, given_name=given, family_name=family, address_as=address_as,
        phones=_unique(_split(v.get("phone", []))), email=emails[0] if emails else "",
        notes="\n".join(notes),
    )
    year_dropped = None
    if one("birthday"):
        read = read_birthday_loose(one("birthday"), day_first=day_first)
        client.birthday, year_dropped = read.birthday, read.year_dropped
    if own:
        _own_fields(client, v)
    if not client.display_name:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The name is empty."), field="display_name")
    return ClientDraft(clean_client(client), one("designer"), year_dropped=year_dropped)


def _own_fields(client: Client, v: dict[str, list[str]]) -> None:
    if "id" in v:
        text = v["id"][0]
        number = whole_number(text)
        if not number:
            shown = text if len(text) <= 40 else text[:39] + "…"
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "id %1 is not a whole number."), repr(shown), field="id")
        client.id = number
    if "archived" in v:
        client.archived = read_bool(v["archived"][0], "archived")
    for column in ("created_at", "updated_at", "health_consent_at"):
        if column in v:
            setattr(client, column, read_datetime(v[column][0], column))


def _unique(values: list[str]) -> list[str]:
    seen: set[str] = set()
    return [x for x in values if not (x in seen or seen.add(x))]


# Client attributes each mapped field sets (for an update of an existing id).
ATTRIBUTES = {
    "name": "display_name", "given_name": "given_name", "family_name": "family_name",
    "address_as": "address_as", "phone": "phones", "email": "email", "birthday": "birthday",
    "notes": "notes", "archived": "archived", "designer": "designer_id",
    "updated_at": "updated_at", "health_consent_at": "health_consent_at",
}


def overwrite(existing: Client, new: Client, mapping: list[str]) -> Client:
    """`existing` with the fields the file has columns for taken from `new`."""
    for field in set(mapping):
        if field in ATTRIBUTES:
            setattr(existing, ATTRIBUTES[field], getattr(new, ATTRIBUTES[field]))
    return existing


OTHER_EMAIL = "Other e-mail: "


def second_email(existing: Client, new: Client) -> str:
    """The row's e-mail when the client already has a different one ("" otherwise)."""
    theirs = new.email.strip()
    if not theirs or not existing.email or theirs.casefold() == existing.email.casefold():
        return ""
    return "" if theirs.casefold() in existing.notes.casefold() else theirs


def merge_into(existing: Client, new: Client, region: str, append_notes: bool = True) -> bool:
    """Fill what `existing` lacks from `new`: empty fields, new phones, new notes.

    Nothing the firm already wrote is overwritten, and nothing the row holds is dropped: a
    second e-mail goes into the notes ("Other e-mail: …"); the row's notes are appended only
    with `append_notes` (the import's summary counts them). Returns True when anything changed.
    """
    changed = False
    if other := second_email(existing, new):
        existing.notes = f"{existing.notes}\n{OTHER_EMAIL}{other}".strip()
        changed = True
    for attr in ("given_name", "family_name", "address_as", "email", "birthday"):
        if not getattr(existing, attr) and getattr(new, attr):
            setattr(existing, attr, getattr(new, attr))
            changed = True
    known = {canonical_phone(p, region) for p in existing.phones}
    for phone in new.phones:
        if canonical_phone(phone, region) not in known:
            existing.phones.append(phone)
            known.add(canonical_phone(phone, region))
            changed = True
    if append_notes and new.notes and new.notes not in existing.notes:
        existing.notes = f"{existing.notes}\n{new.notes}".strip()
        changed = True
    if existing.designer_id is None and new.designer_id is not None:
        existing.designer_id = new.designer_id
        changed = True
    if existing.health_consent_at is None and new.health_consent_at is not None:
        existing.health_consent_at = new.health_consent_at
        changed = True
    return changed

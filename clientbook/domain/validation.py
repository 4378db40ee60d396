"""Rules a client record must meet before it is saved, with messages a person can act on."""

from __future__ import annotations

import re

from clientbook.domain.errors import ValidationError
from clientbook.domain.folding import phone_digits
from clientbook.domain.models import Client
from clientbook.domain.words import QT_TRANSLATE_NOOP

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# Invisible control characters (pasted or imported, never typed) and lone surrogates (which
# no file can hold: SQLite refuses them): gone from one-line fields.
_CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]+")
# The same in notes, which keep their line breaks (made one kind first) and tabs.
_NOTE_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]+")
# The same in text kept exactly as written otherwise: tabs, LF and CR stay.
_TEXT_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]+")
# Bidirectional embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069): pasted
# into a name they make it show reversed ("\u202eAnna" reads "annA"); never typed on purpose.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]+")
MAX_TEXT = 10_000
MAX_NAME = 200


def clean_line(text: str) -> str:
    """One-line text tidied: control characters become spaces, bidirectional overrides go,
    spaces trimmed and collapsed."""
    return " ".join(_CONTROLS.sub(" ", _BIDI_CONTROLS.sub("", text)).split())


def clean_note(text: str) -> str:
    """Free text tidied: one kind of line break, tabs kept, other control characters gone.

    A vertical tab is FileMaker's line break inside a field, so it becomes one.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x0b", "\n")
    return _NOTE_CONTROLS.sub("", text).strip()


def drop_controls(text: str) -> str:
    """Text with invisible control characters gone but tabs and line breaks as written.

    For text that must come back exactly as exported (visits, appointments and promises in
    ClientBook's own CSV), where clean_note would turn CR LF into LF.
    """
    return _TEXT_CONTROLS.sub("", text.replace("\x0b", "\n")).strip()


def clean_client(client: Client) -> Client:
    """Trim whitespace, derive a display name, and check every field.

    Raises ValidationError naming the field. The client is changed only by tidying: spaces
    trimmed and collapsed, invisible control characters dropped, line breaks made one kind.
    """
    for attr in ("display_name", "given_name", "family_name", "address_as", "email"):
        setattr(client, attr, clean_line(getattr(client, attr)))
    client.notes = clean_note(client.notes)
    if not client.display_name:
        client.display_name = " ".join(p for p in (client.given_name, client.family_name) if p)
    if not client.display_name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A client needs a name."),
                              field="display_name")
    if len(client.display_name) > MAX_NAME:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The name is longer than %1 characters."), MAX_NAME, field="display_name")
    if len(client.notes) > MAX_TEXT:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Notes are longer than %1 characters."), MAX_TEXT, field="notes")
    if client.email and not _EMAIL.match(client.email):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 is not an email address."),
                              repr(client.email), field="email")
    client.phones = [p for p in map(clean_line, client.phones) if p]
    for phone in client.phones:
        if len(phone_digits(phone)) < 3:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 is not a phone number."),
                                  repr(phone), field="phones")
    for pref in client.preferences:
        pref.value = clean_line(pref.value)
        pref.detail = clean_line(pref.detail)
        if not pref.value:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A preference needs a value."),
                                  field="preferences")
    return client


# SQLite keeps integers of up to 19 digits; 18 leaves room and is more than any id.
MAX_DIGITS = 18


def whole_number(text: str) -> int | None:
    """The value of a whole number written in plain digits, or None for anything else.

    str.isdigit() alone also accepts "²" (which int() refuses) and digits of other scripts,
    and a number too large for SQLite would stop a whole import with an OverflowError.
    """
    text = text.strip()
    if text.isascii() and text.isdigit() and len(text) <= MAX_DIGITS:
        return int(text)
    return None

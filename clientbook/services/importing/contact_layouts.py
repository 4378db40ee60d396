"""Which program wrote a contacts file, and which of its columns feed which client field.

Headers are recognised by name (Google Contacts old and new, Outlook, vCard, ClientBook's own
CSV, and plain spreadsheets with English, Spanish, Ukrainian, Greek or Chinese headings).
The mapping is a guess the user can change in the import wizard.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.services.csv_format import COLUMNS

# Client fields a column can feed, in the order the wizard lists them ("" = ignore).
FIELDS = (
    "", "name", "prefix", "given_name", "middle_name", "family_name", "suffix", "nickname",
    "address_as", "phone", "email", "birthday", "notes", "designer",
)
# Extra fields only ClientBook's own clients CSV has.
OWN_FIELDS = ("id", "archived", "created_at", "updated_at", "health_consent_at")
# Fields a column can feed at most once; the others (phones, e-mails, notes) collect.
SINGLE_FIELDS = frozenset({"name", "prefix", "given_name", "middle_name", "family_name",
                           "suffix", "nickname", "address_as", "birthday", "designer",
                           *OWN_FIELDS})

_OWN_CLIENTS = {
    "id": "id", "display_name": "name", "given_name": "given_name",
    "family_name": "family_name", "address_as": "address_as", "phones": "phone",
    "email": "email", "birthday": "birthday", "designer": "designer", "notes": "notes",
    "archived": "archived", "created_at": "created_at", "updated_at": "updated_at",
    "health_consent_at": "health_consent_at",
}

# Keys are folded like _fold() does: casefolded, accents dropped.
_KNOWN = {
    # Google Contacts, older export
    "name": "name", "given name": "given_name", "additional name": "middle_name",
    "family name": "family_name", "name prefix": "prefix", "name suffix": "suffix",
    "nickname": "nickname", "birthday": "birthday", "notes": "notes",
    # Google Contacts, newer export, and Outlook
    "first name": "given_name", "middle name": "middle_name", "last name": "family_name",
    "title": "prefix", "suffix": "suffix", "e-mail address": "email",
    "e-mail 2 address": "email", "e-mail 3 address": "email", "mobile phone": "phone",
    "home phone": "phone", "home phone 2": "phone", "business phone": "phone",
    "business phone 2": "phone", "other phone": "phone", "primary phone": "phone",
    "car phone": "phone",
    # vCard rows (see vcard_reading.VCARD_HEADER)
    "full name": "name", "prefix": "prefix",
    # Plain spreadsheets, English
    "client": "name", "customer": "name", "surname": "family_name",
    "phone": "phone", "phone number": "phone", "telephone": "phone", "mobile": "phone",
    "tel": "phone", "e-mail": "email", "email": "email", "email address": "email",
    "date of birth": "birthday", "birth date": "birthday", "dob": "birthday", "note": "notes",
    "comments": "notes", "designer": "designer", "stylist": "designer",
    # Spanish
    "nombre": "name", "nombre completo": "name", "apellido": "family_name",
    "apellidos": "family_name", "telefono": "phone", "movil": "phone", "celular": "phone",
    "correo": "email", "correo electronico": "email", "cumpleanos": "birthday",
    "fecha de nacimiento": "birthday", "notas": "notes",
    # Ukrainian (and the Russian headings older Ukrainian lists often have)
    "ім'я": "name", "імя": "name", "прізвище": "family_name", "по батькові": "middle_name",
    "телефон": "phone", "мобільний": "phone", "електронна пошта": "email",
    "ел. пошта": "email", "день народження": "birthday", "дата народження": "birthday",
    "нотатки": "notes", "примітки": "notes", "имя": "name", "фамилия": "family_name",
    "отчество": "middle_name", "день рождения": "birthday", "заметки": "notes",
    # Greek
    "ονομα": "name", "ονοματεπωνυμο": "name", "επωνυμο": "family_name",
    "τηλεφωνο": "phone", "κινητο": "phone", "ηλεκτρονικο ταχυδρομειο": "email",
    "γενεθλια": "birthday", "ημερομηνια γεννησης": "birthday", "σημειωσεις": "notes",
    # Chinese
    "姓名": "name", "名字": "name", "名": "given_name", "姓": "family_name", "电话": "phone",
    "手机": "phone", "手机号": "phone", "电子邮件": "email", "邮箱": "email",
    "生日": "birthday", "出生日期": "birthday", "备注": "notes",
}
_PATTERNS = (
    (re.compile(r"^phone \d+ - value$"), "phone"),
    (re.compile(r"^e-mail \d+ - value$"), "email"),
    (re.compile(r"^phone \d+$"), "phone"),
    (re.compile(r"^e-mail \d+$"), "email"),
)

# Headings that tell the delimiter detector it has split a line right.
KNOWN_HEADERS = frozenset(
    {*_KNOWN, *(c for columns in COLUMNS.values() for c in columns),
     "phone 1 - value", "e-mail 1 - value"}
)


@dataclass(frozen=True)
class Layout:
    key: str
    """google_old, google, outlook, vcard, spreadsheet, or clientbook_<kind>."""
    name: str
    """English name for messages; the window shows its own translation of `key`."""
    kind: str
    """"clients" for contact-like files, else the ClientBook record kind (visits, …)."""

    @property
    def is_own(self) -> bool:
        return self.key.startswith("clientbook_")


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().strip('"').casefold())
    without_marks = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(unicodedata.normalize("NFC", without_marks).replace("’", "'").split())


def field_for(heading: str) -> str:
    """The client field a heading usually holds, or "" when it is not recognised."""
    key = _fold(heading)
    if key in _KNOWN:
        return _KNOWN[key]
    for pattern, field in _PATTERNS:
        if pattern.match(key):
            return field
    return ""


def detect_layout(header: list[str], is_vcard: bool = False) -> Layout:
    keys = {_fold(h) for h in header}
    if is_vcard:
        return Layout("vcard", "vCard", "clients")
    own = {h.strip().lower() for h in header}
    for kind, must in (("visits", "visited_at"), ("appointments", "starts_at"),
                       ("promises", "due_at"), ("preferences", "category"),
                       ("clients", "display_name")):
        if kind in COLUMNS and must in own and own <= set(COLUMNS[kind]):
            return Layout(f"clientbook_{kind}", f"ClientBook {kind}", kind)
    if {"given name", "family name"} <= keys and "e-mail 1 - value" in keys | {"phone 1 - value"}:
        return Layout("google_old", "Google Contacts (older export)", "clients")
    if {"first name", "last name"} <= keys and any(k.endswith(" - label") for k in keys):
        return Layout("google", "Google Contacts", "clients")
    if {"first name", "last name"} <= keys and ({"e-mail address", "mobile phone"} & keys):
        return Layout("outlook", "Outlook", "clients")
    return Layout("spreadsheet", "Spreadsheet", "clients")


def guess_mapping(header: list[str], layout: Layout) -> list[str]:
    """The field each column feeds, "" for columns left out."""
    if layout.key == "clientbook_clients":
        return [_OWN_CLIENTS.get(h.strip().lower(), "") for h in header]
    mapping = [field_for(h) for h in header]
    if layout.key == "spreadsheet" and "family_name" in mapping:
        # "Nombre | Apellidos" or "Ім'я | Прізвище": the first column is the given name.
        mapping = ["given_name" if f == "name" else f for f in mapping]
    seen: set[str] = set()
    for i, field in enumerate(mapping):
        if field in SINGLE_FIELDS:
            if field in seen:
                mapping[i] = ""
            seen.add(field)
    return mapping


# Fields one column at most may feed, as the check names them (with the article, which
# in other languages depends on the word).
_FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("Messages", "the name"),
    "prefix": QT_TRANSLATE_NOOP("Messages", "the prefix"),
    "given_name": QT_TRANSLATE_NOOP("Messages", "the given name"),
    "middle_name": QT_TRANSLATE_NOOP("Messages", "the middle name"),
    "family_name": QT_TRANSLATE_NOOP("Messages", "the family name"),
    "suffix": QT_TRANSLATE_NOOP("Messages", "the suffix"),
    "nickname": QT_TRANSLATE_NOOP("Messages", "the nickname"),
    "address_as": QT_TRANSLATE_NOOP("Messages", "the “greet as” name"),
    "birthday": QT_TRANSLATE_NOOP("Messages", "the birthday"),
    "designer": QT_TRANSLATE_NOOP("Messages", "the designer"),
    "id": QT_TRANSLATE_NOOP("Messages", "the ClientBook id"),
    "archived": QT_TRANSLATE_NOOP("Messages", "the archived flag"),
    "created_at": QT_TRANSLATE_NOOP("Messages", "the date added"),
    "updated_at": QT_TRANSLATE_NOOP("Messages", "the date last changed"),
    "health_consent_at": QT_TRANSLATE_NOOP("Messages", "the date of consent to health notes"),
}


def check_mapping(mapping: list[str]) -> Message | None:
    """Why this mapping cannot import clients, or None when it can."""
    names = {"name", "given_name", "family_name", "nickname"}
    if not names & set(mapping):
        return Message(QT_TRANSLATE_NOOP("Errors", "Choose which column holds the client's name."))
    for field in SINGLE_FIELDS:
        if mapping.count(field) > 1:
            return Message(QT_TRANSLATE_NOOP("Errors", "Only one column can be %1."),
                           _FIELD_NAMES[field])
    return None

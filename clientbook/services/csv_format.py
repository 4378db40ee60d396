"""ClientBook's own CSV format: the columns of each file and how cells read and write.

The README documents this format; scripts rely on it, so change it only by adding columns.

Spreadsheet safety. A cell whose text starts with `=`, `+`, `-`, `@`, tab, CR or LF would be
run as a formula by Excel, LibreOffice or Google Sheets (OWASP "CSV injection"), so export
writes it with one extra leading `'` (`neutralise`), which every spreadsheet shows as text.
Text that already starts with quotes followed by such a character (`'=x`) gets one more
quote too, so ClientBook's own import can take exactly one quote off again (`restore`) and
export → import → export is lossless. Phones such as `+30 21 0123 4567` therefore appear as
`'+30 21 0123 4567` in the file: intended, since a spreadsheet would otherwise read a formula.
Numbers the app writes itself (ids, money, minutes) are never negative and dates start with a
digit, so they never get a quote.

Preferences in the clients file. The long `preferences` file (one row per preference) is the
one to edit and import. For reading, the clients file also carries them flattened into three
columns that follow the briefing card (`DERIVED_CLIENT_COLUMNS`):

- `have_ready`: drinks, food, room and music they like, e.g.
  `drink: Earl Grey (no sugar); drink: Green tea; music: jazz`;
- `cautions`: what to avoid and health notes, e.g. `avoid: small talk; health: nut allergy`;
- `other_likes`: every other liking, e.g. `products: Olaplex; contact: WhatsApp`.

Each item is `category: value (detail)` (`avoid: value (detail)` for a "do not"), items are
separated by "; ". Importing a clients file ignores these columns.

Consent. The last column of the clients file, `health_consent_at`, is when the client agreed
that their health notes (allergies, conditions: special-category data) may be kept, empty when
no consent is recorded. Unlike the flattened preferences it is imported: a clients file that
ClientBook wrote comes back with its consent dates. It was added after the derived columns,
so scripts that read columns by position keep working.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from decimal import Decimal

from clientbook.domain.care.briefing import is_caution
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import HAVE_READY, Preference, PreferenceCategory
from clientbook.domain.money import parse_money
from clientbook.domain.words import QT_TRANSLATE_NOOP

KINDS = ("clients", "visits", "appointments", "preferences", "promises")
# What `clientbook import` takes: any contacts file, or one of ClientBook's own files.
IMPORT_KINDS = ("contacts", *KINDS)

# Read-only columns near the end of the clients file: preferences flattened for reading.
# Importing clients ignores them (edit preferences through the `preferences` file).
DERIVED_CLIENT_COLUMNS = ["have_ready", "cautions", "other_likes"]

COLUMNS: dict[str, list[str]] = {
    "clients": [
        "id", "display_name", "given_name", "family_name", "address_as", "phones", "email",
        "birthday", "designer", "notes", "archived", "created_at", "updated_at",
        *DERIVED_CLIENT_COLUMNS, "health_consent_at",
    ],
    "preferences": ["client_id", "client", "category", "value", "detail", "avoid"],
    "visits": ["id", "client_id", "client", "visited_at", "staff", "service", "spend", "notes"],
    "appointments": [
        "id", "client_id", "client", "starts_at", "duration_min", "staff", "service", "status",
        "notes",
    ],
    "promises": ["id", "client_id", "client", "text", "due_at", "staff", "done_at", "created_at",
                 "cancelled_at"],
}

# Exported only with everything about one client (a data-access request), never imported.
CLIENT_ONLY_COLUMNS: dict[str, list[str]] = {
    "contact_log": ["id", "client_id", "client", "at", "channel", "note", "staff"],
    "contact_wishes": ["client_id", "client", "preferred_channel", "do_not_contact",
                       "quiet_days"],
    "rewards": ["id", "client_id", "client", "redeemed_at", "reward", "visit_number", "staff"],
    "changes": ["id", "client_id", "client", "at", "who", "field", "old", "new"],
}

# Separates several phone numbers inside one cell.
PHONE_SEPARATOR = "; "
# Separates preferences inside one flattened cell.
PREFERENCE_SEPARATOR = "; "

# Characters that make a spreadsheet read a cell as a formula (OWASP CSV injection).
FORMULA_TRIGGERS = "=+-@\t\r\n"
_NEEDS_QUOTE = re.compile("'*[=+\\-@\t\r\n]")
_QUOTED = re.compile("'+[=+\\-@\t\r\n]")
# Inside a cell, each later line that starts like a formula: a spreadsheet that splits the
# file wrongly (a `;` file opened as comma-separated) makes each line a cell of its own.
_LINE_NEEDS_QUOTE = re.compile("(?<=[\r\n])(?='*[=+\\-@\t])")
_LINE_QUOTED = re.compile("(?<=[\r\n])'(?='*[=+\\-@\t])")
# `neutralise` changes only text starting with one of these, or holding a line break.
NEUTRALISE_FIRST = frozenset(FORMULA_TRIGGERS + "'")


def neutralise(text: str) -> str:
    """Text a spreadsheet shows as text: one `'` in front when it matches `^'*[=+-@\\t\\r\\n]`,
    and one at the start of every later line that matches `'*[=+-@\\t]` (`restore` undoes
    both exactly)."""
    if text and text[0] in NEUTRALISE_FIRST and _NEEDS_QUOTE.match(text):
        text = "'" + text
    if "\n" in text or "\r" in text:
        text = _LINE_NEEDS_QUOTE.sub("'", text)
    return text


def restore(text: str) -> str:
    """Undo `neutralise`: one `'` off when the text matches `^'+[=+-@\\t\\r\\n]`, and one off
    every later line that matches `'+[=+-@\\t]`."""
    if text.startswith("'") and _QUOTED.match(text):
        text = text[1:]
    if "\n" in text or "\r" in text:
        text = _LINE_QUOTED.sub("", text)
    return text


def _item(pref: Preference) -> str:
    label = "avoid" if pref.avoid else pref.category.value
    return f"{label}: {pref.text()}"


def flatten_preferences(preferences: Iterable[Preference]) -> list[str]:
    """The `DERIVED_CLIENT_COLUMNS` cells, grouped like the briefing card."""
    ready: list[Preference] = []
    cautions: list[Preference] = []
    other: list[Preference] = []
    for pref in preferences:
        if is_caution(pref):
            cautions.append(pref)
        elif pref.category in HAVE_READY:
            ready.append(pref)
        else:
            other.append(pref)
    ready.sort(key=lambda p: HAVE_READY.index(p.category))
    return [PREFERENCE_SEPARATOR.join(_item(p) for p in cell)
            for cell in (ready, cautions, other)]


def preference_from_row(category: str, value: str, detail: str, avoid: object) -> Preference:
    return Preference(PreferenceCategory(category), value, detail, bool(avoid))



_TRUE = {"1", "yes", "y", "true", "x"}
_FALSE = {"", "0", "no", "n", "false"}


def read_bool(text: str, column: str) -> bool:
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "%1 must be yes or no, not %2."), column, repr(text))


def write_bool(value: bool) -> str:
    return "yes" if value else "no"


def read_datetime(text: str, column: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "%1 %2 is not a date and time; use YYYY-MM-DD HH:MM."),
            column, repr(text)) from None
    return value.replace(tzinfo=None, microsecond=0)


def write_datetime(value: str | None) -> str:
    """Stored ISO text → the CSV form (a space instead of the T, as spreadsheets like)."""
    return "" if not value else value.replace("T", " ")


def read_money(text: str, column: str) -> Decimal:
    """Our CSV writes money with a dot, so a comma is a mistake here, not a decimal mark."""
    return parse_money(text, column, decimal_comma=False)

"""ClientBook's own CSV format: the columns of each file and how cells read and write.

The README documents this format; scripts rely on it, so change it only by adding columns.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from clientbook.domain.errors import ValidationError
from clientbook.domain.money import parse_money

KINDS = ("clients", "visits", "appointments", "preferences")

COLUMNS: dict[str, list[str]] = {
    "clients": [
        "id", "display_name", "given_name", "family_name", "address_as", "phones", "email",
        "birthday", "designer", "notes", "archived", "created_at", "updated_at",
    ],
    "preferences": ["client_id", "client", "category", "value", "detail", "avoid"],
    "visits": ["id", "client_id", "client", "visited_at", "staff", "service", "spend", "notes"],
    "appointments": [
        "id", "client_id", "client", "starts_at", "duration_min", "staff", "service", "status",
        "notes",
    ],
}

#: Separates several phone numbers inside one cell.
PHONE_SEPARATOR = "; "

_TRUE = {"1", "yes", "y", "true", "x"}
_FALSE = {"", "0", "no", "n", "false"}


def read_bool(text: str, column: str) -> bool:
    value = text.strip().casefold()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ValidationError(f"{column} must be yes or no, not {text!r}.")


def write_bool(value: bool) -> str:
    return "yes" if value else "no"


def read_datetime(text: str, column: str) -> datetime:
    try:
        value = datetime.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            f"{column} {text!r} is not a date and time; use YYYY-MM-DD HH:MM."
        ) from None
    return value.replace(tzinfo=None, microsecond=0)


def write_datetime(value: str | None) -> str:
    """Stored ISO text → the CSV form (a space instead of the T, as spreadsheets like)."""
    return "" if not value else value.replace("T", " ")


def read_money(text: str, column: str) -> Decimal:
    """Our CSV writes money with a dot, so a comma is a mistake here, not a decimal mark."""
    return parse_money(text, column, decimal_comma=False)


def read_int(text: str, column: str, default: int) -> int:
    text = text.strip()
    if not text:
        return default
    if not text.isdigit():
        raise ValidationError(f"{column} {text!r} is not a whole number.")
    return int(text)

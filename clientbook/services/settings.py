"""The book's user-visible settings: their defaults and what each one accepts."""

from __future__ import annotations

import phonenumbers

from clientbook.domain.errors import ValidationError

DEFAULTS = {"currency": "EUR", "phone_region": "", "birthday_days": "7"}
MAX_BIRTHDAY_DAYS = 60


def check_setting(key: str, value: str) -> str:
    """The value as it will be stored; ValidationError (naming the key) when it cannot be."""
    value = value.strip()
    if key == "currency":
        value = value.upper()
        if len(value) != 3 or not value.isascii() or not value.isalpha():
            raise ValidationError("The currency needs a three-letter code such as EUR.", key)
    elif key == "phone_region":
        value = value.upper()
        if value and value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(
                f"“{value}” is not a country code for phone numbers; use one such as GB, ES "
                "or CN, or leave it empty.", key)
    elif key == "birthday_days":
        if not value.isdigit() or int(value) > MAX_BIRTHDAY_DAYS:
            raise ValidationError(
                f"Birthday reminders look 0 to {MAX_BIRTHDAY_DAYS} days ahead.", key)
        value = str(int(value))
    elif key not in DEFAULTS:
        raise ValidationError(f"There is no setting called {key!r}.")
    return value

"""The book's user-visible settings: their defaults and what each one accepts."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from clientbook.domain.care.contact_rules import DEFAULT_QUIET_DAYS, MAX_QUIET_DAYS
from clientbook.domain.care.loyalty import (
    DEFAULT_EVERY_VISITS,
    MAX_EVERY_VISITS,
    LoyaltyMode,
    LoyaltyRule,
)
from clientbook.domain.errors import ValidationError
from clientbook.domain.messages.message_dates import (
    DEFAULT_LANGUAGE,
    MESSAGE_LANGUAGES,
    message_language,
)
from clientbook.domain.scheduling.working_hours import WeekPattern, parse_week
from clientbook.domain.words import QT_TRANSLATE_NOOP, Phrase
from clientbook.storage.store import Store

DEFAULTS = {
    "currency": "EUR", "phone_region": "", "birthday_days": "7",
    "loyalty_mode": str(LoyaltyMode.VISITS), "loyalty_every": str(DEFAULT_EVERY_VISITS),
    "loyalty_spend": "500", "loyalty_reward": "",
    "quiet_days": str(DEFAULT_QUIET_DAYS), "callback_minutes": "30",
    # Off by default: how long to keep clients who stopped coming is each firm's decision
    # (and its accountant's); when set, they are only flagged, never deleted.
    "retention_years": "0",
    # Minutes before an appointment to nudge the desk to open the briefing; 0: no nudges.
    "nudge_minutes": "10",
    # Start ClientBook when the user logs in ("1") or not ("0").
    "start_at_login": "0",
    # Messages to clients: the name that signs them, and the language of clients who
    # have none of their own.
    "firm_name": "", "message_language": DEFAULT_LANGUAGE,
    # The firm's opening hours ("mon-sat 09:00-18:00; sun off"); empty: not set, so the
    # calendar follows the designers' own hours.
    "opening_hours": "",
    # The firm's time zone for calendar files (an IANA name such as Europe/London, or a
    # Windows name); empty: this computer's.
    "time_zone": "",
}
MAX_FIRM_NAME = 80
MAX_BIRTHDAY_DAYS = 60
MAX_CALLBACK_MINUTES = 24 * 60
MAX_REWARD_TEXT = 200
MAX_RETENTION_YEARS = 30
MAX_NUDGE_MINUTES = 120


def _whole_number(value: str, key: str, low: int, high: int, message: Phrase) -> str:
    """`message` is an "Errors" template whose %1 is `high`."""
    if not (value.isascii() and value.isdigit()) or not low <= int(value) <= high:
        raise ValidationError(message, high, field=key)
    return str(int(value))


def check_setting(key: str, value: str) -> str:
    """The value as it will be stored; ValidationError (naming the key) when it cannot be."""
    value = value.strip()
    if key == "currency":
        value = value.upper()
        if len(value) != 3 or not value.isascii() or not value.isalpha():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The currency needs a three-letter code such as EUR."), field=key)
    elif key == "phone_region":
        value = value.upper()
        import phonenumbers  # loaded only to check a region

        if value and value not in phonenumbers.SUPPORTED_REGIONS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "“%1” is not a country code for phone numbers; use one such as GB, "
                "ES or CN, or leave it empty."), value, field=key)
    elif key == "birthday_days":
        value = _whole_number(value, key, 0, MAX_BIRTHDAY_DAYS,
                              QT_TRANSLATE_NOOP(
                                  "Errors", "Birthday reminders look 0 to %1 days ahead."))
    elif key == "loyalty_mode":
        if value not in {str(m) for m in LoyaltyMode}:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The loyalty rule is off, by visits or by spend."), field=key)
    elif key == "loyalty_every":
        value = _whole_number(value, key, 2, MAX_EVERY_VISITS,
                              QT_TRANSLATE_NOOP("Errors", "A reward comes every 2 to %1 visits."))
    elif key == "loyalty_spend":
        value = _amount(value, key)
    elif key == "loyalty_reward":
        value = " ".join(value.split())
        if len(value) > MAX_REWARD_TEXT:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Describe the reward in at most %1 characters."), MAX_REWARD_TEXT,
                field=key)
    elif key == "quiet_days":
        value = _whole_number(value, key, 0, MAX_QUIET_DAYS,
                              QT_TRANSLATE_NOOP("Errors", "The quiet period is 0 to %1 days."))
    elif key == "callback_minutes":
        value = _whole_number(value, key, 0, MAX_CALLBACK_MINUTES,
                              QT_TRANSLATE_NOOP(
                                  "Errors", "Call back within 0 (no target) to %1 minutes."))
    elif key == "retention_years":
        value = _whole_number(value, key, 0, MAX_RETENTION_YEARS,
                              QT_TRANSLATE_NOOP(
                                  "Errors", "Flag clients not seen for 1 to %1 years, or 0 "
                                  "for never."))
    elif key == "nudge_minutes":
        value = _whole_number(value, key, 0, MAX_NUDGE_MINUTES,
                              QT_TRANSLATE_NOOP(
                                  "Errors", "Nudge 1 to %1 minutes before an appointment, or "
                                  "0 for never."))
    elif key == "start_at_login":
        value = {"true": "1", "yes": "1", "on": "1",
                 "false": "0", "no": "0", "off": "0"}.get(value.casefold(), value)
        if value not in {"0", "1"}:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Start at login is 1 (yes) or 0 (no)."), field=key)
    elif key == "firm_name":
        value = " ".join(value.split())
        if len(value) > MAX_FIRM_NAME:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Keep the firm's name under %1 characters."), MAX_FIRM_NAME, field=key)
    elif key == "message_language":
        code = message_language(value)
        if not code:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Messages can be written in %1."), ", ".join(MESSAGE_LANGUAGES),
                field=key)
        value = code
    elif key == "opening_hours":
        try:
            week = parse_week(value)
        except ValidationError as exc:
            exc.field = key
            raise
        value = "; ".join(week.lines()) if week else ""
    elif key == "time_zone":
        from clientbook.services.calendar_io.zones import named_zone  # loaded on use

        if value and named_zone(value) is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "“%1” is not a time zone; use one such as Europe/London, or leave "
                "it empty for this computer's."), value, field=key)
    elif key not in DEFAULTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no setting called %1."),
                              repr(key))
    return value


def _amount(value: str, key: str) -> str:
    try:
        amount = Decimal(value.replace(",", "."))
    except InvalidOperation:
        amount = Decimal(0)
    if not amount.is_finite() or amount <= 0 or amount >= 10**9:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The spend for a reward needs an amount above 0, such as 500."), field=key)
    return str(amount.quantize(Decimal("0.01")))


def read_setting(store: Store, key: str) -> str:
    return store.settings.get(key, DEFAULTS.get(key, ""))


def _stored_int(store: Store, key: str) -> int:
    """A stored number, or its default if the stored text was damaged."""
    try:
        return int(check_setting(key, read_setting(store, key)))
    except ValidationError:
        return int(DEFAULTS[key])


def loyalty_rule(store: Store) -> LoyaltyRule:
    try:
        mode = LoyaltyMode(read_setting(store, "loyalty_mode"))
        spend = Decimal(check_setting("loyalty_spend", read_setting(store, "loyalty_spend")))
    except (ValueError, ValidationError):
        mode, spend = LoyaltyMode(DEFAULTS["loyalty_mode"]), Decimal(DEFAULTS["loyalty_spend"])
    return LoyaltyRule(mode, _stored_int(store, "loyalty_every"), spend,
                       read_setting(store, "loyalty_reward"))


def quiet_days(store: Store) -> int:
    return _stored_int(store, "quiet_days")


def callback_minutes(store: Store) -> int:
    return _stored_int(store, "callback_minutes")


def retention_years(store: Store) -> int:
    """Flag clients not seen for more than this many years; 0: never."""
    return _stored_int(store, "retention_years")


def nudge_minutes(store: Store) -> int:
    """Nudge this many minutes before each appointment; 0: never."""
    return _stored_int(store, "nudge_minutes")


def opening_hours(store: Store) -> WeekPattern | None:
    """The firm's opening hours; None when not set (or the stored text was damaged)."""
    try:
        return parse_week(read_setting(store, "opening_hours"))
    except ValidationError:
        return None

"""Messages to clients: occasions, checked placeholders, and filling a template in one pass.

Template text is plain text. `{first_name}` and the other placeholders are filled in a single
pass over the template, so a value is never read again: a client named "{designer}" stays
literally "{designer}". A template may only use the known placeholders; anything else in
braces is refused when the template is saved, so a typo never reaches a client.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clientbook.domain.care.contact_rules import ContactCheck, ContactIssue
from clientbook.domain.errors import ValidationError
from clientbook.domain.messages.message_dates import (
    DEFAULT_LANGUAGE,
    clock_time,
    long_date,
    months_phrase,
)
from clientbook.domain.messages.message_templates import A_REWARD, DEFAULTS, OUR_TEAM
from clientbook.domain.models import ContactChannel
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message, message

MAX_TEMPLATE = 2000


class Occasion(StrEnum):
    REMINDER = "reminder"
    BIRTHDAY = "birthday"
    REWARD = "reward"
    WINBACK = "winback"
    PROMISE = "promise"
    FREE = "free"


class Via(StrEnum):
    """How a message leaves: the desktop app a link opens, or the clipboard."""

    EMAIL = "email"
    SMS = "sms"
    WHATSAPP = "whatsapp"
    VIBER = "viber"
    TELEGRAM = "telegram"
    COPY = "copy"
    CALL = "call"


# Messaging apps count as texting for the contact rules (quiet period, preferred channel).
_GUARD_CHANNEL = {Via.EMAIL: ContactChannel.EMAIL, Via.SMS: ContactChannel.SMS,
                  Via.WHATSAPP: ContactChannel.SMS, Via.VIBER: ContactChannel.SMS,
                  Via.TELEGRAM: ContactChannel.SMS, Via.CALL: ContactChannel.CALL}

PLACEHOLDERS = ("first_name", "address_as", "date", "time", "designer", "firm", "reward",
                "months")
_BRACED = re.compile(r"\{([^{}\n]{0,40})\}")


def guard_channel(via: Via) -> ContactChannel | None:
    """The contact channel `via` counts as; None for Copy (the text may go anywhere)."""
    return _GUARD_CHANNEL.get(via)


def log_channel(via: Via, preferred: ContactChannel | None) -> ContactChannel:
    """The channel a sent message is logged under: Copy counts as the client's preferred way
    of being reached, else as a text message."""
    channel = guard_channel(via)
    if channel is not None:
        return channel
    if preferred in (ContactChannel.CALL, ContactChannel.SMS, ContactChannel.EMAIL):
        return preferred
    return ContactChannel.SMS


def check_template(text: str) -> str:
    """The template as it will be stored; ValidationError for an unknown placeholder."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A template needs some text."),
                              field="text")
    if len(text) > MAX_TEMPLATE:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Keep a template under %1 characters."), MAX_TEMPLATE, field="text")
    for match in _BRACED.finditer(text):
        if match[1] not in PLACEHOLDERS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "%1 is not a placeholder; use %2."), match[0],
                ", ".join("{" + p + "}" for p in PLACEHOLDERS), field="text")
    return text


def fill_template(template: str, values: dict[str, str]) -> str:
    """`template` with each known {placeholder} replaced, in one pass (values never re-read).

    Lines left with only spaces at the end (an unnamed firm's signature) are dropped.
    """
    def put(match: re.Match[str]) -> str:
        return values.get(match[1], match[0]) if match[1] in PLACEHOLDERS else match[0]

    return _BRACED.sub(put, template).rstrip()


@dataclass(frozen=True)
class Recipient:
    """What a message says about the client and the occasion (all plain text)."""

    display_name: str
    given_name: str = ""
    address_as: str = ""
    designer: str = ""
    firm: str = ""
    reward: str = ""
    at: datetime | None = None
    """The appointment's start (reminders)."""
    months: int | None = None
    """Whole months since the last visit (win-back); None when never seen."""


def first_name(r: Recipient) -> str:
    return r.given_name.strip() or (r.display_name.split() or [""])[0]


def values_for(r: Recipient, language: str) -> dict[str, str]:
    """Every placeholder's text for this client, in `language`."""
    name = first_name(r)
    return {
        "first_name": name,
        "address_as": r.address_as.strip() or name,
        "date": long_date(r.at.date(), language) if r.at else "",
        "time": clock_time(r.at.time(), language) if r.at else "",
        "designer": r.designer.strip() or OUR_TEAM.get(language, OUR_TEAM["en"]),
        "firm": r.firm.strip(),
        "reward": r.reward.strip() or A_REWARD.get(language, A_REWARD["en"]),
        "months": months_phrase(r.months, language),
    }


def default_template(occasion: Occasion, language: str) -> str:
    return _default(occasion, language)[1]


def default_subject(occasion: Occasion, language: str) -> str:
    return _default(occasion, language)[0]


def _default(occasion: Occasion, language: str) -> tuple[str, str]:
    by_language = DEFAULTS[str(occasion)]
    return by_language.get(language) or by_language[DEFAULT_LANGUAGE]


@dataclass(frozen=True)
class Guard:
    """Whether to reach out now: `allowed` is False for do-not-contact, already contacted
    today and the quiet period; a different channel from the preferred one only warns."""

    allowed: bool
    reasons: tuple[Message, ...]
    issues: tuple[ContactIssue, ...]

    @property
    def blocking(self) -> tuple[Message, ...]:
        """The reasons that stop the message (one per blocking issue)."""
        return tuple(r for r, i in zip(self.reasons, self.issues, strict=True)
                     if i in BLOCKING)


_CHANNEL_WORDS = {
    ContactChannel.CALL: QT_TRANSLATE_NOOP("Messages", "a phone call"),
    ContactChannel.SMS: QT_TRANSLATE_NOOP("Messages", "text messages"),
    ContactChannel.EMAIL: QT_TRANSLATE_NOOP("Messages", "e-mail"),
    ContactChannel.IN_PERSON: QT_TRANSLATE_NOOP("Messages", "in person"),
}
BLOCKING = (ContactIssue.DO_NOT_CONTACT, ContactIssue.ALREADY_TODAY, ContactIssue.QUIET_PERIOD)


def guard_from(check: ContactCheck) -> Guard:
    reasons = []
    for issue in check.issues:
        if issue == ContactIssue.DO_NOT_CONTACT:
            reasons.append(message(QT_TRANSLATE_NOOP(
                "Messages", "The client asked not to be contacted.")))
        elif issue == ContactIssue.ALREADY_TODAY:
            reasons.append(message(QT_TRANSLATE_NOOP(
                "Messages", "The client was already contacted today.")))
        elif issue == ContactIssue.QUIET_PERIOD:
            reasons.append(message(QT_TRANSLATE_NOOP(
                "Messages", "Inside the quiet period: at most one contact every %1 days, and "
                "the last was on %2."), check.quiet_days,
                check.last.at.date().isoformat() if check.last else "?"))
        elif issue == ContactIssue.OTHER_CHANNEL:
            reasons.append(message(QT_TRANSLATE_NOOP(
                "Messages", "The client prefers another channel: %1."),
                _CHANNEL_WORDS.get(check.preferred, str(check.preferred))))
    allowed = not any(issue in BLOCKING for issue in check.issues)
    return Guard(allowed, tuple(reasons), check.issues)

"""The composer's words for occasions, channels and languages, translated once here."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientbook.domain.messages.messages import Occasion, Via
from clientbook.languages import LANGUAGES

translate = QCoreApplication.translate


def occasion_name(occasion: Occasion) -> str:
    return {
        Occasion.REMINDER: translate("MessageWords", "Appointment reminder"),
        Occasion.BIRTHDAY: translate("MessageWords", "Birthday greeting"),
        Occasion.REWARD: translate("MessageWords", "Reward waiting"),
        Occasion.WINBACK: translate("MessageWords", "We miss you"),
        Occasion.PROMISE: translate("MessageWords", "Promise follow-up"),
        Occasion.FREE: translate("MessageWords", "Free text"),
    }[occasion]


def via_name(via: Via) -> str:
    """A channel's name as a plain word (no mnemonic)."""
    return {
        Via.EMAIL: translate("MessageWords", "E-mail"),
        Via.SMS: translate("MessageWords", "SMS"),
        Via.WHATSAPP: "WhatsApp",
        Via.VIBER: "Viber",
        Via.TELEGRAM: "Telegram",
        Via.COPY: translate("MessageWords", "Copy"),
        Via.CALL: translate("MessageWords", "Call"),
    }[via]


def language_name(code: str) -> str:
    """A message language under its own name ("Ελληνικά"), as the settings list shows it."""
    return LANGUAGES.get(code, code)

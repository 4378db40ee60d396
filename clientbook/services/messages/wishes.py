"""A client's contact wishes as the command line and the composer name them: the preferred
channel (WhatsApp included), do-not-contact, the quiet period and the client's language."""

from __future__ import annotations

from dataclasses import dataclass

from clientbook.domain.care.contact_rules import check_preference
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import ContactChannel, ContactPreference
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.messages.templates import language
from clientbook.storage.store import Store

# The channel names people use, and how each is kept: WhatsApp is texting, through an app.
WISH_CHANNELS: dict[str, tuple[ContactChannel, str]] = {
    "phone": (ContactChannel.CALL, ""),
    "sms": (ContactChannel.SMS, ""),
    "email": (ContactChannel.EMAIL, ""),
    "whatsapp": (ContactChannel.SMS, "whatsapp"),
    "in_person": (ContactChannel.IN_PERSON, ""),
}
UNCHANGED = object()


@dataclass(frozen=True)
class Wishes:
    channel: str | None
    """One of WISH_CHANNELS, or None for no preference."""
    do_not_contact: bool
    quiet_days: int | None
    """None follows the firm's quiet period."""
    language: str
    """The client's language code; "" means the firm's."""


def channel_name(pref: ContactPreference, app: str) -> str | None:
    if pref.channel is None:
        return None
    for name, (channel, wanted_app) in WISH_CHANNELS.items():
        if channel == pref.channel and wanted_app == app:
            return name
    return {ContactChannel.CALL: "phone"}.get(pref.channel, str(pref.channel))


class WishesService:
    def __init__(self, store: Store):
        self.store = store

    def _check_client(self, client_id: int) -> None:
        if not self.store.clients.exists(client_id):
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)

    def get(self, client_id: int) -> Wishes:
        self._check_client(client_id)
        pref = self.store.contact_prefs.get(client_id)
        return Wishes(channel_name(pref, self.store.messages.app(client_id)),
                      pref.do_not_contact, pref.quiet_days,
                      self.store.messages.language(client_id))

    def set(self, client_id: int, channel: object = UNCHANGED, do_not_contact: object = UNCHANGED,
            quiet_days: object = UNCHANGED, language_code: object = UNCHANGED) -> Changes:
        """Change the wishes given (the others stay), all in one write."""
        now = self.get(client_id)
        name = now.channel if channel is UNCHANGED else channel
        if name is not None and name not in WISH_CHANNELS:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is no channel %1; use one of %2."), repr(name),
                ", ".join(WISH_CHANNELS), field="channel")
        kept, app = WISH_CHANNELS[name] if name else (None, "")
        pref = check_preference(ContactPreference(
            kept, now.do_not_contact if do_not_contact is UNCHANGED else bool(do_not_contact),
            now.quiet_days if quiet_days is UNCHANGED else quiet_days))
        code = now.language
        if language_code is not UNCHANGED:
            code = language(str(language_code)) if language_code else ""
        with self.store.write():
            self.store.contact_prefs.set(client_id, pref)
            self.store.messages.set_app(client_id, app)
            self.store.messages.set_language(client_id, code)
        return Changes(clients={client_id}, contacts=True)

    def set_language(self, client_id: int, language_code: str) -> Changes:
        return self.set(client_id, language_code=language_code)

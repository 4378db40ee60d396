"""Writing a message to a client for an occasion, the link that hands it to an app, and logging
it as a contact (with how it went and which template) in the same step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.messages.message_dates import whole_months
from clientbook.domain.messages.message_links import (
    International,
    international,
    mailto_link,
    sms_link,
    tel_link,
    telegram_link,
    viber_link,
    whatsapp_link,
)
from clientbook.domain.messages.messages import (
    Guard,
    Occasion,
    Recipient,
    Via,
    default_subject,
    fill_template,
    guard_channel,
    guard_from,
    log_channel,
    values_for,
)
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    ContactEntry,
    Promise,
)
from clientbook.domain.validation import clean_note
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message, message
from clientbook.services.changes import Changes
from clientbook.services.followups.contacts import ContactService
from clientbook.services.messages.templates import TemplateService, language
from clientbook.services.settings import loyalty_rule, read_setting
from clientbook.services.undo import UndoStack
from clientbook.storage.convert import dt_from_db
from clientbook.storage.store import Store

MAX_MESSAGE = 5000


@dataclass(frozen=True)
class Composed:
    """A message ready to send: its words, where it goes, and whether to send it now."""

    client_id: int
    kind: Occasion
    language: str
    subject: str
    text: str
    via: Via
    link: str
    """The URI for `via` ("" for Copy, or when the client's details allow none)."""
    problem: Message | None
    """Why there is no link (no e-mail address, a number that is not international)."""
    guard: Guard
    appointment_id: int | None = None


class MessageService:
    def __init__(self, store: Store, clock: Callable[[], datetime], undo: UndoStack,
                 contacts: ContactService):
        self.store = store
        self.clock = clock
        self.undo = undo
        self.contacts = contacts
        self.templates = TemplateService(store)

    # -- what the message says -------------------------------------------------------------
    def _client(self, client_id: int) -> Client:
        client = self.store.clients.get(client_id)
        if client is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no client with id %1."), client_id)
        return client

    def client_language(self, client_id: int) -> str:
        """The client's own language ("" when none is set: the firm's applies)."""
        return self.store.messages.language(client_id)

    def language_for(self, client_id: int) -> str:
        return self.client_language(client_id) or self.templates.firm_language()

    def _appointment(self, client: Client, appointment_id: int | None) -> Appointment | None:
        if appointment_id is None:
            return self.store.records.next_appointment(client.id, self.clock())
        found = self.store.records.appointment(appointment_id)
        if found is None or found.client_id != client.id:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "Client %1 has no appointment with id %2."), client.id,
                appointment_id)
        return found

    def _recipient(self, client: Client, kind: Occasion, appointment: Appointment | None
                   ) -> Recipient:
        staff_id = (appointment.staff_id if appointment and appointment.staff_id
                    else client.designer_id)
        staff = self.store.staff.get(staff_id) if staff_id is not None else None
        last = self.store.messages.last_visit(client.id)
        months = whole_months(dt_from_db(last).date(), self.clock().date()) if last else None
        return Recipient(
            display_name=client.display_name, given_name=client.given_name,
            address_as=client.address_as, designer=staff.name if staff else "",
            firm=self.templates.firm_name(), reward=loyalty_rule(self.store).reward,
            at=appointment.starts_at if appointment and kind == Occasion.REMINDER else None,
            months=months or None)

    def compose(self, client_id: int, kind: Occasion | str, via: Via | str | None = None,
                appointment_id: int | None = None, language_code: str | None = None,
                text: str | None = None) -> Composed:
        """The message for `kind` in the client's language (or `language_code`), from the
        firm's template (or `text`, a template of its own), with the link for `via`
        (default: the client's preferred way)."""
        client = self._client(client_id)
        kind = Occasion(kind)
        code = language(language_code) if language_code else self.language_for(client_id)
        appointment = None
        if kind == Occasion.REMINDER:
            appointment = self._appointment(client, appointment_id)
            if appointment is None:
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "%1 has no appointment coming up to remind them of."),
                    client.display_name, field="appointment")
        elif appointment_id is not None:
            appointment = self._appointment(client, appointment_id)
        values = values_for(self._recipient(client, kind, appointment), code)
        template = self.templates.get(kind, code).text if text is None else text
        body = fill_template(template, values)
        if len(body) > MAX_MESSAGE:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Keep a message under %1 characters."), MAX_MESSAGE, field="text")
        subject = fill_template(default_subject(kind, code), values)
        via = Via(via) if via else self.preferred_via(client)
        link, problem = self.link(client, via, subject, body)
        guard = guard_from(self.contacts.check(client_id, guard_channel(via)))
        return Composed(client_id, kind, code, subject, body, via, link, problem, guard,
                        appointment.id if appointment else None)

    def recompose(self, composed: Composed, text: str, via: Via | str) -> Composed:
        """The same message with the text as edited and the link for `via`."""
        client = self._client(composed.client_id)
        via = Via(via)
        link, problem = self.link(client, via, composed.subject, text)
        guard = guard_from(self.contacts.check(client.id, guard_channel(via)))
        return Composed(client.id, composed.kind, composed.language, composed.subject, text,
                        via, link, problem, guard, composed.appointment_id)

    # -- where it goes -----------------------------------------------------------------------
    def preferred_via(self, client: Client) -> Via:
        pref = self.contacts.preference(client.id)
        app = self.store.messages.app(client.id)
        if pref.channel is not None and str(pref.channel) == "sms" and app:
            return Via(app)
        if pref.channel is not None and str(pref.channel) in {"sms", "email", "call"}:
            return Via(str(pref.channel))
        if client.email:
            return Via.EMAIL
        return Via.SMS if client.phones else Via.COPY

    def phone(self, client: Client) -> International:
        return international(client.phones[0] if client.phones else "",
                             read_setting(self.store, "phone_region"))

    def link(self, client: Client, via: Via, subject: str, body: str
             ) -> tuple[str, Message | None]:
        """The URI handing the message to the app for `via`, or "" and why not."""
        if via == Via.COPY:
            return "", None
        if via == Via.EMAIL:
            if not client.email.strip():
                return "", message(QT_TRANSLATE_NOOP(
                    "Messages", "The client has no e-mail address."))
            return mailto_link(client.email, subject, body), None
        number = self.phone(client)
        if number.problem is not None:
            return "", number.problem
        build = {Via.SMS: lambda: sms_link(number.e164, body),
                 Via.WHATSAPP: lambda: whatsapp_link(number.e164, body),
                 Via.VIBER: lambda: viber_link(number.e164),
                 Via.TELEGRAM: lambda: telegram_link(number.e164),
                 Via.CALL: lambda: tel_link(number.e164)}[via]
        return build(), None

    # -- recording it ------------------------------------------------------------------------
    def log(self, composed: Composed, override: bool = False, staff_id: int | None = None
            ) -> tuple[ContactEntry, Changes]:
        """Log the message as a contact, with how it went and its template, in one write.

        Refused (ValidationError, nothing logged) when the guard says no, unless `override`.
        """
        client = self._client(composed.client_id)
        guard = guard_from(self.contacts.check(client.id, guard_channel(composed.via)))
        if not guard.allowed and not override:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Not logged for %1: %2"), client.display_name, guard.blocking[0],
                field="guard")
        channel = log_channel(composed.via, self.contacts.preference(client.id).channel)
        note = clean_note(" ".join(composed.text.split()))[:200]
        entry = ContactEntry(client.id, self.clock().replace(microsecond=0), channel, note,
                             staff_id)
        with self.store.write():
            self.store.records.add_contact(entry)
            self.store.messages.tag_contact(entry.id, str(composed.via), str(composed.kind))
        self.undo.push(message(QT_TRANSLATE_NOOP("Undo", "&Undo contact log")),
                       lambda: self.contacts.undo_log(entry), client.id)
        return entry, Changes(clients={client.id}, contacts=True)

    def logged(self, client_id: int) -> list[tuple[datetime, str, str]]:
        """(when, via, template kind) of the client's logged contacts, newest first."""
        return [(dt_from_db(at), via, kind)
                for at, via, kind in self.store.messages.contact_tags(client_id)]

    def open_promises(self, client_id: int) -> list[Promise]:
        """What was promised and not yet done, soonest due first (the composer shows it
        beside a promise follow-up)."""
        return self.store.records.open_promises(client_id)

    def upcoming(self, client_id: int) -> Appointment | None:
        found = self.store.records.next_appointment(client_id, self.clock())
        return found if found and found.status == AppointmentStatus.BOOKED else None

"""Tomorrow's reminders in one go: each booked appointment with its client's preferred way of
being reached, whether the contact rules allow a message, and whether one went out already."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from clientbook.domain.messages.messages import Guard, Occasion, Via, guard_channel, guard_from
from clientbook.domain.models import Appointment, AppointmentStatus
from clientbook.services.messages.composer import MessageService


@dataclass(frozen=True)
class ReminderRow:
    appointment: Appointment
    name: str
    via: Via
    guard: Guard
    sent_today: bool
    """A reminder for this client was logged today already."""


def reminder_rows(messages: MessageService, day: date | None = None) -> list[ReminderRow]:
    """The booked appointments of `day` (default tomorrow), in time order."""
    now = messages.clock()
    day = day or now.date() + timedelta(days=1)
    start = datetime.combine(day, time.min)
    store = messages.store
    booked = [a for a in store.records.appointments_between(start, start + timedelta(days=1))
              if a.status == AppointmentStatus.BOOKED]
    names = store.clients.names(sorted({a.client_id for a in booked}))
    rows = []
    for appointment in booked:
        client = store.clients.get(appointment.client_id)
        if client is None:
            continue
        via = messages.preferred_via(client)
        guard = guard_from(messages.contacts.check(client.id, guard_channel(via)))
        sent = any(at.date() == now.date() and kind == Occasion.REMINDER
                   for at, _via, kind in messages.logged(client.id))
        rows.append(ReminderRow(appointment, names.get(client.id, ("", ""))[0], via, guard,
                                sent))
    return rows

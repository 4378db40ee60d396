"""Who an event is for and with: client by e-mail, phone or exact name; designer; service."""

from __future__ import annotations

import re

from clientbook.domain import folding
from clientbook.domain.models import Staff
from clientbook.domain.scheduling.bookings import ServiceItem
from clientbook.services.calendar_io.events import CalEvent
from clientbook.storage.store import Store

_PARTS = re.compile(r"\s*(?:—|–|\s-\s|:|\||/|,|;|\(|\)|\bwith\b|\bfor\b|\bmit\b|\bcon\b)\s*",
                    re.IGNORECASE)
_PHONE = re.compile(r"\+?\d[\d ().-]{6,18}\d")


def parts(text: str) -> list[str]:
    """The pieces of a summary: "Anna Smith — Cut & colour (Maria)" → each name on its own."""
    pieces = [p.strip() for p in _PARTS.split(text) if p and p.strip()]
    return [text.strip(), *pieces] if text.strip() else pieces


def _unique(found: list[int]) -> int | None:
    found = sorted(set(found))
    return found[0] if len(found) == 1 else None


class Matcher:
    """Reads the book's staff and services once; asks the client indexes per event."""

    def __init__(self, store: Store):
        self.store = store
        self.staff = [s for s in store.staff.all() if s.id is not None]
        self.services = store.calendar.services()
        self._staff_keys = {folding.name_key(s.name): s for s in self.staff}
        self._service_keys = {s.name.casefold(): s for s in self.services}

    def client(self, event: CalEvent) -> int | None:
        clients = self.store.clients
        for email in event.emails:
            if (found := _unique(clients.ids_by_email(email))) is not None:
                return found
        for text in (event.summary, event.description):
            for number in _PHONE.findall(text):
                if (found := _unique(clients.ids_by_phone(number))) is not None:
                    return found
        for name in [*event.names, *event.extra.get("CLIENT", "").splitlines()]:
            if (found := _unique(clients.ids_by_name(name))) is not None:
                return found
        for text in (event.summary, *event.description.splitlines()[:20]):
            for piece in parts(text):
                if len(piece) < 200 and (found := _unique(clients.ids_by_name(piece))):
                    return found
        return None

    def staff_member(self, event: CalEvent) -> Staff | None:
        keys = self._staff_keys
        wanted = [event.extra.get("DESIGNER", ""), *event.names, *parts(event.summary)]
        for name in wanted:
            if name and (found := keys.get(folding.name_key(name))) is not None:
                return found
        return None

    def service(self, event: CalEvent) -> ServiceItem | None:
        keys = self._service_keys
        for name in (event.extra.get("SERVICE", ""), *parts(event.summary)):
            if name and (found := keys.get(name.casefold())) is not None:
                return found
        return None

    def new_client_name(self, event: CalEvent) -> str:
        """The summary without the service and designer it names: the new client's name."""
        known = {s.name.casefold() for s in self.services}
        known |= {s.name.casefold() for s in self.staff}
        if event.extra.get("CLIENT"):
            return event.extra["CLIENT"].strip()
        pieces = [p for p in parts(event.summary)[1:] if p.casefold() not in known]
        return (pieces[0] if pieces else event.summary).strip()[:120]

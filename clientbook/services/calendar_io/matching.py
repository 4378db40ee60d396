"""Who an event is for and with: client by e-mail, phone or exact name; designer; service."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

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


def _unique(found: list[int], made: set[int]) -> int | None:
    """The one client found; the clients the import itself made are not there yet."""
    found = sorted(set(found) - made)
    return found[0] if len(found) == 1 else None


class Remembered(dict):
    """Answers already worked out during one import, up to a limit (then forgotten, so
    memory stays flat): feeds name the same clients, designers and services over and over."""

    def __init__(self, work: Callable[[str], Any], limit: int = 4096):
        super().__init__()
        self.work = work
        self.limit = limit

    def __missing__(self, key: str) -> Any:
        if len(self) >= self.limit:
            self.clear()
        value = self[key] = self.work(key)
        return value


class Matcher:
    """Reads the book's staff and services once; asks the client indexes once per distinct
    e-mail, phone or name of the file (the book does not change while an import plans)."""

    def __init__(self, store: Store):
        self.store = store
        self.staff = [s for s in store.staff.all() if s.id is not None]
        self.services = store.calendar.services()
        self._staff_keys = {folding.name_key(s.name): s for s in self.staff}
        self._service_keys = {s.name.casefold(): s for s in self.services}
        self._known = {s.name.casefold() for s in self.services} | {
            s.name.casefold() for s in self.staff}
        clients = store.clients
        # Clients a running import made: a calendar import saves as it plans, and the events
        # after them are matched against the book as it was before the import.
        self.made: set[int] = set()
        made = self.made
        self._by_email = Remembered(lambda email: _unique(clients.ids_by_email(email), made))
        self._by_phone = Remembered(lambda number: _unique(clients.ids_by_phone(number), made))
        self._name_keys = Remembered(folding.name_key)
        # Every piece of every summary and description is a name to look up; most are longer
        # than any client's name, and are answered without asking the book.
        longest = clients.longest_name_key()
        self._by_name = Remembered(lambda name: None if len(self._name_keys[name]) > longest
                                   else _unique(clients.ids_by_name(name), made))
        self._parts = Remembered(parts)

    def client(self, event: CalEvent) -> int | None:
        for email in event.emails:
            if (found := self._by_email[email]) is not None:
                return found
        for text in (event.summary, event.description):
            for number in _PHONE.findall(text):
                if (found := self._by_phone[number]) is not None:
                    return found
        for name in [*event.names, *event.extra.get("CLIENT", "").splitlines()]:
            if (found := self._by_name[name]) is not None:
                return found
        for text in (event.summary, *event.description.splitlines()[:20]):
            for piece in self._parts[text]:
                if len(piece) < 200 and (found := self._by_name[piece]):
                    return found
        return None

    def staff_member(self, event: CalEvent) -> Staff | None:
        keys = self._staff_keys
        wanted = [event.extra.get("DESIGNER", ""), *event.names, *self._parts[event.summary]]
        for name in wanted:
            if name and (found := keys.get(self._name_keys[name])) is not None:
                return found
        return None

    def service(self, event: CalEvent) -> ServiceItem | None:
        keys = self._service_keys
        for name in (event.extra.get("SERVICE", ""), *self._parts[event.summary]):
            if name and (found := keys.get(name.casefold())) is not None:
                return found
        return None

    def new_client_name(self, event: CalEvent) -> str:
        """The summary without the service and designer it names: the new client's name."""
        if event.extra.get("CLIENT"):
            return event.extra["CLIENT"].strip()
        pieces = [p for p in self._parts[event.summary][1:] if p.casefold() not in self._known]
        return (pieces[0] if pieces else event.summary).strip()[:120]

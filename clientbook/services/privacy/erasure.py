"""Forgetting a client on request (right to erasure), and flagging clients not seen for years.

Forgetting keeps anonymous statistics: the visits (date, service, staff, spend), past
appointments, rewards and kept promises stay, attached to an archived "Forgotten client"
placeholder, so reports and each staff member's figures do not change. Everything that
names, describes or reaches the person goes, including the copies the import log and the
search index hold; storage/safety/erasure.py lists it. Retention only ever flags: nothing is
deleted without a person choosing to.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.errors import NotFoundError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.settings import retention_years

if TYPE_CHECKING:
    from clientbook.services.book import Book


@dataclass(frozen=True)
class ForgetPreview:
    """What forgetting a client would remove and keep: for the question asked first."""

    client_id: int
    name: str
    forgotten_at: datetime | None
    """When they were forgotten already; forgetting again is harmless."""
    phones: int
    preferences: int
    contacts: int
    open_promises: int
    closed_promises: int
    coming_appointments: int
    past_appointments: int
    visits: int
    rewards: int


@dataclass(frozen=True)
class Forgotten:
    client_id: int
    changes: Changes
    visits_kept: int
    cleanup_problem: str = ""
    """Why the file could not be cleaned of old copies yet ("" when it was): usually another
    program reading the book, whose WAL SQLite then empties when the last one closes."""

    @property
    def file_clean(self) -> bool:
        return not self.cleanup_problem


# Beside the data file: the ids of forgotten clients (numbers only, nothing about them), so
# restoring a backup made before a client was forgotten forgets them again.
LEDGER = "forgotten-clients.txt"


def _ledger(book: Book) -> Path:
    return book.path.parent / LEDGER


def forgotten_ids(book: Book) -> list[int]:
    return forgotten_ids_in(book.path.parent)


def forgotten_ids_in(data_folder: Path) -> list[int]:
    try:
        text = (data_folder / LEDGER).read_text(encoding="ascii")
    except FileNotFoundError:
        return []
    return [int(line) for line in text.split() if line.isdigit()]


def _remember(book: Book, client_id: int) -> None:
    if client_id in forgotten_ids(book):
        return
    with open(_ledger(book), "a", encoding="ascii", opener=_private) as ledger:
        ledger.write(f"{client_id}\n")


def _private(path: str, flags: int) -> int:
    return os.open(path, flags, 0o600)


def _today_start(book: Book) -> datetime:
    """Appointments from here on are removed; earlier ones are kept as anonymous history."""
    return datetime.combine(book.clock().date(), time())


def preview(book: Book, client_id: int) -> ForgetPreview:
    client = book.clients.get(client_id)
    erasing = book.store.erasure
    return ForgetPreview(client_id, client.display_name, erasing.forgotten_at(client_id),
                         **erasing.counts(client_id, _today_start(book)))


def forget(book: Book, client_id: int) -> Forgotten:
    """Forget the client in one transaction, then clean the file so no copy of them is left.

    NotFoundError for an unknown id (nothing changes). Running it again on a forgotten client
    finds nothing more to remove, and finishes a file clean-up another program had blocked.
    """
    client = book.store.clients.get(client_id)
    if client is None:
        raise NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "There is no client with id %1."), client_id)
    store, erasing = book.store, book.store.erasure
    _remember(book, client_id)  # first: a failure below still forgets them after a restore
    book.undo.forget_client(client_id)  # nothing about them can be taken back any more
    already = erasing.forgotten_at(client_id) is not None
    names = [] if already else [client.display_name, client.given_name, client.family_name,
                                client.address_as, client.email.partition("@")[0]]
    with erasing.secure_delete():
        with store.write():
            store.imports.forget_client(client_id, names)
            erasing.erase_client(client_id, book.clock(), _today_start(book))
        problem = erasing.scrub()
    changes = Changes(clients={client_id}, visits=True, appointments=True, promises=True,
                      contacts=True)
    return Forgotten(client_id, changes, store.records.visit_count(client_id), problem)


def forget_client(book: Book, client_id: int) -> Changes:
    """Forget the client (see `forget`) and say what changed, for Session.apply."""
    return forget(book, client_id).changes


@dataclass(frozen=True)
class Unseen:
    """An active client not seen (no visit, no appointment) since the retention cut-off."""

    client_id: int
    name: str
    added: datetime
    last_seen: datetime | None
    """Their last visit or appointment; None if they never had one."""
    visits: int


@dataclass(frozen=True)
class RetentionReport:
    years: int
    """The period used; 0 means the flag is off (and `clients` is empty)."""
    cutoff: datetime | None
    clients: list[Unseen]


def years_before(moment: datetime, years: int) -> datetime:
    """The same day and time `years` earlier; 29 February becomes the 28th."""
    try:
        return moment.replace(year=moment.year - years)
    except ValueError:
        return moment.replace(year=moment.year - years, day=28)


def not_seen(book: Book, years: int | None = None) -> RetentionReport:
    """Active clients not seen for more than `years` (default: the retention setting).

    Only a list to review: each one can be kept, archived or forgotten by a person.
    """
    years = retention_years(book.store) if years is None else years
    if years <= 0:
        return RetentionReport(0, None, [])
    cutoff = years_before(book.clock(), years)
    rows = book.store.erasure.stale_clients(cutoff)
    return RetentionReport(years, cutoff, [Unseen(*row) for row in rows])

"""Empty a book that holds only the sample data, so a firm can start on its own clients.

`fill_demo` on an empty book writes the setting `demo_book` = "FIRST-LAST" (the ids of the
clients it added). Removal refuses when anything else is there: a client outside that range
(added by hand or imported), a staff member who is not one of the demo team, or no marker.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.demo import demo_pools as pools
from clientbook.services.demo.demo import DEMO_BOOK

if TYPE_CHECKING:
    from clientbook.services.book import Book

NOT_DEMO = QT_TRANSLATE_NOOP(
    "Errors", "This book does not hold only the sample data, so nothing was removed.")
OWN_CLIENTS = QT_TRANSLATE_NOOP(
    "Errors", "This book holds %1 client(s) of your own beside the sample data, so nothing was "
    "removed. Archive or delete the sample clients one by one instead.")
OWN_STAFF = QT_TRANSLATE_NOOP(
    "Errors", "This book holds staff of your own (%1) beside the sample team, so nothing was "
    "removed.")


@dataclass(frozen=True)
class DemoContents:
    clients: int
    staff: int


def demo_contents(book: Book) -> DemoContents:
    """What removing the sample data would delete; ClientBookError if it must refuse."""
    marker = book.store.settings.get(DEMO_BOOK)
    first, _, last = marker.partition("-")
    if not (first.isdigit() and last.isdigit()):
        raise ClientBookError(NOT_DEMO)
    ids = book.store.clients.all_ids()
    others = [i for i in ids if not int(first) <= i <= int(last)]
    demo_team = {name for name, _role, _active in pools.STAFF}
    strangers = [s.name for s in book.store.staff.all() if s.name not in demo_team]
    if others:
        raise ClientBookError(OWN_CLIENTS, len(others))
    if strangers:
        raise ClientBookError(OWN_STAFF, ", ".join(strangers))
    return DemoContents(len(ids), len(book.store.staff.all()))


def remove_demo(book: Book) -> Changes:
    """Delete the sample clients (with their history) and the demo team, in one go."""
    demo_contents(book)
    ids = book.store.clients.all_ids()
    with book.store.write():
        for client_id in ids:
            book.store.clients.delete(client_id)
        for member in book.store.staff.all():
            book.store.staff.delete(member.id)
        book.store.settings.set(DEMO_BOOK, "")
    for client_id in ids:  # nothing left to undo on them
        book.undo.forget_client(client_id)
    return Changes(clients=set(ids), staff=True, visits=True, appointments=True,
                   promises=True, contacts=True, rewards=True, settings=True)

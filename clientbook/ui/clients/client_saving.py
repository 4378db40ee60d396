"""What saving the client dialog writes: the client (added, or saved over the version the
dialog opened), their contact wishes, and their messaging app and language."""

from __future__ import annotations

from collections.abc import Callable

from clientbook.domain.errors import ConflictError
from clientbook.domain.models import Client, ContactPreference
from clientbook.services.book import Book
from clientbook.services.changes import Changes


def client_write(book: Book, candidate: Client, seen: Client | None,
                 contact: ContactPreference | None, app: tuple[str, str] | None
                 ) -> Callable[[], Changes]:
    """The write for Session.apply. `seen`: the client as the dialog opened it (None: a new
    client); `app`: (language, messaging app) when they changed."""

    def with_app(changes: Changes) -> Changes:
        if app is not None:
            # The messaging app and language (m008); the client's id is known by now.
            changes = changes.merge(book.wishes.set(
                candidate.id, channel=app[1], language_code=app[0]))
        return changes

    def save_all() -> Changes:
        if seen is None:
            return with_app(book.clients.add(candidate, contact=contact))
        try:
            return with_app(book.clients.update(candidate, contact=contact, seen=seen))
        except ConflictError as exc:
            # Another desk saved first: "Use mine" or a merge saves the app and language too.
            again = exc.save_again
            exc.save_again = lambda record: with_app(again(record))
            raise

    return save_all

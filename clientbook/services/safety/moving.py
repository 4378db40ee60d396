"""Move a book between engines: from a desk's file onto a PostgreSQL server, or from a server
(or a file) into a ClientBook file. The original is left as it was; the copy is compared with
it row by row before it is kept, so a move never loses or changes anything."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage.postgres.address import describe, is_server_address

if TYPE_CHECKING:
    from clientbook.services.book import Book


@dataclass(frozen=True)
class Moved:
    target: str
    """Where the copy is: the server book's address without secrets, or the file."""
    rows: dict[str, int]
    """Rows copied per table (clients, visits, appointments, …)."""


def move_book(book: Book, target: str) -> Moved:
    """Copy the whole book to `target` (postgresql://… or a new FILE.db)."""
    if is_server_address(target):
        if book.address and describe(book.address) == describe(target):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The book is already at %1."), describe(target))
        return Moved(describe(target), book.store.copy_to_server(target))
    path = Path(target).expanduser()
    if path.exists():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "%1 already exists: ClientBook moves a book only into a new file, so "
            "nothing is overwritten. Choose another name."), path)
    if not path.parent.is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The folder %1 does not exist."), path.parent)
    written = book.backups.to(path)
    with book.reading():
        return Moved(str(written), book.store.row_counts())

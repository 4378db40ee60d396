"""This desk's choice of a book shared on a PostgreSQL server (File → Connect to a shared
book…): the address built from its parts, tried before it is kept, and remembered in the
desk's data folder without any password (the password lives in PostgreSQL's .pgpass)."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

from clientbook import paths
from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.book import Book

# libpq's sslmode values offered to people, safest first.
TLS_MODES = ("verify-full", "require", "prefer", "disable")


def address_of(host: str, port: int, database: str, user: str, tls: str) -> str:
    """postgresql://user@host:port/database?sslmode=…, every part checked and quoted."""
    host, database, user = host.strip(), database.strip(), user.strip()
    for value, name in ((host, QT_TRANSLATE_NOOP("Errors", "The server")),
                        (database, QT_TRANSLATE_NOOP("Errors", "The database")),
                        (user, QT_TRANSLATE_NOOP("Errors", "The user"))):
        if not value:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 is empty."), name)
    if tls not in TLS_MODES:
        raise ValueError(tls)
    where = f"[{host}]" if ":" in host else quote(host, safe=".-")
    return (f"postgresql://{quote(user, safe='')}@{where}:{int(port)}/"
            f"{quote(database, safe='')}?sslmode={tls}")


def try_book(folder: Path, address: str) -> str:
    """Open the server book once (setting it up when the database is empty); its location.
    Raises ClientBookError with what to do when it cannot be used."""
    book = Book.open(folder, database=address)
    try:
        return book.location
    finally:
        book.close()


def remember(folder: Path, address: str | None) -> None:
    """Open `address` at this desk's next start (None: the desk's own file again)."""
    paths.save_shared_book(folder, address)


def book_key(address: str) -> str:
    """A server book's address the same however it is written (user@host:port/database, no
    password): one window per book and computer (ui/app/single_instance.py)."""
    from clientbook.storage.postgres.address import describe

    return describe(address)

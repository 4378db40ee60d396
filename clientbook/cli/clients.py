"""Which client a command means: an id, or a search that matches exactly one client."""

from __future__ import annotations

from clientbook.cli.errors import UserError
from clientbook.domain.errors import NotFoundError
from clientbook.services.book import Book


def resolve_client(book: Book, reference: str) -> int:
    if reference.isdigit() and book.clients.exists(int(reference)):
        return int(reference)
    results = book.search(reference, limit=10, include_archived=True)
    exact = [r for r in results if r.match.name == "EXACT"]
    if len(results) == 1 or len(exact) == 1:
        return (exact or results)[0].id
    if not results:
        raise NotFoundError(f"No client matches {reference!r}.")
    listing = "; ".join(f"{r.id} {r.name}" for r in results)
    raise UserError(f"{reference!r} matches several clients, use an id: {listing}")

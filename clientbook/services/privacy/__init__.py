"""Forgetting a client and flagging clients kept too long; `book.privacy` is the way in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class Privacy:
    """Erasure requests and the retention flag (see erasure.py)."""

    def __init__(self, book: Book):
        self._book = book

    def preview(self, client_id: int):
        from clientbook.services.privacy.erasure import preview
        return preview(self._book, client_id)

    def forget(self, client_id: int):
        from clientbook.services.privacy.erasure import forget
        return forget(self._book, client_id)

    def forget_client(self, client_id: int):
        """Forget and say what changed (for the window's broadcast)."""
        from clientbook.services.privacy.erasure import forget_client
        return forget_client(self._book, client_id)

    def not_seen(self, *args: Any, **kwargs: Any):
        from clientbook.services.privacy.erasure import not_seen
        return not_seen(self._book, *args, **kwargs)

"""Backups, restores and checks of the data file; `book.backups` is the way in.

The modules load when first used, so opening the window does not pay for them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class Backups:
    """This book's backups (see backups.py for what each does)."""

    def __init__(self, book: Book):
        self._book = book

    def make(self, *args: Any, **kwargs: Any):
        from clientbook.services.safety.backups import make_backup
        return make_backup(self._book, *args, **kwargs)

    def into(self, *args: Any, **kwargs: Any):
        from clientbook.services.safety.backups import backup_into
        return backup_into(self._book, *args, **kwargs)

    def to(self, *args: Any, **kwargs: Any):
        from clientbook.services.safety.backups import backup_to
        return backup_to(self._book, *args, **kwargs)

    def check(self, *args: Any, **kwargs: Any):
        from clientbook.services.safety.backups import check
        return check(self._book, *args, **kwargs)

    def repair_indexes(self):
        from clientbook.services.safety.backups import repair_indexes
        return repair_indexes(self._book)

    def damage_found(self) -> str | None:
        """Damage a check found and nobody has repaired yet (asked at every window refresh,
        so it reads the note beside the data without loading the backup machinery)."""
        from clientbook.storage import damage
        return damage.noted(self._book.path.parent)

    def move_to(self, target: str):
        """Copy the whole book onto a server (postgresql://…) or into a new file."""
        from clientbook.services.safety.moving import move_book
        return move_book(self._book, target)

    def restore(self, *args: Any, **kwargs: Any):
        from clientbook.services.safety.backups import restore
        return restore(self._book, *args, **kwargs)

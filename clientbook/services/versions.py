"""Saving a versioned record (m012): refused with a ConflictError, nothing written, when
another desk saved a newer version since this desk read it."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import Any

from clientbook.domain.errors import ClientBookError, ConflictError, NotFoundError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.storage.store import Store


class _Stale(Exception):
    """The versioned update found a newer version (or no row): roll the write back."""


def _saved(ok: bool) -> None:
    if not ok:
        raise _Stale


@contextlib.contextmanager
def versioned_write(store: Store, refused: Callable[[], ClientBookError]
                    ) -> Iterator[Callable[[bool], None]]:
    """`with versioned_write(store, refused) as saved: saved(repo.update(x, version))`:
    one write transaction; when an update reports a newer version, everything is rolled
    back and `refused()` (usually `conflict(...)`) is raised."""
    try:
        with store.write():
            yield _saved
    except _Stale:
        raise refused() from None


def conflict(store: Store, table: str, theirs: Any, mine: Any, base: Any,
             save_again: Callable[[Any], Changes], reload: Changes) -> ClientBookError:
    """The ConflictError for `mine` refused over `theirs` (the record as it is now); a
    NotFoundError when another desk deleted it."""
    state = store.last_change(table, mine.id) if theirs is not None else None
    if theirs is None or state is None:
        return NotFoundError(QT_TRANSLATE_NOOP(
            "Errors", "Another desk deleted this record after you opened it; nothing was "
            "saved."))
    found = ConflictError(mine, theirs, state[1], base)
    found.save_again = save_again
    found.reload = reload
    return found

"""Errors the core raises for bad user input, with messages the window can translate.

Each message is a template marked with QT_TRANSLATE_NOOP("Errors", "...") and its values
(see domain/words.py): `str(exc)` is the English text, for the command line and logs; the
window shows `ui.error_text.error_text(exc)`, the same message in the person's language.
"""

from __future__ import annotations

from typing import Any

from clientbook.domain.words import QT_TRANSLATE_NOOP, Message, message


class ClientBookError(Exception):
    """Base for every error that is the user's to fix, not a bug.

    `ClientBookError(QT_TRANSLATE_NOOP("Errors", "No client matches %1."), text)`: the
    template fills its %1, %2… from the values. A Message given alone (one kept from an
    earlier error) is used as it is. `field` names the offending field, so a form can
    point at it.
    """

    def __init__(self, template: str = "", *values: object, field: str | None = None):
        self.message: Message = message(template, *values)
        super().__init__(str(self.message))
        self.field = field

    @property
    def template(self) -> str:
        return self.message.template

    @property
    def values(self) -> tuple[object, ...]:
        return self.message.values


class ValidationError(ClientBookError):
    """A value a person typed or imported is not acceptable; `field` names which."""


class NotFoundError(ClientBookError):
    """A client, staff member or record asked for does not exist."""


class StoreError(ClientBookError):
    """The data file cannot be used as it is; the message says why and what to do."""


class IncompatibleStoreError(StoreError):
    """The file is not a ClientBook store, or was written by a newer ClientBook."""


class FileFormatError(ClientBookError):
    """A file as a whole cannot be read: not text, an unknown encoding, broken CSV or vCard.

    The message names the file's problem (and the line, where there is one) and what to do.
    """


class DamagedStoreError(IncompatibleStoreError):
    """The data file is damaged: empty, cut short, a broken header or malformed pages."""


class DiskFullError(StoreError):
    """The disk holding the data is full: the change was not saved, nothing saved was lost."""


class ReadOnlyStoreError(StoreError):
    """The data file or its folder cannot be written (permissions, a write-protected disk)."""


class StoreLockedError(StoreError):
    """Another program held the data file's write lock for longer than ClientBook waits."""


class BusyError(StoreError):
    """Another desk's transaction ran into this one (a serialization failure or a deadlock
    on the server): nothing was saved, and the same write may simply be tried again."""


class ConflictError(ClientBookError):
    """Another desk saved a newer version of the record since this desk read it: nothing was
    written (issue 23, no silent overwrite).

    `theirs` is the record as it is now, `mine` what this desk wanted to save, `base` the
    version this desk read (None when the caller did not say), `by` the desk that made
    theirs. The service that refused sets `save_again(record)`, which saves a record (mine,
    or a merge) over theirs and returns the Changes, and `reload`, the Changes that show
    theirs; `postponed` is set when the person chose to decide later.
    """

    def __init__(self, mine: Any, theirs: Any, by: str, base: Any = None):
        super().__init__(QT_TRANSLATE_NOOP(
            "Errors", "%1 changed this record after you opened it; nothing was saved yet."),
            by or "?")
        self.mine, self.theirs, self.by, self.base = mine, theirs, by, base
        self.save_again: Any = None
        self.reload: Any = None
        self.postponed = False


def message_of(exc: BaseException) -> Message | str:
    """What an exception says, to put inside a bigger message: a ClientBookError's Message
    (which the window translates) or another exception's own words (which it cannot)."""
    return exc.message if isinstance(exc, ClientBookError) else str(exc)

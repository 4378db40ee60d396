"""Errors the core raises for bad user input; callers show the message as is."""


class ClientBookError(Exception):
    """Base for every error that is the user's to fix, not a bug."""


class ValidationError(ClientBookError):
    """A value a person typed or imported is not acceptable.

    `field` names the offending field so a form can point at it.
    """

    def __init__(self, message: str, field: str | None = None):
        super().__init__(message)
        self.field = field


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

"""Reading contacts and ClientBook CSV: decoding, layouts, planning and applying imports;
`book.imports` is the way in (the modules load when first used)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class Imports:
    def __init__(self, book: Book):
        self._book = book

    def from_file(self, *args: Any, **kwargs: Any):
        """Check and import a file in one call, as the command line does (csv_import)."""
        from clientbook.services.importing.csv_import import import_csv
        return import_csv(self._book, *args, **kwargs)

    def check(self, *args: Any, **kwargs: Any):
        """What importing an opened source would do; writes nothing (import_plan)."""
        from clientbook.services.importing.import_plan import check_import
        return check_import(self._book, *args, **kwargs)

    def run(self, *args: Any, **kwargs: Any):
        """Save a checked plan, all or nothing (import_apply)."""
        from clientbook.services.importing.import_apply import run_import
        return run_import(self._book, *args, **kwargs)

    def last(self):
        """The import an undo would take back, or None."""
        from clientbook.services.importing.import_apply import last_import
        return last_import(self._book)

    def undo_last(self):
        from clientbook.services.importing.import_apply import undo_last_import
        return undo_last_import(self._book)

    def history(self):
        """Every import, newest first, with whether it was undone (import_undo)."""
        from clientbook.services.importing.import_undo import imports
        return imports(self._book)

    def plan_undo(self, import_id: int | None = None):
        """What undoing an import (default: the last) would do; changes nothing."""
        from clientbook.services.importing.import_undo import plan_undo
        return plan_undo(self._book, import_id)

    def undo(self, import_id: int | None = None):
        from clientbook.services.importing.import_undo import undo_import
        return undo_import(self._book, import_id)

"""Writing ClientBook CSV: whole tables, one client's data, spreadsheet-safe cells;
`book.exports` is the way in."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from clientbook.services.book import Book


class Exports:
    def __init__(self, book: Book):
        self._book = book

    def table(self, *args: Any, **kwargs: Any) -> int:
        """Every record of a kind to one CSV file (csv_export.export_csv)."""
        from clientbook.services.exporting.csv_export import export_csv
        return export_csv(self._book, *args, **kwargs)

    def client(self, *args: Any, **kwargs: Any):
        """Everything about one client, one CSV per kind (csv_export.export_client)."""
        from clientbook.services.exporting.csv_export import export_client
        return export_client(self._book, *args, **kwargs)

    def count(self, *args: Any, **kwargs: Any) -> int:
        from clientbook.services.exporting.csv_export import count_rows
        return count_rows(self._book, *args, **kwargs)

    def client_file_names(self, client_id: int) -> dict[str, str]:
        from clientbook.services.exporting.csv_export import client_file_names
        return client_file_names(self._book, client_id)

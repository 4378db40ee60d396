"""Export in ClientBook's own CSV format: UTF-8 (with a BOM, so Excel reads it), a header row."""

from __future__ import annotations

import contextlib
import csv
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from clientbook.domain.errors import ClientBookError
from clientbook.services.book import Book
from clientbook.services.csv_format import COLUMNS, KINDS, write_bool, write_datetime
from clientbook.storage.convert import cents_to_money
from clientbook.storage.exports import export_rows


def _format(kind: str) -> Callable[[tuple], list]:
    def clients(r: tuple) -> list:
        r = list(r)
        r[10] = write_bool(r[10])
        r[11], r[12] = write_datetime(r[11]), write_datetime(r[12])
        return r

    def preferences(r: tuple) -> list:
        return [*r[:5], write_bool(r[5])]

    def visits(r: tuple) -> list:
        return [*r[:3], write_datetime(r[3]), r[4], r[5], str(cents_to_money(r[6])), r[7]]

    def appointments(r: tuple) -> list:
        return [*r[:3], write_datetime(r[3]), *r[4:]]

    return {"clients": clients, "preferences": preferences, "visits": visits,
            "appointments": appointments}[kind]


def export_csv(book: Book, kind: str, path: Path) -> int:
    """Write every record of `kind` to `path`; returns the number of rows.

    The file appears whole or not at all: rows go to a temporary file first.
    """
    if kind not in KINDS:
        raise ClientBookError(f"Cannot export {kind!r}; choose one of {', '.join(KINDS)}.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise ClientBookError(f"The folder {folder} does not exist.")
    fmt = _format(kind)
    fd, tmp = tempfile.mkstemp(prefix=".clientbook-export-", suffix=".csv", dir=folder)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(COLUMNS[kind])
            for row in export_rows(book.store.db, kind):
                writer.writerow(["" if v is None else v for v in fmt(row)])
                count += 1
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count

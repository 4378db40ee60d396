"""Export in ClientBook's own CSV format, streamed, safe to open in any spreadsheet.

Files are UTF-8 with a BOM by default (Excel needs it to read UTF-8; `bom=False` for tools
that do not), a header row, ISO dates, money with a dot, `,` or `;` between cells. Every text
cell goes through `neutralise` so no spreadsheet runs it as a formula (see csv_format).
Rows stream from SQLite to the file, so a million visits never sit in memory; a progress
callback can follow along and cancel. A file appears whole or not at all.

Exports hold personal data, so they are readable by their owner only (0600 on POSIX, whatever
the umask): the temporary file comes from `mkstemp`, which creates it 0600, and `os.replace`
keeps that mode. A one-client export folder that ClientBook creates is 0700.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.csv_format import CLIENT_ONLY_COLUMNS, COLUMNS, KINDS
from clientbook.services.exporting.csv_lines import CsvLines, Lines, formatter, visit_lines

if TYPE_CHECKING:
    from clientbook.services.book import Book

# Called with (rows written, rows in all); returning False cancels the export.
Progress = Callable[[int, int], bool]

# Rows written between two progress calls.
PROGRESS_EVERY = 5000

# The cell separators ClientBook writes: comma, semicolon, tab.
DELIMITERS = (",", ";", "\t")

# The files of a one-client export, in order, with the readable part of their names.
CLIENT_FILES = {
    "clients": "client", "preferences": "preferences", "visits": "visits",
    "appointments": "appointments", "promises": "promises", "contact_log": "contact-log",
    "contact_wishes": "contact-wishes", "rewards": "rewards", "changes": "changes",
}


class ExportCancelled(ClientBookError):
    """The export was cancelled; no file was written and an existing one is untouched."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Export cancelled; no file was written."))


def default_delimiter(decimal_point: str) -> str:
    """`;` where the locale writes 3,5 (Excel there splits on `;`), `,` everywhere else."""
    return ";" if decimal_point.strip() == "," else ","


def _batches(book: Book, kind: str, delimiter: str, client_id: int | None = None
             ) -> Iterator[Lines]:
    """Batches of PROGRESS_EVERY rows as CsvLines.join takes them (lines of neutralised
    cells not yet quoted, the cells of line i): one progress call and one write each.
    Visits, the million-row kind, come without joined names and are made into lines
    directly (see visit_lines)."""
    reads = book.store.exports()
    if kind == "visits":
        lines = visit_lines(reads.staff_names(), delimiter)
        return (lines(batch, names) for batch, names in
                reads.visit_batches(client_id, size=PROGRESS_EVERY))
    fmt = formatter(kind)
    return _joined((map(fmt, batch) for batch in
                    reads.batches(kind, client_id, size=PROGRESS_EVERY)), delimiter)


def _joined(batches: Iterable[Iterable[Sequence[str]]], delimiter: str) -> Iterator[Lines]:
    for batch in batches:
        rows = list(batch)
        yield list(map(delimiter.join, rows)), rows.__getitem__


def _header(kind: str) -> list[str]:
    return CLIENT_ONLY_COLUMNS.get(kind) or COLUMNS[kind]


def count_rows(book: Book, kind: str, client_id: int | None = None) -> int:
    """How many rows exporting `kind` writes (for one client when given)."""
    return book.store.exports().count(kind, client_id)


def _check_delimiter(delimiter: str) -> None:
    if delimiter not in DELIMITERS:
        raise ClientBookError(QT_TRANSLATE_NOOP(
            "Errors", "Cells can be separated by a comma, a semicolon or a tab, not %1."),
            repr(delimiter))


def _write_temp(folder: Path, kind: str,
                batches: Iterable[Lines], *, bom: bool,
                delimiter: str, progress: Progress | None = None, total: int = 0
                ) -> tuple[str, int]:
    """Write a hidden temporary file in `folder`; returns its path and the row count.

    On any failure, and on cancel, the temporary file is removed.
    """
    header = _header(kind)
    fd, tmp = tempfile.mkstemp(prefix=".clientbook-export-", suffix=".csv", dir=folder)
    lines = CsvLines(delimiter, len(header))
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as out:
            out.write(lines.text([header]))
            if progress is not None and not progress(0, total):
                raise ExportCancelled()
            for batch, cells in batches:
                count += len(batch)
                out.write(lines.join(batch, cells))  # one write per batch, not per row
                if progress is not None and not progress(count, max(total, count)):
                    raise ExportCancelled()
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return tmp, count


def _existing_folder(folder: Path) -> Path:
    folder = folder if str(folder) else Path(".")
    if not folder.is_dir():
        raise ClientBookError(QT_TRANSLATE_NOOP("Errors", "The folder %1 does not exist."), folder)
    return folder


def export_csv(book: Book, kind: str, path: Path, *, bom: bool = True, delimiter: str = ",",
               progress: Progress | None = None) -> int:
    """Write every record of `kind` to `path`; returns the number of rows.

    The file appears whole or not at all: rows go to a temporary file in the same folder,
    which replaces `path` only when complete. `progress(done, total)` is called every
    `PROGRESS_EVERY` rows; when it returns False, `ExportCancelled` is raised, the temporary
    file is removed and `path` is left as it was.
    """
    if kind not in KINDS:
        raise ClientBookError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot export %1; choose one of %2."), repr(kind), ", ".join(KINDS))
    _check_delimiter(delimiter)
    path = Path(path)
    folder = _existing_folder(path.parent)
    total = count_rows(book, kind) if progress is not None else 0
    try:
        tmp, count = _write_temp(folder, kind, _batches(book, kind, delimiter), bom=bom,
                                 delimiter=delimiter, progress=progress, total=total)
    except OSError as exc:  # a full disk fails a write, which names no file: name it
        if exc.filename is None:
            exc.filename = str(path)
        raise
    try:
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return count


def safe_file_name(name: str, limit: int = 60) -> str:
    """A client's name as part of a file name: letters of any script, digits and dashes."""
    cleaned = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", name)).strip("-")
    return cleaned[:limit].rstrip("-") or "client"


def client_file_names(book: Book, client_id: int) -> dict[str, str]:
    """kind → file name of a one-client export, e.g. `42-Zoi-Papadopoulou-visits.csv`."""
    prefix = f"{client_id}-{safe_file_name(book.clients.get(client_id).display_name)}"
    return {kind: f"{prefix}-{part}.csv" for kind, part in CLIENT_FILES.items()}


def export_client(book: Book, client_id: int, folder: Path, *, bom: bool = True,
                  delimiter: str = ",") -> list[Path]:
    """Everything ClientBook keeps about one client, one CSV per kind, into `folder`.

    For a data-access request: the client (with phones and flattened preferences), their
    preferences, visits, appointments, promises, contact log, contact wishes, rewards and the
    change log of their record.
    Every file is written to a temporary name first and they are renamed together at the end;
    if anything fails, none of the new files stays (a file of an earlier export under the
    same name that was already replaced is not brought back). `folder` is created when its
    parent exists.
    """
    _check_delimiter(delimiter)
    names = client_file_names(book, client_id)  # NotFoundError for an unknown client
    folder = Path(folder)
    created = False
    if not folder.exists() and folder.parent.is_dir():
        folder.mkdir(mode=0o700)  # personal data: this user only
        created = True
    folder = _existing_folder(folder)
    temps: list[str] = []
    done: list[Path] = []
    try:
        for kind in CLIENT_FILES:
            tmp, _count = _write_temp(folder, kind, _batches(book, kind, delimiter, client_id),
                                      bom=bom, delimiter=delimiter)
            temps.append(tmp)
        for kind, tmp in zip(CLIENT_FILES, temps, strict=True):
            target = folder / names[kind]
            os.replace(tmp, target)
            done.append(target)
    except BaseException:
        for leftover in [*temps[len(done):], *done]:
            with contextlib.suppress(OSError):
                os.unlink(leftover)
        if created:
            with contextlib.suppress(OSError):
                folder.rmdir()
        raise
    return done

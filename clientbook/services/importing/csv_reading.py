"""Read the rows of a CSV text of any origin: find its delimiter, stream its rows, explain breakage.

This knows nothing about what the columns mean (contact_layouts does); it only turns text into
cells, with the line number a person can look up in a text editor, and stops with a clear
message at the first place where the file is broken rather than importing nonsense.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from clientbook.domain.errors import FileFormatError
from clientbook.domain.words import QT_TRANSLATE_NOOP

DELIMITERS = (",", ";", "\t")
MAX_CELL = 1_000_000
"""Characters in one cell: far beyond any note, small enough to stop a runaway quote early."""
MAX_COLUMNS = 500
"""Outlook writes 92 columns, Google about 40-90; 500 leaves room without inviting abuse."""

_SAMPLE_LINES = 20
_SAMPLE_CHARS = 64 * 1024
_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


@dataclass
class CsvRows:
    """The header of a CSV text and an iterator over its data rows (read once, as needed)."""

    header: list[str]
    """The header cells, stripped of surrounding spaces."""
    header_line: int
    rows: Iterator[tuple[int, list[str]]]
    """(first physical line, cells) of each row with any content; raises FileFormatError."""


def detect_delimiter(text: str, known_headers: Iterable[str] = ()) -> str:
    """The delimiter of a CSV text: one of DELIMITERS; "," when there is only one column.

    First, the header: the delimiter that splits the first line into the most column names we
    know is right even when names and notes below are full of commas. Otherwise, the delimiter
    that appears the same number of times (outside quotes) on most of the first lines. Python's
    csv.Sniffer is not used: it gives up on one-column files and guesses letters as delimiters.
    """
    first_line, records = _sample(text)
    if not records:
        return ","
    known = {_fold(name) for name in known_headers}
    if known:
        scores = {d: _known_cells(first_line, d, known) for d in DELIMITERS}
        best = max(scores.values())
        winners = [d for d, score in scores.items() if score == best]
        if best > 0 and len(winners) == 1:
            return winners[0]
    return _most_consistent(records)


def read_csv(text: str, delimiter: str, source: str = "the file") -> CsvRows:
    """The header (the first row with any content) and a lazy iterator over the rows after it.

    Raises FileFormatError now for a text without a header row or with a broken header, and
    from the iterator at the first broken row.
    """
    _allow_cells_up_to(MAX_CELL)
    reader = csv.reader(_checked_lines(text, source), delimiter=delimiter, strict=True)
    rows = _rows(reader, source)
    for line, cells in rows:
        header = [cell.strip() for cell in cells]
        return CsvRows(header, line, rows)
    raise FileFormatError(QT_TRANSLATE_NOOP(
        "Errors", "%1 has no header row (it has no lines with text); the first line should "
        "name the columns."), _subject(source))


def duplicate_headers(header: Iterable[str]) -> list[str]:
    """Column names that appear more than once (ignoring case and spaces), in header order.

    Blank names are left out: many exports end their header with empty columns.
    """
    counts = Counter(name.strip().casefold() for name in header if name.strip())
    found: list[str] = []
    seen: set[str] = set()
    for name in header:
        key = name.strip().casefold()
        if key and counts[key] > 1 and key not in seen:
            seen.add(key)
            found.append(name.strip())
    return found


def _rows(reader: Any, source: str) -> Iterator[tuple[int, list[str]]]:
    """Rows with content from a csv reader (typed Any: typeshed's name for it is private)."""
    line = 1
    while True:
        start = line
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise _broken(exc, start, reader.line_num, source) from None
        line = reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > MAX_COLUMNS:
            cells = _without_trailing_blanks(cells)
            if len(cells) > MAX_COLUMNS:
                raise FileFormatError(QT_TRANSLATE_NOOP(
                    "Errors", "Line %1 of %2 has %3 columns but ClientBook reads at most %4; "
                    "check that the right delimiter is chosen, or remove the columns you do "
                    "not need."), start, source, f"{len(cells):,}", MAX_COLUMNS)
        if any(len(cell) > MAX_CELL for cell in cells):  # the csv limit may be set higher
            raise _too_big(start, source, multiline=False)
        yield start, cells


def _checked_lines(text: str, source: str) -> Iterator[str]:
    """The physical lines of `text` with their line ends (any mix of CR LF, LF and CR).

    A NUL character is refused here: csv accepts it silently, but it only ever comes from a
    binary file or a file read with the wrong encoding.
    """
    for number, match in enumerate(_LINES.finditer(text), 1):
        line = match.group()
        if "\x00" in line:
            raise FileFormatError(QT_TRANSLATE_NOOP(
                "Errors", "Line %1 of %2 contains a NUL character, which text never has; the "
                "file is damaged or not saved as text (CSV)."), number, source)
        yield line


def _broken(exc: csv.Error, start: int, end: int, source: str) -> FileFormatError:
    message = str(exc)
    if "field larger than field limit" in message:
        return _too_big(start, source, multiline=end > start)
    if "unexpected end of data" in message:
        return FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "Line %1 of %2: a quoted cell is never closed; check for a stray \" on "
            "that line (a cell that starts with a quote must end with one)."), start, source)
    if "expected after" in message:
        return FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "Line %1 of %2: a quoted cell has more text after its closing quote; "
            "check for a stray \" (inside a quoted cell a quote is written twice: \"\")."),
            end, source)
    return FileFormatError(QT_TRANSLATE_NOOP(
        "Errors", "Line %1 of %2 cannot be read as CSV (%3)."), end, source, message)


def _too_big(line: int, source: str, multiline: bool) -> FileFormatError:
    if multiline:
        return FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "Line %1 of %2: a cell is larger than 1 MB; this usually means a \" "
            "opens a quoted cell that is never closed; check the file in a spreadsheet "
            "program."), line, source)
    return FileFormatError(QT_TRANSLATE_NOOP(
        "Errors", "Line %1 of %2: a cell is larger than 1 MB; check the file in a spreadsheet "
        "program."), line, source)


def _allow_cells_up_to(size: int) -> None:
    """Let csv read cells of `size` characters (its default stops at 128 KiB).

    The limit is global to the csv module, so it is only ever raised, never lowered: other
    readers in the program keep working as before, and our own size check is in _rows.
    """
    if csv.field_size_limit() < size:
        csv.field_size_limit(size)


def _sample(text: str) -> tuple[str, list[Counter[str]]]:
    """The first line with text, and how often each delimiter occurs outside quotes per record.

    Scans characters rather than lines so that a quoted cell spanning lines stays one record,
    and reads a bounded sample: the first line of a huge file may itself be huge. A quote opens
    a quoted cell only at the start of a cell, as in csv: `5'10"` in a cell is just text.
    """
    sample = text[:_SAMPLE_CHARS]
    records: list[Counter[str]] = []
    first_line = ""
    counts: Counter[str] = Counter()
    in_quotes = closed_quote = content = False
    at_cell_start = True
    record_start = 0
    for index, char in enumerate(sample):
        if in_quotes:
            if char == '"':
                in_quotes, closed_quote = False, True
            continue
        if char == '"' and (at_cell_start or closed_quote):
            in_quotes, content = True, True  # opening quote, or the second of a doubled ""
        elif char in "\r\n":
            if content:
                records.append(counts)
                first_line = first_line or sample[record_start:index]
                if len(records) >= _SAMPLE_LINES:
                    break
            counts, content, record_start = Counter(), False, index + 1
        elif char in DELIMITERS:
            counts[char] += 1
        elif not char.isspace():
            content = True
        closed_quote = False
        at_cell_start = char in DELIMITERS or char in "\r\n" or (at_cell_start and char == " ")
    else:
        if content:  # the last line has no line end, or the sample ends inside a long line
            records.append(counts)
            first_line = first_line or sample[record_start:]
    return first_line, records


def _known_cells(line: str, delimiter: str, known: set[str]) -> int:
    """How many cells of the first record are column names we know.

    The record may span lines (a quoted heading with a line break in it) and may be broken;
    a broken one scores nothing here and is explained by read_csv later.
    """
    try:
        cells = next(csv.reader(io.StringIO(line, newline=""), delimiter=delimiter), [])
    except csv.Error:
        return 0
    return sum(1 for cell in cells if _fold(cell) in known)


def _most_consistent(records: list[Counter[str]]) -> str:
    """The delimiter found the same number of times on the most records ("," if none is)."""
    best: tuple[float, int, int] = (0.0, 0, 0)
    chosen = ","
    for order, delimiter in enumerate(DELIMITERS):
        counts = Counter(record[delimiter] for record in records if record[delimiter])
        if not counts:
            continue
        times, often = counts.most_common(1)[0]
        score = (often / len(records), times, -order)
        if score > best:
            best, chosen = score, delimiter
    return chosen


def _fold(name: str) -> str:
    """A header name as compared: no quotes, spaces, case or accents ("Teléfono" = "telefono")."""
    name = " ".join(name.strip().strip('"').split()).casefold()
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _without_trailing_blanks(cells: list[str]) -> list[str]:
    """Excel sometimes writes hundreds of empty columns after the real ones."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end]


def _subject(source: str) -> str:
    return source[:1].upper() + source[1:] if source.startswith("the ") else source

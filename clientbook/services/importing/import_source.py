"""A file chosen for import: its encoding, delimiter, layout and column mapping, as guessed.

Everything guessed here can be overridden by the caller (the wizard's encoding and delimiter
boxes, its mapping table) by opening the source again with the choice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clientbook.domain.errors import FileFormatError
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.services.importing.contact_layouts import (
    KNOWN_HEADERS,
    Layout,
    detect_layout,
    guess_mapping,
)
from clientbook.services.importing.csv_reading import detect_delimiter, duplicate_headers, read_csv
from clientbook.services.importing.text_decoding import read_text_file
from clientbook.services.importing.vcard_reading import looks_like_vcard, read_vcards

PREVIEW_ROWS = 20


@dataclass
class ImportSource:
    path: Path
    text: str
    encoding: str
    encoding_guessed: bool
    delimiter: str | None
    """None for a vCard file."""
    header: list[str]
    layout: Layout
    mapping: list[str]
    """The client field each column feeds ("" = left out); see contact_layouts.FIELDS."""
    card_rows: list[tuple[int, list[str]]] = field(default_factory=list, repr=False)
    card_problems: list[tuple[int, Message]] = field(default_factory=list)

    @property
    def is_vcard(self) -> bool:
        return self.delimiter is None

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(first line number, cells) of every data row; FileFormatError where it breaks."""
        if self.is_vcard:
            yield from self.card_rows
            return
        yield from read_csv(self.text, self.delimiter, source=self.path.name).rows

    def preview(self, limit: int = PREVIEW_ROWS
                ) -> tuple[list[tuple[int, list[str]]], Message | str]:
        """The first rows, and the message of a problem met on the way ("" if none)."""
        found: list[tuple[int, list[str]]] = []
        try:
            for row in self.rows():
                found.append(row)
                if len(found) >= limit:
                    break
        except FileFormatError as exc:
            return found, exc.message
        return found, ""


def open_source(path: Path, encoding: str | None = None,
                delimiter: str | None = None) -> ImportSource:
    """Read and recognise `path`; FileFormatError with what to do when it cannot be used."""
    decoded = read_text_file(path, encoding)
    text = decoded.text
    if looks_like_vcard(text):
        header, rows, problems = read_vcards(text, source=path.name)
        layout = detect_layout(header, is_vcard=True)
        return ImportSource(path, text, decoded.encoding, decoded.guessed, None, header, layout,
                            guess_mapping(header, layout), rows, problems)
    delimiter = delimiter or detect_delimiter(text, KNOWN_HEADERS)
    header = read_csv(text, delimiter, source=path.name).header
    if not any(h.strip() for h in header):
        raise FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "%1 has no header row: its first line is empty."), path.name)
    layout = detect_layout(header)
    twice = ", ".join(duplicate_headers(header))
    if layout.is_own and twice:
        raise FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "%1: the column %2 appears twice in the header."), path.name, twice)
    return ImportSource(path, text, decoded.encoding, decoded.guessed, delimiter, header, layout,
                        guess_mapping(header, layout))

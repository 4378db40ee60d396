"""Read vCard files (2.1, 3.0, 4.0) into rows with fixed columns, one row per contact.

vobject parses each contact: properties, parameters, escapes, structured names, and vCard
2.1's quoted-printable values with their CHARSET. Two things are done here instead, because
vobject gets them wrong for our purpose:

- Splitting the file into contacts. vobject stops at the first damaged contact (the rest of
  the file is lost) and its line numbers are off (a CR LF counts as two lines), while a person
  needs to be told "line 120" and to have the other contacts imported anyway.
- Joining continuation lines before vobject sees them: vCard 3.0/4.0 folding (a line starting
  with a space), 2.1's quoted-printable soft line breaks (a line ending in "="), and 2.1's
  base64 blocks whose lines are not indented. vobject joins soft line breaks only when asked
  (allowQP), and its line numbers are then wrong in yet another way.
- Checking each line's syntax first (see _CONTENT_LINE), so that a damaged line costs one
  contact and a moment, never minutes.

Photos, logos, sounds and keys are dropped before parsing: ClientBook has no use for them, and a
damaged photo should not cost the contact.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import vobject

from clientbook.domain.errors import FileFormatError
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message

VCARD_HEADER: list[str] = [
    "Full name", "Prefix", "Given name", "Middle name", "Family name", "Suffix", "Nickname",
    "Phone 1", "Phone 2", "Phone 3", "Phone 4",
    "E-mail 1", "E-mail 2", "E-mail 3",
    "Birthday", "Organization", "Notes",
]
_PHONES = 4
_EMAILS = 3
# Caps checked while the file is split, before vobject parses anything (its memory grows
# about a hundred times a contact's size): as CSV caps a cell at 1 MB.
MAX_LINE = 1_000_000
"""Characters in one property, continuation lines joined (a note, a photo's base64)."""
MAX_CARD = 2_000_000
"""Characters in one contact, unwanted properties (photos) not counted."""

_LINES = re.compile(r"\r\n|\r|\n")
_BEGIN = re.compile(r"^\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"^\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
_PROPERTY = re.compile(r"^(?:[\w-]+\.)?([\w-]+)", re.ASCII)
_UNWANTED = {"PHOTO", "LOGO", "SOUND", "KEY"}
# vobject's own pattern for a content line backtracks exponentially on a line it cannot match
# (each extra parameter doubles the time: 14 take 10 ms, 30 take minutes, 40 take days), so
# lines are checked first with the same grammar written to run in linear time (possessive
# quantifiers and atomic groups, Python 3.11+).
_CONTENT_LINE = re.compile(
    r'(?:[\w-]+\.)?[\w-]+;?(?:;[\w-]+(?:[=,](?:"[^"]*"|[^";:,]*+))*+)*+:', re.ASCII
)
_VOBJECT_LINE = re.compile(r"^At line \d+: ")
_APPLE_NO_YEAR = re.compile(r"^\d{4}-?(\d{2})-?(\d{2})")


def looks_like_vcard(text: str) -> bool:
    """Whether the first line with text is BEGIN:VCARD (how every vCard file starts)."""
    for line in _physical_lines(text[:4096].lstrip("\ufeff")):
        if line.strip():
            return bool(_BEGIN.match(line))
    return False


def read_vcards(
    text: str, source: str = "the file"
) -> tuple[list[str], list[tuple[int, list[str]]], list[tuple[int, Message]]]:
    """(VCARD_HEADER, rows, problems) for a vCard text.

    Each row is (line of the contact's BEGIN:VCARD, cells in VCARD_HEADER order). A contact
    that cannot be read becomes a problem (line, message) and the others are still read.
    Raises FileFormatError when the text holds no BEGIN:VCARD line at all.
    """
    rows: list[tuple[int, list[str]]] = []
    problems: list[tuple[int, Message]] = []
    found = False
    for start, lines, complete in _cards(text):
        found = True
        if isinstance(lines, Message):  # too large: never parsed
            problems.append((start, lines))
            continue
        if not complete:
            problems.append((start, Message(QT_TRANSLATE_NOOP(
                "Errors", "this contact has no END:VCARD line, so it was not read; the file "
                "may have been cut short."))))
            continue
        unreadable = next((line for line in lines if not _CONTENT_LINE.match(line)), None)
        if unreadable is not None:
            problems.append((start, Message(QT_TRANSLATE_NOOP(
                "Errors", "this contact is damaged and was not read (a line cannot be read: "
                "%1)."), repr(_shorten(unreadable)))))
            continue
        try:
            card = vobject.readOne("\r\n".join(lines) + "\r\n", allowQP=False)
            rows.append((start, _cells(card)))
        except Exception as exc:  # vobject raises assorted errors for damaged input
            problems.append((start, Message(QT_TRANSLATE_NOOP(
                "Errors", "this contact is damaged and was not read (%1)."), _why(exc))))
    if not found:
        raise FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "%1 has no contacts in vCard format (no BEGIN:VCARD line); export the "
            "contacts again as vCard (.vcf) or CSV."), _subject(source))
    return list(VCARD_HEADER), rows, problems


def _physical_lines(text: str) -> Iterator[str]:
    yield from _LINES.split(text)


class _TooLong:
    """A logical line over MAX_LINE: only where it starts and how long it grew are kept."""

    def __init__(self, number: int, size: int):
        self.number, self.size = number, size


def _cards(text: str) -> Iterator[tuple[int, list[str] | Message, bool]]:
    """(line of BEGIN:VCARD, the contact's logical lines, whether END:VCARD was found).

    A contact with a line over MAX_LINE, or larger than MAX_CARD in all, comes with a
    Message saying so instead of its lines, which are not kept.
    """
    start = 0
    lines: list[str] | None = None
    size = 0
    too_big: Message | None = None
    for number, line in _logical_lines(text):
        if isinstance(line, _TooLong):
            if lines is not None and too_big is None:
                too_big = Message(QT_TRANSLATE_NOOP(
                    "Errors", "this contact was not read: line %1 is larger than 1 MB (%2 "
                    "characters); check the file in a contacts program."),
                    line.number, f"{line.size:,}")
            continue
        if _BEGIN.match(line.lstrip("\ufeff")):
            if lines is not None:
                yield start, too_big or lines, False
            start, lines, size, too_big = number, ["BEGIN:VCARD"], 0, None
        elif lines is None:
            continue  # text between contacts
        elif _END.match(line):
            lines.append("END:VCARD")
            yield start, too_big or lines, True
            lines = None
        elif too_big is None and _wanted(line):
            size += len(line)
            if size > MAX_CARD:
                too_big = Message(QT_TRANSLATE_NOOP(
                    "Errors", "this contact was not read: it is larger than 2 MB (past line "
                    "%1); check the file in a contacts program."), number)
                lines = []  # what was kept goes now: memory stays small
            else:
                lines.append(line)
    if lines is not None:
        yield start, too_big or lines, False


def _logical_lines(text: str) -> Iterator[tuple[int, str | _TooLong]]:
    """(first physical line number, line) with every kind of continuation joined.

    A line that grows past MAX_LINE is not kept any further: a _TooLong stands for it.
    """
    parts: list[str] | None = None  # the current line in pieces (joined once: linear)
    size = start = 0
    head, quoted_printable, soft = "", False, False
    for number, line in enumerate(_physical_lines(text), 1):
        if parts is not None:
            if soft:
                piece = line  # 2.1 soft line break: the "=" before it goes
            elif line[:1] in (" ", "\t"):
                piece = line[1:]  # 3.0/4.0 folding
            elif line.strip() and ":" not in line and not _BEGIN.match(head) \
                    and not _END.match(head):
                piece = line.strip()  # 2.1 base64 block, lines not indented
            else:
                piece = None
            if piece is not None:
                if soft and parts:
                    parts[-1] = parts[-1][:-1]
                size += len(piece) - soft
                soft = quoted_printable and piece.endswith("=")
                if size <= MAX_LINE:
                    parts.append(piece)
                else:
                    parts.clear()  # too long: only counted from here on
                continue
            yield start, "".join(parts) if size <= MAX_LINE else _TooLong(start, size)
            parts = None
        if line.strip():
            start, size, head = number, len(line), line[:200]
            quoted_printable = _is_quoted_printable(line)
            soft = quoted_printable and line.endswith("=")
            parts = [line] if size <= MAX_LINE else []
    if parts is not None:
        yield start, "".join(parts) if size <= MAX_LINE else _TooLong(start, size)


def _is_quoted_printable(line: str) -> bool:
    head = line.split(":", 1)[0].upper()
    return "QUOTED-PRINTABLE" in head


def _wanted(line: str) -> bool:
    match = _PROPERTY.match(line)
    return not (match and match[1].upper() in _UNWANTED)


def _cells(card: Any) -> list[str]:
    contents = card.contents
    cells = dict.fromkeys(VCARD_HEADER, "")
    cells["Full name"] = _first(contents.get("fn"))
    names = contents.get("n")
    if names:
        name = names[0].value
        for column, attribute in (("Prefix", "prefix"), ("Given name", "given"),
                                  ("Middle name", "additional"), ("Family name", "family"),
                                  ("Suffix", "suffix")):
            cells[column] = _text(getattr(name, attribute, ""))
    cells["Nickname"] = ", ".join(_all(contents.get("nickname")))
    phones = [_strip_scheme(p, "tel:") for p in _all(contents.get("tel"))]
    emails = [_strip_scheme(e, "mailto:") for e in _all(contents.get("email"))]
    for index, phone in enumerate(phones[:_PHONES], 1):
        cells[f"Phone {index}"] = phone
    for index, email in enumerate(emails[:_EMAILS], 1):
        cells[f"E-mail {index}"] = email
    birthdays = contents.get("bday")
    if birthdays:
        cells["Birthday"] = _birthday(birthdays[0])
    cells["Organization"] = "; ".join(_all(contents.get("org"), separator=", "))
    notes = _all(contents.get("note"))
    # Only four phones and three e-mails have columns; the rest must not vanish silently.
    if phones[_PHONES:]:
        notes.append("More phones: " + ", ".join(phones[_PHONES:]))
    if emails[_EMAILS:]:
        notes.append("More e-mails: " + ", ".join(emails[_EMAILS:]))
    cells["Notes"] = "\n".join(notes)
    return [cells[column] for column in VCARD_HEADER]


def _birthday(line: Any) -> str:
    """The birthday as written, but Apple's "1604-03-15 with the year omitted" as --03-15."""
    value = _text(line.value)
    if "X-APPLE-OMIT-YEAR" in line.params and (match := _APPLE_NO_YEAR.match(value)):
        return f"--{match[1]}-{match[2]}"
    return value


def _first(lines: list[Any] | None) -> str:
    found = _all(lines)
    return found[0] if found else ""


def _all(lines: list[Any] | None, separator: str = " ") -> list[str]:
    """The non-empty text values of repeated properties, in file order."""
    values = (_text(line.value, separator) for line in lines or [])
    return [value for value in values if value]


def _text(value: Any, separator: str = " ") -> str:
    """A property value as one string: vobject gives str, lists (ORG, N parts) or bytes."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace").strip()
    if isinstance(value, (list, tuple)):
        return separator.join(part for part in (_text(v) for v in value) if part)
    text = str(value) if value is not None else ""
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _strip_scheme(value: str, scheme: str) -> str:
    """vCard 4.0 writes phones as URIs ("tel:+1-555-0100")."""
    return value[len(scheme):].strip() if value.lower().startswith(scheme) else value


def _why(exc: Exception) -> str:
    if isinstance(exc, (UnicodeDecodeError, LookupError)):
        return QT_TRANSLATE_NOOP("Errors", "its text is not in the character set it declares")
    message = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    # vobject counts lines within the contact, and counts them wrongly; the row has the line.
    return _shorten(_VOBJECT_LINE.sub("", message), 120)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _subject(source: str) -> str:
    return source[:1].upper() + source[1:] if source.startswith("the ") else source

"""Reading an .ics file line by line: checks its shape, yields each event with its line."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

MAX_LINE = 100_000  # characters in one unfolded line: more is not a calendar
MAX_DEPTH = 8
# The event properties an import reads; the rest (DTSTAMP, CREATED, alarms, vendors' X-
# lines) are not handed to the iCalendar parser, which is the slow part of an import.
EVENT_KEYS = frozenset({
    "BEGIN", "END", "UID", "DTSTART", "DTEND", "DURATION", "SUMMARY", "DESCRIPTION",
    "STATUS", "TRANSP", "ATTENDEE", "ORGANIZER", "RRULE", "EXDATE", "RDATE",
    "RECURRENCE-ID"})


# A line whose name begins with one of these cannot be BEGIN or END (whatever its case or
# spacing): the splitter deals with it without working out its key.
_NOT_BEGIN_OR_END = frozenset("ACDFGHIJKLMNOPQRSTUVWXYZacdfghijklmnopqrstuvwxyz")


@dataclass(frozen=True)
class Block:
    """One VEVENT or VTIMEZONE as its unfolded lines, and the line of the file where it
    begins (one block at a time is in memory, whatever the size of the file)."""

    kind: str
    line: int
    lines: list[str]

    @property
    def text(self) -> str:
        return "\r\n".join(self.lines) + "\r\n"


def count_events(path: Path) -> int:
    """How many events the file holds (for a progress bar): BEGIN:VEVENT lines, counted in
    large pieces without reading the events."""
    found, tail = 0, b""
    mark = b"\nBEGIN:VEVENT"
    with path.open("rb") as handle:
        while piece := handle.read(1 << 20):
            data = tail + piece
            found += data.count(mark)
            tail = data[-(len(mark) - 1):]
    return found


def bad_file(line: int, why: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "Line %1 of the calendar file: %2"),
                           line, why)


def _lines(path: Path) -> Iterator[tuple[int, str]]:
    """Unfolded content lines with the number of the line each starts on; a BOM, CRLF or LF
    line ends, and folded lines are all accepted."""
    pending: str | None = None
    start = 0
    for number, text in enumerate(_texts(path), 1):
        if text[:1] in (" ", "\t") and pending is not None:
            pending += text[1:]
            if len(pending) > MAX_LINE:
                raise bad_file(start, "a line far too long")
            continue
        if pending is not None:
            yield start, pending
        pending, start = text, number
    if pending is not None:
        yield start, pending


def _texts(path: Path) -> Iterator[str]:
    """The file's physical lines (split at LF, without CR/LF ends), each decoded as UTF-8 or
    else Windows-1252; read and decoded 64 KB at a time."""
    first = True
    with path.open("rb") as handle:
        while chunk := handle.readlines(1 << 16):
            if first and chunk[0].startswith(b"\xef\xbb\xbf"):
                chunk[0] = chunk[0][3:]
            first = False
            try:
                # Valid UTF-8 as a whole is valid line by line (LF never ends a multi-byte
                # character), so the common case decodes once.
                joined = b"".join(chunk).decode("utf-8")
            except UnicodeDecodeError:
                for raw in chunk:
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError:
                        text = raw.decode("cp1252", errors="replace")
                    yield text.rstrip("\r\n")
                continue
            texts = joined.split("\n")
            if joined.endswith("\n"):
                texts.pop()
            for text in texts:
                yield text.rstrip("\r")


def blocks(path: Path) -> Iterator[Block]:
    """Each VEVENT and VTIMEZONE of the file, in file order; a file that is not iCalendar,
    a broken line or unbalanced BEGIN/END raises a ValidationError naming the line."""
    stack: list[str] = []
    gathered: list[str] = []
    begun = 0
    seen_calendar = False
    gathering = ""  # "event": an event's own lines (not its alarms); "zone": all of them
    for number, line in _lines(path):
        name, colon, value = line.partition(":")
        if not colon or not name:
            if not line.strip():
                continue
            raise bad_file(number, "not an iCalendar line (NAME:value)")
        if stack and name[0] in _NOT_BEGIN_OR_END:  # a property: the common case
            if gathering and _kept(gathering, name):
                gathered.append(line)
            continue
        key = _key(name)
        if stack and key != "BEGIN" and key != "END":
            if gathering and _kept(gathering, name):
                gathered.append(line)
            continue
        if not stack and not (key == "BEGIN" and value.strip().upper() == "VCALENDAR"):
            raise bad_file(number, "not an iCalendar file (it must begin with "
                                   "BEGIN:VCALENDAR)")
        what = value.strip().upper()
        if key == "BEGIN":
            stack.append(what)
            if len(stack) > MAX_DEPTH:
                raise bad_file(number, "components nested too deeply")
            if what == "VCALENDAR":
                if len(stack) > 1:
                    raise bad_file(number, "a calendar inside a calendar")
                seen_calendar = True
            if len(stack) == 2 and what in ("VEVENT", "VTIMEZONE"):
                gathered, begun = [], number
            gathering = _gathering(stack)
            if gathering:
                gathered.append(line)
            continue
        if gathering:  # END: the component's last line
            gathered.append(line)
        if stack[-1] != what:
            raise bad_file(number, f"END:{what[:40]} without its BEGIN")
        stack.pop()
        gathering = _gathering(stack)
        if len(stack) == 1 and what in ("VEVENT", "VTIMEZONE"):
            yield Block(what, begun, gathered)
            gathered = []
    if not seen_calendar:
        raise bad_file(1, "not an iCalendar file (it is empty)")
    if stack:
        raise bad_file(begun or 1, f"BEGIN:{stack[-1][:40]} is never ended")


def _kept(gathering: str, name: str) -> bool:
    """Whether the block being gathered keeps a property line: a zone all of them, an event
    those the import reads (its key is worked out only when the name is not one of them)."""
    if gathering == "zone" or name in EVENT_KEYS:
        return True
    key = _key(name)
    return gathering == "event" and (key in EVENT_KEYS or key.startswith("X-CLIENTBOOK-"))


def _key(name: str) -> str:
    """The property name of a line's "NAME;PARAM=…" part, as the import compares it."""
    return (name.split(";", 1)[0] if ";" in name else name).strip().upper()


def _gathering(stack: list[str]) -> str:
    """What the lines at this depth are to the block being gathered."""
    if len(stack) >= 2 and stack[1] == "VTIMEZONE":
        return "zone"
    return "event" if len(stack) == 2 and stack[1] == "VEVENT" else ""

"""Writing bookings as an iCalendar (RFC 5545) file: UTC times, stable UIDs, no personal notes
unless asked (the file leaves the machine)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import tzinfo

    from clientbook.domain.scheduling.bookings import Entry
    from clientbook.services.book import Book

EARLIEST, LATEST = date(1900, 1, 1), date(2199, 12, 31)
PRODID = "-//ClientBook//ClientBook calendar//EN"


def text_value(text: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and line breaks escaped."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space; never splits a character."""
    if len(line) <= 18 or len(line.encode("utf-8")) <= 75:
        return line + "\r\n"
    out, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > 75:
            out.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += width
    out.append("".join(current))
    return "\r\n".join(out) + "\r\n"


def utc_text(wall: datetime, local: tzinfo | None) -> str:
    aware = wall.replace(tzinfo=local) if local else wall.astimezone()
    return aware.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(entry: Entry, stamp: str, local: tzinfo | None,
                briefing: str = "") -> list[str]:
    a = entry.appointment
    end = a.starts_at + timedelta(minutes=a.duration_min)
    summary = f"{entry.client_name} — {a.service}" if a.service else entry.client_name
    lines = ["BEGIN:VEVENT", f"UID:appointment-{a.id}@clientbook", f"DTSTAMP:{stamp}",
             f"DTSTART:{utc_text(a.starts_at, local)}", f"DTEND:{utc_text(end, local)}",
             f"SUMMARY:{text_value(summary)}",
             "STATUS:" + ("CANCELLED" if str(a.status) == "cancelled" else "CONFIRMED"),
             f"X-CLIENTBOOK-CLIENT:{text_value(entry.client_name)}",
             f"X-CLIENTBOOK-STATUS:{a.status}"]
    if entry.staff_name:
        lines.append(f"X-CLIENTBOOK-DESIGNER:{text_value(entry.staff_name)}")
    if a.service:
        lines.append(f"X-CLIENTBOOK-SERVICE:{text_value(a.service)}")
    if briefing:
        lines.append(f"DESCRIPTION:{text_value(briefing)}")
    lines.append("END:VEVENT")
    return lines


def _highlights(book: Book, client_id: int) -> str:
    card = book.briefing(client_id)
    parts = [p.value + (f" ({p.detail})" if p.detail else "") for p in card.have_ready]
    avoid = [p.value for p in card.cautions]
    text = "Have ready: " + ", ".join(parts) if parts else ""
    if avoid:
        text += ("\n" if text else "") + "Please avoid: " + ", ".join(avoid)
    return text


def export_calendar(book: Book, path: Path, staff_id: int | None = None,
                    first: date | None = None, last: date | None = None,
                    with_briefing: bool = False, local_zone: tzinfo | None = None) -> int:
    """Write the bookings starting on first..last (default: all) to `path`; returns how
    many. Written to a temporary file first, so a failed export leaves no half file."""
    if first and last and last < first:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The calendar window ends before it starts."))
    with book.reading():
        entries = book.appointments.between(first or EARLIEST, last or LATEST, staff_id)
    stamp = book.clock().astimezone(UTC).strftime("%Y%m%dT%H%M%SZ") \
        if book.clock().tzinfo else utc_text(book.clock(), local_zone)
    notes: dict[int, str] = {}
    partial = path.with_name(path.name + ".part")
    try:
        _write(partial, entries, stamp, local_zone,
               (lambda cid: notes[cid] if cid in notes
                else notes.setdefault(cid, _highlights(book, cid)))
               if with_briefing else None)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    os.replace(partial, path)
    return len(entries)


def _write(partial: Path, entries: list[Entry], stamp: str, local_zone: tzinfo | None,
           briefing_of: Callable[[int], str] | None) -> None:
    with partial.open("w", encoding="utf-8", newline="") as handle:
        handle.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + fold(f"PRODID:{PRODID}")
                     + "CALSCALE:GREGORIAN\r\nMETHOD:PUBLISH\r\n")
        for entry in entries:
            briefing = briefing_of(entry.appointment.client_id) if briefing_of else ""
            handle.write("".join(fold(line)
                                 for line in event_lines(entry, stamp, local_zone, briefing)))
        handle.write("END:VCALENDAR\r\n")

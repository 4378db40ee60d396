"""Rows of ClientBook's own visits, appointments, preferences and promises CSV, as records.

Cells are restored first (the export neutralises text a spreadsheet would run as a formula),
then lose any control characters; the line breaks and tabs of visits, appointments and promises
stay exactly as exported (export -> import -> export is byte-identical), while staff names and
preferences are tidied as one line, like a client's name.
Staff named in a row are resolved by name; unknown names become new staff when saved.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.domain.validation import clean_line, drop_controls, whole_number
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.csv_format import read_bool, read_datetime, read_money, restore

if TYPE_CHECKING:
    from clientbook.services.book import Book

# Ids ClientBook writes are far shorter; SQLite cannot store an integer of 20 digits.
# The largest amount a file may hold: beyond any visit, far within what SQLite stores in cents.
# The longest appointment a file may hold: a whole day (the window offers up to 12 hours).
MAX_DURATION_MIN = 24 * 60


def _short(text: str, limit: int = 40) -> str:
    """A cell quoted in a message, cut short: a broken file can put megabytes in one cell."""
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


class StaffNames:
    """Staff by name, collecting the names that do not exist yet."""

    def __init__(self, book: Book):
        self.known = {s.name.casefold(): s.id for s in book.staff.all()}
        self.new: list[str] = []

    def resolve(self, name: str) -> int | str | None:
        """A known staff id, None for no one, or the name of staff to create."""
        name = clean_line(name)
        if not name:
            return None
        known = self.known.get(name.casefold())
        if known is not None:
            return known
        if name.casefold() not in (n.casefold() for n in self.new):
            self.new.append(name)
        return next(n for n in self.new if n.casefold() == name.casefold())


class RecordReader:
    """Parses one row (a dict by heading) of an own-format record file, without writing."""

    def __init__(self, book: Book, staff: StaffNames):
        self.book = book
        self.staff = staff

    def parse(self, kind: str, cells: dict[str, str]) -> object:
        row = {k: restore(v) for k, v in cells.items()}
        return getattr(self, kind[:-1])(row)

    def client_id(self, row: dict[str, str]) -> int:
        ref = row.get("client_id", "").strip()
        if ref:
            client_id = whole_number(ref)
            if client_id is None or not self.book.clients.exists(client_id):
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "Errors", "client_id %1 is not a client in this book."), _short(ref))
            return client_id
        ref = clean_line(row.get("client", ""))
        if not ref:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "Give the client: a client_id, or a phone, email or name."))
        if ref.isdigit() and whole_number(ref) is None:
            # resolve() would take it for an id, and int() or SQLite would fail on it.
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "No client matches %1."), _short(ref))
        return self.book.clients.resolve(ref)

    def record_id(self, row: dict[str, str], table: str) -> int | None:
        value = row.get("id", "").strip()
        if not value:
            return None
        record_id = whole_number(value)
        if record_id is None or record_id < 1:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "id %1 is not a whole number above 0."), _short(value))
        if self.book.store.exports().id_exists(table, record_id):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "%1 id %2 is already in this book; leave the id empty to add it as "
                "a new one."), table[:-1], record_id)
        return record_id

    def preference(self, row: dict[str, str]) -> tuple[int, Preference]:
        category = row.get("category", "").strip().lower() or "other"
        if category not in {c.value for c in PreferenceCategory}:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "category %1 is not one of: %2."),
                repr(category), ", ".join(PreferenceCategory))
        value = clean_line(row.get("value", ""))
        if not value:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "value is empty."))
        pref = Preference(PreferenceCategory(category), value, clean_line(row.get("detail", "")),
                          read_bool(row.get("avoid", ""), "avoid"))
        return self.client_id(row), pref

    def visit(self, row: dict[str, str]) -> Visit:
        return Visit(
            id=self.record_id(row, "visits"),
            client_id=self.client_id(row),
            visited_at=_required_time(row, "visited_at"),
            staff_id=self.staff.resolve(row.get("staff", "")),  # type: ignore[arg-type]
            service=drop_controls(row.get("service", "")),
            spend=_spend(row.get("spend", "")),
            notes=drop_controls(row.get("notes", "")),
        )

    def appointment(self, row: dict[str, str]) -> Appointment:
        status = row.get("status", "").strip().lower().replace("-", "_") or "booked"
        if status not in {s.value for s in AppointmentStatus}:
            choices = ", ".join(AppointmentStatus)
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "status %1 is not one of: %2."), repr(status), choices)
        text = row.get("duration_min", "").strip()
        duration = whole_number(text) if text else 60
        if duration is None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "duration_min %1 is not a whole number."), _short(text))
        if duration <= 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "duration_min must be more than 0."))
        if duration > MAX_DURATION_MIN:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "duration_min %1 is longer than a day (%2 minutes)."),
                duration, MAX_DURATION_MIN)
        return Appointment(
            id=self.record_id(row, "appointments"),
            client_id=self.client_id(row),
            starts_at=_required_time(row, "starts_at"),
            duration_min=duration,
            staff_id=self.staff.resolve(row.get("staff", "")),  # type: ignore[arg-type]
            service=drop_controls(row.get("service", "")),
            status=AppointmentStatus(status),
            notes=drop_controls(row.get("notes", "")),
        )

    def promise(self, row: dict[str, str]) -> Promise:
        text = drop_controls(row.get("text", ""))
        if not text:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "text is empty: say what was promised."))
        done = row.get("done_at", "").strip()
        created = row.get("created_at", "").strip()
        cancelled = row.get("cancelled_at", "").strip()
        return Promise(
            id=self.record_id(row, "promises"),
            client_id=self.client_id(row),
            text=text,
            due_at=_required_time(row, "due_at"),
            staff_id=self.staff.resolve(row.get("staff", "")),  # type: ignore[arg-type]
            done_at=read_datetime(done, "done_at") if done else None,
            created_at=read_datetime(created, "created_at") if created else None,
            cancelled_at=read_datetime(cancelled, "cancelled_at") if cancelled else None,
        )


def _spend(text: str) -> Decimal:
    """The visit's amount (parse_money refuses one too large to keep)."""
    return read_money(text, "spend")


def _required_time(row: dict[str, str], column: str):
    if not row.get(column, "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 is empty."), column)
    return read_datetime(row[column], column)

"""Rows of ClientBook's own visits, appointments, preferences and promises CSV, as records.

Cells are restored first (the export neutralises text a spreadsheet would run as a formula).
Staff named in a row are resolved by name; unknown names become new staff when saved.
"""

from __future__ import annotations

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.services.book import Book
from clientbook.services.csv_format import read_bool, read_datetime, read_int, read_money, restore
from clientbook.storage.exports import id_exists


class StaffNames:
    """Staff by name, collecting the names that do not exist yet."""

    def __init__(self, book: Book):
        self.known = {s.name.casefold(): s.id for s in book.staff.all()}
        self.new: list[str] = []

    def resolve(self, name: str) -> int | str | None:
        """A known staff id, None for no one, or the name of staff to create."""
        name = name.strip()
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
            if not ref.isdigit() or not self.book.clients.exists(int(ref)):
                raise NotFoundError(f"client_id {ref} is not a client in this book.")
            return int(ref)
        ref = row.get("client", "").strip()
        if not ref:
            raise ValidationError("Give the client: a client_id, or a phone, email or name.")
        return self.book.clients.resolve(ref)

    def record_id(self, row: dict[str, str], table: str) -> int | None:
        value = row.get("id", "").strip()
        if not value:
            return None
        record_id = read_int(value, "id", 0)
        if id_exists(self.book.store.db, table, record_id):
            raise ValidationError(
                f"{table[:-1]} id {record_id} is already in this book; "
                "leave the id empty to add it as a new one."
            )
        return record_id

    def preference(self, row: dict[str, str]) -> tuple[int, Preference]:
        category = row.get("category", "").strip().lower() or "other"
        if category not in {c.value for c in PreferenceCategory}:
            raise ValidationError(
                f"category {category!r} is not one of: {', '.join(PreferenceCategory)}."
            )
        value = row.get("value", "").strip()
        if not value:
            raise ValidationError("value is empty.")
        pref = Preference(PreferenceCategory(category), value, row.get("detail", "").strip(),
                          read_bool(row.get("avoid", ""), "avoid"))
        return self.client_id(row), pref

    def visit(self, row: dict[str, str]) -> Visit:
        return Visit(
            id=self.record_id(row, "visits"),
            client_id=self.client_id(row),
            visited_at=_required_time(row, "visited_at"),
            staff_id=self.staff.resolve(row.get("staff", "")),  # type: ignore[arg-type]
            service=row.get("service", "").strip(),
            spend=read_money(row.get("spend", ""), "spend"),
            notes=row.get("notes", "").strip(),
        )

    def appointment(self, row: dict[str, str]) -> Appointment:
        status = row.get("status", "").strip().lower().replace("-", "_") or "booked"
        if status not in {s.value for s in AppointmentStatus}:
            choices = ", ".join(AppointmentStatus)
            raise ValidationError(f"status {status!r} is not one of: {choices}.")
        duration = read_int(row.get("duration_min", ""), "duration_min", 60)
        if duration <= 0:
            raise ValidationError("duration_min must be more than 0.")
        return Appointment(
            id=self.record_id(row, "appointments"),
            client_id=self.client_id(row),
            starts_at=_required_time(row, "starts_at"),
            duration_min=duration,
            staff_id=self.staff.resolve(row.get("staff", "")),  # type: ignore[arg-type]
            service=row.get("service", "").strip(),
            status=AppointmentStatus(status),
            notes=row.get("notes", "").strip(),
        )

    def promise(self, row: dict[str, str]) -> Promise:
        text = row.get("text", "").strip()
        if not text:
            raise ValidationError("text is empty: say what was promised.")
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


def _required_time(row: dict[str, str], column: str):
    if not row.get(column, "").strip():
        raise ValidationError(f"{column} is empty.")
    return read_datetime(row[column], column)

"""Import ClientBook's own CSV, all or nothing: every row is checked before anything is saved."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ClientBookError, NotFoundError, ValidationError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    Preference,
    PreferenceCategory,
    Visit,
)
from clientbook.domain.validation import clean_client
from clientbook.services.book import Book
from clientbook.services.csv_format import (
    COLUMNS,
    KINDS,
    PHONE_SEPARATOR,
    read_bool,
    read_datetime,
    read_int,
    read_money,
)
from clientbook.storage.exports import id_exists


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    rows: int = 0
    added: int = 0
    updated: int = 0
    new_staff: list[str] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems


class CsvFileError(ClientBookError):
    """The file as a whole cannot be read (encoding, header)."""


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CsvFileError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CsvFileError(
            f"{path} is not UTF-8 text (byte {exc.start + 1}). Save it as "
            "'CSV UTF-8' in your spreadsheet program and try again."
        ) from None


def _records(text: str, kind: str, path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(first line number, row) for each non-empty data row, header checked."""
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise CsvFileError(f"{path} is empty; it needs a header row.") from None
    unknown = [h for h in header if h not in COLUMNS[kind]]
    if unknown:
        raise CsvFileError(
            f"{path}: unknown column(s) {', '.join(repr(h) for h in unknown)} for {kind}; "
            f"the columns are: {', '.join(COLUMNS[kind])}."
        )
    if len(set(header)) != len(header):
        raise CsvFileError(f"{path}: a column appears twice in the header.")
    line = reader.line_num + 1
    for cells in reader:
        start, line = line, reader.line_num + 1
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(header):
            raise CsvFileError(
                f"{path}, line {start}: {len(cells)} cells but the header has {len(header)}."
            )
        yield start, {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(header)}


class _Importer:
    """Parses rows into records, resolving clients and staff, without writing."""

    def __init__(self, book: Book, report: ImportReport):
        self.book = book
        self.report = report
        self.staff_by_name = {s.name.casefold(): s for s in book.staff.all()}

    def staff_id(self, name: str) -> int | str | None:
        """A known staff id, None for no one, or the name of staff to create."""
        name = name.strip()
        if not name:
            return None
        known = self.staff_by_name.get(name.casefold())
        if known is not None:
            return known.id
        if name not in self.report.new_staff:
            self.report.new_staff.append(name)
        return name

    def client_id(self, row: dict[str, str]) -> int:
        ref = row.get("client_id", "").strip()
        if ref:
            if not ref.isdigit() or not self.book.store.clients.exists(int(ref)):
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

    def client(self, row: dict[str, str]) -> Client:
        record_id = read_int(row.get("id", ""), "id", 0) or None
        existing = self.book.store.clients.get(record_id) if record_id else None
        client = existing or Client(display_name="", id=record_id)
        for column in ("display_name", "given_name", "family_name", "address_as", "email",
                       "notes"):
            if column in row:
                setattr(client, column, row[column])
        if "phones" in row:
            client.phones = [p for p in row["phones"].split(PHONE_SEPARATOR.strip()) if p.strip()]
        if "birthday" in row:
            text = row["birthday"].strip()
            client.birthday = Birthday.parse(text) if text else None
        if "archived" in row:
            client.archived = read_bool(row["archived"], "archived")
        if "designer" in row:
            client.designer_id = self.staff_id(row["designer"])  # type: ignore[assignment]
        if "created_at" in row and row["created_at"].strip() and existing is None:
            client.created_at = read_datetime(row["created_at"], "created_at")
        return clean_client(client)

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
        if not row.get("visited_at", "").strip():
            raise ValidationError("visited_at is empty.")
        return Visit(
            id=self.record_id(row, "visits"),
            client_id=self.client_id(row),
            visited_at=read_datetime(row["visited_at"], "visited_at"),
            staff_id=self.staff_id(row.get("staff", "")),  # type: ignore[arg-type]
            service=row.get("service", "").strip(),
            spend=read_money(row.get("spend", ""), "spend"),
            notes=row.get("notes", "").strip(),
        )

    def appointment(self, row: dict[str, str]) -> Appointment:
        if not row.get("starts_at", "").strip():
            raise ValidationError("starts_at is empty.")
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
            starts_at=read_datetime(row["starts_at"], "starts_at"),
            duration_min=duration,
            staff_id=self.staff_id(row.get("staff", "")),  # type: ignore[arg-type]
            service=row.get("service", "").strip(),
            status=AppointmentStatus(status),
            notes=row.get("notes", "").strip(),
        )


def import_csv(book: Book, kind: str, path: Path, dry_run: bool = False) -> ImportReport:
    """Check every row, then save all of them in one transaction, or none if any is wrong."""
    if kind not in KINDS:
        raise ClientBookError(f"Cannot import {kind!r}; choose one of {', '.join(KINDS)}.")
    report = ImportReport(kind=kind, dry_run=dry_run)
    importer = _Importer(book, report)
    parse: Callable[[dict[str, str]], object] = getattr(importer, kind[:-1])
    parsed: list = []
    seen_ids: set[int] = set()
    for line, row in _records(_read_text(path), kind, path):
        report.rows += 1
        try:
            item = parse(row)
        except (ValidationError, NotFoundError) as exc:
            report.problems.append(Problem(line, str(exc)))
            continue
        item_id = getattr(item, "id", None)
        if item_id is not None:
            if item_id in seen_ids:
                report.problems.append(Problem(line, f"id {item_id} appears twice in the file."))
            seen_ids.add(item_id)
        parsed.append(item)
    if report.problems or dry_run:
        _count(book, kind, parsed, report)
        return report
    _save(book, kind, parsed, report)
    return report


def _count(book: Book, kind: str, parsed: list, report: ImportReport) -> None:
    for item in parsed:
        existing = kind == "clients" and item.id and book.store.clients.exists(item.id)
        if existing:
            report.updated += 1
        else:
            report.added += 1


def _save(book: Book, kind: str, parsed: list, report: ImportReport) -> None:
    with book.store.write():
        created = {name: book.staff.add(name).id for name in report.new_staff}

        def staff(value: int | str | None) -> int | None:
            return created[value] if isinstance(value, str) else value

        if kind == "preferences":
            by_client: dict[int, list[Preference]] = {}
            for client_id, pref in parsed:
                by_client.setdefault(client_id, []).append(pref)
            for client_id, prefs in by_client.items():
                client = book.clients.get(client_id)
                client.preferences += prefs
                book.clients.update(client)
            report.added = len(parsed)
            return
        for item in parsed:
            if kind == "clients":
                item.designer_id = staff(item.designer_id)
                if item.id is not None and book.store.clients.exists(item.id):
                    book.clients.update(item)
                    report.updated += 1
                    continue
                book.clients.add(item)
            elif kind == "visits":
                item.staff_id = staff(item.staff_id)
                book.history.add_visit(item)
            else:
                item.staff_id = staff(item.staff_id)
                book.history.add_appointment(item)
            report.added += 1

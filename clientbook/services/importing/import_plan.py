"""Check a whole file before anything is saved: each row's problem, duplicate or record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clientbook.domain import folding
from clientbook.domain.errors import (
    ClientBookError,
    FileFormatError,
    NotFoundError,
    ValidationError,
)
from clientbook.domain.models import Client
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.services.exporting.record_rows import RecordReader, StaffNames
from clientbook.services.importing.contact_layouts import check_mapping
from clientbook.services.importing.contact_rows import ClientDraft, client_from_row
from clientbook.services.importing.date_order import DateReading, date_reading
from clientbook.services.importing.import_source import ImportSource

if TYPE_CHECKING:
    from clientbook.services.book import Book

# progress(done, total) -> False to stop; called every PROGRESS_EVERY rows.
Progress = Callable[[int, int], bool]
PROGRESS_EVERY = 500


class ImportCancelled(ClientBookError):
    """The person pressed Cancel; nothing was saved."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Import cancelled; nothing was saved."))


@dataclass
class PlannedRow:
    line: int
    item: object | None = None
    """A ClientDraft, or a Visit / Appointment / Promise / (client id, Preference)."""
    problem: Message | str = ""
    """What is wrong with the row ("" when nothing is): English, and translatable."""
    duplicate_of: int | None = None
    """An existing client this row looks like."""
    duplicate_line: int | None = None
    """An earlier row of the same file this row looks like."""
    duplicate_why: str = ""
    updates: bool = False
    """ClientBook's own clients CSV: the row's id is a client already in this book."""

    @property
    def is_duplicate(self) -> bool:
        return self.duplicate_of is not None or self.duplicate_line is not None


@dataclass
class ImportPlan:
    source: str
    kind: str
    rows: list[PlannedRow] = field(default_factory=list)
    new_staff: list[str] = field(default_factory=list)
    mapping: list[str] = field(default_factory=list)
    file_problem: Message | str = ""
    """The file breaks part way (say a quote never closed); nothing can be imported."""
    dates: DateReading | None = None
    """How dates like 03/04/1985 were read (contacts files)."""

    @property
    def years_dropped(self) -> list[PlannedRow]:
        """Rows whose birthday is kept without its year (the year was not plausible)."""
        return [r for r in self.rows if not r.problem
                and getattr(r.item, "year_dropped", None) is not None]

    @property
    def problems(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.problem]

    @property
    def duplicates(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.problem and r.is_duplicate]


def birthday_cells(source: ImportSource, mapping: list[str]) -> list[str]:
    """Every non-empty cell of the columns read as the birthday."""
    columns = [i for i, field in enumerate(mapping) if field == "birthday"]
    if not columns:
        return []
    return [cells[i] for _line, cells in source.rows() for i in columns
            if i < len(cells) and cells[i].strip()]


def check_import(book: Book, source: ImportSource, mapping: list[str] | None = None, *,
                 day_first: bool | None = False, default_day_first: bool = False,
                 progress: Progress | None = None) -> ImportPlan:
    """Read every row of `source` and say what importing it would do; writes nothing.

    `day_first` None: dates are read the way the file shows (a 15/03 settles it), else as
    `default_day_first` (the locale's order); `plan.dates` says which and why.
    """
    kind = source.layout.kind
    mapping = source.mapping if mapping is None else mapping
    plan = ImportPlan(source.path.name, kind, mapping=mapping)
    if kind == "clients" and not source.layout.is_own:
        plan.dates = date_reading(birthday_cells(source, mapping), day_first,
                                  default_day_first)
        day_first = plan.dates.day_first
    day_first = bool(day_first)
    plan.rows.extend(PlannedRow(line, problem=message) for line, message in source.card_problems)
    if kind == "clients" and (why := check_mapping(mapping)):
        raise ClientBookError(why)  # a Message
    staff = StaffNames(book)
    if kind == "clients":
        parse = _ClientRows(book, mapping, source.layout.is_own, day_first, staff).plan
        if source.layout.is_own:
            parse = _checking_width(len(source.header), parse)
    else:
        parse = _checking_width(len(source.header),
                                _RecordRows(book, kind, source.header, staff).plan)
    total = max(1, source.text.count("\n"))
    try:
        for count, (line, cells) in enumerate(source.rows(), 1):
            plan.rows.append(parse(line, cells))
            if progress and count % PROGRESS_EVERY == 0 and not progress(line, total):
                raise ImportCancelled()
    except FileFormatError as exc:
        plan.file_problem = exc.message
    plan.new_staff = staff.new
    return plan


def _checking_width(width: int, parse):
    """ClientBook's own files never have more cells than headings; a row that does is broken."""
    def checked(line: int, cells: list[str]) -> PlannedRow:
        if len(cells) > width:
            return PlannedRow(line, problem=Message(QT_TRANSLATE_NOOP(
                "Errors", "%1 cells but the header has %2."), len(cells), width))
        return parse(line, cells)
    return checked


class _RecordRows:
    def __init__(self, book: Book, kind: str, header: list[str], staff: StaffNames):
        self.kind = kind
        self.header = [h.strip().lower() for h in header]
        self.reader = RecordReader(book, staff)
        self.seen_ids: dict[int, int] = {}

    def plan(self, line: int, cells: list[str]) -> PlannedRow:
        row = {h: (cells[i] if i < len(cells) else "") for i, h in enumerate(self.header)}
        try:
            item = self.reader.parse(self.kind, row)
        except (ValidationError, NotFoundError) as exc:
            return PlannedRow(line, problem=exc.message)
        item_id = getattr(item, "id", None)
        if item_id is not None:
            if item_id in self.seen_ids:
                return PlannedRow(line, problem=_also_on(item_id, self.seen_ids[item_id]))
            self.seen_ids[item_id] = line
        return PlannedRow(line, item)


class _ClientRows:
    """Client rows, with duplicates looked up in the book and earlier in the file."""

    def __init__(self, book: Book, mapping: list[str], own: bool, day_first: bool,
                 staff: StaffNames):
        self.book = book
        self.mapping = mapping
        self.own = own
        self.day_first = day_first
        self.staff = staff
        self.region = book.store.clients.region
        self.earlier: dict[tuple[str, str], int] = {}
        self.seen_ids: dict[int, int] = {}

    def plan(self, line: int, cells: list[str]) -> PlannedRow:
        try:
            draft = client_from_row(cells, self.mapping, own=self.own, day_first=self.day_first)
        except ValidationError as exc:
            return PlannedRow(line, problem=exc.message)
        row = PlannedRow(line, draft)
        client = draft.client
        draft.designer_ref = self.staff.resolve(draft.designer)
        if client.id is not None:
            if client.id in self.seen_ids:
                row.problem = _also_on(client.id, self.seen_ids[client.id])
                return row
            self.seen_ids[client.id] = line
            # An id is ClientBook's own identity: that record is restored or updated, even
            # when it shares a phone with another (family members often do).
            row.updates = self.book.clients.exists(client.id)
            return row
        keys = self._keys(client)
        for key in keys:
            if key in self.earlier:
                row.duplicate_line = self.earlier[key]
                row.duplicate_why = _WHY[key[0]]
                break
        else:
            row.duplicate_of, row.duplicate_why = self._existing(client)
        for key in keys:
            self.earlier.setdefault(key, line)
        return row

    def _keys(self, client: Client) -> list[tuple[str, str]]:
        keys = [("phone", folding.canonical_phone(p, self.region)) for p in client.phones]
        if client.email:
            keys.append(("email", client.email.casefold()))
        if client.birthday:
            keys.append(("birthday", f"{folding.name_key(client.display_name)}|"
                                     f"{client.birthday.month_day()}"))
        return [k for k in keys if k[1]]

    def _existing(self, client: Client) -> tuple[int | None, str]:
        return existing_duplicate(self.book, client)


def existing_duplicate(book: Book, client: Client) -> tuple[int | None, str]:
    """A client in the book this one looks like (same phone, e-mail, or name and birthday),
    and why; (None, "") when there is none."""
    store = book.store.clients
    for phone in client.phones:
        if ids := store.ids_by_phone(phone):
            return ids[0], _WHY["phone"]
    if client.email and (ids := store.ids_by_email(client.email)):
        return ids[0], _WHY["email"]
    if client.birthday:
        for other_id in store.ids_by_name(client.display_name):
            other = store.get(other_id)
            if other and other.birthday and _same_birthday(other, client):
                return other_id, _WHY["birthday"]
    return None, ""


_WHY = {"phone": "same phone", "email": "same e-mail", "birthday": "same name and birthday"}


def _also_on(record_id: int, line: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("Errors", "id %1 is also on line %2."), record_id, line)


def _same_birthday(a: Client, b: Client) -> bool:
    x, y = a.birthday, b.birthday
    assert x is not None and y is not None
    return (x.month, x.day) == (y.month, y.day) and (
        x.year is None or y.year is None or x.year == y.year)


__all__ = ["ClientDraft", "ImportCancelled", "ImportPlan", "PlannedRow", "check_import",
           "existing_duplicate"]

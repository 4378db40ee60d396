"""Fuzzing the importers: whatever bytes arrive, an import saves all its good rows or nothing.

Files are generated as bytes: headers of every layout ClientBook knows (its own five files,
Google, Outlook, spreadsheets, vCard) and random ones; cells with NUL, control characters,
lone surrogates, quotes, delimiters and line breaks; any mix of CR/LF; random encodings, byte
order marks and damaged bytes. Both ways in are driven: `import_csv` (the command line) and
`open_source` -> `check_import` -> `run_import` (the wizard).

Each example opens its own book in a fresh folder, seeded with clients an import can merge
with or update: a function-scoped fixture would carry one example's import into the next.
"""

from __future__ import annotations

import codecs
import contextlib
import csv
import io
import re
import sqlite3
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from unittest import mock

import pytest
from hypothesis import HealthCheck, currently_in_test_context, event, given, settings
from hypothesis import strategies as st

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ClientBookError, ValidationError
from clientbook.domain.models import Client, Preference, PreferenceCategory, Visit
from clientbook.domain.money import parse_money
from clientbook.services.book import Book
from clientbook.services.csv_format import COLUMNS, IMPORT_KINDS, KINDS
from clientbook.services.importing.contact_layouts import FIELDS, KNOWN_HEADERS
from clientbook.services.importing.contact_rows import client_from_row
from clientbook.services.importing.csv_import import import_csv
from clientbook.services.importing.import_apply import MERGE, SKIP, run_import, undo_last_import
from clientbook.services.importing.import_plan import check_import
from clientbook.services.importing.import_source import open_source
from clientbook.services.importing.text_decoding import ENCODINGS
from clientbook.storage.repositories import search_index

from ..conftest import NOW

FUZZ = settings(
    max_examples=120,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

ANNA_PHONE = "+44 20 7946 0958"

# -- a fresh, seeded book per example ---------------------------------------------------------


def _seed(book: Book) -> None:
    dana = book.staff.add("Dana")
    anna = Client("Anna Smith", given_name="Anna", family_name="Smith", phones=[ANNA_PHONE],
                  email="anna@example.org", birthday=Birthday(3, 15, 1985),
                  designer_id=dana.id, notes="Earl Grey\nno sugar",
                  preferences=[Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar")])
    book.clients.add(anna)
    book.clients.add(Client("Олена Коваленко", phones=["+380 67 123 4567"]))
    book.clients.add(Client("王小明", email="wang@example.cn", birthday=Birthday(5, 1)))
    book.history.add_visit(Visit(anna.id, NOW, "Colour", staff_id=dana.id))


@contextlib.contextmanager
def fresh_book() -> Iterator[tuple[Book, Path]]:
    with tempfile.TemporaryDirectory() as folder:
        book = Book.open(Path(folder) / "data", clock=lambda: NOW)
        try:
            _seed(book)
            yield book, Path(folder)
        finally:
            book.close()


def dump(book: Book) -> dict[str, list[tuple]]:
    """Every row of every table (FTS shadow tables and sqlite_sequence included), the schema
    and the version pragmas: equal dumps mean nothing at all was written."""
    db = book.store.db
    tables = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    found = {name: db.execute(f'SELECT * FROM "{name}"').fetchall() for name in tables}
    found["<schema>"] = db.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
    found["<pragmas>"] = [(db.execute("PRAGMA user_version").fetchone()[0],
                           db.execute("PRAGMA application_id").fetchone()[0])]
    return found


def _seen(db, table: str) -> str:
    """Every column but a row's version and the desk that made it (m012): an undo is a
    change of its own, so versions rise while what a person sees comes back."""
    names = [r[1] for r in db.execute(f"PRAGMA table_info({table})")
             if r[1] not in ("version", "changed_by")]
    return f"SELECT {', '.join(names)} FROM {table} ORDER BY id"


def contents(book: Book) -> dict[str, list[tuple]]:
    """What a person can see, without row ids that an undo may renumber."""
    db = book.store.db
    queries = {
        "clients": _seen(db, "clients"),
        "phones": "SELECT client_id, position, number, canonical FROM phones "
                  "ORDER BY client_id, position",
        "preferences": "SELECT client_id, position, category, value, detail, avoid "
                       "FROM preferences ORDER BY client_id, position",
        "visits": _seen(db, "visits"),
        "appointments": _seen(db, "appointments"),
        "promises": _seen(db, "promises"),
        "staff": _seen(db, "staff"),
        "search": "SELECT rowid, name, other FROM client_search ORDER BY rowid",
    }
    return {name: db.execute(sql).fetchall() for name, sql in queries.items()}


def count(book: Book, table: str) -> int:
    return book.store.db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


#: Control characters each stored text may not hold. Clients as domain/validation.clean_client
#: leaves them: notes keep line breaks (LF only) and tabs, other fields keep nothing; staff
#: names and preferences likewise. Visits, appointments and promises keep tabs and line breaks
#: exactly as written, so that export -> import -> export stays byte-identical, and nothing else.
ONE_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
NOTE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
RECORD_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
FORBIDDEN = {
    "clients": {"display_name": ONE_LINE, "given_name": ONE_LINE, "family_name": ONE_LINE,
                "address_as": ONE_LINE, "email": ONE_LINE, "notes": NOTE},
    "phones": {"number": ONE_LINE},
    "preferences": {"value": ONE_LINE, "detail": ONE_LINE},
    "staff": {"name": ONE_LINE, "role": ONE_LINE},
    "visits": {"service": RECORD_TEXT, "notes": RECORD_TEXT},
    "appointments": {"service": RECORD_TEXT, "notes": RECORD_TEXT},
    "promises": {"text": RECORD_TEXT},
}


def stray_controls(book: Book) -> list[tuple[str, str, int, str]]:
    """(table, column, row id, text) of every stored text with a control character in it."""
    found = []
    for table, columns in FORBIDDEN.items():
        for column, pattern in columns.items():
            for row_id, text in book.store.db.execute(f"SELECT id, {column} FROM {table}"):
                if text and pattern.search(text):
                    found.append((table, column, row_id, text))
    return found


# -- files as bytes -----------------------------------------------------------------------------

#: Characters that have broken importers somewhere: NUL and other controls, the C1 range,
#: Unicode line separators, byte order marks, lone surrogates, bidi overrides, combining marks,
#: CSV syntax, spreadsheet formula starters, and letters of several scripts.
SPECIAL = list(
    "\x00\x01\x07\x08\x0b\x0c\x1a\x1b\x1f\x7f\x85\x9f\u2028\u2029\ufeff\ufffe\ud800\udfff"
    "\u200f\u202e\u0301\u0308\"',;\t\r\n=+-@ ЖΩ王😀\U00010000²٣"
)
#: Just over the limits ClientBook sets: a 200-character name, 10,000-character notes,
#: and the csv module's own 128 KiB cell limit.
LONG = ["N" * 201, "n" * 10_001, "y" * 140_000]

chars = st.one_of(st.characters(), st.sampled_from(SPECIAL))
nasty = st.one_of(st.text(chars, max_size=24), st.sampled_from(SPECIAL),
                  st.sampled_from(LONG))
#: Text a real file has, now and then with a stray control character or CSV syntax in it
#: (one or two: a file full of control characters is refused as not text).
gentle = st.one_of(
    st.text(st.characters(categories=("L", "M", "N", "P", "S", "Zs")), max_size=20),
    st.sampled_from(["x\x01y", "a\x1bb", "a\tb", "line\r\nbreak", "one\rtwo", "nel\x85",
                     '"quoted"', "semi;colon", "comma, too", "=1+1", "@home", "-5", "  padded  ",
                     "\u202eright-to-left", "e\u0301", "😀"]),
)

NAMES = ["Anna Smith", "anna smith", "Anna", "Smith", "Олена", "Коваленко", "Олена Коваленко",
         "王", "小明", "王小明", "Ζωή Παπαδοπούλου", "José María Núñez", "", "  ",
         "=cmd|' /C calc'!A0", "'=SUM(1)", "Anna\x01", "A\x1bB", "Bea Brown", "Chen Jing"]
PHONES = [ANNA_PHONE, "+380 67 123 4567", "'+44 20 7946 0958", "555", "12", "0044 20 7946 0958",
          "+1 (555) 010-0100 ::: 555 0101", "555 0102; 555 0103", "+", "٣٣٣ ٣٣٣",
          "+99999999999999999999999", "555 0199", "+30 21 0123 4567"]
EMAILS = ["anna@example.org", "ANNA@EXAMPLE.ORG", "wang@example.cn", "not-an-email",
          "a@b.c ::: d@e.f", "x@y.z;q@r.s", "new@example.com", ""]
DATES = ["1985-03-15", "3/15/1985", "15.03.1985", "--03-15", "0/0/00", "2/30/1990", "1985",
         "13/13/13", "2026-11-01 10:00", "2026-11-01T10:00:00+02:00", "2026-13-01", "yesterday",
         "2026-11-01 10:00:00.123456", "9999-12-31 23:59", "0001-01-01", "１９８５-０３-１５",
         "2026-12-01 09:30", ""]
NUMBERS = ["1", "2", "3", "4", "99", "", "", "0", "-1", "abc", "007", "²", "٣", "1.5",
           "99999999999999999999", "9" * 5000]
CLIENT_REFS = ["Anna Smith", ANNA_PHONE, "anna@example.org", "Nobody", "王小明", "Anna", "1",
               "²", "99999999999999999999", "Олена Коваленко"]
STAFF = ["Dana", "dana", "New Person", "  ", "\x01Eve", "Eve\x1b", "Ева", ""]
MONEY = ["80.00", "-5", "1,5", "1e9", "1e30", "NaN", "Infinity", "99999999999999999999.99",
         "€10", ""]
STATUSES = ["booked", "done", "no-show", "NO_SHOW", "lost", ""]
CATEGORIES = [*PreferenceCategory, "DRINK", "colour", ""]
BOOLS = ["yes", "no", "1", "0", "maybe", "", "X"]

#: Values that pass each column's own check, edge cases included (they must still save).
GOOD = {
    "number": ["1", "2", "3", ""],
    "record id": ["", "", "", "100", "101", "999999999999999999"],
    "duration": ["60", "", "1", "1440"],
    "client": ["Anna Smith", ANNA_PHONE, "anna@example.org", "王小明", "Олена Коваленко"],
    "date": ["2026-11-01 10:00", "1985-03-15", "2026-12-01 09:30", "2026-11-01T10:00:00+02:00",
             "9999-12-31 23:59", "0001-01-01 00:00", "2026-11-01 10:00:00.123456"],
    "money": ["80.00", "", "0", "1e9", "99999999999999999.99", "1E+27", "9" * 30, " 12.5 "],
    "status": ["booked", "done", "no-show", "NO_SHOW", ""],
    "category": [*PreferenceCategory, "DRINK", ""],
    "bool": ["yes", "no", "1", "0", "", "X"],
}

_TYPED = (
    (("duration_min",), GOOD["duration"], NUMBERS),
    (("client_id",), GOOD["number"], NUMBERS),
    (("=id",), GOOD["record id"], NUMBERS),
    (("client",), GOOD["client"], CLIENT_REFS),
    (("phone", "tel", "mobile", "телефон", "电话", "手机", "τηλ", "κινητ", "movil", "celular"),
     PHONES[:3], PHONES),
    (("mail", "correo", "пошта", "邮"), EMAILS[:3], EMAILS),
    (("birth", "dob", "生日", "народж", "рожд", "γενεθ", "cumple", "_at"), GOOD["date"], DATES),
    (("staff", "designer", "stylist"), STAFF, STAFF),
    (("spend",), GOOD["money"], MONEY),
    (("status",), GOOD["status"], STATUSES),
    (("category",), GOOD["category"], CATEGORIES),
    (("avoid", "archived"), GOOD["bool"], BOOLS),
    (("name", "nombre", "ім", "им", "прізв", "фамил", "姓", "名", "ονομ", "επων", "client",
      "customer", "title", "prefix", "suffix", "address_as", "surname", "apellid"), NAMES,
     NAMES),
)


#: Free text that passes every check, control characters and line breaks included (they are
#: tidied away on the way in, never refused).
CLEAN_TEXT = ["Green tea", "Call back about the colour ☎", "Colour & cut", "王小明的备注",
              "x\x01y", "line\r\nbreak", "tab\there", "  padded  ", "=1+1", "'-quoted",
              "Ζωή", "nel\x85", "\u202eright-to-left", "e\u0301"]


def clean_cell(heading: str) -> st.SearchStrategy[str]:
    key = heading.strip().casefold()
    for words, good, _bad in _TYPED:
        if any(key == w[1:] if w.startswith("=") else w in key for w in words):
            return st.sampled_from(good)
    return st.sampled_from(CLEAN_TEXT)


def cell_for(heading: str, hostile: bool) -> st.SearchStrategy[str]:
    """Mostly values that fit the column (good, and bad), else random text.

    Plausible files lean on good values, so that whole rows pass their checks and reach the
    database with edge values (year 9999, an amount of 10^27, a 1,440-minute appointment).
    """
    other = nasty if hostile else gentle
    key = heading.strip().casefold()
    for words, good, bad in _TYPED:
        if any(key == w[1:] if w.startswith("=") else w in key for w in words):
            if hostile:
                return st.one_of(st.sampled_from(bad), st.sampled_from(good), other)
            return st.one_of(*[st.sampled_from(good)] * 8, st.sampled_from(bad), other)
    return other


GOOGLE_OLD = ["Name", "Given Name", "Additional Name", "Family Name", "Name Prefix",
              "Name Suffix", "Nickname", "Birthday", "Notes", "E-mail 1 - Type",
              "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Phone 2 - Value"]
GOOGLE = ["First Name", "Middle Name", "Last Name", "Nickname", "Birthday", "Notes",
          "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"]
OUTLOOK = ["First Name", "Middle Name", "Last Name", "Title", "Suffix", "E-mail Address",
           "E-mail 2 Address", "Mobile Phone", "Home Phone", "Business Phone", "Birthday",
           "Notes"]
SPREADSHEET = sorted(KNOWN_HEADERS)
#: The column that tells each of ClientBook's own files apart (contact_layouts.detect_layout).
MUST = {"clients": "display_name", "visits": "visited_at", "appointments": "starts_at",
        "promises": "due_at", "preferences": "category"}


@st.composite
def headers(draw, hostile: bool, records: bool = False) -> list[str]:
    layouts = ["own", "own", "own", "google_old", "google", "outlook", "spreadsheet"]
    layout = draw(st.sampled_from([*layouts, "random"] if hostile else layouts))
    if layout == "own" or records:
        kind = draw(st.sampled_from(KINDS[1:] if records else KINDS))
        columns = COLUMNS[kind]
        if draw(st.booleans()):
            header = list(columns)
        else:
            header = draw(st.lists(st.sampled_from(columns), min_size=1, unique=True))
            if not hostile and MUST[kind] not in header:
                header.append(MUST[kind])
            if not hostile and kind != "clients" and "client_id" not in header:
                header.insert(0, "client_id")
    elif layout == "spreadsheet":
        header = draw(st.lists(st.sampled_from(SPREADSHEET), min_size=1, max_size=6))
    elif layout == "random":
        header = draw(st.lists(nasty, min_size=1, max_size=5))
    else:
        known = {"google_old": GOOGLE_OLD, "google": GOOGLE, "outlook": OUTLOOK}[layout]
        header = known[: draw(st.integers(3 if hostile else len(known) - 3, len(known)))]
    spellings = ["as is", "as is", "upper", "spaced"]
    spelling = draw(st.sampled_from([*spellings, "twice"] if hostile else spellings))
    if spelling == "upper":
        header = [h.upper() for h in header]
    elif spelling == "spaced":
        header = [f" {h} " for h in header]
    elif spelling == "twice":
        header = [*header, draw(st.sampled_from(header))]
    return header


@st.composite
def rows_for(draw, header: list[str], hostile: bool) -> list[list[str]]:
    rows = []
    widths = [0, 0, 0, -1, 1, -3] if hostile else [0, 0, 0, 0, -1]
    for _ in range(draw(st.integers(0, 6))):
        if not hostile and draw(st.booleans()):  # a row that passes its checks
            rows.append([draw(clean_cell(h)) for h in header])
            continue
        width = max(0, len(header) + draw(st.sampled_from(widths)))
        rows.append([draw(cell_for(header[i] if i < len(header) else "", hostile))
                     for i in range(width)])
    return rows


ENDINGS = ["\r\n", "\n", "\r"]


@st.composite
def csv_text(draw, hostile: bool, records: bool = False) -> str:
    header = draw(headers(hostile, records))
    rows = [header, *draw(rows_for(header, hostile))]
    delimiter = draw(st.sampled_from([",", ";", "\t", ",", "|"] if hostile else [",", ";", "\t"]))
    style = draw(st.sampled_from(["csv", "csv", "raw", "quoted"] if hostile else ["csv"]))
    mixed = draw(st.booleans())
    ending = draw(st.sampled_from(ENDINGS))
    out = io.StringIO()
    for row in rows:
        end = draw(st.sampled_from(ENDINGS)) if mixed else ending
        if style == "csv":
            csv.writer(out, delimiter=delimiter, lineterminator=end).writerow(row)
        elif style == "raw":  # no quoting at all: stray quotes and delimiters stay as they are
            out.write(delimiter.join(row) + end)
        else:  # every cell in quotes, but quotes inside never doubled
            out.write(delimiter.join(f'"{c}"' for c in row) + end)
    text = out.getvalue()
    if draw(st.booleans()):
        text = text.rstrip("\r\n")
    return text


@st.composite
def vcard_text(draw, hostile: bool) -> str:
    other = nasty if hostile else gentle
    lines = []
    for _ in range(draw(st.integers(1, 3))):
        lines += ["BEGIN:VCARD", draw(st.sampled_from(["VERSION:2.1", "VERSION:3.0",
                                                       "VERSION:4.0"]))]
        props = [
            f"FN:{draw(st.sampled_from(NAMES))}",
            f"N:{draw(st.sampled_from(NAMES))};{draw(st.sampled_from(NAMES))};;;",
            f"TEL;TYPE=CELL:{draw(st.sampled_from(PHONES))}",
            f"EMAIL:{draw(st.sampled_from(EMAILS))}",
            f"BDAY:{draw(st.sampled_from(DATES))}",
            f"NOTE:{draw(other)}",
            "NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=UTF-8:=D0=9E=D0=BB=\n=D0=B5=00na=01",
            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQ\n AAAA",
            f"X-{draw(st.text('ABC', min_size=1, max_size=3))}:{draw(other)}",
            draw(other),
            " folded continuation",
        ]
        lines.append(f"FN:{draw(st.sampled_from(NAMES))}")
        lines += draw(st.lists(st.sampled_from(props), max_size=7))
        if not hostile or draw(st.integers(0, 4)):
            lines.append("END:VCARD")
    return draw(st.sampled_from(ENDINGS)).join(lines)


FILE_ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "cp1251",
                  "gb18030", "cp1253", "cp1252", "koi8-u"]
BOMS = [b"", b"", b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]


@st.composite
def file_bytes(draw, hostile: bool = True, records: bool = False) -> bytes:
    """A file's bytes; `records` for ClientBook's own visits, appointments, preferences and
    promises files only (else any layout, vCard included)."""
    if records:
        text = draw(csv_text(hostile, records=True))
    else:
        text = draw(st.one_of(csv_text(hostile), csv_text(hostile), vcard_text(hostile)))
    encoding = draw(st.sampled_from(FILE_ENCODINGS))
    errors = "surrogatepass" if hostile and encoding.startswith("utf") else "replace"
    data = text.encode(encoding, errors)
    if not hostile:
        return data
    data = draw(st.sampled_from(BOMS)) + data
    damage = draw(st.sampled_from(["none", "none", "none", "cut", "insert", "flip"]))
    if damage != "none" and data:
        at = draw(st.integers(0, len(data) - 1))
        if damage == "cut":
            data = data[:at]
        elif damage == "insert":
            data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
        else:
            data = data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    return data


@dataclass(frozen=True)
class Options:
    way: str
    kind: str
    """An IMPORT_KINDS name, or "auto": the kind the file is (as a person would choose)."""
    skip_bad: bool
    duplicates: str
    encoding: str | None
    delimiter: str | None
    day_first: bool
    dry_run: bool
    mapping: tuple[str, ...] | None
    """The wizard's mapping table changed by hand (a name column always among them)."""


hostile_options = st.builds(
    Options,
    way=st.sampled_from(["cli", "wizard"]),
    kind=st.sampled_from(["auto", "auto", *IMPORT_KINDS]),
    skip_bad=st.booleans(),
    duplicates=st.sampled_from([MERGE, SKIP]),
    encoding=st.one_of(st.none(), st.none(), st.sampled_from([n for n, _ in ENCODINGS])),
    delimiter=st.sampled_from([None, None, None, ",", ";", "\t"]),
    day_first=st.booleans(),
    dry_run=st.sampled_from([False, False, True]),
    mapping=st.one_of(st.none(), st.none(), st.none(),
                      st.lists(st.sampled_from(FIELDS), max_size=8).map(tuple)),
)
plausible_options = st.builds(
    Options,
    way=st.sampled_from(["cli", "wizard"]),
    kind=st.just("auto"),
    skip_bad=st.sampled_from([True, True, False]),
    duplicates=st.sampled_from([MERGE, SKIP]),
    encoding=st.none(),
    delimiter=st.none(),
    day_first=st.booleans(),
    dry_run=st.just(False),
    mapping=st.one_of(st.none(), st.none(), st.none(),
                      st.lists(st.sampled_from(FIELDS), max_size=8).map(tuple)),
)


# -- driving an import --------------------------------------------------------------------------


def drive(book: Book, path: Path, how: Options):
    """Import the way the person chose; the ImportResult when something was saved, else None."""
    if how.way == "cli":
        kind = how.kind
        if kind == "auto":
            layout = open_source(path, how.encoding, how.delimiter).layout
            kind = layout.kind if layout.is_own else "contacts"
        report = import_csv(book, kind, path, how.dry_run, skip_bad=how.skip_bad,
                            duplicates=how.duplicates, encoding=how.encoding,
                            delimiter=how.delimiter, day_first=how.day_first)
        assert report.ok == (report.saved or (report.dry_run and (report.skip_bad
                                                                  or not report.problems)))
        assert all(str(problem).startswith("line ") for problem in report.problems)
        return report.result if report.saved else None
    source = open_source(path, how.encoding, how.delimiter)
    rows, problem = source.preview()
    assert len(rows) <= 20 and isinstance(problem, str)
    mapping = None
    if how.mapping is not None and source.layout.kind == "clients":
        # The wizard's table has one choice per column; a name column is always picked.
        mapping = [*how.mapping, *[""] * len(source.header)][: len(source.header)]
        mapping[0] = "name"
    plan = check_import(book, source, mapping, day_first=how.day_first)
    if how.dry_run:
        return None
    result = run_import(book, plan, skip_bad=how.skip_bad, duplicates=how.duplicates)
    assert not plan.file_problem
    assert how.skip_bad or not plan.problems
    assert result.skipped_bad == len(plan.problems)
    return result


ADDED_TO = {"contacts": "clients", "clients": "clients", "visits": "visits",
            "appointments": "appointments", "promises": "promises",
            "preferences": "preferences"}


def check_saved(book: Book, result, before_counts: dict[str, int]) -> None:
    """Every row counted as added is in the book, and nothing else was added."""
    assert result.import_id is not None
    assert (result.added + result.merged + result.updated + result.skipped_bad
            + result.skipped_duplicates) == result.rows
    items = book.store.db.execute(
        "SELECT table_name, row_id, before FROM import_items WHERE import_id = ?",
        [result.import_id]).fetchall()
    for table, row_id, before in items:
        if before is None:
            assert book.store.db.execute(
                f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone(), (table, row_id)
    table = "preferences" if result.kind == "preferences" else result.kind
    added_items = [i for i in items if i[0] == table and i[2] is None]
    if table != "preferences":
        assert len(added_items) == result.added
    assert count(book, table) == before_counts[table] + result.added
    assert count(book, "staff") == before_counts["staff"] + len(result.new_staff)
    for other in ("clients", "visits", "appointments", "promises"):
        if other != table:
            assert count(book, other) == before_counts[other]


COUNTED = ("clients", "visits", "appointments", "promises", "preferences", "staff")


def outcome(text: str) -> None:
    """Count how examples end (pytest --hypothesis-show-statistics), so a change that makes
    every file refused, and the saving checks unreached, shows."""
    if currently_in_test_context():
        event(text)


def import_whole_or_not_at_all(data: bytes, how: Options) -> None:
    with fresh_book() as (book, folder):
        path = folder / "contacts.csv"
        path.write_bytes(data)
        before = dump(book)
        seen_before = contents(book)
        counts = {table: count(book, table) for table in COUNTED}
        try:
            result = drive(book, path, how)
        except ClientBookError as exc:
            outcome(f"refused: {type(exc).__name__}")
            assert str(exc).strip()
            assert dump(book) == before
            return
        finally:
            assert stray_controls(book) == []
        if result is None:
            outcome("nothing saved: a dry run, or rows with problems")
            assert dump(book) == before
            return
        changed = result.added + result.merged + result.updated
        outcome(f"saved {result.kind}: {'some' if changed else 'no'} rows")
        check_saved(book, result, counts)
        undo_last_import(book)
        assert contents(book) == seen_before


@FUZZ
@given(data=file_bytes(hostile=True), how=hostile_options)
def test_any_file_imports_whole_or_not_at_all(data, how):
    import_whole_or_not_at_all(data, how)


@FUZZ
@given(data=file_bytes(hostile=False), how=plausible_options)
def test_plausible_files_save_every_row_they_count(data, how):
    """Files that mostly read well, so that saving (and its checks) is reached often."""
    import_whole_or_not_at_all(data, how)


@FUZZ
@given(data=file_bytes(hostile=False, records=True), how=plausible_options)
def test_plausible_record_files_save_every_row_they_count(data, how):
    """Visits, appointments, preferences and promises, with edge values that pass checks."""
    import_whole_or_not_at_all(data, how)


# -- a failure part way through a save -------------------------------------------------------

GOOD_CLIENTS = (
    "id,display_name,phones,email,notes,designer\n"
    "1,Anna Smith,'+44 20 7946 0958,anna@example.org,\"Tea\nquiet room\",Dana\n"
    ",Bea Brown,555 0102,bea@example.org,,New Person\n"
    ",Anna S,+44 20 7946 0958,,Merged note,\n"
    ",Chen Jing,555 0103,,,Another Person\n"
    ",Dmytro,555 0104,,,\n"
)
GOOD_CONTACTS = (
    "First Name,Last Name,E-mail Address,Mobile Phone,Notes\r\n"
    "Anna,Smith,,+44 20 7946 0958,Merged\r\n"
    "Ева,Иванова,eva@example.org,555 0110,\r\n"
    "Ζωή,Παπαδοπούλου,,555 0111,\"a\r\nb\"\r\n"
    "Bea,Brown,bea@example.org,555 0112,\r\n"
)
GOOD_VISITS = (
    "client_id,client,visited_at,staff,service,spend\n"
    "1,,2026-11-01 10:00,Dana,Colour,80.00\n"
    ",Anna Smith,2026-11-02 10:00,New Person,Cut,40\n"
    "2,,2026-11-03 10:00,,Cut,40\n"
    "3,,2026-11-04 10:00,Other Person,Cut,40\n"
)
GOOD_PREFERENCES = (
    "client_id,category,value,detail,avoid\n"
    "1,drink,Green tea,,no\n2,music,jazz,quiet,no\n3,conversation,small talk,,yes\n"
    "1,food,biscuits,,no\n"
)
GOOD_FILES = {"clients": GOOD_CLIENTS, "contacts": GOOD_CONTACTS, "visits": GOOD_VISITS,
              "preferences": GOOD_PREFERENCES}

#: (object path, method) a save goes through; each is made to fail on its n-th call.
FAILING = [
    ("clients", "insert"), ("clients", "update"), ("staff", "insert"),
    ("imports", "record"), ("imports", "finish"), ("records", "add_visit"),
    ("search_index", "write"),
]


class Boom(Exception):
    """Not a ClientBookError: a bug part way through a save must roll back too."""


@settings(max_examples=60, deadline=None, derandomize=True)
@given(kind=st.sampled_from(sorted(GOOD_FILES)), failing=st.sampled_from(FAILING),
       after=st.integers(0, 5), error=st.sampled_from(["bug", "disk full", "integrity"]))
def test_a_save_that_fails_part_way_leaves_the_book_unchanged(kind, failing, after, error):
    raised = {"bug": Boom("boom"),
              "disk full": sqlite3.OperationalError("database or disk is full"),
              "integrity": sqlite3.IntegrityError("FOREIGN KEY constraint failed")}[error]
    with fresh_book() as (book, folder):
        path = folder / f"{kind}.csv"
        path.write_text(GOOD_FILES[kind], encoding="utf-8")
        plan = check_import(book, open_source(path))
        assert not plan.problems and not plan.file_problem
        before = dump(book)
        owner_name, method = failing
        owner = search_index if owner_name == "search_index" else getattr(book.store,
                                                                             owner_name)
        real = getattr(owner, method)
        calls = []

        def fail_after_n(*args, **kwargs):
            calls.append(args)
            if len(calls) > after:
                raise raised
            return real(*args, **kwargs)

        with mock.patch.object(owner, method, fail_after_n):
            try:
                run_import(book, plan, skip_bad=True)
            except (ClientBookError, Boom) as exc:
                assert error != "bug" or exc is raised
                assert dump(book) == before
                return
        # The method was not called often enough to fail: the import went through.
        assert len(calls) <= after
        assert book.store.imports.last() is not None


def test_failing_midway_really_fails_some_saves():
    """The test above is not vacuous: inserting the second client fails that import."""
    with fresh_book() as (book, folder):
        path = folder / "contacts.csv"
        path.write_text(GOOD_CONTACTS, encoding="utf-8")
        plan = check_import(book, open_source(path))
        before = dump(book)
        real = book.store.clients.insert
        calls = []

        def insert(client):
            calls.append(client)
            if len(calls) == 2:
                raise sqlite3.OperationalError("database or disk is full")
            return real(client)

        with mock.patch.object(book.store.clients, "insert", insert), \
                pytest.raises(ClientBookError, match="could not be saved"):
            run_import(book, plan)
        assert len(calls) == 2
        assert dump(book) == before


# -- NUL and control characters, directly ------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "cp1251"])
def test_a_nul_in_a_csv_file_is_refused_with_a_message_and_nothing_saved(encoding):
    with fresh_book() as (book, folder):
        path = folder / "nul.csv"
        path.write_bytes("Name,Phone\nBea\x00,555 0102\n".encode(encoding))
        before = dump(book)
        with pytest.raises(ClientBookError, match=r"(?i)nul|not look like a text"):
            import_csv(book, "contacts", path)
        assert dump(book) == before


def test_control_characters_in_imported_records_are_not_stored():
    """Control characters never reach the book from a record file; the line breaks of visit
    notes stay as exported, staff names and preferences are tidied as one line."""
    with fresh_book() as (book, folder):
        visits = folder / "visits.csv"
        visits.write_text("client_id,visited_at,staff,service,notes\n"
                          "1,2026-11-01 10:00,Ev\x01a,Co\x1blour,\"Line one\r\nline two\"\n",
                          encoding="utf-8")
        appointments = folder / "appointments.csv"
        appointments.write_text("client_id,starts_at,service,notes\n"
                                "1,2026-11-30 10:00,Cut,\"Bring the\x07 album\"\n",
                                encoding="utf-8")
        prefs = folder / "preferences.csv"
        prefs.write_text("client_id,category,value,detail\n1,drink,Gre\x02en tea,ho\x7ft\n",
                         encoding="utf-8")
        import_csv(book, "visits", visits)
        import_csv(book, "preferences", prefs)
        import_csv(book, "appointments", appointments)
        assert stray_controls(book) == []
        visit = book.store.records.visits_for(1)[-1]  # the older one: the seeded visit is NOW
        assert (visit.service, visit.notes) == ("Colour", "Line one\r\nline two")
        assert "Ev a" in [s.name for s in book.staff.all()]
        added = book.clients.get(1).preferences[-1]
        assert (added.value, added.detail) == ("Gre en tea", "ho t")
        assert book.store.records.next_appointment(1, NOW).notes == "Bring the album"


def test_a_vertical_tab_in_a_note_is_a_line_break():
    """FileMaker writes a line break inside a field as a vertical tab (text_decoding allows it)."""
    with fresh_book() as (book, folder):
        path = folder / "filemaker.csv"
        path.write_text("Name,Phone,Notes\nBea Brown,555 0102,Tea\x0bno sugar\n", encoding="utf-8")
        import_csv(book, "contacts", path)
        [bea] = [r.id for r in book.search("Bea Brown")]
        assert book.clients.get(bea).notes == "Tea\nno sugar"


def test_search_finds_what_an_import_added():
    """An imported name is findable at once (the search index is written in the same save)."""
    with fresh_book() as (book, folder):
        path = folder / "contacts.csv"
        path.write_text(GOOD_CONTACTS, encoding="utf-8")
        import_csv(book, "contacts", path)
        assert [r.name for r in book.search("Ева")] == ["Ева Иванова"]


# -- files that once crashed an import (each found by the tests above) ---------------------

ONCE_CRASHED = [
    # csv_reading.detect_delimiter: a first record with a quoted line break raised csv.Error
    (b',"\r"\r\n', ""),
    (b'"Name\nof client";Phone\nAnna;555 0101\n', ""),  # the same, with a real heading
    # ids and client references that str.isdigit() accepts but int() or SQLite do not
    (b"id,display_name\r\n99999999999999999999,Anna Smith\r\n", "id"),
    ("id,display_name\n²,Anna Smith\n".encode(), "id"),
    (b"id,display_name\n" + b"9" * 5000 + b",Anna Smith\n", "id"),
    (b"client_id,visited_at\n" + b"9" * 5000 + b",2026-11-01 10:00\n", "client_id"),
    (b"client_id,visited_at\n99999999999999999999,2026-11-01 10:00\n", "client_id"),
    ("client,visited_at\n²,2026-11-01 10:00\n".encode(), "No client"),
    (b"client,visited_at\n99999999999999999999,2026-11-01 10:00\n", "No client"),
    (b"client_id,id,visited_at\n1," + b"9" * 5000 + b",2026-11-01 10:00\n", "id"),
    (b"client_id,id,visited_at\n1,99999999999999999999,2026-11-01 10:00\n", "id"),
    # amounts Decimal cannot quantize, or too many cents for SQLite
    (b"client_id,visited_at,spend\n1,2026-11-01 10:00,1E+27\n", "spend"),
    (b"client_id,visited_at,spend\n1,2026-11-01 10:00,99999999999999999.99\n", "spend"),
    # saved, then too long for timedelta: the Today page's end time raised OverflowError
    (b"client_id,starts_at,duration_min\n1,2026-11-22 10:00,999999999999999999\n",
     "duration_min"),
]


@pytest.mark.parametrize(("data", "problem"), ONCE_CRASHED)
@pytest.mark.parametrize("way", ["cli", "wizard"])
def test_files_that_once_crashed_an_import_now_get_a_message(data, problem, way):
    """Whole or nothing as above; a bad row is that row's problem, named by its column."""
    how = Options(way, "auto", skip_bad=False, duplicates=MERGE, encoding=None,
                  delimiter=None, day_first=False, dry_run=False, mapping=None)
    import_whole_or_not_at_all(data, how)
    if problem:
        with fresh_book() as (book, folder):
            path = folder / "file.csv"
            path.write_bytes(data)
            plan = check_import(book, open_source(path))
            assert [problem in row.problem for row in plan.rows] == [True]


# -- found by the fuzzing: numbers and amounts every reader must refuse with a message ------

NOT_A_NUMBER = ["²", "9" * 5000]  # str.isdigit() is True for both; int() refuses both


@pytest.mark.parametrize("text", [*NOT_A_NUMBER, "99999999999999999999"])
def test_an_own_clients_file_id_that_is_no_usable_number_is_a_validation_error(text):
    with pytest.raises(ValidationError):
        client_from_row([text, "Anna"], ["id", "name"], own=True)


@pytest.mark.parametrize("text", [*NOT_A_NUMBER, "99999999999999999999"])
def test_resolving_a_client_by_an_impossible_number_says_no_client_matches(text):
    with fresh_book() as (book, _folder), pytest.raises(ClientBookError):
        book.clients.resolve(text)


@pytest.mark.parametrize("text", ["1e30", "9" * 30])
def test_an_amount_too_large_to_hold_is_a_validation_error(text):
    with pytest.raises(ValidationError):
        parse_money(text)


def test_a_visit_with_an_amount_sqlite_cannot_hold_is_refused_with_a_message():
    with fresh_book() as (book, _folder):
        before = dump(book)
        with pytest.raises(ClientBookError):
            book.history.add_visit(Visit(1, NOW, "Colour", spend=Decimal(10) ** 20))
        assert dump(book) == before

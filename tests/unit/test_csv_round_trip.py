"""Export → import into an empty book → export gives the same files, byte for byte."""

from __future__ import annotations

import contextlib
from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import (
    Appointment,
    AppointmentStatus,
    Client,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.services.book import Book
from clientbook.services.exporting.csv_export import export_csv
from clientbook.services.importing.csv_import import import_csv

from ..conftest import NOW

KINDS_IN_ORDER = ("clients", "preferences", "visits", "appointments", "promises")

HOSTILE = [
    "=HYPERLINK(\"http://evil.example\",\"click\")", "+44 20 7946 0958", "-2+3", "@SUM(A1)",
    "'=already quoted", "''=twice", "'plain apostrophe", 'He said "hi", then left',
    "line one\nline two\r\nline three", "semi;colon, comma\ttab", "Ζωή Παπαδοπούλου",
    "Олена Коваленко-Ґудзь", "王小明", "José Núñez", "emoji 🎂 birthday", "=1+1\n=2+2",
]


def fill(book: Book) -> None:
    mei = book.staff.add("Мей =Mei")
    for i, text in enumerate(HOSTILE):
        client = Client(
            display_name=text.replace("\n", " ").replace("\r", " ") or "x",
            given_name=text.split()[0] if text.split() else "", address_as=text[:20].strip(),
            phones=["+30 21 0123 4567"] if i % 2 else [], email=f"c{i}@example.com",
            birthday=Birthday(2, 29) if i % 3 == 0 else Birthday(5, 1, 1980),
            notes=text, designer_id=mei.id if i % 2 else None, archived=i == 5,
            preferences=[Preference(PreferenceCategory.DRINK, text.strip() or "tea", text),
                         Preference(PreferenceCategory.CONVERSATION, "small talk", avoid=True)],
        )
        book.clients.add(client)
        book.history.add_visit(Visit(client.id, NOW, text, mei.id, Decimal("12.50"), text))
        book.history.add_appointment(Appointment(client.id, datetime(2026, 12, 1, 10, i),
                                                 45, text, None, AppointmentStatus.NO_SHOW,
                                                 text))
        book.history.add_promise(Promise(client.id, text.strip() or "call", NOW, mei.id))


def export_all(book: Book, folder, **options) -> dict[str, bytes]:
    folder.mkdir(exist_ok=True)
    for kind in KINDS_IN_ORDER:
        export_csv(book, kind, folder / f"{kind}.csv", **options)
    return {kind: (folder / f"{kind}.csv").read_bytes() for kind in KINDS_IN_ORDER}


@pytest.mark.parametrize("options", [{}, {"bom": False, "delimiter": ";"}])
def test_export_import_export_is_byte_identical(book, tmp_path, options):
    fill(book)
    first = export_all(book, tmp_path / "first", **options)
    assert b"'=HYPERLINK" in first["clients"]  # neutralised for spreadsheets

    copy = Book.open(tmp_path / "copy", clock=lambda: datetime(2030, 1, 1))
    for kind in KINDS_IN_ORDER:
        report = import_csv(copy, kind, tmp_path / "first" / f"{kind}.csv")
        assert report.ok, report.problems
    again = export_all(copy, tmp_path / "again", **options)
    for kind in KINDS_IN_ORDER:
        assert again[kind] == first[kind], kind
    restored = copy.clients.get(1)
    assert restored.notes == HOSTILE[0]  # the import took the quote off again
    copy.close()


cell_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
    max_size=40,
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.lists(cell_text, min_size=1, max_size=6), notes=cell_text)
def test_any_text_survives_the_round_trip_or_is_refused_whole(tmp_path_factory, names, notes):
    folder = tmp_path_factory.mktemp("rt")
    book = Book.open(folder / "a", clock=lambda: NOW)
    for name in names:
        with contextlib.suppress(ValidationError):  # e.g. a name of control characters only
            book.clients.add(Client(display_name=name, notes=notes))
    export_csv(book, "clients", folder / "c.csv")
    copy = Book.open(folder / "b", clock=lambda: NOW)
    report = import_csv(copy, "clients", folder / "c.csv")
    assert report.ok, report.problems
    export_csv(copy, "clients", folder / "d.csv")
    assert (folder / "d.csv").read_bytes() == (folder / "c.csv").read_bytes()
    book.close()
    copy.close()

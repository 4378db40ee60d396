"""ClientBook's own CSV: round trips, client references, and all-or-nothing imports."""

import csv
from decimal import Decimal

import pytest

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import FileFormatError
from clientbook.domain.models import Client, Preference, PreferenceCategory, Visit
from clientbook.services.book import Book
from clientbook.services.csv_format import COLUMNS
from clientbook.services.exporting.csv_export import export_csv
from clientbook.services.importing.csv_import import import_csv

from ..conftest import NOW


def write(path, header, *rows, encoding="utf-8"):
    with open(path, "w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows(rows)
    return path


@pytest.fixture
def anna(book):
    mei = book.staff.add("Mei")
    client = Client(
        display_name="Ζωή Παπαδοπούλου", phones=["+30 21 0123 4567", "+30 69 1234 5678"],
        email="zoi@example.gr", birthday=Birthday(2, 29), designer_id=mei.id,
        notes='Likes <b>bold</b> "quotes", commas, and\na second line',
        preferences=[Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar"),
                     Preference(PreferenceCategory.CONVERSATION, "small talk", avoid=True)],
    )
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, NOW, "Colour", mei.id, Decimal("120.50"), "great"))
    return client


def test_export_then_import_into_a_new_book_keeps_everything(book, anna, tmp_path):
    files = {kind: tmp_path / f"{kind}.csv" for kind in ("clients", "preferences", "visits")}
    for kind, path in files.items():
        assert export_csv(book, kind, path) >= 1
    assert files["clients"].read_bytes().startswith(b"\xef\xbb\xbf")  # BOM for Excel

    other = Book.open(tmp_path / "other", clock=lambda: NOW)
    for kind in ("clients", "preferences", "visits"):
        report = import_csv(other, kind, files[kind])
        assert report.ok, report.problems
    copy = other.clients.get(anna.id)
    assert copy.display_name == anna.display_name
    assert copy.phones == anna.phones
    assert copy.birthday == Birthday(2, 29)
    assert copy.notes == anna.notes
    assert [(p.value, p.avoid) for p in copy.preferences] == [("Earl Grey", False),
                                                             ("small talk", True)]
    assert other.staff.by_name("Mei") is not None
    visit = other.store.records.visits_for(anna.id)[0]
    assert (visit.spend, visit.service, visit.notes) == (Decimal("120.50"), "Colour", "great")
    other.close()


def test_visits_can_name_their_client_by_phone_email_or_exact_name(book, anna, tmp_path):
    path = write(
        tmp_path / "v.csv", ["client", "visited_at", "service", "spend"],
        ["+30 210 123 4567", "2025-03-01 10:00", "Cut", "40"],
        ["ZOI@example.gr", "2025-04-01 10:00", "Cut", "40.00"],
        ["Ζωή Παπαδοπούλου", "2025-05-01T10:00", "Cut", "0"],
    )
    report = import_csv(book, "visits", path)
    assert (report.ok, report.added) == (True, 3)
    assert book.store.records.visit_count(anna.id) == 4


def test_one_bad_row_imports_nothing_and_names_the_line(book, anna, tmp_path):
    path = write(
        tmp_path / "v.csv", ["client_id", "visited_at", "staff", "spend"],
        [anna.id, "2025-03-01 10:00", "Carlos", "40"],
        [anna.id, "yesterday", "Mei", "40"],
        [anna.id, "2025-03-02 10:00", "Mei", "12,50"],
        [999, "2025-03-02 10:00", "Mei", "1"],
    )
    report = import_csv(book, "visits", path)
    assert not report.ok
    assert [(p.line, p.message.split()[0]) for p in report.problems] == [
        (3, "visited_at"), (4, "spend"), (5, "client_id")]
    assert book.store.records.visit_count(anna.id) == 1
    assert book.staff.by_name("Carlos") is None  # not even the new staff member


def test_an_ambiguous_client_reference_is_a_problem_not_a_guess(book, anna, tmp_path):
    book.clients.add(Client(display_name="Ζωή Παπαδοπούλου"))
    path = write(tmp_path / "v.csv", ["client", "visited_at"],
                 ["Ζωή Παπαδοπούλου", "2025-03-01 10:00"])
    report = import_csv(book, "visits", path)
    assert "matches 2 clients" in report.problems[0].message


def test_a_legacy_code_page_is_detected_and_extra_cells_are_a_problem_of_their_row(
        book, tmp_path):
    path = tmp_path / "c.csv"
    path.write_bytes("display_name\nОлена Шевченко\nAnna,extra\n".encode("cp1251"))
    report = import_csv(book, "clients", path)
    assert report.encoding == "cp1251"
    assert [(p.line, p.message) for p in report.problems] == [
        (3, "2 cells but the header has 1.")]
    assert book.clients.count() == 0


def test_dry_run_checks_but_saves_nothing(book, tmp_path):
    path = write(tmp_path / "c.csv", ["display_name", "birthday", "designer"],
                 ["Олена Шевченко", "--02-29", "Oksana"])
    report = import_csv(book, "clients", path, dry_run=True)
    assert (report.ok, report.added, report.new_staff) == (True, 1, ["Oksana"])
    assert book.store.clients.count() == 0
    assert book.staff.all() == []


def test_importing_clients_with_an_existing_id_updates_without_losing_preferences(
        book, anna, tmp_path):
    path = write(tmp_path / "c.csv", ["id", "display_name", "email"],
                 [anna.id, "Zoi P.", "new@example.gr"])
    report = import_csv(book, "clients", path)
    assert (report.added, report.updated) == (0, 1)
    updated = book.clients.get(anna.id)
    assert (updated.display_name, updated.email) == ("Zoi P.", "new@example.gr")
    assert len(updated.preferences) == 2
    assert updated.phones == anna.phones  # column absent: left as it was


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"display_name,shoe_size\nAnna,38\n", "unknown column"),
        (b"", "empty"),
        (b"\x00\x01\x02\x03garbage\xff\xfe" * 50, "text file"),
    ],
)
def test_unreadable_files_are_refused_with_a_clear_message(book, tmp_path, content, message):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(FileFormatError, match=message):
        import_csv(book, "clients", path)
    assert book.store.clients.count() == 0


def test_header_of_every_export_is_the_documented_format(book, anna, tmp_path):
    for kind, columns in COLUMNS.items():
        path = tmp_path / f"{kind}.csv"
        export_csv(book, kind, path)
        with open(path, encoding="utf-8-sig", newline="") as handle:
            assert next(csv.reader(handle)) == columns


def test_preferences_import_appends_to_the_client(book, anna, tmp_path):
    path = write(tmp_path / "p.csv", ["client_id", "category", "value", "detail", "avoid"],
                 [anna.id, "music", "jazz", "quiet", "no"],
                 [anna.id, "products", "upselling", "", "yes"])
    assert import_csv(book, "preferences", path).ok
    prefs = book.clients.get(anna.id).preferences
    assert [(p.category.value, p.value, p.avoid) for p in prefs[2:]] == [
        ("music", "jazz", False), ("products", "upselling", True)]


def test_appointment_status_must_be_known(book, anna, tmp_path):
    path = write(tmp_path / "a.csv", ["client_id", "starts_at", "status"],
                 [anna.id, "2026-11-23 10:00", "maybe"])
    report = import_csv(book, "appointments", path)
    assert "status 'maybe' is not one of" in report.problems[0].message


def test_a_visits_file_without_its_time_column_says_so(book, tmp_path):
    path = write(tmp_path / "v.csv", ["client_id", "service"], ["1", "Cut"])
    with pytest.raises(FileFormatError, match=r"is not ClientBook visits CSV.*column it needs"):
        import_csv(book, "visits", path)

"""Every published layout and legacy encoding in tests/fixtures/contacts imports as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientbook.domain.birthdays import Birthday
from clientbook.services.importing.csv_import import import_csv

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"
GREEK = {"Ζωή Παπαδοπούλου", "Γιώργος Νικολάου", "Άννα Αλεξίου", "Έλενα Οικονόμου"}
UKRAINIAN = {"Олена Коваленко", "Тарас Шевченко", "Ірина Бойко", "Юлія Ткаченко"}

CASES = {
    "google_old.csv": ("Google Contacts (older export)", "utf-8",
                       {"Ζωή Παπαδοπούλου", "Олена Коваленко", "王小明", "José Núñez"}),
    "google_new.csv": ("Google Contacts", "utf-8",
                       {"Zoë Brontë", "Тарас Шевченко", "Γιώργος Νικολάου", "李娜"}),
    "outlook.csv": ("Outlook", "cp1252",
                    {"José Núñez", "Zoë Brontë", "François Lefèvre", "Jürgen Müller"}),
    "outlook_cp1251.csv": ("Outlook", "cp1251", UKRAINIAN),
    "contacts_cp1253.csv": ("Spreadsheet", "cp1253", GREEK),
    "contacts_iso8859_7.csv": ("Spreadsheet", "iso8859-7", GREEK),
    "contacts_gbk.csv": ("Spreadsheet", "gb18030", {"王小明", "李娜", "张伟", "刘洋"}),
    "excel_unicode.txt": ("Spreadsheet", "utf-16",
                          {"Олена Коваленко", "Ζωή Παπαδοπούλου", "王小明", "Zoë Brontë"}),
    "one_column.csv": ("Spreadsheet", "utf-8",
                       {"Anna Smith", "Zoë Brontë", "Олена Коваленко", "王小明", "O'Brien, Pat"}),
    "contacts_v3.vcf": ("vCard", "utf-8", {"Ζωή Παπαδοπούλου", "王小明", "Zoë Brontë"}),
    "contacts_v4.vcf": ("vCard", "utf-8", {"Тарас Шевченко", "Anna Smith", "Zoë Brontë"}),
    "phone_v21.vcf": ("vCard", "utf-8", {"Олена Коваленко", "Anna Smith"}),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_each_fixture_imports_every_contact_with_readable_names(book, name):
    layout, encoding, names = CASES[name]
    report = import_csv(book, "contacts", FIXTURES / name)
    assert report.ok, report.problems
    assert (report.layout, report.encoding) == (layout, encoding)
    ids = book.store.clients.all_ids()
    assert {book.clients.get(i).display_name for i in ids} == names
    assert report.added == len(names)


def test_the_details_come_across_not_just_the_names(book):
    import_csv(book, "contacts", FIXTURES / "google_old.csv")
    import_csv(book, "contacts", FIXTURES / "outlook_cp1251.csv", duplicates="skip")
    (zoi,) = [book.clients.get(i) for i in book.store.clients.ids_by_name("Ζωή Παπαδοπούλου")]
    assert zoi.phones == ["+30 210 1234567", "+30 69 1234 5678"]
    assert zoi.birthday == Birthday(3, 15, 1985)
    assert zoi.notes == "Καφές σκέτος.\nΉσυχο δωμάτιο."
    (olena,) = [book.clients.get(i) for i in book.store.clients.ids_by_name("Олена Коваленко")]
    assert olena.birthday == Birthday(3, 15)  # Google's " --03-15": no year
    (irina,) = [book.clients.get(i) for i in book.store.clients.ids_by_name("Ірина Бойко")]
    assert irina.phones == ["+380 44 000 1111", "+380 50 765 4321"]


def test_outlook_notes_keep_one_kind_of_line_break(book):
    import_csv(book, "contacts", FIXTURES / "outlook.csv")
    (zoe,) = [book.clients.get(i) for i in book.store.clients.ids_by_name("Zoë Brontë")]
    assert zoe.notes == "Prefers the quiet room;\nno small talk."


@pytest.mark.parametrize("name", ["google_new.csv", "outlook.csv", "contacts_v3.vcf"])
def test_a_contacts_file_imported_as_clients_names_the_command_that_imports_it(book, name):
    from clientbook.domain.errors import FileFormatError

    with pytest.raises(FileFormatError) as caught:
        import_csv(book, "clients", FIXTURES / name)
    text = str(caught.value)
    assert f"clientbook import contacts {FIXTURES / name}" in text
    assert book.clients.count() == 0

"""Dates that read two ways are read one way on purpose, and said; implausible years dropped."""

from __future__ import annotations

import pytest

from clientbook.cli.output import import_notes
from clientbook.domain.birthdays import Birthday
from clientbook.services.importing.csv_import import import_csv
from clientbook.services.importing.date_order import FILE, LOCALE, OPTION, date_reading


def _write(tmp_path, text):
    path = tmp_path / "contacts.csv"
    path.write_text(text, "utf-8")
    return path


def _birthdays(book):
    return {c.display_name: c.birthday
            for c in map(book.clients.get, book.store.clients.all_ids())}


def test_an_all_ambiguous_file_is_read_the_locales_way_and_says_how_to_choose(book, tmp_path):
    path = _write(tmp_path, "Name,Birthday\nAnna,03/04/1985\nBea,05/06/1990\n")
    report = import_csv(book, "contacts", path, day_first=None, default_day_first=False)
    assert (report.dates.why, report.dates.day_first, report.dates.example) == (
        LOCALE, False, "03/04/1985")
    assert _birthdays(book)["Anna"] == Birthday(3, 4, 1985)
    assert import_notes(report) == [
        "Dates like 03/04/1985 read as 4 March (month first: the order this computer's "
        "locale writes) — use --day-first for 3 April."]


def test_a_day_first_locale_reads_them_day_first(book, tmp_path):
    path = _write(tmp_path, "Name,Birthday\nAnna,03/04/1985\n")
    report = import_csv(book, "contacts", path, day_first=None, default_day_first=True)
    assert _birthdays(book)["Anna"] == Birthday(4, 3, 1985)
    assert "use --month-first for 4 March" in import_notes(report)[0]


def test_one_unambiguous_date_settles_the_whole_file(book, tmp_path):
    path = _write(tmp_path, "Name,Birthday\nAnna,03/04/1985\nBea,25/12/1990\n")
    report = import_csv(book, "contacts", path, day_first=None, default_day_first=False)
    assert report.dates.why == FILE and report.dates.day_first
    assert _birthdays(book)["Anna"] == Birthday(4, 3, 1985)
    assert import_notes(report) == []


def test_the_option_wins_over_the_guess():
    reading = date_reading(["03/04/1985"], True, False)
    assert (reading.why, reading.read_as()) == (OPTION, Birthday(4, 3, 1985))


@pytest.mark.parametrize(("text", "year"), [("1814-03-15", 1814), ("0001-03-15", 1),
                                            ("3/15/1814", 1814)])
def test_an_implausible_birth_year_keeps_the_birthday_without_it(book, tmp_path, text, year):
    path = _write(tmp_path, f"Name,Birthday\nAnna,{text}\n")
    report = import_csv(book, "contacts", path)
    assert report.ok and not report.problems
    assert _birthdays(book)["Anna"] == Birthday(3, 15)
    assert report.years_dropped == [(2, year)]
    assert import_notes(report) == [
        f"line 2: birthday kept without its year ({year} is not a plausible birth year)."]

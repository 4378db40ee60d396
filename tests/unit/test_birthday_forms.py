"""Birthdays as Outlook, Google, Apple, phones and spreadsheets write them."""

from __future__ import annotations

import pytest

from clientbook.domain.birthdays import Birthday, parse_birthday_loose
from clientbook.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1985-03-15", Birthday(3, 15, 1985)),
        ("1985-3-5", Birthday(3, 5, 1985)),
        ("1985-03-15T00:00:00Z", Birthday(3, 15, 1985)),  # vCard 3.0 from some servers
        ("1985-03-15T00:00:00.000+02:00", Birthday(3, 15, 1985)),
        ("1985-03-15 00:00:00", Birthday(3, 15, 1985)),  # spreadsheets
        ("--03-15", Birthday(3, 15)),  # Google, vCard 3.0
        (" --03-15", Birthday(3, 15)),  # Google's older CSV, with its space
        ("--0315", Birthday(3, 15)),  # vCard 4.0
        ("19850315", Birthday(3, 15, 1985)),  # vCard 4.0 / 2.1
        ("19850315T000000Z", Birthday(3, 15, 1985)),
        ("1985/03/15", Birthday(3, 15, 1985)),
        ("3/15/1985", Birthday(3, 15, 1985)),  # Outlook (US)
        ("03/15/1985", Birthday(3, 15, 1985)),
        ("3/15/85", Birthday(3, 15, 1985)),
        ("15.03.1985", Birthday(3, 15, 1985)),  # European
        ("5.3.1985", Birthday(3, 5, 1985)),
        ("15.03.1985.", Birthday(3, 15, 1985)),  # with the closing dot some write
        ("15/3/1985", Birthday(3, 15, 1985)),  # a first number above 12 is a day
        ("1604-03-15", Birthday(3, 15)),  # Apple: year omitted
        ("0000-03-15", Birthday(3, 15)),  # Google: year unknown
        ("--02-29", Birthday(2, 29)),  # leap day without a year is a real birthday
        ("2/29/2000", Birthday(2, 29, 2000)),
    ],
)
def test_accepted_forms(text, expected):
    assert parse_birthday_loose(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "0/0/00", "0/0/0000", "00/00/0000",
                                  "0000-00-00", "0.0.0000"])
def test_empty_and_outlooks_no_birthday_give_none(text):
    assert parse_birthday_loose(text) is None


def test_day_first_reads_european_slashes():
    assert parse_birthday_loose("05/03/1985") == Birthday(5, 3, 1985)
    assert parse_birthday_loose("05/03/1985", day_first=True) == Birthday(3, 5, 1985)


def test_day_first_still_reads_a_date_that_only_works_month_first():
    assert parse_birthday_loose("3/15/1985", day_first=True) == Birthday(3, 15, 1985)


def test_dotted_dates_are_always_day_first():
    assert parse_birthday_loose("05.03.1985") == Birthday(3, 5, 1985)


@pytest.mark.parametrize(
    ("text", "year"),
    [("3/15/00", 2000), ("3/15/07", 2007), ("3/15/30", 2030), ("3/15/31", 1931),
     ("3/15/85", 1985), ("3/15/99", 1999), ("15.03.07", 2007)],
)
def test_two_digit_years_pivot_at_30_without_reading_the_clock(text, year):
    assert parse_birthday_loose(text).year == year


def test_the_two_digit_pivot_can_be_chosen():
    assert parse_birthday_loose("3/15/25", pivot=20).year == 1925
    assert parse_birthday_loose("3/15/25", pivot=25).year == 2025


@pytest.mark.parametrize("text", ["hello", "March 15", "3/15", "1985", "15-03-1985",
                                  "3/15/1985 extra", "1985-03-15X", "--3-15", "--031"])
def test_unknown_forms_quote_the_text_and_list_the_accepted_ones(text):
    with pytest.raises(ValidationError) as caught:
        parse_birthday_loose(text)
    message = str(caught.value)
    assert repr(text.strip()) in message
    for form in ("1985-03-15", "--03-15", "19850315", "3/15/1985", "15.03.1985"):
        assert form in message
    assert caught.value.field == "birthday"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2/30/1985", "not a real date"),
        ("2/29/1985", "not a real date"),
        ("13/13/1985", "month 13"),
        ("1985-13-01", "month 13"),
        ("3/15/1700", "not plausible"),
        ("--02-30", "does not exist"),
    ],
)
def test_impossible_dates_say_why_and_quote_the_text(text, reason):
    with pytest.raises(ValidationError, match=reason) as caught:
        parse_birthday_loose(text)
    assert repr(text) in str(caught.value)


def test_the_strict_parser_is_unchanged():
    assert Birthday.parse("1985-03-15") == Birthday(3, 15, 1985)
    with pytest.raises(ValidationError):
        Birthday.parse("3/15/1985")
    with pytest.raises(ValidationError):
        Birthday.parse("--0315")

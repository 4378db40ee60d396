"""Birthdays: leap days, New Year, unknown years, all against an injected today."""

from datetime import date

import pytest

from clientbook.domain.birthdays import Birthday, month_days_between, upcoming
from clientbook.domain.errors import ValidationError


def test_leap_day_birthday_is_celebrated_on_28_february_in_common_years():
    bd = Birthday(2, 29, 2000)
    assert bd.in_year(2027) == date(2027, 2, 28)
    assert bd.in_year(2028) == date(2028, 2, 29)


def test_window_wraps_over_new_year():
    people = [(1, "Anna", Birthday(1, 2, 1990)), (2, "Ben", Birthday(12, 30))]
    found = upcoming(people, date(2026, 12, 29), 7)
    assert [(b.name, b.date, b.days_until) for b in found] == [
        ("Ben", date(2026, 12, 30), 1),
        ("Anna", date(2027, 1, 2), 4),
    ]
    assert found[1].age == 37
    assert found[0].age is None  # no year, no age


def test_today_counts_and_the_last_day_is_included():
    people = [(1, "Today", Birthday(11, 22)), (2, "Day 7", Birthday(11, 29)),
              (3, "Day 8", Birthday(11, 30))]
    found = upcoming(people, date(2026, 11, 22), 7)
    assert [b.name for b in found] == ["Today", "Day 7"]


def test_month_day_keys_include_leap_day_in_common_years():
    assert "02-29" in month_days_between(date(2027, 2, 27), 2)
    assert "02-29" not in month_days_between(date(2028, 2, 27), 1)


@pytest.mark.parametrize(
    "text", ["1990-02-30", "2001-02-29", "--13-01", "22/11/1990", "", "--02-30"]
)
def test_impossible_birthdays_are_refused_with_a_message(text):
    with pytest.raises(ValidationError, match=r"\S"):
        Birthday.parse(text)


def test_birthday_without_a_year_round_trips():
    assert Birthday.parse("--02-29").iso() == "--02-29"
    assert Birthday.parse("1984-07-05") == Birthday(7, 5, 1984)

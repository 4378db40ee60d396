"""The firm's opening hours as a setting: checked, stored in a plain form, and worked by
designers who have no hours of their own."""

from __future__ import annotations

from datetime import date

import pytest

from clientbook.domain.errors import ValidationError
from clientbook.services.settings import check_setting

TUESDAY, SUNDAY = date(2026, 11, 24), date(2026, 11, 29)


def test_the_hours_are_stored_in_the_form_they_are_read():
    assert check_setting("opening_hours", "  ") == ""
    assert check_setting("opening_hours", "Mon-Fri 09:00-18:00; sat 10:00-14:00") == \
        "mon-fri 09:00-18:00; sat 10:00-14:00; sun off"


@pytest.mark.parametrize("text", ["mon-fri 9-18", "someday 09:00-18:00", "mon 18:00-09:00",
                                  "mon 09:00-18:00 extra"])
def test_bad_hours_are_refused_with_a_clear_message_and_nothing_changes(book, text):
    book.update_settings({"opening_hours": "mon-sat 09:00-18:00"})
    with pytest.raises(ValidationError) as error:
        book.update_settings({"opening_hours": text, "currency": "GBP"})
    assert error.value.field == "opening_hours"
    assert "mon-fri 09:00-17:00" in error.value.template  # says how to write it
    assert book.setting("opening_hours") == "mon-sat 09:00-18:00; sun off"
    assert book.setting("currency") == "EUR"


def test_a_designer_without_hours_works_the_opening_hours(book):
    carlos, mei = book.staff.add("Carlos"), book.staff.add("Mei")
    book.staff_hours.set(mei.id, ["tue-sat 08:00-12:00"])
    assert book.staff_hours.pattern(carlos.id).lines()[0] == "mon-sat 09:00-18:00"  # default
    book.update_settings({"opening_hours": "tue-sun 10:00-19:00"})
    assert book.staff_hours.pattern(carlos.id).lines() == ["mon off", "tue-sun 10:00-19:00"]
    assert book.staff_hours.patterns()[carlos.id].works_on(SUNDAY)
    assert book.staff_hours.pattern(mei.id).lines()[1] == "tue-sat 08:00-12:00"  # their own
    plan = book.day_plans.day(TUESDAY)
    assert plan.opening == ((600, 1140),)
    assert {c.name: c.open_spans for c in plan.columns}["Carlos"] == ((600, 1140),)


def test_without_opening_hours_the_day_has_none(book):
    assert book.day_plans.day(TUESDAY).opening is None

"""Staff hours and time off, edited on the Staff page."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from clientbook.ui.staff.staff_page import StaffPage


@pytest.fixture
def page(qtbot, session):
    widget = StaffPage(session)
    qtbot.addWidget(widget)
    return widget


def test_selecting_someone_shows_their_week_and_saving_keeps_it(page, demo_book):
    carlos = demo_book.staff.by_name("Carlos")
    page.select(carlos.id)
    editor = page.hours
    assert editor.isEnabled()
    assert [e.text() for e in editor.day_edits][:2] == ["09:00-13:00, 14:00-18:00"] * 2
    assert editor.day_edits[6].text() == ""  # Sunday off
    editor.day_edits[0].setText("")
    editor.day_edits[6].setText("10:00 – 14:00")
    assert editor.save_hours()
    pattern = demo_book.staff_hours.pattern(carlos.id)
    assert pattern.lines()[0] == "mon off"
    assert pattern.lines()[-1] == "sun 10:00-14:00"


def test_bad_hours_say_why_and_change_nothing(page, demo_book, answers):
    carlos = demo_book.staff.by_name("Carlos")
    before = demo_book.staff_hours.pattern(carlos.id)
    page.select(carlos.id)
    page.hours.day_edits[2].setText("nine to five")
    assert not page.hours.save_hours()
    kind, title, text = answers[-1]
    assert (kind, title) == ("error", "Could not save the hours")
    assert "is not a working-hours line" in text
    assert demo_book.staff_hours.pattern(carlos.id) == before


def test_time_off_is_added_listed_and_removed(page, demo_book):
    mei = demo_book.staff.by_name("Mei")
    page.select(mei.id)
    editor = page.hours
    editor.off_from.setDate(QDate(2026, 12, 24))
    editor.off_to.setDate(QDate(2026, 12, 26))
    assert editor.add_time_off()
    assert demo_book.staff_hours.time_off(mei.id) == [(date(2026, 12, 24), date(2026, 12, 26))]
    assert editor.off_list.count() == 1
    editor.off_list.setCurrentRow(0)
    assert editor.remove_time_off()
    assert demo_book.staff_hours.time_off(mei.id) == []
    assert editor.off_list.count() == 0

"""The Staff page: add, rename, (de)activate and remove, always reflected in the book."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt

from clientbook.domain.models import Client, Visit
from clientbook.services.changes import Changes
from clientbook.ui.staff.staff_page import StaffPage, StaffTableModel


@pytest.fixture
def page(qtbot, session):
    widget = StaffPage(session)
    qtbot.addWidget(widget)
    return widget


def _names(book, active_only=False):
    return [s.name for s in book.staff.all(active_only)]


def test_model_passes_qt_model_tester(qtmodeltester, session):
    model = StaffTableModel(session)
    qtmodeltester.check(model)
    assert model.rowCount() == len(session.book.staff.all())
    index = model.index(0, StaffTableModel.COL_NAME)
    assert model.data(index, StaffTableModel.ObjectRole).name == model.data(index)


def test_page_lists_staff(page, demo_book):
    model = page.model
    assert page.objectName() == "staffPage"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Name"
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names == _names(demo_book)
    nikos = model.row_of(demo_book.staff.by_name("Nikos").id)
    assert model.data(model.index(nikos, StaffTableModel.COL_ACTIVE)) == "Inactive"


def test_add_from_the_inline_form(qtbot, page, session, demo_book):
    page.name_edit.setText("Zoë Chen")  # keyClicks crashes on non-ASCII text
    page.role_combo.setCurrentText("stylist")
    with qtbot.waitSignal(session.changed) as signal:
        qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].staff
    zoe = demo_book.staff.by_name("Zoë Chen")
    assert (zoe.role, zoe.active) == ("stylist", True)
    assert page.selected().id == zoe.id
    assert page.name_edit.text() == ""
    assert page.model.rowCount() == len(demo_book.staff.all())


def test_add_without_a_name_is_refused_inline(page, demo_book):
    before = _names(demo_book)
    assert page.add_staff("   ") is None
    assert not page.error_label.isHidden() and page.error_label.text()
    assert _names(demo_book) == before


def test_rename_by_editing_the_name_cell(qtbot, page, session, demo_book):
    mei = demo_book.staff.by_name("Mei")
    index = page.model.index(page.model.row_of(mei.id), StaffTableModel.COL_NAME)
    with qtbot.waitSignal(session.changed):
        assert page.model.setData(index, "Mei Lin")
    assert "Mei Lin" in _names(demo_book) and "Mei" not in _names(demo_book)
    assert page.model.data(index) == "Mei Lin"
    # An empty name is refused, shown on the page, and nothing changes.
    assert not page.model.setData(index, "  ")
    assert not page.error_label.isHidden()
    assert "Mei Lin" in _names(demo_book)


def test_rename_button_opens_the_editor(qtbot, page, demo_book):
    page.show()
    page.select(demo_book.staff.by_name("Carlos").id)
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert page.table.state() == page.table.State.EditingState


def test_deactivate_and_reactivate(qtbot, page, demo_book):
    carlos = demo_book.staff.by_name("Carlos")
    page.select(carlos.id)
    assert page.active_button.text() == "Deact&ivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert "Carlos" not in _names(demo_book, active_only=True)
    assert page.active_button.text() == "React&ivate"
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert "Carlos" in _names(demo_book, active_only=True)


def test_remove_asks_and_keeps_history(qtbot, page, session, demo_book, answers):
    carlos = demo_book.staff.by_name("Carlos")
    client = Client(display_name="Anna Smith", designer_id=carlos.id)
    demo_book.clients.add(client)
    demo_book.history.add_visit(Visit(client_id=client.id, staff_id=carlos.id,
                                      visited_at=datetime(2026, 11, 1, 10, 0), service="Colour"))
    page.select(carlos.id)

    answers.reply = False
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert answers[-1][0] == "question" and "kept" in answers[-1][2]
    assert "Carlos" in _names(demo_book)

    answers.reply = True
    with qtbot.waitSignal(session.changed):
        assert page.remove(carlos.id)
    assert "Carlos" not in _names(demo_book)
    assert page.model.row_of(carlos.id) == -1
    [visit] = demo_book.briefing(client.id).last_visits
    assert (visit.service, visit.staff_id) == ("Colour", None)


def test_page_refreshes_on_staff_changes_from_elsewhere(page, session, demo_book):
    session.apply(lambda: (demo_book.staff.add("Priya"), Changes(staff=True))[1])
    assert page.model.row_of(demo_book.staff.by_name("Priya").id) >= 0

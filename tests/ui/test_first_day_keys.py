"""The first working day at the keyboard: preferences, Enter, shortcuts, Tab out of tables."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from clientbook.domain.models import PreferenceCategory
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.session import Session


@pytest.fixture
def empty_session(book, qapp, answers):
    return Session(book)


def shown(qtbot, widget) -> None:
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)


def typed(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), k, modifier)


def test_tab_moves_value_detail_avoid_and_keeps_every_word(qtbot, empty_session):
    dialog = ClientDialog(empty_session)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    editor = dialog.preferences
    editor.add_preference()
    typed(qtbot, "Earl Grey")
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "no sugar")
    key(qtbot, Qt.Key.Key_Tab)
    prefs = editor.preferences()
    assert [(p.value, p.detail) for p in prefs] == [("Earl Grey", "no sugar")]


def test_tab_after_the_last_cell_leaves_the_table(qtbot, empty_session):
    dialog = ClientDialog(empty_session)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    editor = dialog.preferences
    editor.add_preference()
    typed(qtbot, "Earl Grey")
    key(qtbot, Qt.Key.Key_Tab)
    typed(qtbot, "no sugar")
    key(qtbot, Qt.Key.Key_Tab)
    assert editor.view.currentIndex().column() == editor.model.COL_AVOID
    key(qtbot, Qt.Key.Key_Space)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is editor.add_button
    assert [(p.value, p.detail, p.avoid) for p in editor.preferences()] == [
        ("Earl Grey", "no sugar", True)]


@pytest.mark.parametrize("where", ["category", "value"])
@pytest.mark.parametrize("enter", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_enter_in_an_open_editor_commits_only_that_cell(qtbot, empty_session, where, enter):
    dialog = ClientDialog(empty_session)
    qtbot.addWidget(dialog)
    shown(qtbot, dialog)
    dialog.name_edit.setText("Olena")
    editor = dialog.preferences
    editor.add_preference()
    if where == "category":
        key(qtbot, Qt.Key.Key_Escape)
        editor.view.setCurrentIndex(editor.model.index(0, editor.model.COL_CATEGORY))
        key(qtbot, Qt.Key.Key_F2)
        combo = QApplication.focusWidget()
        assert isinstance(combo, QComboBox)
        typed(qtbot, "M")  # picking by keyboard must not close the drop-down
        assert QApplication.focusWidget() is combo
    else:
        typed(qtbot, "Jazz")
    key(qtbot, enter)
    qtbot.wait(10)
    assert dialog.isVisible() and dialog.result() == 0
    assert empty_session.book.clients.count() == 0
    pref = editor.preferences()[0]
    assert (pref.category if where == "category" else pref.value) == (
        PreferenceCategory.MUSIC if where == "category" else "Jazz")

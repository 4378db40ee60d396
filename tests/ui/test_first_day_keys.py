"""The first working day at the keyboard: preferences, Enter, shortcuts, Tab out of tables."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDateTimeEdit

from clientbook.domain.models import Client, PreferenceCategory
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.session import Session
from clientbook.ui.visits.visit_dialog import VisitDialog
from clientbook.ui.widgets.form_dialog import to_qdatetime


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


@pytest.fixture
def window(demo_book, qtbot, tmp_path, answers):
    win = MainWindow(demo_book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    shown(qtbot, win)
    return win


def add_client(book, name: str) -> int:
    client = Client(display_name=name)
    book.clients.add(client)
    return client.id


class ClaimsCtrlE(QObject):
    def eventFilter(self, _watched, event):
        if (event.type() == QEvent.Type.ShortcutOverride
                and event.keyCombination() == Qt.Modifier.CTRL | Qt.Key.Key_E):
            event.accept()
            return True
        return False


def test_ctrl_e_from_the_search_box_edits_the_client_on_the_card(window, qtbot, monkeypatch):
    client_id = add_client(window.session.book, "Quentin Ashdown")
    window.open_client(client_id)
    edited = []
    monkeypatch.setattr(ClientDialog, "edit",
                        classmethod(lambda cls, parent, session, client: edited.append(client)))
    window.act_find.trigger()
    search = window.clients.search_box
    assert QApplication.focusWidget() is search
    claims = ClaimsCtrlE(search)  # what QLineEdit does with the X11 key scheme (end of line)
    search.installEventFilter(claims)
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in edited] == [client_id]


def test_ctrl_e_wins_again_after_the_search_box_lost_and_regained_the_focus(
        window, qtbot, monkeypatch):
    # The window watches text boxes' keys only while one of its own has the focus.
    client_id = add_client(window.session.book, "Quentin Ashdown")
    window.open_client(client_id)
    edited = []
    monkeypatch.setattr(ClientDialog, "edit",
                        classmethod(lambda cls, parent, session, client: edited.append(client)))
    search = window.clients.search_box
    search.installEventFilter(ClaimsCtrlE(search))
    window.act_find.trigger()
    search.setText("Quentin Ashdown")
    window.clients.run_search_now()
    key(qtbot, Qt.Key.Key_Down)  # into the list: no text box has the focus
    assert QApplication.focusWidget() is window.clients.view
    key(qtbot, Qt.Key.Key_Escape)  # back to the search box
    assert QApplication.focusWidget() is search
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert [c.id for c in edited] == [client_id]


def test_a_single_search_hit_opens_its_card_while_typing(window, qtbot):
    client_id = add_client(window.session.book, "Quentin Ashdown")
    window.act_find.trigger()
    typed(qtbot, "quentin")
    qtbot.waitUntil(lambda: window._clients_card_id == client_id)
    assert QApplication.focusWidget() is window.clients.search_box  # still typing


def test_an_exact_name_first_among_several_opens_its_card(window, qtbot):
    first = add_client(window.session.book, "Quentin Ash")
    add_client(window.session.book, "Quentin Ashdown")
    window.act_find.trigger()
    typed(qtbot, "quentin ash")
    qtbot.waitUntil(lambda: window._clients_card_id == first)


def test_several_loose_matches_open_nothing(window, qtbot):
    add_client(window.session.book, "Quentin Ashdown")
    add_client(window.session.book, "Quentina Bell")
    window.act_find.trigger()
    typed(qtbot, "quent")
    window.clients.run_search_now()
    assert window.clients.model.rowCount() == 2
    assert window._clients_card_id is None


def test_tab_leaves_the_appointments_table(window, qtbot):
    view = window.today.view
    assert window.today.model.rowCount() > 1
    view.setFocus()
    window.today._select_row(0)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not view
    assert view.currentIndex().row() == 0


# Visits in the future, and the time editor ---------------------------------------------------
def visit_dialog(qtbot, session, client_id, when):
    dialog = VisitDialog(session, client_id)
    qtbot.addWidget(dialog)
    dialog.when_edit.setDateTime(to_qdatetime(when))
    dialog.service_combo.setEditText("Haircut")
    return dialog


def test_a_visit_later_than_now_is_asked_about_and_no_keeps_the_form(qtbot, session, answers):
    client_id = add_client(session.book, "Quentin Ashdown")
    later = session.now().replace(second=0, microsecond=0) + timedelta(hours=17)
    dialog = visit_dialog(qtbot, session, client_id, later)
    answers.reply = False
    assert dialog.save() is None
    assert answers[-1][0] == "question" and "in the future" in answers[-1][1]
    assert session.book.briefing(client_id).visit_count == 0
    answers.reply = True
    assert dialog.save() is not None
    assert session.book.briefing(client_id).visit_count == 1


def test_a_visit_now_or_a_few_minutes_ahead_is_not_questioned(qtbot, session, answers):
    client_id = add_client(session.book, "Quentin Ashdown")
    soon = session.now().replace(second=0, microsecond=0) + timedelta(minutes=10)
    assert visit_dialog(qtbot, session, client_id, soon).save() is not None
    assert answers == []


def test_tab_in_the_time_goes_from_the_hour_to_the_minutes(qtbot, session):
    client_id = add_client(session.book, "Quentin Ashdown")
    dialog = visit_dialog(qtbot, session, client_id, session.now())
    shown(qtbot, dialog)
    edit = dialog.when_edit
    edit.setFocus()
    edit.setCurrentSection(QDateTimeEdit.Section.HourSection)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is edit
    assert edit.currentSection() == QDateTimeEdit.Section.MinuteSection


# The status bar -------------------------------------------------------------------------------
def test_the_status_bar_count_follows_an_added_client(window, qtbot):
    before = window.session.book.clients.count(include_archived=False)
    assert window.statusBar().currentMessage() == f"Clients in the book: {before}"
    window.session.run(window, "x", lambda: window.session.book.clients.add(
        Client(display_name="Quentin Ashdown")))
    assert window.statusBar().currentMessage() == f"Clients in the book: {before + 1}"

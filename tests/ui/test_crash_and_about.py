"""A bug in the window is logged and explained, never a silent vanish; About tells the facts."""

import sys

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from clientbook import __version__, logs
from clientbook.domain.errors import StoreError
from clientbook.ui.app import crash_dialog
from clientbook.ui.app.about_dialog import about_text
from clientbook.ui.app.main_window import MainWindow


@pytest.fixture
def hooked(tmp_path, monkeypatch, answers):
    log_path = logs.setup(tmp_path / "log")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored afterwards
    crash_dialog.install(log_path)
    yield log_path
    logs.stop()


def _click_raising(qtbot, exc: Exception) -> None:
    button = QPushButton()
    qtbot.addWidget(button)

    def broken():
        raise exc

    button.clicked.connect(broken)
    button.click()


@pytest.mark.qt_no_exception_capture
def test_an_unexpected_error_is_logged_and_the_dialog_says_where(qtbot, hooked, answers):
    _click_raising(qtbot, ZeroDivisionError("the bug"))
    assert len(answers) == 1
    kind, title, text = answers[0]
    assert kind == "error" and "problem" in title
    assert str(hooked) in text and "safe" in text
    logged = hooked.read_text(encoding="utf-8")
    assert "Unexpected error" in logged and "ZeroDivisionError: the bug" in logged
    assert "Traceback" in logged


@pytest.mark.qt_no_exception_capture
def test_a_clientbook_error_that_escapes_is_shown_as_itself_not_as_a_crash(qtbot, hooked,
                                                                           answers):
    _click_raising(qtbot, StoreError("The disk holding the data is full."))
    [(kind, _title, text)] = answers
    assert kind == "error" and text == "The disk holding the data is full."
    assert str(hooked) not in text
    assert "Traceback" not in hooked.read_text(encoding="utf-8")


@pytest.mark.qt_no_exception_capture
def test_errors_raised_while_the_dialog_is_up_do_not_stack_dialogs(qtbot, hooked, answers,
                                                                   monkeypatch):
    def again(kind, title, text):
        answers.append((kind, title, text))
        crash_dialog.handle(hooked, ValueError, ValueError("in a repaint"), None)
        return True

    monkeypatch.setattr("clientbook.ui.msgbox.replacement", again)
    _click_raising(qtbot, KeyError("first"))
    assert len(answers) == 1
    assert "in a repaint" in hooked.read_text(encoding="utf-8")  # logged all the same


def test_about_gives_version_licence_and_where_things_are(session, tmp_path):
    logs.setup(tmp_path / "log")
    text = about_text(tmp_path / "data")
    assert f"ClientBook {__version__}" in text
    assert "MIT" in text and "LGPL" in text
    assert str(tmp_path / "data") in text and str(tmp_path / "log" / "clientbook.log") in text
    logs.stop()


def test_help_menu_has_about_and_about_qt(qtbot, session, answers, tmp_path):
    ini = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(session.book, ini)
    qtbot.addWidget(window)
    window.act_about.trigger()
    [(_kind, title, text)] = answers
    assert title == "About ClientBook" and __version__ in text
    assert window.act_about_qt.text() == "About &Qt"


def test_a_bug_while_the_window_starts_is_logged_and_said_not_a_silent_exit(
        qapp, tmp_path, monkeypatch, capsys):
    from clientbook.ui.app import app as app_module
    from clientbook.ui.app import main_window

    def broken(*args, **kwargs):
        raise RuntimeError("window could not be built")

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "make_app", lambda: qapp)  # keep the tests' own style
    monkeypatch.setattr(main_window, "MainWindow", broken)
    monkeypatch.setattr("clientbook.ui.msgbox.replacement", None)  # run() sets its own
    log_path = logs.setup(tmp_path / "log")
    try:
        assert app_module.run(tmp_path / "data", smoke_test=True, log_path=log_path) == 1
    finally:
        logs.stop()
    assert str(log_path) in capsys.readouterr().err  # unattended: the dialog is printed
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: window could not be built" in logged and "window closed" in logged


def test_error_boxes_log_their_title_but_not_their_text(tmp_path, answers):
    from clientbook.ui import msgbox

    log_path = logs.setup(tmp_path / "log")
    try:
        msgbox.error(None, "Export failed", "Ζωή Παπαδοπούλου: the disk is full")
    finally:
        logs.stop()
    logged = log_path.read_text(encoding="utf-8")
    assert "message shown: Export failed" in logged
    assert "Ζωή" not in logged  # a client's name never reaches the log

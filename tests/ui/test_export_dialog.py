"""File → Export… and Export client…: options, where the file goes, progress and Cancel."""

from __future__ import annotations

import csv

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QRadioButton

from clientbook.services.exporting import csv_export
from clientbook.ui.app import main_window
from clientbook.ui.transfer import export_dialog, export_run
from clientbook.ui.transfer.export_dialog import ExportDialog
from clientbook.ui.transfer.export_run import ExportProgress

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def no_file_dialogs(monkeypatch):
    """File dialogs answer from `chosen` and record that they were asked."""

    class Chosen(dict):
        asked = 0

    chosen = Chosen(path="", folder="")

    def save_path(parent, start):
        chosen.asked += 1
        return chosen["path"]

    def folder(parent, start):
        chosen.asked += 1
        return chosen["folder"]

    monkeypatch.setattr(export_dialog, "choose_save_path", save_path)
    monkeypatch.setattr(export_dialog, "choose_folder", folder)
    return chosen


@pytest.fixture
def locale_default():
    yield QLocale.setDefault
    QLocale.setDefault(QLocale.system())


def make_dialog(qtbot, session, client_id=None) -> ExportDialog:
    dialog = ExportDialog(session, client_id)
    qtbot.addWidget(dialog)
    return dialog


# The dialog -------------------------------------------------------------------------------

def test_defaults_are_clients_with_bom_and_a_dated_file_name(qtbot, session, locale_default):
    locale_default(QLocale("en_GB"))
    dialog = make_dialog(qtbot, session)
    assert dialog.kind() == "clients"
    assert dialog.options() == {"bom": True, "delimiter": ","}
    assert dialog.path().name.startswith("clientbook-clients-")
    visits = dialog.findChild(QRadioButton, "exportKind_visits")
    visits.click()
    assert dialog.kind() == "visits"
    assert dialog.path().name.startswith("clientbook-visits-")
    label = dialog.findChild(QLabel, "exportCount_visits")
    assert label.text() == f"{csv_export.count_rows(session.book, 'visits')} rows"


def test_delimiter_defaults_to_semicolon_where_decimals_have_a_comma(qtbot, session,
                                                                    locale_default):
    locale_default(QLocale("de_DE"))
    assert make_dialog(qtbot, session).options()["delimiter"] == ";"
    locale_default(QLocale("el_GR"))
    assert make_dialog(qtbot, session).options()["delimiter"] == ";"
    locale_default(QLocale("zh_CN"))
    assert make_dialog(qtbot, session).options()["delimiter"] == ","


def test_a_typed_file_name_is_kept_when_the_kind_changes(qtbot, session, out):
    dialog = make_dialog(qtbot, session)
    dialog.path_edit.setText(str(out / "for-the-accountant.csv"))
    dialog.findChild(QRadioButton, "exportKind_promises").click()
    assert dialog.path() == out / "for-the-accountant.csv"


def test_browse_uses_the_chosen_file_and_options_reach_the_file(qtbot, session, out,
                                                                no_file_dialogs):
    no_file_dialogs["path"] = str(out / "visits")
    dialog = make_dialog(qtbot, session)
    dialog.findChild(QRadioButton, "exportKind_visits").click()
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert no_file_dialogs.asked == 1
    assert dialog.path() == out / "visits.csv"  # the extension is added
    dialog.bom_check.setChecked(False)
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted

    message = export_run.run_export(None, session, dialog.kind(), dialog.path(),
                                       **dialog.options())
    data = (out / "visits.csv").read_bytes()
    assert not data.startswith(BOM)
    assert data.startswith(b"id;client_id;client;visited_at;staff;service;spend;notes\r\n")
    rows = csv_export.count_rows(session.book, "visits")
    assert message == f"Exported {rows} rows to {out / 'visits.csv'}."


def test_accept_without_a_place_or_into_a_missing_folder_explains_and_stays_open(
        qtbot, session, tmp_path):
    dialog = make_dialog(qtbot, session)
    dialog.path_edit.clear()
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.text() == "Choose where to save."
    dialog.path_edit.setText(str(tmp_path / "nowhere" / "x.csv"))
    dialog.accept()
    assert "does not exist" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_replacing_a_typed_existing_file_asks_first(qtbot, session, out, answers):
    target = out / "clients.csv"
    target.write_text("old")
    dialog = make_dialog(qtbot, session)
    dialog.path_edit.setText(str(target))
    answers.reply = False
    dialog.accept()
    assert [kind for kind, _title, _text in answers] == ["question"]
    assert dialog.result() != QDialog.DialogCode.Accepted
    answers.reply = True
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


# Progress and Cancel ----------------------------------------------------------------------

def click_cancel_on_the_visible_progress(qtbot, clicked):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, ExportProgress) and widget.isVisible():
            qtbot.mouseClick(widget.findChild(QPushButton), Qt.MouseButton.LeftButton)
            clicked.append(widget.labelText())


def test_cancel_in_the_progress_dialog_stops_and_writes_nothing(qtbot, session, out,
                                                                monkeypatch):
    monkeypatch.setattr(csv_export, "PROGRESS_EVERY", 20)
    monkeypatch.setattr(export_run, "SHOW_PROGRESS_AFTER_MS", 0)
    target = out / "visits.csv"
    target.write_bytes(b"last week's export")
    clicked: list[str] = []
    # Fires at the first event processing, which only the shown progress dialog does.
    QTimer.singleShot(0, lambda: click_cancel_on_the_visible_progress(qtbot, clicked))
    message = export_run.run_export(None, session, "visits", target)
    total = csv_export.count_rows(session.book, "visits")
    assert len(clicked) == 1 and clicked[0].endswith(f" of {total} rows")
    assert message == "Export cancelled; no file was written."
    assert target.read_bytes() == b"last week's export"
    assert [p.name for p in out.iterdir()] == ["visits.csv"]
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, ExportProgress) and w.isVisible()]


def test_progress_follows_the_rows(qtbot):
    progress = ExportProgress(None, "visits")
    qtbot.addWidget(progress)
    assert progress.update(0, 1000)
    assert progress.update(400, 1000)
    assert (progress.value(), progress.maximum()) == (400, 1000)
    assert progress.labelText() == "Exporting visits: 400 of 1000 rows"
    progress.cancel()
    assert not progress.update(600, 1000)


# One client -------------------------------------------------------------------------------

def test_export_client_writes_every_file_into_the_chosen_folder(qtbot, session, out,
                                                                no_file_dialogs):
    client_id = 1  # a demo client
    name = session.book.clients.get(client_id).display_name
    dialog = make_dialog(qtbot, session, client_id)
    assert name in dialog.findChild(QLabel, "exportAbout").text()
    assert dialog.path().name.startswith(f"{client_id}-")
    no_file_dialogs["folder"] = str(out)
    qtbot.mouseClick(dialog.findChild(QPushButton, "exportBrowse"), Qt.MouseButton.LeftButton)
    assert dialog.path() == out
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    message = export_run.run_client_export(None, session, client_id, dialog.path(),
                                              **dialog.options())
    assert message == f"Exported 9 files about the client to {out}."
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 9 and all(n.startswith(f"{client_id}-") for n in names)
    client_file = next(out.glob("*-client.csv"))
    with open(client_file, encoding="utf-8-sig", newline="") as handle:
        assert next(csv.DictReader(handle))["display_name"] == name


def test_export_client_asks_before_replacing_that_clients_files(qtbot, session, out, answers):
    csv_export.export_client(session.book, 1, out)
    dialog = make_dialog(qtbot, session, 1)
    dialog.path_edit.setText(str(out))
    answers.reply = False
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert answers and answers[0][0] == "question"


# The window -------------------------------------------------------------------------------

@pytest.fixture
def window(demo_book, qtbot, tmp_path, answers):
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    win = main_window.MainWindow(demo_book, settings)
    qtbot.addWidget(win)
    return win


def test_export_actions_have_shortcuts_and_sit_in_the_menus(window):
    export = window.findChild(QAction, "actExport")
    client = window.findChild(QAction, "actExportClient")
    assert export.shortcut() == QKeySequence("Ctrl+Shift+E")
    assert client.shortcut() == QKeySequence("Ctrl+Shift+X")
    shortcuts = [a.shortcut().toString() for a in window.findChildren(QAction)
                 if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(shortcuts)), "a shortcut is used twice"
    menus = {m.title().replace("&", ""): m.actions() for m in
             (a.menu() for a in window.menuBar().actions())}
    assert export in menus["File"] and client in menus["Client"]


def test_export_client_needs_a_client(window):
    window.pages.setCurrentIndex(main_window.STAFF)
    assert not window.act_export_client.isEnabled()
    window.pages.setCurrentIndex(main_window.TODAY)
    assert window.act_export_client.isEnabled() == (window.current_client_id() is not None)


def test_file_export_from_the_window_writes_the_file_and_says_so(window, out, monkeypatch):
    target = out / "promises.csv"

    def fake_exec(dialog):
        dialog.findChild(QRadioButton, "exportKind_promises").click()
        dialog.path_edit.setText(str(target))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    window.act_export.trigger()
    assert target.read_bytes().startswith(BOM + b"id,client_id,client,text,due_at,")
    assert window.statusBar().currentMessage().startswith("Exported ")

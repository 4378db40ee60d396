"""One placeholder filler: what a client typed is shown as typed, never filled again."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from clientbook.domain.models import Client
from clientbook.domain.words import fill
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.transfer.import_wizard import ImportWizard

NAME = "%1 %2 %%"
UI = Path(__file__).resolve().parents[2] / "clientbook" / "ui"


@pytest.fixture
def window(demo_book, qtbot, tmp_path, answers):
    win = MainWindow(demo_book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


def test_a_value_holding_placeholders_is_inserted_as_it_is():
    assert fill("Looks like %1 (%2)", [NAME, "phone"]) == "Looks like %1 %2 %% (phone)"
    assert fill("%2 then %1", ["Ann %2", "Ben %1"]) == "Ben %1 then Ann %2"


def test_a_client_named_with_placeholders_keeps_their_name_in_the_window(window, answers):
    book = window.session.book
    client = Client(display_name=NAME)
    book.clients.add(client)
    window.open_client(client.id)
    answers.reply = True
    window.act_archive.trigger()
    question = answers[-1][2]
    assert question.startswith(f"Archive {NAME}? They disappear")
    assert window.statusBar().currentMessage() == f"{NAME} archived. Undo with Ctrl+Z."
    assert window.act_undo.text() == f"&Undo archive of {NAME}"


def test_an_import_names_a_look_alike_client_exactly_as_they_are_called(session, qtbot,
                                                                         tmp_path):
    session.book.clients.add(Client(NAME, phones=["555 0199"]))
    path = tmp_path / "dupes.csv"
    path.write_text("Name,Phone\nAnna S,555 0199\n", encoding="utf-8")
    wizard = ImportWizard(session)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    assert wizard.check_page.problems.item(0, 1).text() == f"Looks like {NAME} (same phone)"


def test_no_window_text_is_filled_by_chained_replaces():
    chained = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr == "replace" and node.args
                    and ast.unparse(node.args[0]).lstrip("f").strip("'\"").startswith("%")):
                chained.append(f"{path.relative_to(UI)}:{node.lineno}")
    assert chained == []

"""File → Connect to a shared book…: typed by the receptionist, tried, remembered."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest
from PySide6.QtCore import Qt

from clientbook import paths
from clientbook.ui.transfer.shared_book_dialog import SharedBookDialog


@pytest.fixture
def dialog(qtbot, tmp_path, answers):
    shown = SharedBookDialog(tmp_path / "desk", None)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _type(qtbot, dialog, host, database, user, port=None):
    for field, text in ((dialog.host, host), (dialog.database, database), (dialog.user, user)):
        field.clear()
        qtbot.keyClicks(field, text)
    if port is not None:
        dialog.port.setValue(port)


def test_an_empty_server_field_is_said_in_the_dialog_and_nothing_is_kept(qtbot, dialog,
                                                                         tmp_path):
    _type(qtbot, dialog, "", "clientbook", "reception")
    qtbot.keyClick(dialog.user, Qt.Key.Key_Return)  # Enter connects: the default button
    assert dialog.isVisible() and not dialog.problem.isHidden()
    assert "server is empty" in dialog.problem.text()
    assert dialog.user.text() == "reception"  # what was typed stays
    assert paths.saved_shared_book(tmp_path / "desk") is None


def test_a_server_that_cannot_be_reached_is_said_and_nothing_is_kept(qtbot, dialog, tmp_path):
    _type(qtbot, dialog, str(tmp_path / "no-server"), "clientbook", "reception")
    dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    assert "could not be reached" in dialog.problem.text() and dialog.isVisible()
    assert paths.saved_shared_book(tmp_path / "desk") is None


def test_a_reachable_book_is_tried_then_remembered_without_a_password(
        qtbot, dialog, tmp_path, postgres_server, answers):
    address = postgres_server.empty_database()
    try:
        _type(qtbot, dialog, str(postgres_server.folder), urlsplit(address).path[1:],
              "postgres")
        dialog.tls.setCurrentIndex(dialog.tls.findData("disable"))
        qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
        saved = paths.saved_shared_book(tmp_path / "desk")
        assert saved is not None and dialog.chosen == saved and not dialog.isVisible()
        parts = urlsplit(saved)
        assert parts.password is None and parse_qs(parts.query)["sslmode"] == ["disable"]
        assert answers[-1][0] == "info" and "next start" in answers[-1][2]
        assert paths.database(None, {}, tmp_path / "desk") == saved
        assert oct((tmp_path / "desk" / paths.SHARED_BOOK_FILE).stat().st_mode & 0o777) \
            == "0o600"
    finally:
        postgres_server.drop(address)


def test_going_back_to_the_desks_own_book(qtbot, tmp_path, answers):
    folder = tmp_path / "desk"
    paths.save_shared_book(folder, "postgresql://reception@db/clientbook")
    shown = SharedBookDialog(folder, "postgresql://reception@db/clientbook")
    qtbot.addWidget(shown)
    assert not shown.own_button.isHidden()
    qtbot.mouseClick(shown.own_button, Qt.MouseButton.LeftButton)
    assert paths.saved_shared_book(folder) is None
    assert paths.database(None, {}, folder) is None

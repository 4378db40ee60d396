"""The "Forget client" dialog: nothing happens until the person ticks the box and clicks."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from clientbook.domain.models import Client, Preference, PreferenceCategory, Visit
from clientbook.services.privacy import erasure
from clientbook.ui.clients.forget_dialog import ForgetDialog, forget_client

NAME = "王小明 Ζωή Παπαδάκη"


@pytest.fixture
def client_id(demo_book):
    client = Client(NAME, phones=["+30 697 314 1592"], notes="Prefers mornings",
                    preferences=[Preference(PreferenceCategory.HEALTH, "Latex allergy")])
    demo_book.clients.add(client)
    demo_book.history.add_visit(Visit(client.id, datetime(2026, 11, 1, 10), "Cut"))
    return client.id


@pytest.fixture
def dialog(qtbot, session, client_id):
    widget = ForgetDialog(session, erasure.preview(session.book, client_id))
    qtbot.addWidget(widget)
    return widget


def test_forget_is_disabled_until_the_box_is_ticked(dialog):
    assert not dialog.forget_button.isEnabled()
    assert dialog.cancel_button.isDefault() and not dialog.forget_button.isDefault()
    dialog.confirm_box.setChecked(True)
    assert dialog.forget_button.isEnabled()
    dialog.confirm_box.setChecked(False)
    assert not dialog.forget_button.isEnabled()


def test_it_says_what_goes_what_stays_and_about_backups(dialog):
    texts = " ".join(label.text() for label in (dialog.erased_label, dialog.kept_label,
                                                dialog.warning_label))
    for words in ("phone numbers", "1 preference (health notes included)",
                  "1 visit: date, service, staff and spend", "cannot be undone",
                  "backups", "up to a year"):
        assert words in texts
    assert NAME in dialog.findChild(type(dialog.erased_label), "forgetHeading").text()
    for label in (dialog.erased_label, dialog.kept_label, dialog.warning_label):
        assert label.textFormat() == Qt.TextFormat.PlainText


def test_cancel_changes_nothing(qtbot, dialog, session, client_id):
    with qtbot.assertNotEmitted(session.changed):
        dialog.confirm_box.setChecked(True)
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert session.book.clients.get(client_id).display_name == NAME
    assert session.book.search("Παπαδάκη Ζωή")[0].id == client_id


def test_accepting_without_the_tick_does_nothing(qtbot, dialog, session, client_id):
    with qtbot.assertNotEmitted(session.changed):
        dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert session.book.clients.get(client_id).display_name == NAME


def test_confirming_forgets_and_broadcasts(qtbot, dialog, session, client_id, answers):
    dialog.confirm_box.setChecked(True)
    with qtbot.waitSignal(session.changed) as signal:
        qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    assert client_id in signal.args[0].clients
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.forgotten is not None and dialog.forgotten.file_clean
    assert answers == []  # no extra message when the file was cleaned
    client = session.book.clients.get(client_id)
    assert (client.display_name, client.archived, client.phones) == (
        "Forgotten client", True, [])
    found = session.book.search("王小明 Ζωή", include_archived=True)  # the demo has a 王小明
    assert client_id not in [r.id for r in found]
    assert session.book.store.records.visit_count(client_id) == 1


def test_an_already_forgotten_client_is_only_told_so(qtbot, session, client_id, answers):
    erasure.forget_client(session.book, client_id)
    assert forget_client(None, session, client_id) is False
    assert len(answers) == 1
    kind, _title, text = answers[0]
    assert kind == "info" and "already forgotten on 22 Nov 2026" in text


def test_an_unknown_client_is_an_error_message(qtbot, session, answers):
    assert forget_client(None, session, 999999) is False
    assert answers[0][0] == "error" and "999999" in answers[0][2]

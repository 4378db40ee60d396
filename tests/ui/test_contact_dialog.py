"""Before contacting a client: what the dialog shows, one-click logging, and the wishes editor."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton, QDialog, QLabel

from clientbook.domain.models import Client, ContactChannel, ContactPreference
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.clients.contact_dialog import ContactDialog
from clientbook.ui.clients.contact_wishes import ContactWishesEditor

CALL, SMS, EMAIL, IN_PERSON = (ContactChannel.CALL, ContactChannel.SMS, ContactChannel.EMAIL,
                               ContactChannel.IN_PERSON)


@pytest.fixture
def mei(demo_book):
    return demo_book.staff.by_name("Mei")


@pytest.fixture
def zoe(demo_book):
    client = Client(display_name="Ζωή Παπαδοπούλου")
    demo_book.clients.add(client)
    return client


def make(qtbot, session, client_id) -> ContactDialog:
    dialog = ContactDialog(session, client_id)
    qtbot.addWidget(dialog)
    return dialog


def label_texts(dialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel)
                     if not label.isHidden())


def test_a_client_never_contacted(qtbot, session, zoe):
    dialog = make(qtbot, session, zoe.id)
    assert dialog.objectName() == "contactDialog"
    assert dialog.heading.text() == "Ζωή Παπαδοπούλου"
    assert dialog.wishes_label.text() == "No preference · firm default: once every 7 days"
    assert dialog.last_label.text() == "Never contacted"
    assert dialog.warnings.isHidden()
    assert dialog.recent_list.isHidden()
    assert [b.text() for b in dialog.channel_buttons.values()] == [
        "Log &call", "Log &text", "Log &e-mail", "Log &in person"]
    assert not any(b.isDefault() for b in dialog.channel_buttons.values())


def test_shows_last_contact_and_todays_warnings(qtbot, session, demo_book, zoe, mei):
    demo_book.contacts.set_preference(zoe.id, ContactPreference(channel=SMS, quiet_days=14))
    demo_book.contacts.log(zoe.id, CALL, "Confirmed Tuesday", mei.id,
                           at=datetime(2026, 11, 19, 16, 5))
    demo_book.contacts.log(zoe.id, EMAIL, "<b>Price list</b>", mei.id,
                           at=datetime(2026, 11, 22, 8, 15))
    demo_book.contacts.log(zoe.id, IN_PERSON, "Bought shampoo", at=datetime(2026, 11, 22, 8, 50))

    dialog = make(qtbot, session, zoe.id)

    assert dialog.wishes_label.text() == "Prefers text messages · at most once every 14 days"
    assert dialog.last_label.text() == (
        "Last contacted today (22 Nov 2026 08:15) by e-mail — Mei: “<b>Price list</b>”")
    assert dialog.last_label.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.warnings.isHidden()
    warnings = label_texts(dialog.warnings)
    assert "Already contacted today" in warnings
    assert "08:15 by e-mail — Mei: “<b>Price list</b>”" in warnings
    assert "Bought shampoo" not in warnings  # in person is not reaching out
    assert [dialog.recent_list.item(i).text() for i in range(dialog.recent_list.count())] == [
        "22 Nov 2026 08:50 in person — “Bought shampoo”",
        "22 Nov 2026 08:15 by e-mail — Mei: “<b>Price list</b>”",
        "19 Nov 2026 16:05 by call — Mei: “Confirmed Tuesday”",
    ]
    preferred = dialog.channel_buttons[SMS]
    assert preferred.text() == "Log &text (preferred)"
    assert preferred.isDefault()


def test_do_not_contact_and_quiet_period_are_shown(qtbot, session, demo_book, zoe, mei):
    demo_book.contacts.set_preference(zoe.id, ContactPreference(do_not_contact=True,
                                                                quiet_days=14))
    demo_book.contacts.log(zoe.id, CALL, "", mei.id, at=datetime(2026, 11, 19, 16, 5))
    dialog = make(qtbot, session, zoe.id)
    assert dialog.wishes_label.text() == "Asked not to be contacted"
    assert "#b00020" in dialog.wishes_label.styleSheet()
    assert dialog.last_label.text() == "Last contacted 3 days ago (19 Nov 2026 16:05) by call — Mei"
    warnings = label_texts(dialog.warnings)
    assert "They asked not to be contacted." in warnings
    assert "last contacted 3 days ago; they asked for at most once every 14 days" in warnings


def test_logging_with_no_issues_writes_one_entry_and_accepts(qtbot, session, demo_book, zoe,
                                                             mei, answers):
    dialog = make(qtbot, session, zoe.id)
    dialog.note_edit.setText("Підтвердили вівторок")
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(mei.id))

    with qtbot.waitSignal(session.changed) as signal:
        qtbot.mouseClick(dialog.channel_buttons[CALL], Qt.MouseButton.LeftButton)

    assert answers == []  # nothing to ask about
    assert signal.args[0].contacts
    assert dialog.result() == QDialog.DialogCode.Accepted
    [entry] = demo_book.contacts.history(zoe.id)
    assert (entry.channel, entry.note, entry.staff_id, entry.at) == (
        CALL, "Підтвердили вівторок", mei.id, datetime(2026, 11, 22, 9, 0))
    assert dialog.logged == entry
    # The next contact dialog starts with the same person.
    assert make(qtbot, session, zoe.id).staff_combo.currentData() == mei.id


def test_logging_with_issues_asks_and_no_changes_nothing(qtbot, session, demo_book, zoe, mei,
                                                         answers):
    demo_book.contacts.set_preference(zoe.id, ContactPreference(channel=EMAIL))
    demo_book.contacts.log(zoe.id, SMS, "Reminder for Tuesday", mei.id,
                           at=datetime(2026, 11, 22, 8, 15))
    dialog = make(qtbot, session, zoe.id)
    dialog.show()
    answers.reply = False

    assert dialog.log_channel(CALL) is None

    [(kind, _title, text)] = answers
    assert kind == "question"
    assert text.startswith("Before you log this call:")
    assert "08:15 by text — Mei: “Reminder for Tuesday”" in text
    assert "They prefer e-mail." in text
    assert text.endswith("Log it anyway?")
    assert len(demo_book.contacts.history(zoe.id)) == 1
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted

    answers.reply = True
    logged = dialog.log_channel(CALL)
    assert logged is not None and logged.channel == CALL
    assert len(demo_book.contacts.history(zoe.id)) == 2
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_in_person_is_logged_without_asking(qtbot, session, demo_book, zoe, answers):
    demo_book.contacts.set_preference(zoe.id, ContactPreference(do_not_contact=True))
    dialog = make(qtbot, session, zoe.id)
    assert dialog.log_channel(IN_PERSON) is not None
    assert answers == []
    assert demo_book.contacts.history(zoe.id)[0].channel == IN_PERSON


def test_a_client_deleted_meanwhile_shows_an_error_and_keeps_the_dialog(qtbot, session,
                                                                         demo_book, zoe):
    dialog = make(qtbot, session, zoe.id)
    demo_book.clients.delete(zoe.id)
    assert dialog.log_channel(CALL) is None
    assert not dialog.error_label.isHidden()
    assert "no client" in dialog.error_label.text()


def test_escape_closes_without_logging(qtbot, session, demo_book, zoe):
    dialog = make(qtbot, session, zoe.id)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert demo_book.contacts.history(zoe.id) == []


# The wishes editor ---------------------------------------------------------------------------
@pytest.mark.parametrize("pref", [
    ContactPreference(),
    ContactPreference(channel=SMS, quiet_days=14),
    ContactPreference(channel=IN_PERSON, do_not_contact=True, quiet_days=0),
    ContactPreference(channel=None, do_not_contact=True, quiet_days=None),
])
def test_the_editor_round_trips_a_preference(qtbot, pref):
    editor = ContactWishesEditor(firm_quiet_days=7)
    qtbot.addWidget(editor)
    assert editor.objectName() == "contactWishes"
    editor.set_preference(pref)
    assert editor.preference() == pref


def test_the_editor_shows_the_firm_default_and_signals_changes(qtbot):
    editor = ContactWishesEditor(firm_quiet_days=10)
    qtbot.addWidget(editor)
    assert editor.quiet_spin.text() == "Firm default (10 days)"
    with qtbot.waitSignal(editor.changed):
        editor.quiet_spin.setValue(14)
    assert editor.quiet_spin.text() == "14 days"
    with qtbot.waitSignal(editor.changed):
        editor.do_not_contact_check.setChecked(True)
    with qtbot.waitSignal(editor.changed):
        editor.channel_combo.setCurrentIndex(editor.channel_combo.findData(str(EMAIL)))
    assert editor.preference() == ContactPreference(EMAIL, True, 14)


# The client dialog -----------------------------------------------------------------------------
def test_the_client_dialog_saves_the_wishes_and_shows_them_again(qtbot, session, demo_book):
    dialog = ClientDialog(session)
    qtbot.addWidget(dialog)
    assert not dialog.is_dirty()
    wishes = ContactPreference(channel=SMS, quiet_days=21)
    dialog.contact_wishes.set_preference(wishes)
    assert dialog.is_dirty()  # the wishes alone are something to lose
    dialog.name_edit.setText("Олена Шевченко")
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()
    assert signal.args[0].contacts
    saved = dialog.saved_client
    assert demo_book.contacts.preference(saved.id) == wishes

    again = ClientDialog(session, demo_book.clients.get(saved.id))
    qtbot.addWidget(again)
    assert again.contact_wishes.preference() == wishes
    assert not again.is_dirty()
    again.contact_wishes.do_not_contact_check.setChecked(True)
    assert again.is_dirty()
    again.accept()
    assert again.result() == QDialog.DialogCode.Accepted
    assert demo_book.contacts.preference(saved.id) == ContactPreference(SMS, True, 21)


def test_editing_a_client_without_touching_the_wishes_leaves_them_alone(qtbot, session,
                                                                         demo_book, zoe):
    wishes = ContactPreference(channel=CALL, do_not_contact=False, quiet_days=3)
    demo_book.contacts.set_preference(zoe.id, wishes)
    dialog = ClientDialog(session, demo_book.clients.get(zoe.id))
    qtbot.addWidget(dialog)
    dialog.notes_edit.setPlainText("Likes the window seat")
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()
    assert not signal.args[0].contacts  # only what changed is written
    assert demo_book.contacts.preference(zoe.id) == wishes


def test_alt_mnemonic_logs_a_channel(qtbot, session, demo_book, zoe, answers):
    dialog = make(qtbot, session, zoe.id)
    with qtbot.waitActive(dialog):  # shortcuts need an active window
        dialog.show()
    with qtbot.waitSignal(session.changed):  # a mnemonic animates the click first
        qtbot.keyClick(dialog.note_edit, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    assert [e.channel for e in demo_book.contacts.history(zoe.id)] == [EMAIL]
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_logs_the_preferred_channel(qtbot, session, demo_book, zoe, answers):
    demo_book.contacts.set_preference(zoe.id, ContactPreference(channel=SMS))
    dialog = make(qtbot, session, zoe.id)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.note_edit.setText("Reminder for Tuesday")
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)
    assert [(e.channel, e.note) for e in demo_book.contacts.history(zoe.id)] == [
        (SMS, "Reminder for Tuesday")]
    assert answers == []


def test_enter_on_a_focused_button_logs_that_channel_and_never_guesses(qtbot, session, demo_book,
                                                                      zoe, answers):
    dialog = make(qtbot, session, zoe.id)
    with qtbot.waitActive(dialog):
        dialog.show()
    qtbot.keyClick(dialog.note_edit, Qt.Key.Key_Return)  # no preference: nothing is logged
    assert demo_book.contacts.history(zoe.id) == []
    assert dialog.isVisible()
    dialog.channel_buttons[EMAIL].setFocus()
    qtbot.keyClick(dialog.channel_buttons[EMAIL], Qt.Key.Key_Return)
    assert [e.channel for e in demo_book.contacts.history(zoe.id)] == [EMAIL]


@pytest.mark.parametrize("which", ["client", "contact"])
def test_every_alt_letter_is_used_once(qtbot, session, zoe, which):
    dialog = (ClientDialog(session, session.book.clients.get(zoe.id)) if which == "client"
              else ContactDialog(session, zoe.id))
    qtbot.addWidget(dialog)
    texts = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    texts += [w.text() for w in dialog.findChildren(QAbstractButton)]
    letters = [QKeySequence.mnemonic(t).toString() for t in texts]
    letters = [key for key in letters if key]
    assert len(letters) == len(set(letters)), sorted(letters)

"""The client form: saving in every script, inline validation, duplicates, preferences."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel

from clientbook.domain.birthdays import Birthday
from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.clients.preferences_editor import PreferencesModel, category_name
from clientbook.ui.session import Session

CHECK = Qt.ItemDataRole.CheckStateRole


@pytest.fixture
def empty_session(book, qapp, answers):
    """A session over an empty book, so duplicates come only from what a test adds."""
    return Session(book)


def make_dialog(qtbot, session, client=None) -> ClientDialog:
    dialog = ClientDialog(session, client)
    qtbot.addWidget(dialog)
    return dialog


def add_client(book, **fields) -> Client:
    client = Client(**{"display_name": "Olena Shevchenko", **fields})
    book.clients.add(client)
    return book.clients.get(client.id)


def set_preference(model: PreferencesModel, row: int, category, value, detail="", avoid=False):
    model.setData(model.index(row, model.COL_CATEGORY), str(category))
    model.setData(model.index(row, model.COL_VALUE), value)
    model.setData(model.index(row, model.COL_DETAIL), detail)
    state = Qt.CheckState.Checked if avoid else Qt.CheckState.Unchecked
    model.setData(model.index(row, model.COL_AVOID), state.value, CHECK)


def prefs_tuples(preferences):
    return [(p.category, p.value, p.detail, p.avoid) for p in preferences]


@pytest.mark.parametrize(
    ("display", "given", "family", "expected"),
    [
        ("", "Ζωή", "Παπαδοπούλου", "Ζωή Παπαδοπούλου"),
        ("", "Олена", "Шевченко", "Олена Шевченко"),
        ("王小明", "小明", "王", "王小明"),
    ],
)
def test_new_client_in_any_script_is_saved_and_broadcast(
    qtbot, empty_session, display, given, family, expected
):
    book = empty_session.book
    dialog = make_dialog(qtbot, empty_session)
    assert dialog.archived_check is None  # only when editing
    # Non-ASCII text goes in with setText: qtbot.keyClicks cannot type it.
    dialog.name_edit.setText(display)
    dialog.given_edit.setText(given)
    dialog.family_edit.setText(family)
    qtbot.keyClicks(dialog.phones_edit, "+30 210 555 0101; 069 1234 5678")
    qtbot.keyClicks(dialog.email_edit, "client@example.com")
    dialog.greet_edit.setText(given)
    dialog.day_combo.setCurrentIndex(dialog.day_combo.findData(29))
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(2))
    assert dialog.birthday_hint.text() == ""  # 29 February is fine without a year
    dialog.notes_edit.setPlainText("Приходить рано · 喜欢安静")
    qtbot.mouseClick(dialog.preferences.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.preferences.add_button, Qt.MouseButton.LeftButton)
    model = dialog.preferences.model
    set_preference(model, 0, PreferenceCategory.DRINK, "Чай", "без цукру")
    set_preference(model, 1, PreferenceCategory.CONVERSATION, "Χωρίς πωλήσεις", avoid=True)

    with qtbot.waitSignal(empty_session.changed) as signal:
        dialog.accept()

    saved = dialog.saved_client
    assert saved is not None and saved.id is not None
    assert signal.args[0].clients == {saved.id}
    assert dialog.result() == QDialog.DialogCode.Accepted
    stored = book.clients.get(saved.id)
    assert stored.display_name == expected
    assert (stored.given_name, stored.family_name, stored.address_as) == (given, family, given)
    assert stored.phones == ["+30 210 555 0101", "069 1234 5678"]
    assert stored.email == "client@example.com"
    assert stored.birthday == Birthday(2, 29)
    assert stored.notes == "Приходить рано · 喜欢安静"
    assert stored.designer_id is None
    assert prefs_tuples(stored.preferences) == [
        (PreferenceCategory.DRINK, "Чай", "без цукру", False),
        (PreferenceCategory.CONVERSATION, "Χωρίς πωλήσεις", "", True),
    ]


def test_invalid_email_shows_inline_error_and_keeps_the_form(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.name_edit.setText("Ζωή Παπαδοπούλου")
    qtbot.keyClicks(dialog.email_edit, "zoe@nowhere")
    dialog.accept()

    assert not dialog.error_label.isHidden()
    assert "email" in dialog.error_label.text()
    assert dialog.email_edit.styleSheet()  # outlined
    assert dialog.focusWidget() is dialog.email_edit
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.saved_client is None
    assert empty_session.book.clients.count() == 0
    assert dialog.name_edit.text() == "Ζωή Παπαδοπούλου"
    assert dialog.email_edit.text() == "zoe@nowhere"

    # Fixing the field clears the outline; saving then works and hides the error.
    dialog.email_edit.setText("zoe@example.gr")
    assert not dialog.email_edit.styleSheet()
    assert dialog.save() is not None
    assert dialog.error_label.isHidden()


def test_save_is_disabled_while_there_is_no_name(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session)
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "   ")
    assert not dialog.save_button.isEnabled()
    dialog.name_edit.clear()
    qtbot.keyClicks(dialog.given_edit, "Anna")  # the name can be derived from given + family
    assert dialog.save_button.isEnabled()
    assert dialog.name_edit.placeholderText() == "Anna"
    dialog.given_edit.clear()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Anna Smith")
    assert dialog.save_button.isEnabled()


def test_invalid_birthday_is_flagged_and_not_saved(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session)
    dialog.name_edit.setText("Anna")
    dialog.day_combo.setCurrentIndex(dialog.day_combo.findData(31))
    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(4))
    assert dialog.birthday_hint.text()
    assert dialog.save() is None
    assert dialog.day_combo.styleSheet()
    assert empty_session.book.clients.count() == 0

    dialog.month_combo.setCurrentIndex(dialog.month_combo.findData(2))
    dialog.day_combo.setCurrentIndex(dialog.day_combo.findData(29))
    dialog.year_check.setChecked(True)
    dialog.year_spin.setValue(2023)  # not a leap year
    assert dialog.birthday_hint.text()
    dialog.year_spin.setValue(2024)
    assert dialog.birthday_hint.text() == ""
    dialog.day_combo.setCurrentIndex(0)  # a month without a day
    assert dialog.birthday_hint.text()
    dialog.month_combo.setCurrentIndex(0)
    assert dialog.birthday_hint.text() == ""
    assert dialog.save().birthday is None


def test_duplicate_phone_asks_first(qtbot, empty_session, answers):
    book = empty_session.book
    add_client(book, display_name="Олена Шевченко", phones=["+380 67 123 4567"])
    dialog = make_dialog(qtbot, empty_session)
    qtbot.keyClicks(dialog.name_edit, "Olena S.")
    qtbot.keyClicks(dialog.phones_edit, "+380671234567")

    answers.reply = False
    dialog.accept()
    assert len(answers) == 1
    kind, _title, text = answers[0]
    assert kind == "question"
    assert "Олена Шевченко (+380 67 123 4567)" in text and "phone" in text
    assert book.clients.count() == 1
    assert dialog.saved_client is None and dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.name_edit.text() == "Olena S."

    answers.reply = True
    dialog.accept()
    assert dialog.saved_client is not None
    assert book.clients.count() == 2


def test_duplicate_name_is_reported_as_the_same_name(qtbot, empty_session, answers):
    add_client(empty_session.book, display_name="Ζωή Παπαδοπούλου")
    dialog = make_dialog(qtbot, empty_session)
    dialog.name_edit.setText("ΖΩΗ ΠΑΠΑΔΟΠΟΥΛΟΥ")
    answers.reply = False
    assert dialog.save() is None
    assert "Ζωή Παπαδοπούλου already has the same name" in answers[0][2]


def test_many_duplicates_list_three_and_say_how_many_in_all(qtbot, empty_session, answers):
    for phone in ("+30 694 100 0001", "+30 694 100 0002", "+30 694 100 0003",
                  "+30 694 100 0004", "+30 694 100 0005"):
        add_client(empty_session.book, display_name="Ζωή Παπαδοπούλου", phones=[phone])
    dialog = make_dialog(qtbot, empty_session)
    dialog.name_edit.setText("Ζωή Παπαδοπούλου")
    answers.reply = False
    assert dialog.save() is None
    text = answers[0][2]
    assert text.count("already has the same name") == 3
    assert "Similar clients in all: 5." in text


def test_editing_keeps_preferences_and_updates(qtbot, empty_session, answers):
    book = empty_session.book
    designer = book.staff.add("Maria")
    retired = book.staff.add("Petro")
    retired.active = False
    book.staff.save(retired)
    prefs = [
        Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar"),
        Preference(PreferenceCategory.MUSIC, "Jazz"),
        Preference(PreferenceCategory.CONVERSATION, "No upselling", avoid=True),
    ]
    client = add_client(book, phones=["+380 67 123 4567"], preferences=prefs,
                        birthday=Birthday(5, 17, 1980))
    dialog = make_dialog(qtbot, empty_session, client)
    assert dialog.windowTitle().endswith("Olena Shevchenko")
    assert dialog.year_check.isChecked() and dialog.year_spin.value() == 1980
    names = [dialog.designer_combo.itemText(i) for i in range(dialog.designer_combo.count())]
    assert names == ["No one", "Maria"]  # inactive staff are not offered
    assert not dialog.is_dirty()

    qtbot.keyClicks(dialog.greet_edit, "Pani Olena")
    dialog.designer_combo.setCurrentIndex(dialog.designer_combo.findData(designer.id))
    dialog.archived_check.setChecked(True)
    with qtbot.waitSignal(empty_session.changed):
        dialog.accept()

    assert answers == []  # same name and phone: no duplicate question
    stored = book.clients.get(client.id)
    assert stored.address_as == "Pani Olena"
    assert stored.designer_id == designer.id
    assert stored.archived
    assert stored.birthday == Birthday(5, 17, 1980)
    assert stored.phones == ["+380 67 123 4567"]
    assert prefs_tuples(stored.preferences) == prefs_tuples(prefs)


def test_removing_preference_rows(qtbot, empty_session):
    book = empty_session.book
    client = add_client(book, preferences=[
        Preference(PreferenceCategory.DRINK, "Tea"),
        Preference(PreferenceCategory.MUSIC, "Quiet"),
        Preference(PreferenceCategory.FOOD, "Biscuits"),
        Preference(PreferenceCategory.OTHER, "Window seat"),
    ])
    dialog = make_dialog(qtbot, empty_session, client)
    editor = dialog.preferences
    assert not editor.remove_button.isEnabled()
    editor.view.selectRow(1)
    assert editor.remove_button.isEnabled()
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert [p.value for p in editor.preferences()] == ["Tea", "Biscuits", "Window seat"]

    with qtbot.waitActive(dialog):  # shortcuts need an active window
        dialog.show()
    editor.view.setFocus()
    editor.view.selectRow(2)
    qtbot.keyClick(editor.view, Qt.Key.Key_Delete)
    assert [p.value for p in editor.preferences()] == ["Tea", "Biscuits"]

    assert dialog.save() is not None
    assert [p.value for p in book.clients.get(client.id).preferences] == ["Tea", "Biscuits"]


def test_space_ticks_do_not_in_the_table(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session)
    editor = dialog.preferences
    editor.model.add_row(Preference(PreferenceCategory.ROOM, "Quiet room"))
    editor.view.setCurrentIndex(editor.model.index(0, PreferencesModel.COL_AVOID))
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)
    assert editor.preferences()[0].avoid
    qtbot.keyClick(editor.view, Qt.Key.Key_Space)
    assert not editor.preferences()[0].avoid


def test_phones_may_be_separated_by_commas_too(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session)
    qtbot.keyClicks(dialog.name_edit, "Anna")
    qtbot.keyClicks(dialog.phones_edit, "0161 496 0000, 07700 900123;")
    assert dialog.save().phones == ["0161 496 0000", "07700 900123"]


def test_saving_demo_clients_unchanged_changes_nothing(qtbot, session, answers):
    """Every demo client survives a round trip through the form untouched."""
    book = session.book
    for client_id, *_rest in book.clients.page(limit=1000, include_archived=True):
        before = book.clients.get(client_id)
        dialog = make_dialog(qtbot, session, before)
        assert not dialog.is_dirty()
        assert dialog.save() is not None
        after = book.clients.get(client_id)
        before.updated_at = after.updated_at
        for a, b in zip(before.preferences, after.preferences, strict=True):
            b.id = a.id  # preferences are rewritten in order; ids are storage detail
        assert after == before
    assert answers == []


def test_preference_without_value_points_at_its_row(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session)
    dialog.name_edit.setText("Anna")
    dialog.preferences.add_preference()
    assert dialog.save() is None
    assert "preference" in dialog.error_label.text()
    assert dialog.preferences.view.currentIndex().row() == 0
    assert empty_session.book.clients.count() == 0


def test_storage_error_is_reported_and_the_form_kept(qtbot, empty_session, answers):
    book = empty_session.book
    client = add_client(book)
    dialog = make_dialog(qtbot, empty_session, client)
    book.clients.delete(client.id)  # someone else erased the client meanwhile
    dialog.notes_edit.setPlainText("Prefers mornings")
    dialog.accept()
    assert answers and answers[0][0] == "error"
    assert dialog.saved_client is None
    assert dialog.notes_edit.toPlainText() == "Prefers mornings"


def test_escape_asks_before_discarding_typed_text(qtbot, empty_session, answers):
    dialog = make_dialog(qtbot, empty_session)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes at once
    assert answers == [] and dialog.result() == QDialog.DialogCode.Rejected
    assert not dialog.isVisible()

    dialog = make_dialog(qtbot, empty_session)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.name_edit, "Anna")
    answers.reply = False
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert [a[0] for a in answers] == ["question"]
    assert dialog.isVisible() and dialog.name_edit.text() == "Anna"
    answers.reply = True
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert empty_session.book.clients.count() == 0


@pytest.mark.parametrize(
    ("key", "modifier"),
    [(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier),
     (Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)],
)
def test_keyboard_saves(qtbot, empty_session, key, modifier):
    dialog = make_dialog(qtbot, empty_session)
    with qtbot.waitActive(dialog):  # shortcuts need an active window
        dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Anna Smith")
    dialog.notes_edit.setFocus()
    qtbot.keyClick(dialog.notes_edit, key, modifier)
    assert dialog.saved_client is not None
    assert empty_session.book.clients.get(dialog.saved_client.id).display_name == "Anna Smith"


def test_inputs_are_labelled_for_keyboard_and_screen_readers(qtbot, empty_session):
    dialog = make_dialog(qtbot, empty_session, add_client(empty_session.book))
    buddies = {label.buddy() for label in dialog.findChildren(QLabel) if label.buddy()}
    for widget in (dialog.name_edit, dialog.given_edit, dialog.family_edit, dialog.greet_edit,
                   dialog.phones_edit, dialog.email_edit, dialog.day_combo, dialog.designer_combo,
                   dialog.notes_edit, dialog.preferences.view):
        assert widget in buddies
        assert widget.accessibleName()
    for widget in (dialog.month_combo, dialog.year_check, dialog.year_spin,
                   dialog.archived_check, dialog.preferences.add_button,
                   dialog.preferences.remove_button):
        assert widget.accessibleName()


def test_preferences_model_passes_qt_model_test(qtmodeltester, qapp):
    model = PreferencesModel([
        Preference(PreferenceCategory.HEALTH, "Nut allergy", "severe", avoid=True),
        Preference(PreferenceCategory.DRINK, "Coffee"),
    ])
    qtmodeltester.check(model)
    index = model.index(0, model.COL_CATEGORY)
    assert index.data() == category_name(PreferenceCategory.HEALTH) == "Allergy/health"
    assert model.data(model.index(0, model.COL_AVOID), CHECK) == Qt.CheckState.Checked
    assert model.data(index, model.OBJECT_ROLE).value == "Nut allergy"
    assert not model.setData(index, "not a category")
    model.add_row()
    model.remove_rows([0, 0])
    assert [p.value for p in model.preferences()] == ["Coffee", ""]
    qtmodeltester.check(model)


def test_dialog_renders_a_ukrainian_client(qtbot, empty_session, tmp_path):
    client = add_client(
        empty_session.book, display_name="Олена Шевченко", given_name="Олена",
        family_name="Шевченко", phones=["+380 67 123 4567"], birthday=Birthday(2, 29),
        preferences=[Preference(PreferenceCategory.DRINK, "Чай Earl Grey", "без цукру"),
                     Preference(PreferenceCategory.MUSIC, "Тиша"),
                     Preference(PreferenceCategory.CONVERSATION, "Без продажів", avoid=True)],
    )
    dialog = make_dialog(qtbot, empty_session, client)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(str(tmp_path / "client-dialog.png"))
    assert dialog.preferences.model.rowCount() == 3

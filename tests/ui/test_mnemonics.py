"""No two Alt+letter mnemonics clash in any menu, page or dialog, in any of the five languages.

Alt+A on Today went to the "Arrived" button instead of the Appointment menu; in Export two
labels both took Alt+E. Within one window the letters of the menu bar, the tabs and every
visible button, buddied label and group must differ; within one menu, its items' letters.
"""

from __future__ import annotations

import re
from collections import defaultdict

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QTabBar,
    QWidget,
    QWizard,
)

from clientbook.languages import LANGUAGES
from clientbook.services.privacy import erasure
from clientbook.ui import translations
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.clients.forget_dialog import ForgetDialog
from tests.ui.test_every_word_translatable import DIALOGS

MNEMONIC = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    translations.compile_translations(folder)
    yield folder
    translations.install_language("en", QLocale.system(), folder)


def window_clashes(root: QWidget, extra: list[str] = ()) -> list[str]:
    """Letters used twice among what Alt+letter can reach in `root` as it is shown now."""
    owners: dict[str, list[str]] = defaultdict(list)

    def add(text: str) -> None:
        if (key := letter(text)) is not None:
            owners[key].append(text)

    for text in extra:
        add(text)
    for button in root.findChildren(QAbstractButton):
        if button.isVisibleTo(root):
            add(button.text())
    for label in root.findChildren(QLabel):
        if label.buddy() is not None and label.isVisibleTo(root):
            add(label.text())
    for group in root.findChildren(QGroupBox):
        if group.isVisibleTo(root):
            add(group.title())
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            for i in range(bar.count()):
                add(bar.tabText(i))
    return [f"{key}: {texts}" for key, texts in owners.items() if len(texts) > 1]


def menu_clashes(root: QWidget) -> list[str]:
    found = []
    for menu in root.findChildren(QMenu):
        owners: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            key = letter(action.text())
            if action.isVisible() and not action.isSeparator() and key is not None:
                owners[key].append(action.text())
        found += [f"menu {menu.title()!r} {k}: {t}" for k, t in owners.items() if len(t) > 1]
    return found


def menu_bar_titles(window: QMainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_main_window_pages_and_menus(qtbot, session, compiled, tmp_path, language):
    translations.install_language(language, QLocale("C"), compiled)
    window = MainWindow(session.book, QSettings(str(tmp_path / "w.ini"),
                                                QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    clashes = menu_clashes(window)
    window.show()
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(20)  # the Reports page works itself out once shown (its tab then counts)
        clashes += [f"page {index} {c}" for c in window_clashes(window, menu_bar_titles(window))]
    assert not clashes, "\n".join(clashes)
    assert all(letter(window.pages.tabText(i)) for i in range(window.pages.count()))


DIALOGS = {**DIALOGS, "forget": lambda s, c, tmp: ForgetDialog(s, erasure.preview(s.book, c))}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog(qtbot, session, compiled, tmp_path, language, name):
    translations.install_language(language, QLocale("C"), compiled)
    client_id = session.book.clients.page(limit=1)[0][0]
    dialog = DIALOGS[name](session, client_id, tmp_path)
    qtbot.addWidget(dialog)
    clashes = menu_clashes(dialog)
    if isinstance(dialog, QWizard):
        for page_id in dialog.pageIds():
            page = dialog.page(page_id)
            buttons = [dialog.button(b).text() for b in (
                QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                QWizard.WizardButton.FinishButton, QWizard.WizardButton.CancelButton)]
            clashes += window_clashes(page, buttons)
    else:
        clashes += window_clashes(dialog)
    assert not clashes, "\n".join(clashes)


def test_the_check_sees_a_clash(qtbot):
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout

    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    label = QLabel("S&eparator")
    label.setBuddy(QLineEdit())
    layout.addWidget(label)
    layout.addWidget(label.buddy())
    layout.addWidget(QPushButton("&Export"))
    layout.addWidget(QPushButton("&&Co"))
    assert window_clashes(page) == ["e: ['&Export', 'S&eparator']"]


DEFAULT_BUTTON = {  # the action each dialog is for (Forget defaults to the safe Cancel)
    "settings": "Save", "client": "Save", "new client": "Save", "appointment": "Save",
    "visit": "Save", "promise": "Save", "export": "&Export", "import": "&Next >",
    "backups": "&Restore", "forget": "Cancel", "calendar feed": "Save",
    "shared book": "Co&nnect",
}


@pytest.mark.parametrize("name", DEFAULT_BUTTON)
def test_the_default_button_is_what_the_dialog_is_for(qtbot, session, tmp_path, compiled, name):
    translations.install_language("en", QLocale("C"), compiled)
    client_id = session.book.clients.page(limit=1)[0][0]
    dialog = DIALOGS[name](session, client_id, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    defaults = [b.text() for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert defaults == [DEFAULT_BUTTON[name]]


def test_enter_in_export_exports_rather_than_browsing(qtbot, session, tmp_path, monkeypatch,
                                                      compiled):
    translations.install_language("en", QLocale("C"), compiled)
    dialog = DIALOGS["export"](session, None, tmp_path)
    qtbot.addWidget(dialog)
    browsed, exported = [], []
    monkeypatch.setattr(dialog, "_browse", lambda: browsed.append(1))
    dialog.path_edit.setText(str(tmp_path / "clients.csv"))
    dialog.export_button.clicked.connect(lambda: exported.append(1))
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    assert (exported, browsed) == ([1], [])
    assert dialog.result() == dialog.DialogCode.Accepted

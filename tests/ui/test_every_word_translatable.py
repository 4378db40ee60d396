"""Every word of the window's own goes through Qt's translation system.

A pseudo-translation wraps whatever Qt is asked to translate in ⟦…⟧. Then every menu, button,
tab, group, form label and column heading on every page must carry the brackets: a word
without them was never given to tr() and would stay English in every language.
"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QMenu,
    QTabWidget,
)

from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.calendar.client_picker import ClientPicker
from clientbook.ui.calendar.free_slot_dialog import FreeSlotDialog
from clientbook.ui.calendar.services_dialog import ServicesDialog
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.clients.contact_dialog import ContactDialog
from clientbook.ui.conflicts.conflict_dialog import ConflictDialog
from clientbook.ui.feed.feed_dialog import FeedDialog
from clientbook.ui.promises.promise_dialog import PromiseDialog
from clientbook.ui.settings.settings_dialog import SettingsDialog
from clientbook.ui.transfer.backup_dialog import RestoreDialog
from clientbook.ui.transfer.export_dialog import ExportDialog
from clientbook.ui.transfer.import_wizard import ImportWizard
from clientbook.ui.transfer.shared_book_dialog import SharedBookDialog
from clientbook.ui.visits.appointment_dialog import AppointmentDialog
from clientbook.ui.visits.visit_dialog import VisitDialog
from tests.ui.test_conflict_dialog import sample_conflict

LETTERS = re.compile(r"[^\W\d_]")


class Pseudo(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"⟦{source}⟧"

    def isEmpty(self):
        return False


@pytest.fixture
def pseudo(qapp):
    translator = Pseudo()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def own_words(root) -> list[tuple[str, str]]:
    """(where, text) for every text on screen that the app itself wrote, not client data."""
    found = []
    for action in root.findChildren(QMenu):
        found.append(("menu", action.title()))
        found += [("action", a.text()) for a in action.actions() if not a.isSeparator()]
    for tabs in root.findChildren(QTabWidget):
        found += [("tab", tabs.tabText(i)) for i in range(tabs.count())]
    found += [("group", g.title()) for g in root.findChildren(QGroupBox)]
    for button in root.findChildren(QAbstractButton):
        if button.objectName().startswith("qt_") or button.text() in ("", "⋯", "…"):
            continue
        found.append((f"button {button.objectName()}", button.text()))
    found += [("form label", label.text()) for label in root.findChildren(QLabel)
              if label.buddy() is not None]
    for view in root.findChildren(QAbstractItemView):
        model = view.model()
        if model is None or not hasattr(view, "horizontalHeader"):
            continue
        for col in range(model.columnCount()):
            heading = model.headerData(col, Qt.Orientation.Horizontal)
            found.append((f"column of {view.objectName()}", str(heading or "")))
    return [(where, text) for where, text in found if LETTERS.search(text)]


def untranslated(root) -> list[tuple[str, str]]:
    return [(where, text) for where, text in own_words(root) if "⟦" not in text]


def test_every_page_of_the_window(qtbot, session, pseudo, tmp_path):
    window = MainWindow(session.book, QSettings(str(tmp_path / "w.ini"),
                                                QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        qtbot.wait(1)
    words = own_words(window)
    assert len(words) > 150  # the check looked at the whole window
    assert untranslated(window) == []


DIALOGS = {
    "settings": lambda s, c, tmp: SettingsDialog(
        s, None, QSettings(str(tmp / "w.ini"), QSettings.Format.IniFormat)),
    "client": lambda s, c, tmp: ClientDialog(s, s.book.clients.get(c)),
    "new client": lambda s, c, tmp: ClientDialog(s),
    "contact": lambda s, c, tmp: ContactDialog(s, c),
    "appointment": lambda s, c, tmp: AppointmentDialog(s, c),
    "visit": lambda s, c, tmp: VisitDialog(s, c),
    "promise": lambda s, c, tmp: PromiseDialog(s, c),
    "export": lambda s, c, tmp: ExportDialog(s),
    "import": lambda s, c, tmp: ImportWizard(s),
    "backups": lambda s, c, tmp: RestoreDialog(s),
    "free slot": lambda s, c, tmp: FreeSlotDialog(s, date(2026, 11, 24)),
    "client picker": lambda s, c, tmp: ClientPicker(s, "New booking at 10:00"),
    "services": lambda s, c, tmp: ServicesDialog(s),
    "shared book": lambda s, c, tmp: SharedBookDialog(tmp / "desk", "postgresql://desk@db/book"),
    "calendar feed": lambda s, c, tmp: FeedDialog(s),
    "conflict": lambda s, c, tmp: ConflictDialog(s, sample_conflict(s.book, c)),
}


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog(qtbot, session, pseudo, tmp_path, name):
    client_id = session.book.clients.page(limit=1)[0][0]
    dialog = DIALOGS[name](session, client_id, tmp_path)
    qtbot.addWidget(dialog)
    assert own_words(dialog)
    assert untranslated(dialog) == []


def test_the_check_catches_a_word_that_skipped_tr(qtbot, session, pseudo):
    from PySide6.QtWidgets import QPushButton, QWidget

    page = QWidget()
    qtbot.addWidget(page)
    QPushButton(QCoreApplication.translate("Test", "&Save"), page)
    QPushButton("Print", page)
    assert untranslated(page) == [("button ", "Print")]

"""Small and translated screens: every dialog fits 1024×600 with Save in view, the window opens
within the screen, cautions stay visible on Today, and no button, heading or tab is cut short in
any of the five languages."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QLocale, QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QHeaderView,
    QScrollArea,
    QTableView,
    QToolBar,
    QToolButton,
    QWizard,
)

from clientbook.languages import LANGUAGES
from clientbook.ui import translations
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.today.badge_delegate import BadgeDelegate
from clientbook.ui.today.today_model import COL_ATTENTION, BadgesRole
from clientbook.ui.widgets import fit_screen
from tests.ui.test_mnemonics import DIALOGS

NETBOOK = QRect(0, 0, 1024, 600)
SORT_ARROW = 20  # the Fusion style's sort indicator and its margin


@pytest.fixture
def netbook(monkeypatch):
    monkeypatch.setattr(fit_screen, "available", lambda _widget=None: NETBOOK)
    return NETBOOK


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    translations.compile_translations(folder)
    yield folder
    translations.install_language("en", QLocale.system(), folder)


def window(session, qtbot, tmp_path, width=1024, height=600) -> MainWindow:
    win = MainWindow(session.book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    return win


# Item 4: everything fits 1024×600 -------------------------------------------------------------
def test_the_window_opens_within_a_small_screen(session, qtbot, tmp_path, netbook):
    win = MainWindow(session.book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.width() <= 1024 and win.height() <= 600 - fit_screen.FRAME.height()


@pytest.mark.parametrize("name", DIALOGS)
def test_every_dialog_fits_with_its_buttons_in_view(qtbot, session, tmp_path, netbook, name):
    client_id = session.book.clients.page(limit=1)[0][0]
    dialog = DIALOGS[name](session, client_id, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    room = NETBOOK.size() - fit_screen.FRAME
    assert dialog.width() <= room.width() and dialog.height() <= room.height(), name
    buttons = (dialog.findChildren(QDialogButtonBox) if not isinstance(dialog, QWizard)
               else [dialog.button(QWizard.WizardButton.CancelButton)])
    assert buttons
    for box in buttons:
        corner = box.mapTo(dialog, box.rect().bottomRight())
        assert dialog.rect().contains(corner), name
    for area in dialog.findChildren(QScrollArea, "dialogScroll"):  # scrolls down, never across
        assert area.widget().width() <= area.viewport().width(), name


# Item 3: cautions on Today are never cut off --------------------------------------------------
@pytest.mark.parametrize(("width", "height"), [(1024, 600), (1280, 760)])
def test_every_badge_on_today_is_shown_whole(session, qtbot, tmp_path, width, height):
    win = window(session, qtbot, tmp_path, width, height)
    view, model = win.today.view, win.today.model
    header = view.horizontalHeader()
    right = header.sectionViewportPosition(COL_ATTENTION) + header.sectionSize(COL_ATTENTION)
    assert right <= view.viewport().width()  # the column never scrolls out of sight
    metrics = QFontMetrics(view.font())
    rows_with_cautions = 0
    for row in range(model.rowCount()):
        texts = model.index(row, COL_ATTENTION).data(BadgesRole) or []
        lines = BadgeDelegate.lines(texts, header.sectionSize(COL_ATTENTION), metrics)
        assert [t for line in lines for t, _w in line] == texts  # all there, none shortened
        height_needed = len(lines) * (metrics.height() + 4)
        assert view.rowHeight(row) >= height_needed
        rows_with_cautions += any(t.startswith("Avoid") for t in texts)
    assert rows_with_cautions


# Item 13: five languages at 1024×600 ----------------------------------------------------------
def cut_short(root) -> list[str]:
    """Visible buttons, tabs and table headings whose text is wider than their room."""
    found = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text() or isinstance(button, QToolButton):
            continue
        text = button.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        needed = button.fontMetrics().horizontalAdvance(text)
        if needed > button.width() - 8:
            found.append(f"button {text!r}: {needed} > {button.width()}")
    for view in root.findChildren(QTableView):
        if not view.isVisible() or view.model() is None:
            continue
        header = view.horizontalHeader()
        for col in range(header.count()):
            if header.isSectionHidden(col):
                continue
            text = str(view.model().headerData(col, Qt.Orientation.Horizontal) or "")
            needed = header.sectionSizeHint(col)  # Qt's own: the text, margins, sort arrow
            if header.isSortIndicatorShown() and header.sortIndicatorSection() != col:
                needed -= SORT_ARROW  # drawn only on the sorted column
            if text and needed > header.sectionSize(col) + 1:
                found.append(f"{view.objectName()} heading {text!r}: {needed} > "
                             f"{header.sectionSize(col)}")
    return found


def hidden_toolbar_actions(win) -> list[str]:
    toolbar = win.findChild(QToolBar, "mainToolbar")
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    hidden = [a.text() for a in toolbar.actions()
              if not toolbar.widgetForAction(a).isVisible()]
    if hidden and not (more.isVisible() and more.width() >= 16 and not more.icon().isNull()):
        return hidden  # dropped, with no visible » to reach them
    return []


@pytest.mark.parametrize("language", LANGUAGES)
def test_main_pages_in_every_language_at_1024_by_600(session, qtbot, tmp_path, compiled,
                                                      language):
    translations.install_language(language, QLocale("C"), compiled)
    win = window(session, qtbot, tmp_path)
    win.show_first_appointment()
    problems = hidden_toolbar_actions(win)
    for index in range(win.pages.count()):
        win.pages.setCurrentIndex(index)
        qtbot.wait(5)
        problems += [f"page {index}: {p}" for p in cut_short(win.pages.currentWidget())]
    assert not problems, "\n".join(problems)


def test_the_check_sees_a_cut_heading(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    model = QStandardItemModel(1, 1)
    model.setHorizontalHeaderLabels(["Χρειάζεται προσοχή"])
    page = QWidget()
    qtbot.addWidget(page)
    view = QTableView(objectName="v")
    QVBoxLayout(page).addWidget(view)
    view.setModel(model)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.horizontalHeader().resizeSection(0, 40)
    page.show()
    qtbot.waitExposed(page)
    assert cut_short(page) and "Χρειάζεται" in cut_short(page)[0]


@pytest.mark.parametrize("language", ["el", "uk"])
def test_the_card_on_today_shows_every_word_whole_at_1024(session, qtbot, tmp_path, compiled,
                                                          language):
    """Greek at 1024 px cut the designer to "Sc" and the details to "almonc"."""
    from PySide6.QtWidgets import QLabel

    translations.install_language(language, QLocale("C"), compiled)
    win = window(session, qtbot, tmp_path)
    win.show_first_appointment()
    card = win.today.card
    qtbot.wait(10)
    right = card.mapToGlobal(card.rect().topRight()).x()
    for label in card.findChildren(QLabel):
        if not label.isVisible() or not label.text() or label.wordWrap():
            continue
        needed = label.fontMetrics().horizontalAdvance(label.text())
        assert label.width() >= needed - 1, label.text()
        assert label.mapToGlobal(label.rect().topRight()).x() <= right, label.text()
    for label in card.findChildren(QLabel):  # wrapping labels: no single word sticks out
        if label.isVisible() and label.wordWrap() and label.text():
            words = re.findall(r"[^\s-]+-?", label.text())  # lines may break after a hyphen
            widest = max(label.fontMetrics().horizontalAdvance(w) for w in words)
            assert label.width() >= widest - 1, label.text()


def test_birthdays_open_at_1024_by_600_leave_three_appointments_in_view(session, qtbot,
                                                                         tmp_path):
    win = window(session, qtbot, tmp_path)
    win.show_first_appointment()
    today = win.today
    assert today.model.rowCount() >= 3
    today.birthdays_toggle.setChecked(True)
    qtbot.wait(10)
    assert today.birthdays.isVisible()
    view = today.view
    assert view.viewport().height() >= 3 * view.rowHeight(0)

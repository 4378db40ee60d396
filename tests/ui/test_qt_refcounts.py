"""PySide6 6.12.0 under Python 3.11 loses a reference to None each time a model's None (or a
list passed to setData) crosses into Qt and back; after enough repaints and refreshes the
interpreter aborts ("deallocating None"). 6.11.3 is pinned; these tests fail on a version
with that bug, before a receptionist's window does."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractListModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QStandardItem

from clientbook.ui.app.main_window import MainWindow

ROUNDS = 2000


class _Nothing(QAbstractListModel):
    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 1

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_none_and_lists_cross_into_qt_and_back_without_losing_references(qapp):
    model = _Nothing()
    index = model.index(0, 0)
    items = [QStandardItem("x") for _ in range(ROUNDS)]
    before = sys.getrefcount(None)
    for item in items:
        index.data(Qt.ItemDataRole.UserRole)
        item.setData(None, Qt.ItemDataRole.UserRole)
        item.setData([1, 2], Qt.ItemDataRole.UserRole + 1)
        item.data(Qt.ItemDataRole.UserRole)
    assert sys.getrefcount(None) - before > -ROUNDS // 10


def test_building_and_using_the_window_keeps_none_alive(demo_book, qtbot, tmp_path, answers):
    before = sys.getrefcount(None)
    window = MainWindow(demo_book, QSettings(str(tmp_path / "w.ini"),
                                             QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    for page in range(window.pages.count()):
        window.pages.setCurrentIndex(page)
        window.repaint()
    assert sys.getrefcount(None) - before > -500

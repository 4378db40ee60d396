"""A table of items under bold group headings ("Overdue (3)", "Today (2)"), for small lists.

The headings are rows the cursor skips; each item row holds its object in `role` on its first
cell. Shared by the promises panel and the birthdays list.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView


class GroupedRows:
    def __init__(self, model: QStandardItemModel, view: QTableView, role: int):
        self.model, self.view, self.role = model, view, role

    def add_group(self, title: str, colour: QColor) -> None:
        """A heading row spanning the table; not selectable."""
        item = QStandardItem(title)
        item.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: the cursor skips it
        font = QFont()
        font.setBold(True)
        item.setFont(font)
        item.setForeground(QBrush(colour))
        item.setAccessibleText(title)
        columns = max(self.model.columnCount(), 1)
        blanks = [QStandardItem() for _ in range(columns - 1)]
        for blank in blanks:
            blank.setFlags(Qt.ItemFlag.NoItemFlags)
        row = self.model.rowCount()
        self.model.appendRow([item, *blanks])
        self.view.setSpan(row, 0, 1, columns)

    def item_at(self, row: int) -> object | None:
        """The object on `row`, or None for a heading."""
        return self.model.index(row, 0).data(self.role)

    def item_rows(self) -> list[int]:
        return [r for r in range(self.model.rowCount()) if self.item_at(r) is not None]

    def items(self) -> list:
        """Every item shown, top to bottom."""
        return [self.item_at(r) for r in self.item_rows()]

    def group_titles(self) -> list[str]:
        return [self.model.index(r, 0).data() for r in range(self.model.rowCount())
                if self.item_at(r) is None]

    def current(self) -> object | None:
        index = self.view.currentIndex()
        return self.item_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def select_first(self, matches: Callable[[object], bool]) -> bool:
        """Select the first item for which `matches` is true; False if there is none."""
        for row in self.item_rows():
            if matches(self.item_at(row)):
                self.select_row(row)
                return True
        return False

    def height_for(self, rows: int) -> int:
        """The table's height showing the header and `rows` rows."""
        row = self.view.verticalHeader().defaultSectionSize()
        return self.view.horizontalHeader().sizeHint().height() + rows * row + 4

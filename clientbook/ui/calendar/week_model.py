"""The week at a glance: a row per designer, a column per day, bookings and free time."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from clientbook.domain.words import fill
from clientbook.services.appointments.day_plan import WeekCell
from clientbook.ui.widgets.formats import day_month

_Index = QModelIndex | QPersistentModelIndex
DayRole = Qt.ItemDataRole.UserRole + 1  # the column's date
StaffRole = Qt.ItemDataRole.UserRole + 2  # the row's staff id
SortRole = Qt.ItemDataRole.UserRole + 3  # free minutes, for "who has most room"


def hours(minutes: int) -> str:
    return f"{minutes // 60}:{minutes % 60:02d}"


class WeekModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.first = date.today()
        self.people: list[tuple[int, str]] = []
        self.cells: dict[tuple[int, date], WeekCell] = {}
        self._texts: dict[tuple[int, int], tuple[str, str]] = {}

    def set_week(self, first: date, people: list[tuple[int, str]],
                 cells: dict[tuple[int, date], WeekCell]) -> None:
        self.beginResetModel()
        self.first, self.people, self.cells = first, people, cells
        # The words of every cell, made once here: a repaint asks for each role many times.
        self._texts: dict[tuple[int, int], tuple[str, str]] = {}
        for row, (staff_id, name) in enumerate(people):
            for column in range(7):
                day = self.day(column)
                cell = cells.get((staff_id, day), WeekCell(0, 0, 0))
                shown = (self.tr("Not working") if not cell.open_minutes and not cell.bookings
                         else fill(self.tr("%1 booked\n%2 free"),
                                   [cell.bookings, hours(cell.free_minutes)]))
                tip = fill(self.tr("%1, %2: %3 bookings, %4 h booked, %5 h free"),
                           [name, day_month(day), cell.bookings, hours(cell.booked_minutes),
                            hours(cell.free_minutes)])
                self._texts[row, column] = (shown, tip)
        self.endResetModel()

    def day(self, column: int) -> date:
        return self.first + timedelta(days=column)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self.people)):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row(), index.column()][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._texts[index.row(), index.column()][1]
        staff_id = self.people[index.row()][0]
        day = self.day(index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            cell = self.cells.get((staff_id, day))
            return QColor("#eef0f3") if cell is None or not cell.open_minutes else None
        if role == DayRole:
            return day
        if role == StaffRole:
            return staff_id
        if role == SortRole:
            cell = self.cells.get((staff_id, day))
            return 0 if cell is None else cell.free_minutes
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < 7:
                return None
            return fill(self.tr("%1", "week view column heading: the day's date"),
                        [day_month(self.day(section), short=True)])
        return self.people[section][1] if 0 <= section < len(self.people) else None

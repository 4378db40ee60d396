"""Table models of the Follow-ups page (rewards to tell, clients not seen for years, promises
kept, same designer) and the read-only, sortable table views that show them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from clientbook.domain.care.promise_record import OnTime, PromiseRecord
from clientbook.domain.words import fill
from clientbook.services.followups.consistency import DesignerConsistency
from clientbook.services.followups.loyalty import RewardWaiting
from clientbook.services.privacy.erasure import Unseen
from clientbook.ui.widgets.formats import full_date, money

Index = QModelIndex | QPersistentModelIndex
ObjectRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1
NOTHING = "—"
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def number(value: int) -> str:
    return QLocale().toString(value)


def sorted_by_value(model: QAbstractItemModel) -> QSortFilterProxyModel:
    """A proxy that sorts `model` by its natural values ("visit 9" before "visit 10")."""
    proxy = QSortFilterProxyModel(model)
    proxy.setSourceModel(model)
    proxy.setSortRole(SortRole)
    return proxy


def figures_table(model: QAbstractItemModel, name: str, accessible: str) -> QTableView:
    """A read-only table of whole rows, one selectable at a time; the first column stretches."""
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    # The stretching first column never shrinks below its own heading ("Місяць" in Ukrainian).
    header.setMinimumSectionSize(max(48, header.sectionSizeHint(0)))
    header.setResizeContentsPrecision(100)  # measure a screenful, not thousands of rows
    return view


def chosen(view: QTableView):
    """The object of the view's selected row; None when no row is selected."""
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row(),
                                                                      QModelIndex()):
        return None
    return index.siblingAtColumn(0).data(ObjectRole)


def select_row(view: QTableView, row: int) -> bool:
    """Select the view's `row` as shown (after sorting); False if there is no such row."""
    index = view.model().index(row, 0)
    if not index.isValid():
        return False
    view.selectionModel().setCurrentIndex(
        index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)
    view.scrollTo(index)
    return True


def select_client(view: QTableView, client_id: int) -> bool:
    """Select the client's row in a view of a sorted model with `row_of`; False if absent."""
    proxy = view.model()
    source = proxy.sourceModel()
    row = source.row_of(client_id)
    return row >= 0 and select_row(view, proxy.mapFromSource(source.index(row, 0)).row())


class FiguresModel(QAbstractTableModel):
    """Read-only rows of one object each; subclasses say what each column shows."""

    COLUMNS = 0
    NUMERIC: tuple[int, ...] = ()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list = []

    def _reset(self, rows: list) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_object(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headers(self) -> list[str]:
        raise NotImplementedError

    def percent(self, share: float | None) -> str:
        """"67%", rounded half up; "—" when nothing fell due (neither 0 % nor 100 %)."""
        if share is None:
            return NOTHING
        return fill(self.tr("%1%"), [str(int(share * 100 + 0.5))])

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return int(_RIGHT)
        return None

    def display(self, obj, col: int) -> str:
        raise NotImplementedError

    def sort_key(self, obj, col: int):
        return self.display(obj, col)

    def is_total(self, obj) -> bool:
        return False

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        obj = self.row_object(index.row()) if index.isValid() else None
        if obj is None or not 0 <= index.column() < self.COLUMNS:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(obj, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(_RIGHT)
        if role == Qt.ItemDataRole.FontRole and self.is_total(obj):
            font = QFont()
            font.setBold(True)
            return font
        if role == ObjectRole:
            return obj
        if role == SortRole:
            return self.sort_key(obj, col)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class RewardsModel(FiguresModel):
    """Clients whose next visit earns a reward and who have nothing booked."""

    COL_CLIENT, COL_NEXT, COL_LAST, COL_SPENT = range(4)
    COLUMNS = 4
    NUMERIC = (COL_SPENT,)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.currency = "EUR"

    def set_rows(self, rows: list[RewardWaiting], currency: str = "EUR") -> None:
        self.currency = currency
        self._reset(list(rows))

    def waiting(self, row: int) -> RewardWaiting | None:
        return self.row_object(row)

    def row_of(self, client_id: int) -> int:
        return next((r for r, w in enumerate(self._rows) if w.client_id == client_id), -1)

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Next visit"), self.tr("Last visit"),
                self.tr("Spent since last reward")]

    def display(self, obj: RewardWaiting, col: int) -> str:
        if col == self.COL_CLIENT:
            return obj.name
        if col == self.COL_NEXT:
            return fill(self.tr("visit %1"), [number(obj.visit_number)])
        if col == self.COL_LAST:
            return full_date(obj.last_visit.date()) if obj.last_visit else NOTHING
        return money(obj.spent, self.currency)

    def sort_key(self, obj: RewardWaiting, col: int):
        if col == self.COL_CLIENT:
            return obj.name.casefold()
        if col == self.COL_NEXT:
            return obj.visit_number
        if col == self.COL_LAST:
            return (obj.last_visit or datetime.min).isoformat()
        return float(obj.spent)


class _OnTimeModel(FiguresModel):
    """Rows of (label, figures, is_total): Due, Kept on time and Rate after the label."""

    COL_LABEL, COL_DUE, COL_KEPT, COL_RATE = range(4)
    COLUMNS = 4
    NUMERIC = (COL_DUE, COL_KEPT, COL_RATE)

    def display(self, obj: tuple[str, OnTime, bool], col: int) -> str:
        label, figures, _total = obj
        if col == self.COL_LABEL:
            return label
        if col == self.COL_DUE:
            return number(figures.due)
        if col == self.COL_KEPT:
            return number(figures.kept)
        return self.percent(figures.rate)

    def sort_key(self, obj: tuple[str, OnTime, bool], col: int):
        label, figures, _total = obj
        return (label.casefold(), figures.due, figures.kept,
                -1.0 if figures.rate is None else figures.rate)[col]

    def is_total(self, obj: tuple[str, OnTime, bool]) -> bool:
        return obj[2]

    def figures(self, row: int) -> OnTime | None:
        obj = self.row_object(row)
        return obj[1] if obj else None


class PromiseMonthsModel(_OnTimeModel):
    """Month by month, newest first, and the total under them."""

    COL_MONTH = _OnTimeModel.COL_LABEL

    def headers(self) -> list[str]:
        return [self.tr("Month"), self.tr("Due"), self.tr("Kept on time"), self.tr("Rate")]

    def set_record(self, record: PromiseRecord) -> None:
        rows = [(self.month_name(month), figures, False)
                for month, figures in reversed(record.by_month.items())]
        if rows:
            rows.append((self.tr("Total"), record.total, True))
        self._reset(rows)

    @staticmethod
    def month_name(month: str) -> str:
        """'2026-11' → 'November 2026' in the user's language."""
        year, number_ = (int(part) for part in month.split("-"))
        return QLocale().toString(QDate(year, number_, 1), "MMMM yyyy")


class PromiseStaffModel(_OnTimeModel):
    """Per staff member in name order; promises nobody owns last."""

    COL_STAFF = _OnTimeModel.COL_LABEL

    def headers(self) -> list[str]:
        return [self.tr("Staff"), self.tr("Due"), self.tr("Kept"), self.tr("Rate")]

    def set_record(self, record: PromiseRecord, names: dict[int, str]) -> None:
        owned = [(names.get(staff_id) or fill(self.tr("Staff #%1"), [staff_id]),
                  figures, False)
                 for staff_id, figures in record.by_staff.items() if staff_id is not None]
        owned.sort(key=lambda row: row[0].casefold())
        if None in record.by_staff:
            owned.append((self.tr("No owner"), record.by_staff[None], False))
        self._reset(owned)


class ConsistencyModel(FiguresModel):
    """Per designer: their clients' visits, how many they did themselves, and the share."""

    COL_DESIGNER, COL_VISITS, COL_WITH, COL_SHARE = range(4)
    COLUMNS = 4
    NUMERIC = (COL_VISITS, COL_WITH, COL_SHARE)

    def set_rows(self, rows: list[DesignerConsistency]) -> None:
        self._reset(list(rows))

    def headers(self) -> list[str]:
        return [self.tr("Designer"), self.tr("Their clients' visits"), self.tr("With them"),
                self.tr("Share")]

    def display(self, obj: DesignerConsistency, col: int) -> str:
        if col == self.COL_DESIGNER:
            return obj.name if obj.active else \
                fill(self.tr("%1 (inactive)"), [obj.name])
        if col == self.COL_VISITS:
            return number(obj.total)
        if col == self.COL_WITH:
            return number(obj.with_designer)
        return self.percent(obj.share)

    def sort_key(self, obj: DesignerConsistency, col: int):
        return (obj.name.casefold(), obj.total, obj.with_designer,
                -1.0 if obj.share is None else obj.share)[col]


class RetentionModel(FiguresModel):
    """Active clients not seen (no visit or kept appointment) for the retention period."""

    COL_CLIENT, COL_LAST_SEEN, COL_VISITS = range(3)
    COLUMNS = 3
    NUMERIC = (COL_VISITS,)

    def set_rows(self, rows: list[Unseen]) -> None:
        self._reset(list(rows))

    def row_of(self, client_id: int) -> int:
        return next((r for r, u in enumerate(self._rows) if u.client_id == client_id), -1)

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Last seen"), self.tr("Visits")]

    def display(self, obj: Unseen, col: int) -> str:
        if col == self.COL_CLIENT:
            return obj.name
        if col == self.COL_LAST_SEEN:
            if obj.last_seen is None:
                return fill(self.tr("never — added %1"), [full_date(obj.added.date())])
            return full_date(obj.last_seen.date())
        return number(obj.visits)

    def sort_key(self, obj: Unseen, col: int):
        if col == self.COL_CLIENT:
            return obj.name.casefold()
        if col == self.COL_LAST_SEEN:  # as the list comes: never seen counts from when added
            return (obj.last_seen or obj.added).isoformat()
        return obj.visits

"""A client's timeline as a table model that reads a page at a time (1,000+ visits stay fast)."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from clientbook.services.book import Book
from clientbook.services.history.timeline import PAGE, TimelineRow
from clientbook.ui.history.history_words import HistoryWords
from clientbook.ui.widgets.formats import full_date, money
from clientbook.ui.widgets.plain_text import tooltip

COL_WHEN, COL_KIND, COL_WHAT, COL_STAFF, COL_STATUS, COL_NOTES = range(6)
RowRole = Qt.ItemDataRole.UserRole
SortRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, RowRole,
                    SortRole))


class HistoryModel(QAbstractTableModel):
    """Newest first; `fetchMore` reads the next page when the view scrolls to the end."""

    def __init__(self, book: Book, parent: QObject | None = None):
        super().__init__(parent)
        self.book = book
        self.words = HistoryWords(self)
        self.client_id: int | None = None
        self.kinds: tuple[str, ...] | None = None
        self._rows: list[TimelineRow] = []
        self._total = 0
        self._staff: dict[int, str] = {}
        self._currency = ""
        self._texts_cache: dict[int, list[str]] = {}  # row → its cells, made once
        self._dates: dict = {}  # day → its text in the interface language
        self._kinds: dict[str, str] = {}

    def show(self, client_id: int | None, kinds: tuple[str, ...] | None = None) -> None:
        """Show this client's history (None: nothing), first page only."""
        self.beginResetModel()
        self.client_id, self.kinds = client_id, kinds
        self._texts_cache = {}
        self._kinds = self.words.kinds()
        self._staff = {s.id: s.name for s in self.book.staff.all()}
        self._currency = self.book.setting("currency")
        if client_id is None or not self.book.clients.exists(client_id):
            self.client_id, self._rows, self._total = None, [], 0
        else:
            self._total = self.book.timeline.count(client_id, kinds)
            self._rows = self.book.timeline.page(client_id, kinds, 0, PAGE)
        self.endResetModel()

    def reload(self) -> None:
        self.show(self.client_id, self.kinds)

    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> TimelineRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    # Lazy loading ---------------------------------------------------------------------
    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self.client_id is None:
            return
        more = self.book.timeline.page(self.client_id, self.kinds, len(self._rows), PAGE)
        if not more:
            self._total = len(self._rows)
            return
        self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # The model ----------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 6:
            return None
        return [self.tr("When"), self.tr("What"), self.tr("Details"), self.tr("Who"),
                self.tr("Status"), self.tr("Notes")][section]

    def _texts(self, r: TimelineRow) -> list[str]:
        w = self.words
        day = r.at.date()
        if day not in self._dates:  # most rows share few days' formats: make each once
            self._dates[day] = full_date(day)
        when = f"{self._dates[day]} {r.at:%H:%M}"
        staff = self._staff.get(r.staff_id, "") if r.staff_id else ""
        kind = self._kinds.get(r.kind, r.kind)
        if r.kind == "visit":
            spend = money(Decimal(r.number or 0) / 100, self._currency) if r.number else ""
            return [when, kind, r.title, staff, spend, r.detail]
        if r.kind == "appointment":
            return [when, kind, r.title, staff, w.appointment_status(r.status), r.detail]
        if r.kind == "promise":
            return [when, kind, r.title, staff, w.promise_status(r.status), ""]
        if r.kind == "contact":
            return [when, kind, w.channel(r.title), staff, "", r.detail]
        if r.kind == "reward":
            return [when, kind, r.title, staff, "", ""]
        change = f"{r.detail or w.nothing()} → {r.extra or w.nothing()}"
        return [when, kind, w.field(r.title), w.who(r.who), "", change]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid() or not 0 <= index.column() < 6:
            return None  # the view asks for many roles per cell: answer the others at once
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        if role == SortRole:
            return row.at.isoformat()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            texts = self._texts_cache.get(index.row())
            if texts is None:
                texts = self._texts_cache[index.row()] = self._texts(row)
            text = texts[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return tooltip(text) if text else None
            return " ".join(text.split()) if index.column() == COL_NOTES else text
        return None

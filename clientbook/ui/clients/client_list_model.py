"""The client list as a Qt table model: lazy name-ordered browsing, or ranked search results."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from clientbook.domain import folding
from clientbook.services.book import Book
from clientbook.services.clients.search import Match
from clientbook.ui.widgets.plain_text import tooltip

COL_NAME = 0
COL_PHONE = 1
COLUMN_COUNT = 2

# The client id (int) of a row, in any column.
CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole
# A natural sort value: the folded name key for the name, the digits for the phone.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1

# Rows fetched per page while browsing, and the most search results shown.
PAGE_SIZE = 200

# The roles this model answers; a view asks every cell for seven, most of them answered
# by nobody (font, colours, alignment…): those return at once. Flags are the same for all.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ACCESSIBLE = int(Qt.ItemDataRole.AccessibleTextRole)
_ANSWERED = frozenset({_DISPLAY, _TOOLTIP, _ACCESSIBLE, int(CLIENT_ID_ROLE), int(SORT_ROLE)})
_ROW_FLAGS = (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
              | Qt.ItemFlag.ItemNeverHasChildren)

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class _Row:
    id: int
    name: str
    phone: str
    sort_key: str | None  # the folded name key; None for a search hit until it is asked for
    match: Match | None = None


class ClientListModel(QAbstractTableModel):
    """Every client in name order, fetched a page at a time, or the matches for a query.

    Why lazy: a firm may keep 100,000 clients; only the rows a person scrolls to are
    read, using keyset paging (`after` the last loaded name key and id), so each page
    costs the same however deep the scroll.
    """

    def __init__(self, book: Book, parent: QObject | None = None, page_size: int = PAGE_SIZE):
        super().__init__(parent)
        self._book = book
        self._page_size = page_size
        self._query = ""
        self._include_archived = False
        self._rows: list[_Row] = []
        self._exhausted = True
        self._reload(self._page_size)

    # -- public API ---------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def include_archived(self) -> bool:
        return self._include_archived

    def is_searching(self) -> bool:
        return bool(self._query.strip())

    def set_query(self, text: str) -> None:
        """Show the matches for `text`, or every client when it is blank."""
        if text == self._query:
            return
        self._query = text
        self._reload(self._page_size)

    def set_include_archived(self, include: bool) -> None:
        if include == self._include_archived:
            return
        self._include_archived = include
        self._reload(self._page_size)

    def refresh(self) -> None:
        """Re-read from the book, keeping the query and as many rows as were loaded."""
        self._reload(max(self._page_size, len(self._rows)))

    def client_id(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, client_id: int) -> int:
        """The row showing `client_id` among the loaded rows, or -1."""
        for row, item in enumerate(self._rows):
            if item.id == client_id:
                return row
        return -1

    def obvious_hit(self) -> int | None:
        """The row a search plainly means: its only result, or its first exact name match."""
        if not self.is_searching() or not self._rows:
            return None
        if len(self._rows) == 1 or self._rows[0].match == Match.EXACT:
            return 0
        return None

    def has_more(self) -> bool:
        """True while browsing and more clients remain to be fetched."""
        return not self._exhausted

    def is_capped(self) -> bool:
        """True when a search filled the whole result limit (there may be more matches)."""
        return self.is_searching() and len(self._rows) >= self._page_size

    # -- loading ------------------------------------------------------------------------

    def _reload(self, wanted: int) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        if self.is_searching():
            results = self._book.search(
                self._query, limit=self._page_size, include_archived=self._include_archived
            )
            # A hit's name key is worked out only if a sort asks for it (the list shows hits
            # best first; on each keystroke the keys of 200 names were a millisecond).
            self._rows = [_Row(r.id, r.name, r.phone, None, r.match) for r in results]
        else:
            self._exhausted = False
            self._rows = self._next_page(wanted)
        self.endResetModel()

    def _next_page(self, limit: int) -> list[_Row]:
        last = self._rows[-1] if self._rows else None
        after = (last.sort_key, last.id) if last is not None else None
        page = self._book.clients.page(
            after=after, limit=limit, include_archived=self._include_archived
        )
        if len(page) < limit:
            self._exhausted = True
        return [_Row(cid, name, phone, key) for cid, name, key, phone in page]

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self.is_searching() and not self._exhausted

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        more = self._next_page(self._page_size)
        if not more:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    # -- Qt model interface ---------------------------------------------------------------

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _ROW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == COL_NAME:
            return self.tr("Name")
        if section == COL_PHONE:
            return self.tr("Phone")
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in _ANSWERED:
            return None
        row = index.row()
        if not index.isValid() or not 0 <= row < len(self._rows):
            return None
        item = self._rows[row]
        column = index.column()
        if role in (_DISPLAY, _ACCESSIBLE):
            return item.name if column == COL_NAME else item.phone
        if role == CLIENT_ID_ROLE:
            return item.id
        if role == SORT_ROLE:
            if column != COL_NAME:
                return folding.phone_digits(item.phone)
            return item.sort_key if item.sort_key is not None else folding.name_key(item.name)
        return tooltip(self._tooltip(item))  # names are user text: never HTML

    def _tooltip(self, item: _Row) -> str:
        lines = [item.name]
        if item.phone:
            lines.append(item.phone)
        if item.match == Match.OTHER:
            # The name may not contain what was typed: say why this client is listed.
            lines.append(self.tr("Matched by phone, email or a preference"))
        return "\n".join(lines)

"""The client finder: a search box over the client list, made to be driven from the keyboard.

The page only finds and selects clients; the main window shows the briefing card beside it,
listening to `clientSelected` (a row was selected) and `clientActivated` (Enter or a
double-click: open this client).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.services.changes import Changes
from clientbook.ui.clients.client_list_model import COL_NAME, COL_PHONE, ClientListModel
from clientbook.ui.session import Session

# Milliseconds of typing pause before searching: short enough to feel instant.
DEBOUNCE_MS = 150
# A query longer than this is shortened in the status line.
QUOTE_CHARS = 40

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class ClientsPage(QWidget):
    """Search as you type; Down goes into the list, Enter opens, Esc clears."""

    clientSelected = Signal(int)
    clientActivated = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientsPage")
        self._session = session
        self._selected_id: int | None = None

        self.model = ClientListModel(session.book, self)

        self.search_box = QLineEdit(self)
        self.search_box.setObjectName("clientSearch")
        self.search_box.setPlaceholderText(self.tr("Search name, phone, email or preference…"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.setAccessibleName(self.tr("Search clients"))
        font = self.search_box.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.search_box.setFont(font)
        # A roomier box than the default, in font units so it scales with the DPI.
        self.search_box.ensurePolished()
        self.search_box.setMinimumHeight(round(self.search_box.fontMetrics().height() * 1.9))

        self.status_label = QLabel(self)
        self.status_label.setObjectName("clientCount")
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)  # the query is user text
        self.status_label.setWordWrap(True)
        muted = self.status_label.palette()
        muted.setColor(
            QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText)
        )
        self.status_label.setPalette(muted)

        self.archived_box = QCheckBox(self.tr("Include archived"), self)
        self.archived_box.setObjectName("includeArchived")
        self.archived_box.setToolTip(self.tr("Also list clients who have been archived"))

        self.view = QTableView(self)
        self.view.setObjectName("clientList")
        self.view.setAccessibleName(self.tr("Clients"))
        self.view.setModel(self.model)
        self._setup_view()

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run_search_now)

        status_row = QHBoxLayout()
        status_row.addWidget(self.status_label, 1)
        status_row.addWidget(self.archived_box, 0, Qt.AlignmentFlag.AlignRight)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_box)
        layout.addLayout(status_row)
        layout.addWidget(self.view, 1)
        QWidget.setTabOrder(self.search_box, self.view)
        QWidget.setTabOrder(self.view, self.archived_box)

        self.search_box.textChanged.connect(self._timer.start)
        self.search_box.installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.doubleClicked.connect(self._activate_index)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.archived_box.toggled.connect(self._on_archived_toggled)
        self.model.rowsInserted.connect(self._update_status)
        session.changed.connect(self._on_changed)
        self._update_status()

    def _setup_view(self) -> None:
        view = self.view
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        view.setShowGrid(False)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setCornerButtonEnabled(False)
        view.setSortingEnabled(False)  # names in order while browsing, best match first otherwise
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Sizes follow the font, so the list stays comfortable at any DPI or zoom; polish
        # first so an application style sheet's font is the one measured.
        view.ensurePolished()
        metrics = view.fontMetrics()
        rows = view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # fixed height: fast at 100k
        rows.setDefaultSectionSize(round(metrics.height() * 1.8))
        header = view.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setHighlightSections(False)
        header.setSectionsClickable(False)
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_PHONE, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(COL_PHONE, metrics.horizontalAdvance("+380 (50) 000-00-00") + 4
                             * metrics.averageCharWidth())

    # -- public API ---------------------------------------------------------------------

    def focus_search(self) -> None:
        """Put the cursor in the search box with its text selected, ready to type over."""
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def run_search_now(self) -> None:
        """Search for the box's text without waiting for the typing pause."""
        self._timer.stop()
        text = self.search_box.text()
        self._keeping_selection(lambda: self.model.set_query(text))
        hit = self.model.obvious_hit()
        if self._selected_id is None and hit is not None:
            self._select_row(hit)  # its card opens as you type; the cursor stays in the box

    # -- reacting -----------------------------------------------------------------------

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_client_list():
            self._keeping_selection(self.model.refresh)

    def _on_archived_toggled(self, checked: bool) -> None:
        self._keeping_selection(lambda: self.model.set_include_archived(checked))

    def _keeping_selection(self, reload: Callable[[], None]) -> None:
        """Run a model reload, then select the same client again if it is still listed."""
        keep = self._selected_id
        scroll = self.view.verticalScrollBar().value()
        reload()
        row = self.model.row_of(keep) if keep is not None else -1
        if row >= 0:
            self._selected_id = keep  # re-selecting the same client is not news
            self._select_row(row)
            self.view.scrollTo(self.model.index(row, COL_NAME))
        else:
            self._selected_id = None
            if not self.model.is_searching():
                self.view.verticalScrollBar().setValue(scroll)
        self._update_status()

    def _select_row(self, row: int) -> None:
        self.view.selectionModel().setCurrentIndex(
            self.model.index(row, COL_NAME),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _on_selection_changed(self, *_args) -> None:
        rows = self.view.selectionModel().selectedRows()
        new_id = self.model.client_id(rows[0].row()) if rows else None
        if new_id != self._selected_id:
            self._selected_id = new_id
            if new_id is not None:
                self.clientSelected.emit(new_id)

    def _activate_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.clientActivated.emit(self.model.client_id(index.row()))

    # -- keyboard -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_box:
                return self._search_key(event)
            if watched is self.view:
                return self._list_key(event)
        return super().eventFilter(watched, event)

    def _search_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key == Qt.Key.Key_Escape and self.search_box.text():
            self.search_box.clear()
            self.run_search_now()
            return True
        if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, *_ENTER_KEYS):
            if self._timer.isActive():
                self.run_search_now()
            if self.model.rowCount() == 0:
                return key in _ENTER_KEYS
            current = self.view.currentIndex()
            self._select_row(current.row() if current.isValid() else 0)
            self.view.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return False

    def _list_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        current = self.view.currentIndex()
        if key in _ENTER_KEYS:
            self._activate_index(current)
            return True
        if key == Qt.Key.Key_Escape or (
            key == Qt.Key.Key_Up and (not current.isValid() or current.row() == 0)
        ):
            self.focus_search()
            return True
        text = event.text()
        plain = not event.modifiers() & ~(
            Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.KeypadModifier
        )
        if plain and text and text.isprintable() and not text.isspace():
            # Typing in the list goes on typing the search, rather than jumping by letter.
            self.search_box.setFocus(Qt.FocusReason.OtherFocusReason)
            self.search_box.end(False)
            self.search_box.insert(text)
            return True
        return False

    # -- status line --------------------------------------------------------------------

    def _update_status(self, *_args) -> None:
        self.status_label.setText(self._status_text())

    def _status_text(self) -> str:
        model = self.model
        count = model.rowCount()
        if model.is_searching():
            query = model.query.strip()
            if len(query) > QUOTE_CHARS:
                query = query[: QUOTE_CHARS - 1] + "…"
            if count == 0:
                return self.tr("No client matches '{query}' — add a new client with Ctrl+N"
                               ).format(query=query)
            if model.is_capped():
                return self.tr("Showing the first {count} matches — type more to narrow them down"
                               ).format(count=count)
            return self.tr("%Ln clients found", "", count)
        total = count if not model.has_more() else self._session.book.clients.count(
            include_archived=model.include_archived)
        if total == 0:
            if not self._session.book.clients.any():
                return self.tr("No clients yet — add the first with Ctrl+N")
            return self.tr("Every client is archived — tick 'Include archived' to see them")
        return self.tr("%Ln clients", "", total)

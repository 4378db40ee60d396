"""The History tab of a client: everything that happened, newest first; correct a visit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.history.change_log import visit_summary
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.history.history_model import (
    COL_KIND,
    COL_NOTES,
    COL_STAFF,
    COL_STATUS,
    COL_WHAT,
    COL_WHEN,
    HistoryModel,
)
from clientbook.ui.history.promise_edit_dialog import PromiseEditDialog
from clientbook.ui.session import Session
from clientbook.ui.visits.visit_dialog import VisitDialog
from clientbook.ui.widgets.plain_text import plain


class HistoryPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("historyPanel")
        self.session = session
        self.model = HistoryModel(session.book, self)
        self.heading = plain(QLabel(objectName="historyHeading"))
        self.heading.setWordWrap(True)
        self.filter = QComboBox(objectName="historyFilter")
        for text, kinds in self.model.words.kind_filters():
            self.filter.addItem(text, kinds)
        self.filter.setAccessibleName(self.tr("Show in the history"))
        show = QLabel(self.tr("Show:"))
        show.setBuddy(self.filter)
        self.view = QTableView(objectName="historyList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        self.view.setAccessibleName(self.tr("The client's history"))
        header = self.view.horizontalHeader()
        # Sized once per load from a screenful of rows (_fit_columns): Qt's ResizeToContents
        # measures again on every change of selection, which a long history feels.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_NOTES, QHeaderView.ResizeMode.Stretch)
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.edit_button = QPushButton(self.tr("Correct visit…"), objectName="historyEdit")
        self.delete_button = QPushButton(self.tr("Delete visit…"), objectName="historyDelete")
        self.promise_button = QPushButton(self.tr("Correct promise…"),
                                          objectName="historyPromise")
        self.promise_button.setToolTip(self.tr("Correct what was promised, or who promised "
                                               "it (Enter)"))
        self.edit_button.setToolTip(self.tr("Correct the selected visit (Enter)"))
        self.delete_button.setToolTip(self.tr("Delete the selected visit (Delete); Ctrl+Z "
                                              "brings it back"))
        for button in (self.edit_button, self.delete_button, self.promise_button):
            button.setAutoDefault(False)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(show)
        top.addWidget(self.filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.promise_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

        self.filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.edit_button.clicked.connect(self.edit_visit)
        self.delete_button.clicked.connect(self.delete_visit)
        self.promise_button.clicked.connect(self.edit_promise)
        self.view.activated.connect(lambda _index: self._correct_current())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_visit)
        self.view.selectionModel().currentRowChanged.connect(lambda *_a: self._update_buttons())
        self._stale = False  # a change came while hidden
        session.changed.connect(self._on_changed)
        self._update_buttons()

    # Showing --------------------------------------------------------------------------
    def show_client(self, client_id: int | None) -> None:
        self.model.show(client_id, self.filter.currentData())
        self._after_load()

    def reload(self) -> None:
        """Read again (after a change or a new filter), keeping the selected entry."""
        current = self.current_row()
        self.model.show(self.model.client_id, self.filter.currentData())
        if current is not None:
            self._select(current.kind, current.id)
        self._after_load()

    def _after_load(self) -> None:
        book = self.session.book
        client_id = self.model.client_id
        if client_id is None:
            self.heading.setText(self.tr("Choose a client to see their history."))
        else:
            name = book.clients.get(client_id).display_name
            self.heading.setText(fill(self.tr("%1: %2", "client name: entries count"),
                                      [name, self.tr("%n entries", "", self.model.total())]))
        if self.current_row() is None and self.model.rowCount():
            self.view.selectRow(0)
        self._fit_columns()
        self._update_buttons()

    def _fit_columns(self, sample: int = 25) -> None:
        """When, What, Who and Status as wide as their first rows and headings (Who and
        Status up to a limit); Details and Notes share the rest."""
        header = self.view.horizontalHeader()
        char = self.view.fontMetrics().averageCharWidth()
        limit = char * 13
        rows = range(min(sample, self.model.rowCount()))
        for column in (COL_WHEN, COL_KIND, COL_STAFF, COL_STATUS):
            # A character more: text drawn in a fallback font (CJK) can outgrow its hint.
            widest = max((self.view.sizeHintForIndex(self.model.index(r, column)).width()
                          for r in rows), default=0) + char * 2
            if column in (COL_STAFF, COL_STATUS):
                widest = min(widest, limit)
            header.resizeSection(column, max(widest, header.sectionSizeHint(column)))

    def _select(self, kind: str, record_id: int) -> None:
        while True:
            for row in range(self.model.rowCount()):
                r = self.model.row_at(row)
                if r is not None and (r.kind, r.id) == (kind, record_id):
                    self.view.selectionModel().setCurrentIndex(
                        self.model.index(row, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect
                        | QItemSelectionModel.SelectionFlag.Rows)
                    return
            if not self.model.canFetchMore() or self.model.rowCount() > 2000:
                return
            self.model.fetchMore()

    def current_row(self):
        index = self.view.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def _current_visit_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None and row.kind == "visit" else None

    def _current_promise_id(self) -> int | None:
        row = self.current_row()
        return row.id if row is not None and row.kind == "promise" else None

    def _update_buttons(self) -> None:
        is_visit = self._current_visit_id() is not None
        self.edit_button.setEnabled(is_visit)
        self.delete_button.setEnabled(is_visit)
        self.promise_button.setEnabled(self._current_promise_id() is not None)

    def _on_changed(self, changes: Changes) -> None:
        if self.model.client_id is not None and changes.affects_history(self.model.client_id):
            if not self.isVisible():  # behind the card: read again when shown
                self._stale = True
                return
            if self.session.book.clients.exists(self.model.client_id):
                self.reload()
            else:
                self.show_client(None)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self._on_changed(Changes(clients={self.model.client_id or 0}))

    # Correcting -------------------------------------------------------------------------
    def edit_visit(self) -> None:
        visit_id = self._current_visit_id()
        if visit_id is None:
            return
        try:
            visit = self.session.book.corrections.visit(visit_id)
        except ClientBookError as exc:
            msgbox.error(self, self.tr("Could not open the visit"), error_text(exc))
            return
        VisitDialog.correct(self, self.session, visit)

    def _correct_current(self) -> None:
        """Enter on a row: correct the visit or the promise it shows."""
        if self._current_visit_id() is not None:
            self.edit_visit()
        else:
            self.edit_promise()

    def edit_promise(self) -> None:
        promise_id = self._current_promise_id()
        if promise_id is None:
            return
        try:
            promise = self.session.book.corrections.promise(promise_id)
        except ClientBookError as exc:
            msgbox.error(self, self.tr("Could not open the promise"), error_text(exc))
            return
        PromiseEditDialog.correct(self, self.session, promise)

    def delete_visit(self) -> None:
        visit_id = self._current_visit_id()
        if visit_id is None:
            return
        book = self.session.book
        try:
            visit = book.corrections.visit(visit_id)
        except ClientBookError as exc:
            msgbox.error(self, self.tr("Could not delete the visit"), error_text(exc))
            return
        staff = {s.id: s.name for s in book.staff.all()}
        question = fill(self.tr("Delete the visit of %1 (%2)? It leaves their visit count, "
                                "rewards and reports; Ctrl+Z brings it back."),
                        [book.clients.get(visit.client_id).display_name,
                         visit_summary(visit, staff)])
        if not msgbox.ask(self, self.tr("Delete visit"), question):
            return
        self.session.run(self, self.tr("Could not delete the visit"),
                         lambda: book.corrections.delete_visit(visit_id))

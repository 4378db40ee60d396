"""The Today page's promises: what is overdue and what is due today, kept or moved in a key.

A compact grouped table ("Overdue (n)" first, in red, then "Due today (n)") with Done,
Reschedule… and Cancel promise for the selected row; Enter or a double-click opens the client.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.services.changes import Changes
from clientbook.services.followups.promises import PromiseLine
from clientbook.ui.promises import promise_actions
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import day_month, full_date
from clientbook.ui.widgets.grouped_rows import GroupedRows
from clientbook.ui.widgets.plain_text import plain, tooltip

COL_DUE, COL_CLIENT, COL_PROMISE, COL_OWNER = range(4)
# The PromiseLine a row shows (on every cell of a promise row; group rows have none).
LineRole = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOUR = QColor("#b00020")
GROUP_COLOUR = QColor("#1d4f91")
# Rows the list shows before it scrolls; the appointment list keeps the rest of the page.
VISIBLE_ROWS = 4
# On a 600 px screen with Birthdays open the panel may shrink to two rows (it scrolls), so
# today's appointments keep room for three.
MIN_ROWS = 2
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Rows the panel asks for at first (it never asks for more than it has).
PREFERRED_ROWS = 8
# Promises listed per group until "Show all" is pressed: a neglected book with thousands
# overdue still opens at once.
MAX_SHOWN = 100
QWIDGETSIZE_MAX = (1 << 24) - 1


class PromisesPanel(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("promisesPanel")
        self.session = session
        self.show_all = False
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Due"), self.tr("Client"), self.tr("Promise"), self.tr("Owner")])

        self.heading = plain(QLabel(objectName="promisesHeading"), self.tr("&Promises"))
        self.heading.setStyleSheet("font-weight: 600;")
        self.empty = plain(QLabel(objectName="promisesEmpty"), self.tr("No promises due today."))
        self.empty.setStyleSheet("color: #57606a;")
        self.empty.setTextFormat(Qt.TextFormat.PlainText)
        self.done_button = self._button(self.tr("D&one"), "promiseDone",
                                        self.tr("Mark the selected promise as kept (Alt+O)"),
                                        self.tr("Promise done"), self.complete_selected)
        self.reschedule_button = self._button(
            self.tr("Chan&ge date…"), "promiseReschedule",
            self.tr("Give the selected promise a new due time (Alt+R)"),
            self.tr("Reschedule promise"), self.reschedule_selected)
        self.cancel_button = self._button(
            self.tr("Cancel pro&mise"), "promiseCancel",
            self.tr("Cancel the selected promise; you are asked first (Alt+I or Delete)"),
            self.tr("Cancel promise"), self.cancel_selected)
        self.more_button = self._button(
            "", "promisesShowAll", self.tr("List every open promise, not only the first ones"),
            self.tr("Show all promises"), self._show_everything)

        self.view = QTableView(objectName="promisesList")
        self.rows = GroupedRows(self.model, self.view, LineRole)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setAccessibleName(self.tr("Promises overdue and due today"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_PROMISE, QHeaderView.ResizeMode.Stretch)
        header.setResizeContentsPrecision(100)  # measure a screenful, not every late promise
        header.setMinimumSectionSize(48)
        # Not `activated`: with single-click activation (a desktop setting) a click meant to
        # select a row would leave the page.
        self.view.doubleClicked.connect(self._open_client)
        self.view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.heading.setBuddy(self.view)
        self.view.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.empty)
        top.addStretch(1)
        for button in (self.more_button, self.done_button, self.reschedule_button,
                       self.cancel_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)

        session.changed.connect(self._on_changed)
        self.refresh()

    def _button(self, text: str, name: str, tip: str, accessible: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setToolTip(tip)
        button.setAccessibleName(accessible)
        button.setAutoDefault(False)
        button.clicked.connect(slot)
        return button

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """In the list, Enter opens the client and Delete cancels the promise (after asking).

        Coming to the list by keyboard selects the first promise, so the buttons have one.
        """
        if (watched is self.view and event.type() == QEvent.Type.FocusIn
                and event.reason() != Qt.FocusReason.MouseFocusReason
                and self.current_line() is None and self.rows.item_rows()):
            self.rows.select_row(self.rows.item_rows()[0])
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._open_client(self.view.currentIndex())
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.cancel_selected()
                return True
        return super().eventFilter(watched, event)

    # Data ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the board as it is now, keeping the selected promise (or its place)."""
        keep = self.current_line()
        place = self.rows.item_rows().index(self.view.currentIndex().row()) if keep else 0
        board = self.session.book.promises.board(None if self.show_all else MAX_SHOWN)
        self._next_due = min((x.promise.due_at for x in board.due_today), default=None)
        self._overdue_brush = QBrush(OVERDUE_COLOUR)
        self._due_texts: dict[datetime, str] = {}
        self.model.removeRows(0, self.model.rowCount())
        self.view.clearSpans()
        hidden = 0
        if board.overdue:
            self.rows.add_group(self.tr("Overdue (%n)", None, board.overdue_total),
                                OVERDUE_COLOUR)
            hidden += self._add_lines(board.overdue, board.overdue_total, overdue=True)
        if board.due_today:
            self.rows.add_group(self.tr("Due today (%n)", None, board.due_today_total),
                                GROUP_COLOUR)
            hidden += self._add_lines(board.due_today, board.due_today_total, overdue=False)
        self.more_button.setText(self.tr("Show all (%n &more)", None, hidden))
        self.more_button.setVisible(hidden > 0)
        self.view.setVisible(len(board) > 0)
        self.empty.setVisible(len(board) == 0)
        self.view.setMinimumHeight(self.rows.height_for(min(self.model.rowCount(), MIN_ROWS)))
        # Empty, the panel is one line high; a splitter above it cannot leave a blank box.
        self.setMaximumHeight(self.minimumSizeHint().height() if not len(board)
                              else QWIDGETSIZE_MAX)
        if keep is not None:
            self._reselect(keep.promise.id, place)
        self._update_buttons()

    def refresh_if_due(self) -> bool:
        """Called every half minute: move a promise to Overdue once its time has passed."""
        due = getattr(self, "_next_due", None)
        if due is None or due > self.session.now():
            return False
        self.refresh()
        return True

    def _add_lines(self, lines: list[PromiseLine], total: int, overdue: bool) -> int:
        """List the group's promises (the board holds the first MAX_SHOWN unless showing
        all); returns how many were left out."""
        for line in lines:
            self._add_line(line, overdue)
        return total - len(lines)

    def _show_everything(self) -> None:
        self.show_all = True
        self.refresh()

    def _add_line(self, line: PromiseLine, overdue: bool) -> None:
        due = line.promise.due_at
        if overdue:
            due_text = self._due_texts.get(due)
            if due_text is None:  # converting a datetime for Qt is slow: once per due time
                same_year = due.year == self.session.now().year
                day = day_month(due.date(), short=True) if same_year else full_date(due.date())
                due_text = self._due_texts[due] = f"{day} {due:%H:%M}"  # the locale's order
        else:
            due_text = f"{due:%H:%M}"
        cells = [due_text, line.client_name, line.promise.text, line.staff_name]
        items = []
        for text in cells:
            item = QStandardItem(text)
            item.setFlags(_ROW_FLAGS)
            if overdue:
                item.setForeground(self._overdue_brush)
            items.append(item)
        items[0].setData(line, LineRole)  # line_at reads the row's first cell
        items[COL_PROMISE].setToolTip(tooltip(line.promise.text))
        if overdue:
            items[COL_DUE].setToolTip(self.tr("Overdue"))
        self.model.appendRow(items)

    def sizeHint(self):
        """Up to eight rows, so the appointment list keeps most of the page."""
        hint = super().sizeHint()
        if self.view.isVisibleTo(self):
            rows = max(VISIBLE_ROWS, min(self.model.rowCount(), PREFERRED_ROWS))
            hint.setHeight(self.layout().itemAt(0).sizeHint().height() + 4
                           + self.rows.height_for(rows))
        return hint

    def line_at(self, row: int) -> PromiseLine | None:
        """The promise shown on `row`, or None for a group heading."""
        return self.rows.item_at(row)

    def lines(self) -> list[PromiseLine]:
        """Every promise shown, top to bottom."""
        return self.rows.items()

    def group_titles(self) -> list[str]:
        return self.rows.group_titles()

    def current_line(self) -> PromiseLine | None:
        return self.rows.current()

    def select_promise(self, promise_id: int) -> bool:
        return self.rows.select_first(lambda line: line.promise.id == promise_id)

    def _reselect(self, promise_id: int, place: int) -> None:
        """The same promise if still shown; else the one now in its place (the next one)."""
        if self.select_promise(promise_id):
            return
        rows = self.rows.item_rows()
        if rows:
            self.rows.select_row(rows[min(place, len(rows) - 1)])

    def _update_buttons(self, *_args) -> None:
        selected = self.current_line() is not None
        for button in (self.done_button, self.reschedule_button, self.cancel_button):
            button.setEnabled(selected)
            button.setVisible(self.model.rowCount() > 0)

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_promises():
            self.refresh()

    # Actions ------------------------------------------------------------------------
    def _open_client(self, index: QModelIndex) -> None:
        line = self.line_at(index.row()) if index.isValid() else None
        if line is not None:
            self.session.open_client.emit(line.promise.client_id)

    def _run(self, action) -> bool:
        """Run an action on the selected promise; the list keeps the keyboard focus."""
        line = self.current_line()
        if line is None:
            return False
        changed = action(self, self.session, line.promise)
        if self.view.isVisible():
            self.view.setFocus()
        return changed

    def complete_selected(self) -> bool:
        return self._run(lambda parent, session, promise: promise_actions.complete_promise(
            parent, session, promise.id, promise))

    def reschedule_selected(self) -> bool:
        return self._run(lambda parent, session, promise: promise_actions.reschedule_promise(
            parent, session, promise.id))

    def cancel_selected(self) -> bool:
        return self._run(lambda parent, session, promise: promise_actions.cancel_promise(
            parent, session, promise.id, promise))

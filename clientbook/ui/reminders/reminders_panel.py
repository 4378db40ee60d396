"""Reminders in the window: the Today page's banner and its Birthdays list.

These always show what the tray would say, so a desktop without a tray (stock GNOME on
Wayland, offscreen) misses nothing. All client text is plain text.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.care.reminders import BirthdayReminder
from clientbook.domain.words import fill
from clientbook.ui.reminders.reminder_words import (
    ReminderWords,
    coming_part,
    is_week,
    today_part,
)
from clientbook.ui.session import Session
from clientbook.ui.widgets.grouped_rows import GroupedRows
from clientbook.ui.widgets.labels import text_label
from clientbook.ui.widgets.plain_text import tooltip

KIND_NUDGE, KIND_BIRTHDAYS = "nudge", "birthdays"
# Top to bottom: the next client is more urgent than the birthdays.
KINDS = (KIND_NUDGE, KIND_BIRTHDAYS)

# Built-in look, used only when the application stylesheet does not theme the banner.
BANNER_STYLE = """
#reminderBanner { background: #fdf0c4; border: 1px solid #f0d98a; border-radius: 6px; }
#reminderBanner QLabel { color: #5a4100; background: transparent; }
#reminderBanner QLabel[kind="nudge"] { color: #123d73; font-weight: bold; }
#reminderBanner QPushButton { padding: 2px 10px; background: #fffaf0; }
"""

COL_DAY, COL_CLIENT, COL_AGE, COL_VISIT = range(4)
# The BirthdayReminder a row shows (on its first cell; group rows have none).
ReminderRole = Qt.ItemDataRole.UserRole + 1
GROUP_COLOUR = QColor("#1d4f91")
# Rows the list shows before it scrolls.
VISIBLE_ROWS = 6
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class ReminderBanner(QFrame):
    """One banner, up to two lines: the latest nudge, and today's and the coming birthdays.

    Each line has Show (emits `showRequested(kind, client_id | None)`) and Dismiss. A
    dismissed line stays away until its text changes or it is shown again with `renew`.
    """

    showRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        app = QApplication.instance()
        if app is None or "reminderBanner" not in app.styleSheet():
            self.setStyleSheet(BANNER_STYLE)
        self.setAccessibleName(self.tr("Reminders"))
        self._client: dict[str, int | None] = {}
        self._dismissed: dict[str, str] = {}
        self._suppressed: set[str] = set()
        self._rows: dict[str, QWidget] = {}
        self._labels = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 5, 6, 5)
        layout.setSpacing(4)
        show_names = {KIND_NUDGE: self.tr("Open the next client's briefing"),
                      KIND_BIRTHDAYS: self.tr("Show the birthdays list")}
        dismiss_names = {KIND_NUDGE: self.tr("Dismiss the next-client reminder"),
                         KIND_BIRTHDAYS: self.tr("Dismiss the birthday reminder")}
        for kind in KINDS:
            row = QWidget(objectName=f"reminderRow_{kind}")
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = text_label("", "reminderText")
            label.setProperty("kind", kind)
            line.addWidget(label, 1)
            show = self._button(self.tr("Show"), "reminderShow", show_names[kind])
            show.clicked.connect(lambda _=False, k=kind: self._show(k))
            dismiss = self._button(self.tr("Dismiss"), "reminderDismiss", dismiss_names[kind])
            dismiss.clicked.connect(lambda _=False, k=kind: self.dismiss(k))
            line.addWidget(show, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(dismiss, 0, Qt.AlignmentFlag.AlignTop)
            row.hide()
            layout.addWidget(row)
            self._rows[kind], self._labels[kind] = row, label
        self.hide()

    def _button(self, text: str, name: str, accessible: str) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAccessibleName(accessible)
        button.setToolTip(accessible)
        button.setAutoDefault(False)
        return button

    def set_reminder(self, kind: str, text: str, client_id: int | None = None, *,
                     renew: bool = False) -> None:
        """Show `text` on the `kind` line; '' removes the line. `renew` undoes a Dismiss."""
        if renew:
            self._dismissed.pop(kind, None)
        label = self._labels[kind]
        label.setText(text)
        label.setAccessibleName(text)
        self._client[kind] = client_id
        self._update_visible()

    def clear(self, kind: str) -> None:
        self.set_reminder(kind, "", renew=True)

    def dismiss(self, kind: str) -> None:
        self._dismissed[kind] = self._labels[kind].text()
        self._update_visible()

    def suppress(self, kind: str, on: bool) -> None:
        """Hide a line while something else shows the same (the open Birthdays list)."""
        if on:
            self._suppressed.add(kind)
        else:
            self._suppressed.discard(kind)
        self._update_visible()

    def is_showing(self, kind: str) -> bool:
        return not self._rows[kind].isHidden()

    def text(self, kind: str | None = None) -> str:
        """The text of one line, or of every line shown (top to bottom)."""
        kinds = [kind] if kind else [k for k in KINDS if self.is_showing(k)]
        return "\n".join(self._labels[k].text() for k in kinds)

    def client_id(self, kind: str) -> int | None:
        return self._client.get(kind)

    def buttons(self, kind: str) -> tuple[QPushButton, QPushButton]:
        row = self._rows[kind]
        return (row.findChild(QPushButton, "reminderShow"),
                row.findChild(QPushButton, "reminderDismiss"))

    def _show(self, kind: str) -> None:
        self.showRequested.emit(kind, self._client.get(kind))

    def _update_visible(self) -> None:
        for kind, row in self._rows.items():
            text = self._labels[kind].text()
            row.setVisible(bool(text) and self._dismissed.get(kind) != text
                           and kind not in self._suppressed)
        self.setVisible(any(self.is_showing(k) for k in KINDS))


class BirthdaysPanel(QWidget):
    """Today's and the coming days' birthdays; Enter or a double-click opens the client."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("birthdaysPanel")
        self.session = session
        self.words = ReminderWords(self)
        self.model = QStandardItemModel(0, 4, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Day"), self.tr("Client"), self.tr("Turns"), self.tr("Booked in")])
        self.heading = text_label(self.tr("Birthdays"), "birthdaysHeading", wrap=False)
        self.heading.setStyleSheet("font-weight: 600;")
        self.empty = text_label(self.tr("No birthdays this week"), "birthdaysEmpty", wrap=False)
        self.empty.setStyleSheet("color: #57606a;")

        self.view = QTableView(objectName="birthdaysList")
        self.rows = GroupedRows(self.model, self.view, ReminderRole)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setAccessibleName(self.tr("Birthdays today and in the coming days"))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_CLIENT, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.view.doubleClicked.connect(self.open_index)
        self.view.installEventFilter(self)

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.empty)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.set_reminders([], session.now().date())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter opens the client; coming to the list by keyboard selects the first one."""
        if (watched is self.view and event.type() == QEvent.Type.FocusIn
                and self.current() is None and self.rows.item_rows()):
            self.rows.select_row(self.rows.item_rows()[0])
        if (watched is self.view and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier)):
            self.open_index(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    # Data ---------------------------------------------------------------------------
    def set_reminders(self, reminders: list[BirthdayReminder], today: date) -> None:
        keep = self.current()
        self.model.removeRows(0, self.model.rowCount())
        self.view.clearSpans()
        now, coming = today_part(reminders), coming_part(reminders)
        if now:
            self.rows.add_group(self.tr("Today (%n)", "", len(now)), GROUP_COLOUR)
            for r in now:
                self._add_row(r, today)
        if coming:
            title = (self.tr("This week (%n)", "", len(coming)) if is_week(coming)
                     else self.tr("Coming up (%n)", "", len(coming)))
            self.rows.add_group(title, GROUP_COLOUR)
            for r in coming:
                self._add_row(r, today)
        self.view.setVisible(bool(reminders))
        self.empty.setVisible(not reminders)
        self.view.setMinimumHeight(self.rows.height_for(min(self.model.rowCount(), 2)))
        self.updateGeometry()
        if keep is not None:
            self.select_client(keep.client_id)

    def _add_row(self, r: BirthdayReminder, today: date) -> None:
        visit = ""
        if r.appointment is not None:
            visit = fill(self.tr("%1 at %2"), [self.words.when(r.appointment.date(), today),
                         f"{r.appointment:%H:%M}"])
        cells = [self.words.when(r.date, today), r.name,
                 "" if r.age is None else str(r.age), visit]
        items = []
        for text in cells:
            item = QStandardItem(text)
            item.setFlags(_ROW_FLAGS)
            items.append(item)
        items[0].setData(r, ReminderRole)
        items[COL_CLIENT].setToolTip(tooltip(r.name))
        if r.appointment is not None:
            items[COL_VISIT].setToolTip(tooltip(self.words.tie_line(r, today)))
        items[COL_AGE].setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        self.model.appendRow(items)

    def sizeHint(self) -> QSize:
        """Room for up to VISIBLE_ROWS rows: the appointments keep most of the page."""
        hint = super().sizeHint()
        if self.view.isVisibleTo(self):
            hint.setHeight(self.layout().itemAt(0).sizeHint().height() + 4
                           + self.rows.height_for(min(self.model.rowCount(), VISIBLE_ROWS)))
        return hint

    def reminder_at(self, row: int) -> BirthdayReminder | None:
        return self.rows.item_at(row)

    def reminders(self) -> list[BirthdayReminder]:
        """Every birthday listed, top to bottom."""
        return self.rows.items()

    def group_titles(self) -> list[str]:
        return self.rows.group_titles()

    def current(self) -> BirthdayReminder | None:
        return self.rows.current()

    def select_client(self, client_id: int) -> bool:
        return self.rows.select_first(lambda r: r.client_id == client_id)

    def focus_list(self) -> None:
        """Put the keyboard in the list (the first birthday selected), or on the heading."""
        if self.rows.item_rows():
            if self.current() is None:
                self.rows.select_row(self.rows.item_rows()[0])
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    # Actions ------------------------------------------------------------------------
    def open_index(self, index: QModelIndex) -> None:
        reminder = self.reminder_at(index.row()) if index.isValid() else None
        if reminder is not None:
            self.session.open_client.emit(reminder.client_id)

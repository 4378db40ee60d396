"""Tomorrow's reminders in one go: each appointment with the client's preferred channel and a
Send and a Copy button; each use is logged. Clients who must not be contacted now are greyed,
with the reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.messages.messages import Occasion, Via
from clientbook.domain.words import fill
from clientbook.services.messages.tomorrow import ReminderRow, reminder_rows
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.messages import desktop_links
from clientbook.ui.messages.message_words import via_name
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.labels import text_label

COL_TIME, COL_CLIENT, COL_CHANNEL, COL_STATUS, COL_BUTTONS = range(5)
GREY = QColor("#8c959f")


class TomorrowDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tomorrowDialog")
        self.setWindowTitle(self.tr("Tomorrow's reminders"))
        self.session = session
        self.book = session.book
        self.rows: list[ReminderRow] = []
        self.heading = text_label(name="tomorrowHeading")
        self.table = QTableWidget(0, 5, objectName="tomorrowTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Time"), self.tr("Client"), self.tr("Channel"), self.tr("Status"), ""])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName(self.tr("Tomorrow's appointments to remind"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_STATUS, QHeaderView.ResizeMode.Stretch)
        self.empty = text_label(self.tr("Nothing is booked for tomorrow."), "tomorrowEmpty")
        self.status_label = text_label(name="tomorrowStatus")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.status_label)
        layout.addWidget(close)
        session.changed.connect(self._on_changed)
        self.refresh()
        self.resize(720, 420)

    def _on_changed(self, changes) -> None:
        if changes.affects_messages():
            self.refresh()

    def refresh(self) -> None:
        self.rows = reminder_rows(self.book.messages)
        tomorrow = self.book.clock().date() + timedelta(days=1)
        self.heading.setText(fill(self.tr("Appointments on %1"), [full_date(tomorrow)]))
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            self._fill_row(i, row)
        self.table.setVisible(bool(self.rows))
        self.empty.setVisible(not self.rows)

    def _fill_row(self, i: int, row: ReminderRow) -> None:
        if row.sent_today:
            status = self.tr("Reminder sent today")
        elif not row.guard.allowed:
            status = " ".join(message_text(r) for r in row.guard.blocking)
        else:
            status = ""
        cells = [f"{row.appointment.starts_at:%H:%M}", row.name, via_name(row.via), status]
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            if not row.guard.allowed:
                item.setForeground(QBrush(GREY))
            self.table.setItem(i, column, item)
        buttons = QWidget()
        line = QHBoxLayout(buttons)
        line.setContentsMargins(2, 0, 2, 0)
        send = QPushButton(self.tr("Send"), objectName="tomorrowSend")
        send.setToolTip(fill(self.tr("Open %1 with the reminder and log it"), [via_name(row.via)]))
        copy = QPushButton(self.tr("Copy"), objectName="tomorrowCopy")
        copy.setToolTip(self.tr("Copy the reminder to paste it anywhere, and log it"))
        for button, via in ((send, row.via), (copy, Via.COPY)):
            button.setAutoDefault(False)
            button.setEnabled(row.guard.allowed)
            button.clicked.connect(lambda _checked=False, r=row, v=via: self.send(r, v))
            line.addWidget(button)
        self.table.setCellWidget(i, COL_BUTTONS, buttons)

    def send(self, row: ReminderRow, via: Via) -> bool:
        """Compose the reminder in the client's language, hand it over, and log it."""
        book = self.book
        try:
            composed = book.messages.compose(row.appointment.client_id, Occasion.REMINDER, via,
                                             row.appointment.id)
        except ClientBookError as exc:
            self.status_label.setText(error_text(exc))
            return False
        if via == Via.COPY:
            QGuiApplication.clipboard().setText(composed.text)
        elif not composed.link or not desktop_links.open_link(composed.link):
            problem = composed.problem
            self.status_label.setText(message_text(problem) if problem else self.tr(
                "No app on this computer opens this kind of link."))
            return False
        changes = self.session.run(self, self.tr("Could not log the contact"),
                                   lambda: book.messages.log(composed)[1])
        if changes is None:
            return False
        self.status_label.setText(fill(self.tr("Reminder for %1 logged."), [row.name]))
        return True

    @classmethod
    def show_for(cls, parent: QWidget | None, session: Session) -> None:
        dialog = cls(session, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

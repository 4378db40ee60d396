"""The small form base the record dialogs share: inline errors, Save/Cancel, Ctrl+Enter."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.services.changes import Changes
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session

# Unambiguous in every locale, with the weekday a receptionist thinks in and a 4-digit year.
DATETIME_FORMAT = "ddd d MMM yyyy  HH:mm"
ERROR_STYLE = "color: #b00020; font-weight: bold;"


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


def datetime_edit(value: datetime) -> QDateTimeEdit:
    edit = QDateTimeEdit(to_qdatetime(value))
    edit.setDisplayFormat(DATETIME_FORMAT)
    edit.setCalendarPopup(True)
    return edit


def staff_combo(session: Session, selected_id: int | None) -> QComboBox:
    """Active staff plus "No one"; an inactive person stays listed if a record names them."""
    combo = QComboBox()
    combo.addItem(QCoreApplication.translate("RecordDialog", "No one"))
    for staff in session.book.staff.all():
        if staff.active:
            combo.addItem(staff.name, staff.id)
        elif staff.id == selected_id:
            combo.addItem(
                QCoreApplication.translate("RecordDialog", "{name} (inactive)").format(
                    name=staff.name
                ),
                staff.id,
            )
    index = combo.findData(selected_id) if selected_id is not None else 0
    combo.setCurrentIndex(max(index, 0))
    return combo


def error_label(parent: QWidget) -> QLabel:
    """The red line under a form where a refused value is explained."""
    label = QLabel(parent)
    label.setObjectName("errorLabel")
    label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.setAccessibleName(QCoreApplication.translate("RecordDialog", "Error"))
    label.hide()
    return label


def plural_suffix(spin: QSpinBox, words: Callable[[int], str]) -> None:
    """A spin box suffix that agrees with its number (" 1 day", " 5 days"; Ukrainian has three
    forms). `words(n)` is the owner's `self.tr(" days", "spin box suffix", n)`."""
    spin.setSuffix(words(spin.value()))
    spin.valueChanged.connect(lambda n: spin.setSuffix(words(n)))


class RecordDialog(QDialog):
    """A form, a red inline error line and Save/Cancel; Ctrl+Enter saves, Esc cancels.

    Subclasses fill `self.form`, map error fields to widgets in `self.field_widgets`,
    and implement `build()` returning the record and the write that stores it.
    """

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.book = session.book
        self.saved = None
        self.field_widgets: dict[str, QWidget] = {}
        self.heading = QLabel()
        self.heading.setObjectName("dialogHeading")
        self.heading.setWordWrap(True)
        self.heading.hide()
        self.form = QFormLayout()
        self.error_label = error_label(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip(
            self.tr("Save (Ctrl+Enter)")
        )
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, activated=self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def set_heading(self, name: str, detail: str = "") -> None:
        """The client's name in bold over the form, and a line of context under it."""
        self.heading.setText(
            f"<b style='font-size:12pt'>{html.escape(name)}</b>"
            + (f"<br>{html.escape(detail)}" if detail else "")
        )
        self.heading.show()

    def add_row(
        self, label: str, widget: QWidget | QHBoxLayout, buddy: QWidget, accessible: str
    ) -> None:
        """A labelled form row whose mnemonic focuses `buddy`."""
        text = QLabel(label)
        text.setBuddy(buddy)
        buddy.setAccessibleName(accessible)
        self.form.addRow(text, widget)

    def build(self) -> tuple[object, Callable[[], Changes]]:
        raise NotImplementedError

    def save(self):
        """Store the record; on a user error show it inline, keep the form, return None."""
        try:
            record, write = self.build()
            self.session.apply(write, self)
        except ClientBookError as exc:
            self.show_error(error_text(exc), getattr(exc, "field", None))
            return None
        self.error_label.hide()
        self.saved = record
        return record

    def show_error(self, message: str, field: str | None = None) -> None:
        self.error_label.setText(message)
        self.error_label.show()
        widget = self.field_widgets.get(field or "")
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def run(self):
        return self.saved if self.exec() == QDialog.DialogCode.Accepted else None

"""Write down what was promised to a client and by when, with one-click due times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clientbook.domain.models import Promise
from clientbook.domain.scheduling.due_times import end_of_day, friday, in_one_hour, tomorrow_morning
from clientbook.services.changes import Changes
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import (
    RecordDialog,
    datetime_edit,
    from_qdatetime,
    staff_combo,
    to_qdatetime,
)
from clientbook.ui.widgets.plain_text import plain, window_title

translate = QCoreApplication.translate

# Used when the "callback_minutes" setting cannot be read as a number.
DEFAULT_CALLBACK_MINUTES = 30


def callback_minutes(session: Session) -> int:
    """The firm's "call back within" target in minutes; 0 (or less) means not offered."""
    try:
        return int(session.book.setting("callback_minutes").strip())
    except (ValueError, TypeError, AttributeError):
        return DEFAULT_CALLBACK_MINUTES


def quick_due_buttons(
    session: Session, set_due: Callable[[datetime], None]
) -> dict[str, QPushButton]:
    """The one-click due times (in an hour, end of day, tomorrow, Friday), keyed by name.

    Shared with the reschedule dialog, so both offer the same choices and shortcuts.
    """
    buttons: dict[str, QPushButton] = {}
    for key, label, tip, when in (
        (
            "hour",
            translate("PromiseDialog", "In 1 &hour"),
            translate("PromiseDialog", "Due one hour from now"),
            in_one_hour,
        ),
        (
            "end_of_day",
            translate("PromiseDialog", "&End of day 17:00"),
            translate("PromiseDialog", "Due today at 17:00"),
            end_of_day,
        ),
        (
            "tomorrow",
            translate("PromiseDialog", "T&omorrow 10:00"),
            translate("PromiseDialog", "Due tomorrow at 10:00"),
            tomorrow_morning,
        ),
        (
            "friday",
            translate("PromiseDialog", "&Friday"),
            translate("PromiseDialog", "Due the coming Friday at 17:00"),
            friday,
        ),
    ):
        button = QPushButton(label)
        button.setAutoDefault(False)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(lambda _=False, when=when: set_due(when(session.now())))
        buttons[key] = button
    return buttons


class PromiseDialog(RecordDialog):
    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("promiseDialog")
        self.client_id = client_id
        client = self.book.clients.get(client_id)
        self.setWindowTitle(
            window_title(self.tr("Promise to {name}").format(name=client.display_name))
        )
        plain(self.error_label)  # messages may quote what was typed
        self.set_heading(client.display_name)

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("e.g. Call back about the colour shade"))
        self.due_edit = datetime_edit(tomorrow_morning(session.now()))
        self.quick_buttons: dict[str, QPushButton] = {}
        self.callback_minutes = callback_minutes(session)
        due_box = QVBoxLayout()
        due_box.addWidget(self.due_edit)
        if self.callback_minutes > 0:
            due_box.addLayout(self._callback_row())
        self.quick_buttons.update(quick_due_buttons(session, self.set_due))
        quick_row = QHBoxLayout()
        for key in ("hour", "end_of_day", "tomorrow", "friday"):
            quick_row.addWidget(self.quick_buttons[key])
        quick_row.addStretch(1)
        due_box.addLayout(quick_row)
        self.staff_combo = staff_combo(session, client.designer_id)

        self.add_row(
            self.tr("&What was promised:"),
            self.text_edit,
            self.text_edit,
            self.tr("What was promised"),
        )
        self.add_row(self.tr("D&ue:"), due_box, self.due_edit, self.tr("Due"))
        self.add_row(self.tr("S&taff:"), self.staff_combo, self.staff_combo, self.tr("Staff"))
        self.field_widgets = {"text": self.text_edit, "staff_id": self.staff_combo}
        self.text_edit.setFocus()
        self.resize(520, self.sizeHint().height())

    def _callback_row(self) -> QHBoxLayout:
        """The first quick choice: a missed call, rung back within the firm's target."""
        minutes = self.callback_minutes
        button = QPushButton(self.tr("&Missed call: call back within %n min", None, minutes))
        button.setObjectName("missedCallButton")
        button.setAutoDefault(False)
        tip = self.tr("Missed call: call back within %n minutes", None, minutes)
        button.setToolTip(tip)
        button.setAccessibleName(tip)
        button.clicked.connect(self.missed_call)
        self.quick_buttons["callback"] = button
        row = QHBoxLayout()
        row.addWidget(button)
        row.addStretch(1)
        return row

    def missed_call(self) -> None:
        """A call we missed: promise to ring back within the firm's target time."""
        if not self.text_edit.text().strip():
            self.text_edit.setText(self.tr("Call back (missed call)"))
        now = self.session.now().replace(second=0, microsecond=0)
        self.set_due(now + timedelta(minutes=self.callback_minutes))

    def set_due(self, when: datetime) -> None:
        self.due_edit.setDateTime(to_qdatetime(when))

    def due(self) -> datetime:
        return from_qdatetime(self.due_edit.dateTime())

    def build(self) -> tuple[Promise, Callable[[], Changes]]:
        promise = Promise(
            client_id=self.client_id,
            text=self.text_edit.text(),
            due_at=self.due(),
            staff_id=self.staff_combo.currentData(),
        )
        history = self.book.history
        return promise, lambda: history.add_promise(promise)

    @classmethod
    def add(cls, parent: QWidget | None, session: Session, client_id: int) -> Promise | None:
        """Show the dialog; the stored promise, or None if cancelled."""
        return cls(session, client_id, parent).run()

"""Write down what was promised to a client and by when, with one-click due times."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from clientbook.domain.due_times import end_of_day, friday, in_one_hour, tomorrow_morning
from clientbook.domain.models import Promise
from clientbook.services.changes import Changes
from clientbook.ui.form_dialog import (
    RecordDialog,
    datetime_edit,
    from_qdatetime,
    staff_combo,
    to_qdatetime,
)
from clientbook.ui.session import Session


class PromiseDialog(RecordDialog):
    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("promiseDialog")
        self.client_id = client_id
        client = self.book.clients.get(client_id)
        self.setWindowTitle(self.tr("Promise to {name}").format(name=client.display_name))
        self.set_heading(client.display_name)

        self.text_edit = QLineEdit()
        self.text_edit.setPlaceholderText(self.tr("e.g. Call back about the colour shade"))
        self.due_edit = datetime_edit(tomorrow_morning(session.now()))
        self.quick_buttons: dict[str, QPushButton] = {}
        quick_row = QHBoxLayout()
        for key, label, tip, when in (
            ("hour", self.tr("In 1 &hour"), self.tr("Due one hour from now"), in_one_hour),
            ("end_of_day", self.tr("&End of day 17:00"), self.tr("Due today at 17:00"),
             end_of_day),
            ("tomorrow", self.tr("T&omorrow 10:00"), self.tr("Due tomorrow at 10:00"),
             tomorrow_morning),
            ("friday", self.tr("&Friday"), self.tr("Due the coming Friday at 17:00"), friday),
        ):
            button = QPushButton(label)
            button.setAutoDefault(False)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(lambda _=False, when=when: self.set_due(when(session.now())))
            quick_row.addWidget(button)
            self.quick_buttons[key] = button
        quick_row.addStretch(1)
        due_box = QVBoxLayout()
        due_box.addWidget(self.due_edit)
        due_box.addLayout(quick_row)
        self.staff_combo = staff_combo(session, client.designer_id)

        self.add_row(self.tr("&What was promised:"), self.text_edit, self.text_edit,
                     self.tr("What was promised"))
        self.add_row(self.tr("D&ue:"), due_box, self.due_edit, self.tr("Due"))
        self.add_row(self.tr("S&taff:"), self.staff_combo, self.staff_combo, self.tr("Staff"))
        self.field_widgets = {"text": self.text_edit, "staff_id": self.staff_combo}
        self.text_edit.setFocus()
        self.resize(520, self.sizeHint().height())

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

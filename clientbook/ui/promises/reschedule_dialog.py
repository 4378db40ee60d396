"""Move a promise to a new due time, showing what it is and how often it has moved already."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from clientbook.domain.scheduling.due_times import tomorrow_morning
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.followups.promises import PromiseLine
from clientbook.ui.promises.promise_dialog import quick_due_buttons
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import (
    RecordDialog,
    datetime_edit,
    from_qdatetime,
    to_qdatetime,
)
from clientbook.ui.widgets.labels import text_label

# Weekday, day, month and time: what a receptionist reads at a glance.
WHEN_FORMAT = "ddd d MMM HH:mm"
WHEN_FORMAT_OTHER_YEAR = "ddd d MMM yyyy HH:mm"


def when_text(value: datetime, now: datetime) -> str:
    """A date and time in the person's language, e.g. "Sat 21 Nov 14:00" (a year if not now's)."""
    fmt = WHEN_FORMAT if value.year == now.year else WHEN_FORMAT_OTHER_YEAR
    return QLocale().toString(to_qdatetime(value), fmt)


class RescheduleDialog(RecordDialog):
    """Asks for a new due time for the open promise `line`."""

    def __init__(self, session: Session, line: PromiseLine, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("rescheduleDialog")
        self.promise_id = line.promise.id
        self.line = line
        self.changes = Changes()
        """What saving changed: nothing when the new time equals the old one."""
        self.setWindowTitle(self.tr("Reschedule promise"))
        now = session.now()
        self.set_heading(line.client_name)
        self.promise_label = text_label(line.promise.text)
        self.promise_label.setObjectName("reschedulePromiseText")
        self._info_row(self.tr("Promise:"), self.promise_label)
        due = when_text(line.promise.due_at, now)
        if line.promise.due_at < now:
            due = fill(self.tr("%1 (overdue)"), [due])
        self.current_label = text_label(due)
        self.current_label.setObjectName("rescheduleCurrentDue")
        self._info_row(self.tr("Due now:"), self.current_label)
        if line.staff_name:
            self._info_row(self.tr("Owner:"), text_label(line.staff_name))
        self.moves_label = text_label(self.moves_text(now))
        self.moves_label.setObjectName("rescheduleMoves")
        if self.moves_label.text():
            self._info_row(self.tr("Moved before:"), self.moves_label)

        self.due_edit = datetime_edit(tomorrow_morning(now))
        self.due_edit.setObjectName("rescheduleDue")
        self.quick_buttons = quick_due_buttons(session, self.set_due)
        quick_row = QHBoxLayout()
        for button in self.quick_buttons.values():
            quick_row.addWidget(button)
        quick_row.addStretch(1)
        due_box = QVBoxLayout()
        due_box.addWidget(self.due_edit)
        due_box.addLayout(quick_row)
        self.add_row(self.tr("&New due time:"), due_box, self.due_edit, self.tr("New due time"))
        self.field_widgets = {"due_at": self.due_edit}
        self.due_edit.setFocus()
        self.resize(520, self.sizeHint().height())
        self.fit_height()

    def fit_height(self) -> None:
        """Grow to fit wrapped lines; a window's minimum size ignores height-for-width."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def show_error(self, message: str, field: str | None = None) -> None:
        super().show_error(message, field)
        self.fit_height()

    def _info_row(self, caption: str, value: QLabel) -> None:
        self.form.addRow(QLabel(caption), value)

    def moves_text(self, now: datetime) -> str:
        """One line per earlier move, oldest first: from, to, and when it was moved."""
        lines = []
        for at, from_due, to_due in self.book.promises.reschedules(self.promise_id):
            lines.append(fill(self.tr("%1 → %2 (moved %3)"), [
                when_text(from_due, now), when_text(to_due, now), when_text(at, now)]))
        return "\n".join(lines)

    def set_due(self, when: datetime) -> None:
        self.due_edit.setDateTime(to_qdatetime(when))

    def due(self) -> datetime:
        return from_qdatetime(self.due_edit.dateTime())

    def build(self) -> tuple[datetime, Callable[[], Changes]]:
        due, history = self.due(), self.book.history

        def write() -> Changes:
            self.changes = history.reschedule_promise(self.promise_id, due, self.line.promise)
            return self.changes

        return due, write

    @classmethod
    def ask(cls, parent: QWidget | None, session: Session, line: PromiseLine
            ) -> datetime | None:
        """Show the dialog; the new due time once saved, or None if cancelled."""
        return cls(session, line, parent).run()

"""Book an appointment for a client, warning (without blocking) when the designer differs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from clientbook.domain.models import Appointment
from clientbook.services.changes import Changes
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import (
    RecordDialog,
    datetime_edit,
    from_qdatetime,
    staff_combo,
)
from clientbook.ui.widgets.plain_text import plain, window_title

WARNING_STYLE = (
    "background: #fff4ce; color: #4d3800; border: 1px solid #e0b000;"
    " border-radius: 4px; padding: 4px 8px;"
)


def next_half_hour(now: datetime) -> datetime:
    """The first :00 or :30 strictly after `now` (09:00 → 09:30, 09:10 → 09:30)."""
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=30 - base.minute % 30)


class AppointmentDialog(RecordDialog):
    def __init__(self, session: Session, client_id: int, starts_at: datetime | None = None,
                 parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("appointmentDialog")
        self.client_id = client_id
        client = self.book.clients.get(client_id)
        self.setWindowTitle(window_title(self.tr("Book {name}").format(name=client.display_name)))
        plain(self.error_label)  # messages may quote what was typed
        self.set_heading(client.display_name)
        staff = self.book.staff.all()
        self.designer = next((s for s in staff if s.id == client.designer_id), None)
        self._names = {s.id: s.name for s in staff}

        self.start_edit = datetime_edit(starts_at or next_half_hour(session.now()))
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 12 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(60)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.staff_combo = staff_combo(session, client.designer_id)
        self.warning_label = plain(QLabel())  # staff names
        self.warning_label.setObjectName("designerWarning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Designer warning"))
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("e.g. Haircut"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.add_row(self.tr("St&art:"), self.start_edit, self.start_edit, self.tr("Start"))
        self.add_row(self.tr("&Duration:"), self.duration_spin, self.duration_spin,
                     self.tr("Duration in minutes"))
        self.add_row(self.tr("S&taff:"), self.staff_combo, self.staff_combo, self.tr("Staff"))
        self.form.addRow("", self.warning_label)
        self.add_row(self.tr("Ser&vice:"), self.service_edit, self.service_edit,
                     self.tr("Service"))
        self.add_row(self.tr("&Notes:"), self.notes_edit, self.notes_edit, self.tr("Notes"))
        self.field_widgets = {"duration_min": self.duration_spin, "staff_id": self.staff_combo}
        self.staff_combo.currentIndexChanged.connect(self._update_warning)
        self._update_warning()
        self.start_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def _update_warning(self) -> None:
        """Show "Usually with Mei — booking with Carlos" while someone else is chosen."""
        chosen = self.staff_combo.currentData()
        differs = self.designer is not None and chosen is not None and chosen != self.designer.id
        if differs:
            self.warning_label.setText(
                self.tr("Usually with {usual} — booking with {chosen}").format(
                    usual=self.designer.name, chosen=self._names.get(chosen, "")
                )
            )
        self.warning_label.setVisible(differs)

    def build(self) -> tuple[Appointment, Callable[[], Changes]]:
        appointment = Appointment(
            client_id=self.client_id,
            starts_at=from_qdatetime(self.start_edit.dateTime()),
            duration_min=self.duration_spin.value(),
            service=self.service_edit.text().strip(),
            staff_id=self.staff_combo.currentData(),
            notes=self.notes_edit.toPlainText().strip(),
        )
        history = self.book.history
        return appointment, lambda: history.add_appointment(appointment)

    @classmethod
    def schedule(cls, parent: QWidget | None, session: Session, client_id: int,
                 starts_at: datetime | None = None) -> Appointment | None:
        """Show the dialog; the booked appointment, or None if cancelled."""
        return cls(session, client_id, starts_at, parent).run()

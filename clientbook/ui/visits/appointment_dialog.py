"""Book an appointment for a client: a service from the menu (its length by default), the next
free slot suggested, a warning when the designer differs, and clashes asked about."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSpinBox, QWidget

from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Appointment
from clientbook.domain.scheduling.scheduling import ClashKind
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.appointments.booking import ClashError
from clientbook.services.changes import Changes
from clientbook.ui.session import Session
from clientbook.ui.visits import clash_prompt
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


def suggested_start(session: Session, staff_id: int | None, minutes: int) -> datetime:
    """The designer's next free slot inside working hours (anyone's when no designer),
    else the next half hour."""
    now = session.now()
    slots = session.book.appointments.free_slots(
        minutes, None if staff_id is None else [staff_id], now, days=30, count=1)
    return slots[0].start if slots else next_half_hour(now)


class AppointmentDialog(RecordDialog):
    def __init__(self, session: Session, client_id: int, starts_at: datetime | None = None,
                 parent: QWidget | None = None, staff_id: int | None = None,
                 minutes: int | None = None):
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

        chosen_staff = staff_id if staff_id is not None else client.designer_id
        self.menu = self.book.services_menu.all(active_only=True)
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(5, 12 * 60)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setValue(minutes or (self.menu[0].minutes if self.menu else 60))
        self.duration_spin.setSuffix(self.tr(" min"))
        self.start_edit = datetime_edit(starts_at or suggested_start(
            session, chosen_staff, self.duration_spin.value()))
        self.staff_combo = staff_combo(session, chosen_staff)
        self.warning_label = plain(QLabel())  # staff names
        self.warning_label.setObjectName("designerWarning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.warning_label.setAccessibleName(self.tr("Designer warning"))
        # With a services menu the service is chosen from it (and sets the length);
        # a book without one keeps a free line.
        self.service_combo = QComboBox()
        self.service_combo.setObjectName("serviceCombo")
        for item in self.menu:
            self.service_combo.addItem(self._service_text(item), item.id)
        self.service_edit = QLineEdit()
        self.service_edit.setPlaceholderText(self.tr("e.g. Haircut"))
        self._length_given = minutes is not None
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.add_row(self.tr("St&art:"), self.start_edit, self.start_edit, self.tr("Start"))
        self.add_row(self.tr("&Duration:"), self.duration_spin, self.duration_spin,
                     self.tr("Duration in minutes"))
        self.add_row(self.tr("S&taff:"), self.staff_combo, self.staff_combo, self.tr("Staff"))
        self.form.addRow("", self.warning_label)
        service = self.service_combo if self.menu else self.service_edit
        self.add_row(self.tr("Ser&vice:"), service, service, self.tr("Service"))
        self.add_row(self.tr("&Notes:"), self.notes_edit, self.notes_edit, self.tr("Notes"))
        self.field_widgets = {"duration_min": self.duration_spin, "minutes": self.duration_spin,
                              "staff_id": self.staff_combo, "service": self.service_combo}
        self.staff_combo.currentIndexChanged.connect(self._update_warning)
        self.service_combo.currentIndexChanged.connect(self._service_chosen)
        self._update_warning()
        self.start_edit.setFocus()
        self.resize(460, self.sizeHint().height())

    def _service_text(self, item) -> str:
        return self.tr("{name} ({minutes} min)").format(name=item.name, minutes=item.minutes)

    def _service_chosen(self) -> None:
        """A service's usual length replaces the duration (not one dragged on the calendar)."""
        item = self._chosen_service()
        if item is not None and not self._length_given:
            self.duration_spin.setValue(item.minutes)

    def _chosen_service(self):
        service_id = self.service_combo.currentData()
        return next((s for s in self.menu if s.id == service_id), None)

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
        item = self._chosen_service() if self.menu else None
        if self.menu and item is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a service."),
                                  field="service")
        appointment = Appointment(
            client_id=self.client_id,
            starts_at=from_qdatetime(self.start_edit.dateTime()),
            duration_min=self.duration_spin.value(),
            service=item.name if item else self.service_edit.text().strip(),
            staff_id=self.staff_combo.currentData(),
            notes=self.notes_edit.toPlainText().strip(),
        )
        appointments = self.book.appointments
        # The usual designer differing is already said above the form; the rest is asked.
        found = [c for c in appointments.check(appointment)
                 if c.kind != ClashKind.OTHER_DESIGNER]
        if not clash_prompt.confirm(self, found):
            raise ClashError(found)
        service_id = item.id if item else None
        return appointment, lambda: appointments.book(appointment, service_id,
                                                      allow_conflict=True)

    @classmethod
    def schedule(cls, parent: QWidget | None, session: Session, client_id: int,
                 starts_at: datetime | None = None, staff_id: int | None = None,
                 minutes: int | None = None) -> Appointment | None:
        """Show the dialog; the booked appointment, or None if cancelled."""
        return cls(session, client_id, starts_at, parent, staff_id, minutes).run()

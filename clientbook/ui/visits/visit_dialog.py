"""Log a visit in a few keystrokes, prefilled from the appointment when there is one."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from clientbook.domain.models import Appointment, Visit
from clientbook.domain.money import parse_money
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.ui import msgbox
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import (
    RecordDialog,
    datetime_edit,
    from_qdatetime,
    staff_combo,
)
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.plain_text import plain, window_title

# A visit a few minutes ahead of the clock is a rounded time, not a mistake.
FUTURE_GRACE = timedelta(minutes=15)


class VisitDialog(RecordDialog):
    """Prefilled from the appointment it completes, or from now and the client's designer."""

    def __init__(self, session: Session, client_id: int, appointment: Appointment | None = None,
                 parent: QWidget | None = None, visit: Visit | None = None,
                 already_logged: bool = False):
        super().__init__(session, parent)
        self.setObjectName("visitDialog")
        self.client_id = client_id
        self.appointment = appointment
        self.visit = visit  # when set, the dialog corrects this visit
        client = self.book.clients.get(client_id)
        self.setWindowTitle(window_title(self.tr("Visit — {name}").format(
            name=client.display_name)))
        plain(self.error_label)  # messages may quote what was typed
        if visit is not None:
            detail = (self.tr("This appointment's visit was logged already: correct it here.")
                      if already_logged else self.tr("Correcting a visit already logged."))
        elif appointment:
            detail = self.tr("From the {time} appointment, which will be marked done."
                             ).format(time=appointment.starts_at.strftime("%H:%M"))
        else:
            detail = ""
        self.set_heading(client.display_name, detail)

        if visit is not None:
            when, staff_id, service = visit.visited_at, visit.staff_id, visit.service
        elif appointment:
            when, staff_id, service = (appointment.starts_at, appointment.staff_id,
                                       appointment.service)
        else:
            when = session.now().replace(second=0, microsecond=0)
            staff_id, service = client.designer_id, ""
        self.when_edit = datetime_edit(when)
        self.staff_combo = staff_combo(session, staff_id)
        self.service_combo = QComboBox()
        self.service_combo.setEditable(True)
        self.service_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.service_combo.addItems(self.book.history.recent_services(client_id))
        self.service_combo.setEditText(service)
        self.service_combo.lineEdit().setPlaceholderText(self.tr("e.g. Haircut"))
        self.spend_edit = QLineEdit()
        self.spend_edit.setPlaceholderText("0.00")
        currency = self.book.setting("currency")
        spend_row = QHBoxLayout()
        spend_row.addWidget(self.spend_edit, 1)
        spend_row.addWidget(plain(QLabel(), currency))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4)

        self.add_row(self.tr("&When:"), self.when_edit, self.when_edit, self.tr("When"))
        self.add_row(self.tr("S&taff:"), self.staff_combo, self.staff_combo, self.tr("Staff"))
        self.add_row(self.tr("Ser&vice:"), self.service_combo, self.service_combo,
                     self.tr("Service"))
        self.add_row(self.tr("S&pend:"), spend_row, self.spend_edit,
                     self.tr("Spend in {currency}").format(currency=currency))
        self.add_row(self.tr("&Notes:"), self.notes_edit, self.notes_edit, self.tr("Notes"))
        self.field_widgets = {"spend": self.spend_edit, "staff_id": self.staff_combo}
        if visit is not None:
            self.spend_edit.setText(f"{visit.spend:.2f}" if visit.spend else "")
            self.notes_edit.setPlainText(visit.notes)
        first_empty = self.spend_edit if self.service_combo.currentText() else self.service_combo
        first_empty.setFocus()
        self.resize(440, self.sizeHint().height())

    def build(self) -> tuple[Visit, Callable[[], Changes]]:
        visit = Visit(
            client_id=self.client_id,
            visited_at=from_qdatetime(self.when_edit.dateTime()),
            service=self.service_combo.currentText().strip(),
            staff_id=self.staff_combo.currentData(),
            spend=parse_money(self.spend_edit.text()),
            notes=self.notes_edit.toPlainText().strip(),
        )
        if self.visit is not None:
            corrected = replace(visit, id=self.visit.id, client_id=self.visit.client_id,
                                appointment_id=self.visit.appointment_id,
                                version=self.visit.version)
            corrections, seen = self.book.corrections, self.visit
            return corrected, lambda: corrections.update_visit(corrected, seen=seen)
        history = self.book.history
        if self.appointment is not None and self.appointment.id is not None:
            appointment_id = self.appointment.id
            return visit, lambda: history.log_visit_for(appointment_id, visit)
        return visit, lambda: history.add_visit(visit)

    def save(self):
        """A visit later than now is asked about first: most likely a slip in the time."""
        when = from_qdatetime(self.when_edit.dateTime())
        now = self.session.now()
        if when > now + FUTURE_GRACE and not msgbox.ask(
                self, self.tr("A visit in the future?"),
                fill(self.tr("This visit is logged for %1 at %2, but it is now %3 on %4. "
                             "Log it anyway?"),
                     [full_date(when.date()), f"{when:%H:%M}", f"{now:%H:%M}",
                      full_date(now.date())])):
            self.when_edit.setFocus()
            return None
        return super().save()

    @classmethod
    def log(cls, parent: QWidget | None, session: Session, client_id: int,
            appointment: Appointment | None = None) -> Visit | None:
        """Show the dialog; the stored visit, or None if cancelled.

        An appointment has one visit: when its visit is logged already, that visit opens to
        be corrected instead of a second, empty one being added.
        """
        logged = session.book.history.visit_for(appointment.id) \
            if appointment is not None and appointment.id is not None else None
        if logged is not None:
            return cls.correct(parent, session, logged, already_logged=True)
        return cls(session, client_id, appointment, parent).run()

    @classmethod
    def correct(cls, parent: QWidget | None, session: Session, visit: Visit,
                already_logged: bool = False) -> Visit | None:
        """Correct a visit already logged; the saved visit, or None if cancelled."""
        return cls(session, visit.client_id, None, parent, visit, already_logged).run()

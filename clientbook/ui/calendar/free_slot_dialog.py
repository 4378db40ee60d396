"""Find a free slot: service, designer (or anyone) and a first day → the next free slots."""

from __future__ import annotations

from datetime import date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.scheduling.scheduling import FreeSlot
from clientbook.domain.words import fill
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import day_month
from clientbook.ui.widgets.plain_text import plain

COUNT = 12


class FreeSlotDialog(QDialog):
    def __init__(self, session: Session, first_day: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("freeSlotDialog")
        self.setWindowTitle(self.tr("Find a free slot"))
        self.session = session
        book = session.book
        self.chosen: FreeSlot | None = None
        self.service_combo = QComboBox(objectName="slotService")
        for item in book.services_menu.all(active_only=True):
            self.service_combo.addItem(
                fill(self.tr("%1 (%2 min)"), [item.name, item.minutes]), item.minutes)
        if not self.service_combo.count():
            for minutes in (30, 45, 60, 90, 120):
                self.service_combo.addItem(fill(self.tr("%1 min"), [minutes]), minutes)
        self.staff_combo = QComboBox(objectName="slotStaff")
        self.staff_combo.addItem(self.tr("Anyone"), None)
        for person in book.staff.all(active_only=True):
            if person.role == "designer":
                self.staff_combo.addItem(person.name, person.id)
        self.from_edit = QDateEdit(QDate(first_day.year, first_day.month, first_day.day))
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDisplayFormat("d MMM yyyy")
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.clicked.connect(self.search)
        self.results = QListWidget(objectName="slotResults")
        self.results.setAccessibleName(self.tr("Free slots"))
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.empty = plain(QLabel(), "")
        form = QFormLayout()
        for text, widget in ((self.tr("Ser&vice:"), self.service_combo),
                             (self.tr("&Designer:"), self.staff_combo),
                             (self.tr("&From:"), self.from_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, widget)
        form.addRow("", self.search_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Book this slot"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.results)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.resize(440, 460)
        self.search()

    def search(self) -> None:
        d = self.from_edit.date()
        start = datetime.combine(date(d.year(), d.month(), d.day()), time())
        staff_id = self.staff_combo.currentData()
        slots = self.session.book.appointments.free_slots(
            self.service_combo.currentData() or 60, None if staff_id is None else [staff_id],
            start, days=30, count=COUNT)
        self.results.clear()
        for slot in slots:
            item = QListWidgetItem(fill(self.tr("%1  %2–%3  %4"), [
                day_month(slot.start.date(), short=True), f"{slot.start:%H:%M}",
                f"{slot.end:%H:%M}", slot.staff_name]))
            item.setData(Qt.ItemDataRole.UserRole, slot)
            self.results.addItem(item)
        if slots:
            self.results.setCurrentRow(0)
        self.empty.setText("" if slots else self.tr("No free slot in the next 30 days."))
        self.empty.setVisible(not slots)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()

    @classmethod
    def find(cls, parent: QWidget | None, session: Session, first_day: date
             ) -> FreeSlot | None:
        dialog = cls(session, first_day, parent)
        dialog.exec()
        return dialog.chosen

"""A staff member's weekly hours and time off, edited on the Staff page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.models import Staff
from clientbook.domain.scheduling.working_hours import DAY_NAMES
from clientbook.domain.words import fill
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.plain_text import plain


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class StaffHoursEditor(QGroupBox):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffHours")
        self.session = session
        self.staff: Staff | None = None
        self.setTitle(self.tr("Working hours"))
        grid = QGridLayout()
        self.day_edits: list[QLineEdit] = []
        locale = QLocale()
        for i in range(7):
            edit = QLineEdit(objectName=f"hours_{DAY_NAMES[i]}")
            edit.setPlaceholderText(self.tr("off"))
            name = locale.dayName(i + 1, QLocale.FormatType.ShortFormat)
            edit.setAccessibleName(fill(self.tr("Hours on %1"), [name]))
            edit.setToolTip(self.tr("For example 09:00-17:00, or 09:00-13:00, 14:00-18:00 with "
                                    "a break; empty: not working"))
            grid.addWidget(plain(QLabel(), name), i // 4 * 2, i % 4)
            grid.addWidget(edit, i // 4 * 2 + 1, i % 4)
            self.day_edits.append(edit)
        self.save_button = QPushButton(self.tr("Save wee&kly hours"), objectName="saveHours")
        self.save_button.clicked.connect(self.save_hours)
        grid.addWidget(self.save_button, 3, 3)

        self.off_list = QListWidget(objectName="timeOffList")
        self.off_list.setAccessibleName(self.tr("Time off"))
        self.off_list.setMaximumHeight(self.fontMetrics().lineSpacing() * 4 + 8)
        self.off_from = QDateEdit(objectName="timeOffFrom")
        self.off_to = QDateEdit(objectName="timeOffTo")
        for edit, words in ((self.off_from, self.tr("First day off")),
                            (self.off_to, self.tr("Last day off"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
            edit.setAccessibleName(words)
        today = session.now().date()
        for edit in (self.off_from, self.off_to):
            edit.setDate(QDate(today.year, today.month, today.day))
        self.add_off_button = QPushButton(self.tr("&Book time off"), objectName="addTimeOff")
        self.add_off_button.clicked.connect(self.add_time_off)
        self.remove_off_button = QPushButton(self.tr("Remove time &off"),
                                             objectName="removeTimeOff")
        self.remove_off_button.clicked.connect(self.remove_time_off)
        off_row = QHBoxLayout()
        off_row.addWidget(plain(QLabel(), self.tr("Time off:")))
        for w in (self.off_from, plain(QLabel(), "–"), self.off_to, self.add_off_button,
                  self.remove_off_button):
            off_row.addWidget(w)
        off_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(off_row)
        layout.addWidget(self.off_list)
        self.show_staff(None)

    def show_staff(self, staff: Staff | None) -> None:
        self.staff = staff
        self.setEnabled(staff is not None)
        book = self.session.book
        pattern = book.staff_hours.pattern(staff.id) if staff and staff.id else None
        for i, edit in enumerate(self.day_edits):
            hours = pattern.days[i] if pattern else ()
            edit.setText(", ".join(f"{a // 60:02d}:{a % 60:02d}-{b // 60:02d}:{b % 60:02d}"
                                   for a, b in hours))
        self.off_list.clear()
        if staff is None or staff.id is None:
            return
        for first, last in book.staff_hours.time_off(staff.id):
            text = full_date(first) if first == last else fill(
                self.tr("%1 to %2"), [full_date(first), full_date(last)])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, (first, last))
            self.off_list.addItem(item)

    def lines(self) -> list[str]:
        """The seven days as working-hours lines ("tue 09:00-13:00,14:00-17:00")."""
        out = []
        for name, edit in zip(DAY_NAMES, self.day_edits, strict=True):
            text = edit.text().replace("–", "-").replace(" ", "")
            out.append(f"{name} {text or 'off'}")
        return out

    def save_hours(self) -> bool:
        staff = self.staff
        if staff is None or staff.id is None:
            return False
        book = self.session.book
        done = self.session.run(self, self.tr("Could not save the hours"),
                                lambda: book.staff_hours.set(staff.id, self.lines()))
        return done is not None

    def add_time_off(self) -> bool:
        staff = self.staff
        if staff is None or staff.id is None:
            return False
        first, last = _pydate(self.off_from.date()), _pydate(self.off_to.date())
        book = self.session.book
        done = self.session.run(self, self.tr("Could not add the time off"),
                                lambda: book.staff_hours.add_time_off(
                                    staff.id, min(first, last), max(first, last)))
        self.show_staff(staff)
        return done is not None

    def remove_time_off(self) -> bool:
        staff, item = self.staff, self.off_list.currentItem()
        if staff is None or staff.id is None or item is None:
            return False
        first, last = item.data(Qt.ItemDataRole.UserRole)
        book = self.session.book
        done = self.session.run(self, self.tr("Could not remove the time off"),
                                lambda: book.staff_hours.remove_time_off(staff.id, first, last))
        self.show_staff(staff)
        return done is not None

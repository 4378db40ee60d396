"""The Today page: today's appointments in time order beside the selected client's card."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import AppointmentStatus
from clientbook.services.agenda import AgendaItem
from clientbook.services.changes import Changes
from clientbook.ui import msgbox
from clientbook.ui.badge_delegate import BadgeDelegate
from clientbook.ui.briefing_card import BriefingCard
from clientbook.ui.plain_text import plain
from clientbook.ui.promises_panel import PromisesPanel
from clientbook.ui.session import Session
from clientbook.ui.today_model import COL_ATTENTION, BadgeKindsRole, TodayModel


class TodayPage(QWidget):
    """Emits `selectionChanged` when the selected appointment (and so client) changes."""

    selectionChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.session = session
        self.model = TodayModel(self)

        self.heading = plain(QLabel(objectName="todayHeading"))
        self.banner = plain(QLabel(objectName="birthdayBanner"))  # clients' names
        self.banner.setWordWrap(True)
        self.banner.setTextFormat(Qt.TextFormat.PlainText)
        self.empty = plain(QLabel(objectName="todayEmpty"), self.tr("No appointments today."))

        self.view = QTableView(objectName="todayList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(COL_ATTENTION, BadgeDelegate(BadgeKindsRole, self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ATTENTION, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(48)
        self.view.setAccessibleName(self.tr("Today's appointments"))
        self.view.activated.connect(lambda _index: self.card.setFocus())

        self.arrived = QPushButton(self.tr("&Arrived"), objectName="markArrived")
        self.done = QPushButton(self.tr("Do&ne"), objectName="markDone")
        self.no_show = QPushButton(self.tr("No-sho&w"), objectName="markNoShow")
        self.arrived.clicked.connect(lambda: self.set_status(AppointmentStatus.ARRIVED))
        self.done.clicked.connect(lambda: self.set_status(AppointmentStatus.DONE))
        self.no_show.clicked.connect(lambda: self.set_status(AppointmentStatus.NO_SHOW))
        buttons = QHBoxLayout()
        for button in (self.arrived, self.done, self.no_show):
            buttons.addWidget(button)
        buttons.addStretch(1)

        appointments = QWidget()
        listing = QVBoxLayout(appointments)
        listing.setContentsMargins(0, 0, 0, 0)
        listing.addWidget(self.view, 1)
        listing.addWidget(self.empty)
        listing.addLayout(buttons)
        self.promises = PromisesPanel(session)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, objectName="todayLeftSplitter")
        self.left_splitter.setChildrenCollapsible(False)
        self.left_splitter.addWidget(appointments)
        self.left_splitter.addWidget(self.promises)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 0)

        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.banner)
        column.addWidget(self.left_splitter, 1)

        self.card = BriefingCard()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="todaySplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        session.changed.connect(self._on_changed)
        self.refresh(select_next=True)

    # Data ---------------------------------------------------------------------------
    def refresh(self, select_next: bool = False) -> None:
        book = self.session.book
        today = self.session.now().date()
        keep = self.current_item()
        self.model.set_items(book.agenda(today))
        locale = QLocale()
        self.heading.setText(self.tr("Today, %1").replace(
            "%1", locale.toString(today, locale.dateFormat(QLocale.FormatType.LongFormat))))
        self._update_banner()
        self.empty.setVisible(self.model.rowCount() == 0)
        if keep is not None and not select_next:
            self._select_appointment(keep.appointment.id)
        else:
            self.select_next()
        self._show_current()

    def _update_banner(self) -> None:
        found = self.session.book.birthdays()
        today = [b for b in found if b.days_until == 0]
        soon = [b for b in found if b.days_until > 0]
        parts = []
        if today:
            names = ", ".join(f"{b.name} ({b.age})" if b.age else b.name for b in today)
            parts.append(self.tr("Birthdays today: %1").replace("%1", names))
        if soon:
            names = ", ".join(b.name for b in soon)
            parts.append(self.tr("Coming up: %1").replace("%1", names))
        self.banner.setText("   ".join(parts))
        self.banner.setVisible(bool(parts))

    def select_next(self) -> None:
        """Select the next appointment still to come (or the last one of the day)."""
        now = self.session.now()
        items = self.model.items()
        waiting = (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)

        def still_to_come(item: AgendaItem) -> bool:
            appt = item.appointment
            ends = appt.starts_at + timedelta(minutes=appt.duration_min)
            return appt.status in waiting and ends > now

        row = next((i for i, it in enumerate(items) if still_to_come(it)), len(items) - 1)
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)

    def _select_appointment(self, appointment_id: int) -> None:
        for row, item in enumerate(self.model.items()):
            if item.appointment.id == appointment_id:
                self._select_row(row)
                return
        self.select_next()

    def current_item(self) -> AgendaItem | None:
        index = self.view.selectionModel().currentIndex() if self.view.selectionModel() else None
        return self.model.item(index.row()) if index is not None and index.isValid() else None

    def current_client_id(self) -> int | None:
        item = self.current_item()
        return item.appointment.client_id if item else None

    # Actions ------------------------------------------------------------------------
    def set_status(self, status: AppointmentStatus) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            self.session.apply(lambda: self.session.book.history.set_status(
                item.appointment.id, status))
        except ClientBookError as exc:
            msgbox.error(self, self.tr("Could not change the appointment"), str(exc))

    def _on_current_changed(self, *_args) -> None:
        self._show_current()
        self.selectionChanged.emit()

    def _show_current(self) -> None:
        item = self.current_item()
        for button in (self.arrived, self.done, self.no_show):
            button.setEnabled(item is not None)
        if item is None:
            self.card.show_briefing(None)
            return
        book = self.session.book
        self.card.show_briefing(book.briefing(item.appointment.client_id), book.setting("currency"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.appointments or changes.clients or changes.promises or changes.visits \
                or changes.staff or changes.settings:
            self.refresh()

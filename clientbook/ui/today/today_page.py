"""The Today page: today's appointments in time order beside the selected client's card."""

from __future__ import annotations

from datetime import date, timedelta

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

from clientbook.domain.care.reminders import BirthdayReminder
from clientbook.domain.errors import StoreError
from clientbook.domain.models import AppointmentStatus
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.clients.agenda import AgendaItem
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.promises.promises_panel import PromisesPanel
from clientbook.ui.reminders.reminder_words import ReminderWords
from clientbook.ui.reminders.reminders_panel import (
    KIND_BIRTHDAYS,
    KIND_NUDGE,
    BirthdaysPanel,
    ReminderBanner,
)
from clientbook.ui.session import Session
from clientbook.ui.today.badge_delegate import BadgeDelegate
from clientbook.ui.today.today_columns import TodayColumns
from clientbook.ui.today.today_model import (
    COL_ATTENTION,
    COL_CLIENT,
    COL_SERVICE,
    COL_STAFF,
    BadgeKindsRole,
    TodayModel,
)
from clientbook.ui.widgets.plain_text import plain

# The Birthdays button looks pressed while its list is open.
TOGGLE_STYLE = ("QPushButton#birthdaysToggle:checked { background: #dbe7f7; "
                "border-color: #3b7dd8; color: #123d73; }")


class TodayPage(QWidget):
    """Emits `selectionChanged` when the selected appointment (and so client) changes."""

    selectionChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayPage")
        self.session = session
        self.model = TodayModel(self)

        self.words = ReminderWords(self)
        self.reminders: list[BirthdayReminder] = []
        self._day: date | None = None
        self._cards_shown = 0  # how many times the card was filled (one briefing a refresh)

        # Built from the outside in, each widget made in its final parent: with the
        # application's style sheet a widget moved into a new parent is styled again with
        # all it holds. The order of making is the keyboard's (focus chain) order.
        layout = QVBoxLayout(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self, objectName="todaySplitter")
        layout.addWidget(self.splitter)
        left = QWidget(self.splitter)
        self.splitter.addWidget(left)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = plain(QLabel(left, objectName="todayHeading"))
        self.birthdays_toggle = QPushButton(left, objectName="birthdaysToggle")
        self.birthdays_toggle.setCheckable(True)
        self.birthdays_toggle.setAutoDefault(False)
        self.birthdays_toggle.setStyleSheet(TOGGLE_STYLE)
        self.birthdays_toggle.setAccessibleName(self.tr("Show or hide the birthdays list"))
        self.birthdays_toggle.toggled.connect(self._toggle_birthdays)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.birthdays_toggle, 0, Qt.AlignmentFlag.AlignVCenter)
        column.addLayout(top)
        self.banner = ReminderBanner(left)  # the latest nudge; today's and coming birthdays
        self.banner.showRequested.connect(self._on_banner_show)
        column.addWidget(self.banner)
        self.left_splitter = QSplitter(Qt.Orientation.Vertical, left,
                                       objectName="todayLeftSplitter")
        self.left_splitter.setChildrenCollapsible(False)
        column.addWidget(self.left_splitter, 1)

        appointments = QWidget(self.left_splitter)
        self.left_splitter.addWidget(appointments)
        listing = QVBoxLayout(appointments)
        listing.setContentsMargins(0, 0, 0, 0)
        self.birthdays = BirthdaysPanel(session, appointments)
        self.birthdays.hide()
        listing.addWidget(self.birthdays)  # under the banner; shown by the Birthdays button
        self.view = QTableView(appointments, objectName="todayList")
        self._set_up_view()
        listing.addWidget(self.view, 1)
        self.empty = plain(QLabel(appointments, objectName="todayEmpty"),
                           self.tr("No appointments today."))
        listing.addWidget(self.empty)
        self.arrived = QPushButton(self.tr("Arr&ived"), appointments, objectName="markArrived")
        self.done = QPushButton(self.tr("Do&ne"), appointments, objectName="markDone")
        self.no_show = QPushButton(self.tr("No-sho&w"), appointments, objectName="markNoShow")
        self.arrived.clicked.connect(lambda: self.set_status(AppointmentStatus.ARRIVED))
        self.done.clicked.connect(lambda: self.set_status(AppointmentStatus.DONE))
        self.no_show.clicked.connect(lambda: self.set_status(AppointmentStatus.NO_SHOW))
        buttons = QHBoxLayout()
        for button in (self.arrived, self.done, self.no_show):
            buttons.addWidget(button)
        buttons.addStretch(1)
        listing.addLayout(buttons)
        self.promises = PromisesPanel(session, self.left_splitter)
        self.left_splitter.addWidget(self.promises)
        self.left_splitter.setStretchFactor(0, 1)
        self.left_splitter.setStretchFactor(1, 0)

        self.card = BriefingCard(self.splitter)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        session.changed.connect(self._on_changed)
        self.refresh(select_next=True)

    def _set_up_view(self) -> None:
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.view.verticalHeader().hide()
        self.view.setShowGrid(False)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.setItemDelegateForColumn(COL_ATTENTION, BadgeDelegate(BadgeKindsRole, self))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # What needs attention keeps its width; the client's name and the service give way
        # (and elide) first, and the pills wrap onto a second line rather than hide.
        for column in (COL_CLIENT, COL_SERVICE, COL_STAFF):  # sized by TodayColumns
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(48)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(self._on_column_resized)
        self.columns = TodayColumns(self.view)
        self.view.setAccessibleName(self.tr("Today's appointments"))
        self.view.activated.connect(lambda _index: self.card.setFocus())

    def _on_column_resized(self, column: int, _old: int, _new: int) -> None:
        """Only the pills wrap (the other columns elide on one line): their column's width
        is the one that changes how tall a row must be. Sizing every row again for each of
        the dozens of column moves while the window is laid out cost a tenth of a second."""
        if column == COL_ATTENTION:
            self.view.resizeRowsToContents()

    # Data ---------------------------------------------------------------------------
    def refresh(self, select_next: bool = False) -> None:
        book = self.session.book
        today = self.session.now().date()
        keep = self.current_item()
        self.model.set_items(book.agenda(today))
        locale = QLocale()
        long_date = locale.toString(today, locale.dateFormat(QLocale.FormatType.LongFormat))
        self.heading.setText(fill(self.tr("Today, %1"), [long_date]))
        self._update_banner()
        self.empty.setVisible(self.model.rowCount() == 0)
        shown = self._cards_shown
        if keep is not None and not select_next:
            self._select_appointment(keep.appointment.id)
        else:
            self.select_next()
        if self._cards_shown == shown:  # selecting a row showed its card already
            self._show_current()

    # Reminders ----------------------------------------------------------------------
    def _update_banner(self) -> None:
        """Birthdays from the book (today and the coming days) on the banner and the list.

        On a new day yesterday's nudge goes and a dismissed birthday line comes back.
        """
        today = self.session.now().date()
        new_day = today != self._day
        if new_day:
            self._day = today
            self.banner.clear(KIND_NUDGE)
        try:
            self.reminders = self.session.book.followups.birthday_reminders(today)
        except StoreError:
            return  # keep what is shown; the next refresh reads again
        self.banner.set_reminder(KIND_BIRTHDAYS, self.words.banner_line(self.reminders, today),
                                 renew=new_day)
        if self.birthdays_toggle.isChecked():  # the list is filled when it is opened
            self.birthdays.set_reminders(self.reminders, today)
        n = len(self.reminders)
        self.birthdays_toggle.setText(fill(self.tr("&Birthdays (%1)"), [str(n)]))
        self.birthdays_toggle.setToolTip(self.words.count_tip(self.reminders))

    def show_reminder(self, kind: str, text: str, client_id: int | None = None) -> None:
        """Show a notification in the window (connect the tray's `inWindow`; with no tray
        this is the only place it shows).

        A nudge takes the top line. For birthdays the line shows everything coming (the
        notification may name only the new ones) and comes back even if it was dismissed.
        """
        if kind == KIND_NUDGE:
            self.banner.set_reminder(KIND_NUDGE, text, client_id, renew=True)
            return
        self._update_banner()
        own = self.banner.text(KIND_BIRTHDAYS)
        self.banner.set_reminder(KIND_BIRTHDAYS, own or text, renew=True)

    def show_birthdays(self) -> None:
        """Open the Birthdays list with the keyboard in it."""
        self.birthdays_toggle.setChecked(True)
        self.birthdays.focus_list()

    def _toggle_birthdays(self, on: bool) -> None:
        """The list replaces the banner's birthday line while it is open."""
        sizes = self.left_splitter.sizes()
        if on:
            self.birthdays.set_reminders(self.reminders, self.session.now().date())
        # The list takes the room it needs but at most a third of the column (it scrolls):
        # on a 600 px screen today's appointments keep room for three rows.
        third = max(self.left_splitter.height() // 3, self.birthdays.minimumSizeHint().height())
        self.birthdays.setMaximumHeight(min(self.birthdays.sizeHint().height(), third))
        self.birthdays.setVisible(on)
        self.banner.suppress(KIND_BIRTHDAYS, on)
        if on:
            self._make_room(sizes)
        if on:
            self.birthdays.focus_list()

    def _make_room(self, sizes: list[int]) -> None:
        """Room for the list, taken from the promises first (never below their minimum)."""
        if sum(sizes) <= 0:
            return  # not laid out yet: the splitter shares out the space itself
        appointments, promises = sizes
        want = self.birthdays.sizeHint().height()
        take = max(0, min(want, promises - self.promises.minimumSizeHint().height()))
        self.left_splitter.setSizes([appointments + take, promises - take])

    def _on_banner_show(self, kind: str, client_id: object) -> None:
        if kind == KIND_BIRTHDAYS:
            self.show_birthdays()
        elif isinstance(client_id, int):
            self.show_client_briefing(client_id)

    def show_client_briefing(self, client_id: int) -> None:
        """The client's next appointment today with its briefing; else their own card."""
        rows = [i for i, it in enumerate(self.model.items())
                if it.appointment.client_id == client_id]
        waiting = (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)
        row = next((i for i in rows if self.model.items()[i].appointment.status in waiting),
                   rows[0] if rows else None)
        if row is None:
            self.session.open_client.emit(client_id)
            return
        self._select_row(row)
        self.card.setFocus()

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
        self.session.run(self, self.tr("Could not change the appointment"),
                         lambda: self.session.book.history.set_status(
                             item.appointment.id, status, item.appointment))

    def _on_current_changed(self, *_args) -> None:
        self._show_current()
        self.selectionChanged.emit()

    def _show_current(self) -> None:
        self._cards_shown += 1
        item = self.current_item()
        for button in (self.arrived, self.done, self.no_show):
            button.setEnabled(item is not None)
        if item is None:
            self.card.show_briefing(None)
            return
        book = self.session.book
        self.card.show_briefing(book.briefing(item.appointment.client_id), book.setting("currency"))

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_agenda():
            self.refresh()

"""The Calendar page: the day (a column per designer) or the week, beside the selected
booking's briefing card; moving through days, finding free slots, printing the day sheet."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.services.changes import Changes
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.calendar import calendar_actions as actions
from clientbook.ui.calendar import day_sheet
from clientbook.ui.calendar.calendar_words import CalendarWords
from clientbook.ui.calendar.day_grid import Block, Column, hours_shown
from clientbook.ui.calendar.day_view import DayView
from clientbook.ui.calendar.free_slot_dialog import FreeSlotDialog
from clientbook.ui.calendar.services_dialog import ServicesDialog
from clientbook.ui.calendar.week_model import DayRole, WeekModel
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import day_month, full_date
from clientbook.ui.widgets.plain_text import plain

DAY, WEEK = 0, 1


class CalendarPage(QWidget):
    """Emits `selectionChanged` when the selected booking (and so client) changes."""

    selectionChanged = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self.session = session
        self.words = CalendarWords(self)
        self.day = session.now().date()
        self._dirty = True

        self.prev_button = self._button(self.tr("◀"), "calendarPrev",
                                        self.tr("Previous day (Page Up)"), lambda: self.step(-1))
        self.today_button = self._button(self.tr("Today"), "calendarToday",
                                         self.tr("Go to today (Alt+Home)"), lambda: self.step(0))
        self.next_button = self._button(self.tr("▶"), "calendarNext",
                                        self.tr("Next day (Page Down)"), lambda: self.step(1))
        self.date_edit = QDateEdit(objectName="calendarDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.date_edit.setAccessibleName(self.tr("Go to date"))
        self.date_edit.dateChanged.connect(self._date_picked)
        self.heading = plain(QLabel(objectName="calendarHeading"))
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.day_button = self._button(self.tr("Da&y"), "calendarDayMode", "", None)
        self.week_button = self._button(self.tr("&Week"), "calendarWeekMode", "", None)
        self.modes = QButtonGroup(self)
        for i, b in enumerate((self.day_button, self.week_button)):
            b.setCheckable(True)
            self.modes.addButton(b, i)
        self.day_button.setChecked(True)
        self.modes.idClicked.connect(self.set_mode)
        self.staff_filter = QComboBox(objectName="calendarStaff")
        self.staff_filter.setAccessibleName(self.tr("Whose calendar"))
        self.staff_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.slot_button = self._button(self.tr("Find a free sl&ot…"), "calendarFreeSlot",
                                        self.tr("The next free slots for a service"),
                                        self.find_free_slot)
        self.services_button = self._button(self.tr("Services &menu…"), "calendarServices",
                                            self.tr("The services the firm offers, their usual "
                                                    "length and price"),
                                            lambda: ServicesDialog.manage(self, self.session))
        self.print_button = self._button(self.tr("&Print day sheet"), "calendarPrint",
                                         self.tr("Print the day sheet or save it as PDF"), None)
        sheet_menu = QMenu(self.print_button)
        sheet_menu.addAction(self.tr("&Print…"), self.print_day).setObjectName("actSheetPrint")
        sheet_menu.addAction(self.tr("Save as P&DF…"), self.save_day_pdf).setObjectName(
            "actSheetPdf")
        self.print_button.setMenu(sheet_menu)

        self.view = DayView()
        self._items: dict = {}  # appointment id -> its AgendaItem, for tooltips
        self.view.describe = lambda block: (self.words.tooltip(self._items[block.id])
                                            if block.id in self._items else "")
        self.view.empty_text = self.tr("Nobody works on this day.")
        self.scroll = QScrollArea(objectName="calendarScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.week_model = WeekModel(self)
        self.week_view = QTableView(objectName="calendarWeek")
        self.week_view.setModel(self.week_model)
        self.week_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.week_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.week_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.week_view.setWordWrap(True)
        self.week_view.activated.connect(self._open_week_day)
        self.week_view.doubleClicked.connect(self._open_week_day)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.week_view)
        self.card = BriefingCard()

        # Two rows, so the page fits a small screen in any language: where, then what.
        for arrow in (self.prev_button, self.next_button):
            arrow.setMaximumWidth(arrow.fontMetrics().horizontalAdvance("◀") * 4)
        bar = QHBoxLayout()
        for w in (self.prev_button, self.today_button, self.next_button, self.date_edit):
            bar.addWidget(w)
        bar.addWidget(self.heading, 1)
        bar.addWidget(self.services_button)
        tools = QHBoxLayout()
        for w in (self.day_button, self.week_button, self.staff_filter):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.slot_button)
        tools.addWidget(self.print_button)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(bar)
        column.addLayout(tools)
        column.addWidget(self.stack, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, objectName="calendarSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.card)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

        self.view.selected.connect(self._selected)
        self.view.dayRequested.connect(self.step)
        self.view.createRequested.connect(self.create)
        self.view.moveRequested.connect(self.move)
        self.view.menuRequested.connect(self._menu)
        self.view.cancelRequested.connect(self._cancel_key)
        session.changed.connect(self._on_changed)
        self._fill_staff_filter()
        self.go_to(self.day)

    def _button(self, text: str, name: str, tip: str, slot) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.setAutoDefault(False)
        if tip:
            button.setToolTip(tip)
            button.setAccessibleName(tip)
        if slot is not None:
            button.clicked.connect(lambda _checked=False: slot())
        return button

    # Where we are -----------------------------------------------------------------------
    def mode(self) -> int:
        return self.stack.currentIndex()

    def set_mode(self, mode: int) -> None:
        self.stack.setCurrentIndex(mode)
        (self.day_button if mode == DAY else self.week_button).setChecked(True)
        self.refresh()

    def week_start(self) -> date:
        return self.day - timedelta(days=self.day.weekday())

    def step(self, days: int) -> None:
        """-1/+1: the day (or week) before/after; 0: today."""
        if days == 0:
            self.go_to(self.session.now().date())
        else:
            self.go_to(self.day + timedelta(days=days * (7 if self.mode() == WEEK else 1)))

    def go_to(self, day: date) -> None:
        self.day = day
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)
        self.refresh()

    def _date_picked(self, value: QDate) -> None:
        self.go_to(date(value.year(), value.month(), value.day()))

    def staff_id(self) -> int | None:
        return self.staff_filter.currentData()

    def _fill_staff_filter(self) -> None:
        chosen = self.staff_filter.currentData()
        self.staff_filter.blockSignals(True)
        self.staff_filter.clear()
        self.staff_filter.addItem(self.tr("Everyone"), None)
        for person in self.session.book.staff.all(active_only=True):
            if person.role == "designer":
                self.staff_filter.addItem(person.name, person.id)
        self.staff_filter.setCurrentIndex(max(0, self.staff_filter.findData(chosen)))
        self.staff_filter.blockSignals(False)

    # Showing ----------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> None:
        """Rebuild what is shown; while the page is hidden, only remember to."""
        if not self.isVisible() and not force:
            self._dirty = True
            return
        self._dirty = False
        book = self.session.book
        try:
            if self.mode() == WEEK:
                first = self.week_start()
                self.heading.setText(f"{day_month(first, short=True)} – "
                                     f"{full_date(first + timedelta(days=6))}")
                self.week_model.set_week(first, *book.day_plans.week(first, self.staff_id()))
                return
            plan = book.day_plans.day(self.day, self.staff_id())
        except ClientBookError:
            return
        self.heading.setText(day_month(self.day) + (
            "  · " + self.tr("today") if self.day == self.session.now().date() else ""))
        nobody = self.tr("No one")
        columns = [Column(c.staff_id, c.name or nobody, c.open_spans) for c in plan.columns]
        self._items = {item.appointment.id: item for item in plan.items}
        blocks = [self.words.block(item) for item in plan.items]
        first, last = hours_shown(columns, blocks, self.day, plan.opening)
        shown = self.view.selected_id
        self.view.show_day(self.day, columns, blocks, self.session.now(), first, last)
        if shown is not None or self.view.selected_id is not None:
            self._selected(self.view.block(self.view.selected_id))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_staff():
            self._fill_staff_filter()
        if changes.affects_calendar():
            self._dirty = True
            if self.isVisible():
                self.refresh()

    def _selected(self, block: Block | None) -> None:
        book = self.session.book
        card = None
        if block is not None:
            try:
                card = book.briefing(block.client_id)
            except ClientBookError:
                card = None
        self.card.show_briefing(card, book.setting("currency"))
        self.selectionChanged.emit()

    def current_client_id(self) -> int | None:
        block = self.view.block(self.view.selected_id)
        return None if block is None else block.client_id

    def _open_week_day(self, index: QModelIndex) -> None:
        day = index.data(DayRole)
        if day is not None:
            self.go_to(day)
            self.set_mode(DAY)

    # Doing ------------------------------------------------------------------------------
    def create(self, staff_id: int | None, start: datetime, minutes: int,
               client_id: int | None = None) -> bool:
        return actions.create(self, self.session, staff_id, start, minutes, client_id)

    def move(self, block_id: int, start: datetime, staff_id: int | None, minutes: int) -> bool:
        block = self.view.block(block_id)
        return actions.move(self, self.session, block_id, start, staff_id, minutes,
                            block.version if block is not None else None)

    def booking_menu(self, block: Block):
        return actions.block_menu(self, self.session, block, self.words,
                                  self.session.open_client.emit)

    def _menu(self, block: Block, where) -> None:
        self.booking_menu(block).exec(where)

    def _cancel_key(self, block_id: int) -> None:
        """Delete on a booking: its menu opens at it, the cancel reasons one step away."""
        block = self.view.block(block_id)
        rect = self.view.block_rect(block_id)
        if block is not None and rect is not None:
            self._menu(block, self.view.mapToGlobal(rect.center().toPoint()))

    def find_free_slot(self) -> None:
        slot = FreeSlotDialog.find(self, self.session, max(self.day, self.session.now().date()))
        if slot is not None:
            self.go_to(slot.start.date())
            self.set_mode(DAY)
            self.create(slot.staff_id, slot.start, slot.minutes)

    def print_day(self) -> None:
        day_sheet.print_day_sheet(self, self.session, self.day, self.staff_id())

    def save_day_pdf(self) -> None:
        day_sheet.save_day_sheet(self, self.session, self.day, self.staff_id())

"""The Follow-ups page: rewards to tell clients about, the promise record, same designer.

Everything here is a report over the whole book (up to 100k clients and a million visits), so
it is worked out only while the page is on screen: when it is shown, and on changes while it
is visible. Changes that arrive while it is hidden just mark the affected sections stale.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QItemSelectionModel,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.loyalty import LoyaltyMode, LoyaltyRule
from clientbook.services.changes import Changes
from clientbook.services.consistency import by_designer
from clientbook.services.loyalty import RewardWaiting
from clientbook.ui.briefing_words import money
from clientbook.ui.card_parts import text_label
from clientbook.ui.followups_models import (
    ConsistencyModel,
    ObjectRole,
    PromiseMonthsModel,
    PromiseStaffModel,
    RewardsModel,
    SortRole,
)
from clientbook.ui.session import Session

REWARDS, PROMISES, DESIGNERS = "rewards", "promises", "designers"


def _table(model: QAbstractItemModel, name: str, accessible: str) -> QTableView:
    view = QTableView(objectName=name)
    view.setModel(model)
    view.setAccessibleName(accessible)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setMinimumSectionSize(48)
    header.setResizeContentsPrecision(100)  # measure a screenful, not thousands of rows
    return view


class FollowUpsPage(QWidget):
    """`contactRequested(client_id)`: the user wants to contact the selected client.
    `settingsRequested()`: loyalty is off and the user asked for the Settings dialog.
    Open card goes through `session.open_client`."""

    contactRequested = Signal(int)
    settingsRequested = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.session = session
        self.stale = {REWARDS, PROMISES, DESIGNERS}
        """Sections to work out again the next time the page is shown."""
        self.rule: LoyaltyRule | None = None

        self.rewards_model = RewardsModel(self)
        self.rewards_proxy = QSortFilterProxyModel(self)
        self.rewards_proxy.setSourceModel(self.rewards_model)
        self.rewards_proxy.setSortRole(SortRole)
        self.months_model = PromiseMonthsModel(self)
        self.staff_model = PromiseStaffModel(self)
        self.designers_model = ConsistencyModel(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="followUpsSplitter")
        splitter.addWidget(self._rewards_section())
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._promises_section(), 3)
        column.addWidget(self._designers_section(), 2)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1000, 1000])  # half and half, whatever the size hints say
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setFocusProxy(self.rewards_view)

        session.changed.connect(self._on_changed)
        self._update_buttons()

    # Building -------------------------------------------------------------------------
    def _rewards_section(self) -> QGroupBox:
        self.rewards_box = QGroupBox(self.tr("&Rewards to tell"), objectName="rewardsBox")
        self.rewards_text = text_label(name="rewardsText")
        self.rewards_empty = text_label(self.tr("Nobody to tell right now."), "rewardsEmpty")
        self.rewards_view = _table(self.rewards_proxy, "rewardsTable",
                                   self.tr("Clients to tell about their reward"))
        # Unsorted until a header is clicked: the service's order, most visits first.
        self.rewards_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.rewards_view.setSortingEnabled(True)
        self.contact_button = QPushButton(self.tr("Co&ntact…"), objectName="contactButton")
        self.contact_button.setToolTip(self.tr("Call, text or e-mail the selected client"))
        self.open_button = QPushButton(self.tr("Open car&d"), objectName="openCardButton")
        self.open_button.setToolTip(self.tr("Show the selected client's card (Enter)"))
        self.settings_button = QPushButton(self.tr("Set a loyalty &rule…"),
                                           objectName="loyaltySettingsButton")
        self.settings_button.hide()
        buttons = QHBoxLayout()
        for button in (self.contact_button, self.open_button, self.settings_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.rewards_box)
        box.addWidget(self.rewards_text)
        box.addWidget(self.rewards_view, 1)
        box.addWidget(self.rewards_empty)
        box.addStretch(0)  # takes the room only when the table is hidden (loyalty off)
        box.addLayout(buttons)

        self.rewards_view.activated.connect(lambda _index: self.open_card())
        self.rewards_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.contact_button.clicked.connect(self.contact)
        self.open_button.clicked.connect(self.open_card)
        self.settings_button.clicked.connect(self.settingsRequested)
        return self.rewards_box

    def _promises_section(self) -> QGroupBox:
        group = QGroupBox(self.tr("Promises &kept on time"), objectName="promisesBox")
        self.promises_summary = text_label(name="promisesSummary")
        definition = text_label(self.tr(
            "A promise counts in the month it fell due; kept = done by its due time and not "
            "moved after it was late; cancelled promises don't count."), "promisesDefinition")
        self.months_view = _table(self.months_model, "promiseMonthsTable",
                                  self.tr("Promises kept on time, by month"))
        self.staff_view = _table(self.staff_model, "promiseStaffTable",
                                 self.tr("Promises kept on time, by staff member"))
        tables = QHBoxLayout()
        tables.addWidget(self.months_view, 3)
        tables.addWidget(self.staff_view, 2)
        box = QVBoxLayout(group)
        box.addWidget(self.promises_summary)
        box.addLayout(tables, 1)
        box.addWidget(definition)
        return group

    def _designers_section(self) -> QGroupBox:
        group = QGroupBox(self.tr("Same desi&gner"), objectName="designersBox")
        definition = text_label(self.tr(
            "Of the visits by clients currently assigned to a designer, the share that designer "
            "did (current assignment, not who it was at the time; archived clients left out)."),
            "designersDefinition")
        self.designers_empty = text_label(
            self.tr("No client with an assigned designer has a visit yet."), "designersEmpty")
        self.designers_view = _table(self.designers_model, "designersTable",
                                     self.tr("Clients seen by their own designer"))
        box = QVBoxLayout(group)
        box.addWidget(self.designers_view, 1)
        box.addWidget(self.designers_empty)
        box.addWidget(definition)
        return group

    # Data -----------------------------------------------------------------------------
    def refresh(self, sections: set[str] | None = None) -> None:
        """Work the figures out again (all sections, or just `sections`)."""
        sections = {REWARDS, PROMISES, DESIGNERS} if sections is None else sections
        if REWARDS in sections:
            self._refresh_rewards()
        if PROMISES in sections:
            self._refresh_promises()
        if DESIGNERS in sections:
            self._refresh_designers()
        self.stale -= sections

    def _refresh_rewards(self) -> None:
        book = self.session.book
        keep = self.selected()
        rule = self.rule = book.loyalty.rule()
        currency = book.setting("currency")
        off = rule.mode == LoyaltyMode.OFF
        rows = [] if off else book.loyalty.waiting()
        self.rewards_model.set_rows(rows, currency)
        self.rewards_view.setColumnHidden(RewardsModel.COL_SPENT, rule.mode != LoyaltyMode.SPEND)
        title = self.tr("&Rewards to tell")
        self.rewards_box.setTitle(title if off else f"{title} ({len(rows)})")
        self.rewards_text.setText(self._rule_text(rule, currency))
        for widget in (self.rewards_view, self.contact_button, self.open_button):
            widget.setVisible(not off)
        self.settings_button.setVisible(off)
        self.rewards_empty.setVisible(not off and not rows)
        if keep is not None:
            self.select(keep.client_id)
        self._update_buttons()

    def _rule_text(self, rule: LoyaltyRule, currency: str) -> str:
        if rule.mode == LoyaltyMode.OFF:
            return self.tr("Loyalty rewards are off, so there is nobody to tell. To reward "
                           "regular clients, choose a rule in Settings (Loyalty).")
        if rule.mode == LoyaltyMode.VISITS:
            every = self.tr("A reward every %1 visits.").replace("%1", str(rule.every_visits))
        else:
            every = self.tr("A reward for every %1 spent.").replace(
                "%1", money(rule.every_spend, currency))
        reward = rule.reward.strip().rstrip(".")
        earns = (self.tr("Their next visit earns: %1.").replace("%1", reward) if reward
                 else self.tr("Their next visit earns a reward."))
        return " ".join((every, earns, self.tr(
            "They have nothing booked yet — tell them; it is a good reason to come back.")))

    def _refresh_promises(self) -> None:
        book = self.session.book
        record = book.promises.record()
        self.months_model.set_record(record)
        self.staff_model.set_record(record, {s.id: s.name for s in book.staff.all()})
        total = record.total
        if total.due:
            self.promises_summary.setText(self.tr("Overall: %1 of %2 kept on time (%3).")
                                          .replace("%1", str(total.kept))
                                          .replace("%2", str(total.due))
                                          .replace("%3", self.months_model.percent(total.rate)))
        else:
            self.promises_summary.setText(self.tr("No promise has fallen due yet."))

    def _refresh_designers(self) -> None:
        self.designers_model.set_rows(by_designer(self.session.book))
        self.designers_empty.setVisible(self.designers_model.rowCount() == 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh(set(self.stale))

    def _on_changed(self, changes: Changes) -> None:
        affected = set()
        if changes.clients or changes.visits or changes.appointments or changes.rewards \
                or changes.settings:
            affected.add(REWARDS)
        if changes.promises or changes.staff:
            affected.add(PROMISES)
        if changes.clients or changes.visits or changes.staff:
            affected.add(DESIGNERS)
        self.stale |= affected
        if self.isVisible() and self.stale:
            self.refresh(set(self.stale))

    # Rewards actions ------------------------------------------------------------------
    def selected(self) -> RewardWaiting | None:
        index = self.rewards_view.currentIndex()
        if not index.isValid() or not self.rewards_view.selectionModel().isRowSelected(
                index.row(), QModelIndex()):
            return None
        return index.siblingAtColumn(0).data(ObjectRole)

    def select(self, client_id: int) -> bool:
        row = self.rewards_model.row_of(client_id)
        if row < 0:
            return False
        index = self.rewards_proxy.mapFromSource(self.rewards_model.index(row, 0))
        self.rewards_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.rewards_view.scrollTo(index)
        return True

    def contact(self) -> None:
        waiting = self.selected()
        if waiting is not None:
            self.contactRequested.emit(waiting.client_id)

    def open_card(self) -> None:
        waiting = self.selected()
        if waiting is not None:
            self.session.open_client.emit(waiting.client_id)

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.contact_button.setEnabled(chosen)
        self.open_button.setEnabled(chosen)

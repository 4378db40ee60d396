"""The Follow-ups page: rewards to tell, clients not seen for years, promises kept, no-shows,
same designer.

Everything here is a report over the whole book (up to 100k clients and a million visits), so
it is worked out only while the page is on screen: when it is shown, and on changes while it
is visible. Changes that arrive while it is hidden just mark the affected sections stale.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.care.loyalty import LoyaltyMode, LoyaltyRule
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.followups.loyalty import RewardWaiting
from clientbook.services.privacy.erasure import Unseen
from clientbook.ui import msgbox
from clientbook.ui.followups.followups_models import (
    ConsistencyModel,
    PromiseMonthsModel,
    PromiseStaffModel,
    RetentionModel,
    RewardsModel,
    chosen,
    figures_table,
    select_client,
    select_row,
    sorted_by_value,
)
from clientbook.ui.followups.no_shows import NoShowSection
from clientbook.ui.session import Session
from clientbook.ui.widgets.column_scroll import scrolling_column
from clientbook.ui.widgets.formats import full_date, money
from clientbook.ui.widgets.labels import text_label

REWARDS, RETENTION, PROMISES, DESIGNERS = "rewards", "retention", "promises", "designers"
NO_SHOWS = "no_shows"
SECTIONS = frozenset({REWARDS, RETENTION, PROMISES, DESIGNERS, NO_SHOWS})


class FollowUpsPage(QWidget):
    """`contactRequested(client_id)`: the user wants to contact the selected client.
    `settingsRequested()`: loyalty or retention is off and the user asked for Settings.
    `forgetRequested(client_id)`: forget a client not seen for years (the window asks first).
    Open card goes through `session.open_client`."""

    contactRequested = Signal(int)
    messageRequested = Signal(int, str)  # client id, occasion ("reward")
    settingsRequested = Signal()
    forgetRequested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("followUpsPage")
        self.session = session
        self.stale = set(SECTIONS)
        """Sections to work out again the next time the page is shown."""
        self.rule: LoyaltyRule | None = None

        self.rewards_model = RewardsModel(self)
        self.rewards_proxy = sorted_by_value(self.rewards_model)
        self.retention_model = RetentionModel(self)
        self.retention_proxy = sorted_by_value(self.retention_model)
        self.months_model = PromiseMonthsModel(self)
        self.staff_model = PromiseStaffModel(self)
        self.designers_model = ConsistencyModel(self)

        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="followUpsSplitter")
        left = QWidget()
        self.left_column = QVBoxLayout(left)
        self.left_column.setContentsMargins(0, 0, 0, 0)
        self.left_column.addWidget(self._rewards_section(), 1)
        self.no_shows = NoShowSection()
        self.left_column.addWidget(self.no_shows, 1)
        self.left_column.addWidget(self._retention_section(), 1)
        # On a short screen (1024×600) a column scrolls rather than squeezing its words.
        splitter.addWidget(scrolling_column(left, "followUpsLeft"))
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self._promises_section(), 3)
        column.addWidget(self._designers_section(), 2)
        splitter.addWidget(scrolling_column(right, "followUpsRight"))
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
        self.rewards_box = QGroupBox(self.tr("Re&wards to tell"), objectName="rewardsBox")
        self.rewards_text = text_label(name="rewardsText")
        self.rewards_empty = text_label(self.tr("Nobody to tell right now."), "rewardsEmpty")
        self.rewards_view = figures_table(self.rewards_proxy, "rewardsTable",
                                          self.tr("Clients to tell about their reward"))
        # Unsorted until a header is clicked: the service's order, most visits first.
        self.rewards_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.rewards_view.setSortingEnabled(True)
        self.contact_button = QPushButton(self.tr("Co&ntact…"), objectName="contactButton")
        self.contact_button.setToolTip(self.tr("Call, text or e-mail the selected client"))
        self.message_button = QPushButton(self.tr("Messa&ge…"), objectName="messageButton")
        self.message_button.setToolTip(self.tr("Tell the selected client about their reward"))
        self.open_button = QPushButton(self.tr("&Open card"), objectName="openCardButton")
        self.open_button.setToolTip(self.tr("Show the selected client's card (Enter)"))
        self.settings_button = QPushButton(self.tr("Set a loyalty &rule…"),
                                           objectName="loyaltySettingsButton")
        self.settings_button.hide()
        buttons = QHBoxLayout()
        for button in (self.contact_button, self.message_button, self.open_button,
                       self.settings_button):
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
        self.message_button.clicked.connect(self.message)
        self.open_button.clicked.connect(self.open_card)
        self.settings_button.clicked.connect(self.settingsRequested)
        return self.rewards_box

    def _retention_section(self) -> QGroupBox:
        self.retention_box = QGroupBox(objectName="retentionBox")
        self.retention_text = text_label(name="retentionText")
        self.retention_empty = text_label(
            self.tr("Everyone has been seen within the period."), "retentionEmpty")
        self.retention_view = figures_table(self.retention_proxy, "retentionTable",
                                            self.tr("Clients not seen for years"))
        self.retention_view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.retention_view.setSortingEnabled(True)  # unsorted: longest unseen first
        self.retention_open = QPushButton(self.tr("&Open card"), objectName="retentionOpenButton")
        self.retention_open.setToolTip(self.tr("Show the selected client's card (Enter)"))
        self.archive_button = QPushButton(self.tr("Arch&ive"), objectName="retentionArchiveButton")
        self.archive_button.setToolTip(self.tr(
            "Hide the selected client from lists and reminders; their history is kept"))
        self.forget_button = QPushButton(self.tr("For&get…"), objectName="retentionForgetButton")
        self.forget_button.setToolTip(self.tr(
            "Erase the selected client's personal data; anonymous visit figures stay"))
        self.retention_settings = QPushButton(self.tr("Choose a &period…"),
                                              objectName="retentionSettingsButton")
        self.retention_settings.setToolTip(self.tr(
            "Open Settings to flag clients not seen for some years"))
        buttons = QHBoxLayout()
        for button in (self.retention_open, self.archive_button, self.forget_button,
                       self.retention_settings):
            buttons.addWidget(button)
        buttons.addStretch(1)
        box = QVBoxLayout(self.retention_box)
        box.addWidget(self.retention_text)
        box.addWidget(self.retention_view, 1)
        box.addWidget(self.retention_empty)
        box.addLayout(buttons)

        self.retention_view.activated.connect(lambda _index: self.open_unseen())
        self.retention_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.retention_open.clicked.connect(self.open_unseen)
        self.archive_button.clicked.connect(self.archive_unseen)
        self.forget_button.clicked.connect(self.forget_unseen)
        self.retention_settings.clicked.connect(self.settingsRequested)
        return self.retention_box

    def _promises_section(self) -> QGroupBox:
        group = QGroupBox(self.tr("Promises &kept on time"), objectName="promisesBox")
        self.promises_summary = text_label(name="promisesSummary")
        definition = text_label(self.tr(
            "A promise counts in the month it fell due; kept = done by its due time and not "
            "moved after it was late; cancelled promises don't count."), "promisesDefinition")
        self.months_view = figures_table(self.months_model, "promiseMonthsTable",
                                         self.tr("Promises kept on time, by month"))
        self.staff_view = figures_table(self.staff_model, "promiseStaffTable",
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
        group = QGroupBox(self.tr("Sa&me designer"), objectName="designersBox")
        definition = text_label(self.tr(
            "Of the visits by clients currently assigned to a designer, the share that designer "
            "did (current assignment, not who it was at the time; archived clients left out)."),
            "designersDefinition")
        self.designers_empty = text_label(
            self.tr("No client with an assigned designer has a visit yet."), "designersEmpty")
        self.designers_view = figures_table(self.designers_model, "designersTable",
                                            self.tr("Clients seen by their own designer"))
        box = QVBoxLayout(group)
        box.addWidget(self.designers_view, 1)
        box.addWidget(self.designers_empty)
        box.addWidget(definition)
        return group

    # Data -----------------------------------------------------------------------------
    def refresh(self, sections: set[str] | None = None) -> None:
        """Work the figures out again (all sections, or just `sections`)."""
        sections = set(SECTIONS) if sections is None else sections
        if REWARDS in sections:
            self._refresh_rewards()
        if RETENTION in sections:
            self._refresh_retention()
        if PROMISES in sections:
            self._refresh_promises()
        if DESIGNERS in sections:
            self._refresh_designers()
        if NO_SHOWS in sections:
            self.no_shows.set_record(self.session.book.followups.no_shows())
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
        title = self.tr("Re&wards to tell")
        self.rewards_box.setTitle(title if off else f"{title} ({len(rows)})")
        self.rewards_text.setText(self._rule_text(rule, currency))
        for widget in (self.rewards_view, self.contact_button, self.message_button,
                       self.open_button):
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
            every = self.tr("A reward every %n visits.", "", rule.every_visits)
        else:
            every = fill(self.tr("A reward for every %1 spent."),
                         [money(rule.every_spend, currency)])
        reward = rule.reward.strip().rstrip(".")
        earns = (fill(self.tr("Their next visit earns: %1."), [reward]) if reward
                 else self.tr("Their next visit earns a reward."))
        return " ".join((every, earns, self.tr(
            "They have nothing booked yet — tell them; it is a good reason to come back.")))

    def _refresh_retention(self) -> None:
        keep, row = self.selected_unseen(), self.retention_view.currentIndex().row()
        report = self.session.book.privacy.not_seen()
        off, rows = report.years == 0, report.clients
        self.retention_model.set_rows(rows)
        self.retention_box.setTitle(self._retention_title(report.years, len(rows)))
        if off:
            self.retention_text.setText(self.tr(
                "Off — set a period in Settings (Privacy) to list clients not seen for years."))
        else:
            self.retention_text.setText(fill(self.tr(
                "No visit or appointment since %1 (one booked ahead counts). Nothing is "
                "deleted automatically."), [full_date(report.cutoff.date())]))
        for widget in (self.retention_view, self.retention_open, self.archive_button,
                       self.forget_button):
            widget.setVisible(not off)
        self.retention_settings.setVisible(off)
        self.retention_empty.setVisible(not off and not rows)
        # Off, the box shrinks to its line of text and the rewards take the room.
        self.left_column.setStretchFactor(self.retention_box, 0 if off else 1)
        self.retention_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum
                                         if off else QSizePolicy.Policy.Preferred)
        if keep is not None and not select_client(self.retention_view, keep.client_id):
            select_row(self.retention_view, min(row, len(rows) - 1))  # who took their place
        self._update_buttons()

    def _retention_title(self, years: int, count: int) -> str:
        if years == 0:
            return self.tr("Not seen for &years")
        title = self.tr("Not seen for %n &years", "", years)
        return f"{title} ({count})"

    def _refresh_promises(self) -> None:
        book = self.session.book
        record = book.promises.record()
        self.months_model.set_record(record)
        self.staff_model.set_record(record, {s.id: s.name for s in book.staff.all()})
        total = record.total
        if total.due:
            self.promises_summary.setText(fill(
                self.tr("Overall: %1 of %2 kept on time (%3)."),
                [total.kept, total.due, self.months_model.percent(total.rate)]))
        else:
            self.promises_summary.setText(self.tr("No promise has fallen due yet."))

    def _refresh_designers(self) -> None:
        self.designers_model.set_rows(self.session.book.followups.designer_share())
        self.designers_empty.setVisible(self.designers_model.rowCount() == 0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh(set(self.stale))

    def _on_changed(self, changes: Changes) -> None:
        affected = set()
        if changes.affects_rewards():
            affected.add(REWARDS)
        if changes.affects_promise_record():
            affected.add(PROMISES)
        if changes.affects_designer_share():
            affected.add(DESIGNERS)
        if changes.affects_long_unseen():
            affected.add(RETENTION)
        if changes.affects_no_show_record():
            affected.add(NO_SHOWS)
        self.stale |= affected
        if self.isVisible() and self.stale:
            self.refresh(set(self.stale))

    # Rewards actions ------------------------------------------------------------------
    def selected(self) -> RewardWaiting | None:
        return chosen(self.rewards_view)

    def select(self, client_id: int) -> bool:
        return select_client(self.rewards_view, client_id)

    def contact(self) -> None:
        waiting = self.selected()
        if waiting is not None:
            self.contactRequested.emit(waiting.client_id)

    def message(self) -> None:
        waiting = self.selected()
        if waiting is not None:
            self.messageRequested.emit(waiting.client_id, "reward")

    def open_card(self) -> None:
        waiting = self.selected()
        if waiting is not None:
            self.session.open_client.emit(waiting.client_id)

    # Not seen for years: actions ----------------------------------------------------------
    def selected_unseen(self) -> Unseen | None:
        return chosen(self.retention_view)

    def open_unseen(self) -> None:
        unseen = self.selected_unseen()
        if unseen is not None:
            self.session.open_client.emit(unseen.client_id)

    def archive_unseen(self) -> None:
        """Archive the selected client once the user says yes; the list then drops them."""
        unseen = self.selected_unseen()
        if unseen is None or not msgbox.ask(self, self.tr("Archive client"), fill(self.tr(
                "Archive %1? They disappear from lists and reminders; their history is kept. "
                "To bring them back, tick Include archived on the Clients page and edit them."
                ), [unseen.name])):
            return
        book = self.session.book
        self.session.run(self, self.tr("Archiving failed"),
                         lambda: book.clients.set_archived(unseen.client_id, True))

    def forget_unseen(self) -> None:
        unseen = self.selected_unseen()
        if unseen is not None:
            self.forgetRequested.emit(unseen.client_id)

    def _update_buttons(self, *_args) -> None:
        waiting = self.selected() is not None
        self.contact_button.setEnabled(waiting)
        self.message_button.setEnabled(waiting)
        self.open_button.setEnabled(waiting)
        unseen = self.selected_unseen() is not None
        for button in (self.retention_open, self.archive_button, self.forget_button):
            button.setEnabled(unseen)


"""The main window's pages that are built when first opened, and the cards they show.

A mixin of MainWindow: the window opens showing only Today; Calendar, Clients, Follow-ups,
Reports and Staff (and their modules) load the first time they are shown or asked for.
"""


from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.promises import promise_actions

if TYPE_CHECKING:
    from clientbook.ui.calendar.calendar_page import CalendarPage
    from clientbook.ui.clients.clients_page import ClientsPage
    from clientbook.ui.followups.followups_page import FollowUpsPage
    from clientbook.ui.history.client_tabs import ClientTabs
    from clientbook.ui.history.history_panel import HistoryPanel
    from clientbook.ui.reports.reports_page import ReportsPage
    from clientbook.ui.staff.staff_page import StaffPage


# The window's tabs, in order.
TODAY, CALENDAR, CLIENTS, FOLLOW_UPS, REPORTS, STAFF = range(6)


class WindowPages:
    # Dialogs, wizards and pages the first screen does not show are imported when first used
    # (the imports inside the methods below): the window opens without loading them.
    def _wire_card(self, card: BriefingCard) -> None:
        """What a briefing card's buttons do, on every page that shows one."""
        card.promiseDone.connect(self._complete_promise)
        card.promiseReschedule.connect(
            lambda pid: promise_actions.reschedule_promise(self, self.session, pid))
        card.promiseCancel.connect(
            lambda pid: promise_actions.cancel_promise(self, self.session, pid))
        card.rewardRedeemed.connect(self.redeem_reward)
        card.contactRequested.connect(self.contact_client)

    def _make_clients(self) -> QSplitter:
        """The Clients page: the list, and the card with the client's History beside it."""
        from clientbook.ui.clients.clients_page import ClientsPage
        from clientbook.ui.history.client_tabs import ClientTabs

        page, card = ClientsPage(self.session), BriefingCard()
        tabs = ClientTabs(self.session, card)
        split = QSplitter(Qt.Orientation.Horizontal, objectName="clientsSplitter")
        split.addWidget(page)
        split.addWidget(tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        state = self.settings.value("window/clientsSplitter")
        if state is not None:
            split.restoreState(state)
        self._clients_parts = page, card, tabs
        page.clientSelected.connect(self._show_client_card)
        page.clientActivated.connect(self._show_client_card)
        self._wire_card(card)
        self.messages.wire_card(card)
        return split

    @property
    def clients_split(self) -> QSplitter:
        return self._clients_tab.page()

    @property
    def clients(self) -> ClientsPage:
        self._clients_tab.page()
        return self._clients_parts[0]

    @property
    def client_card(self) -> BriefingCard:
        self._clients_tab.page()
        return self._clients_parts[1]

    @property
    def client_tabs(self) -> ClientTabs:
        self._clients_tab.page()
        return self._clients_parts[2]

    @property
    def history(self) -> HistoryPanel:
        return self.client_tabs.history

    def _make_calendar(self) -> CalendarPage:
        from clientbook.ui.calendar.calendar_page import CalendarPage

        page = CalendarPage(self.session)
        self._wire_card(page.card)
        self.messages.wire_card(page.card)
        page.selectionChanged.connect(self._update_actions)
        state = self.settings.value("window/calendarSplitter")
        if state is not None:
            page.splitter.restoreState(state)
        return page

    @property
    def calendar(self) -> CalendarPage:
        return self._calendar_tab.page()

    def _make_follow_ups(self) -> FollowUpsPage:
        from clientbook.ui.followups.followups_page import FollowUpsPage

        page = FollowUpsPage(self.session)
        page.contactRequested.connect(self.contact_client)
        page.settingsRequested.connect(self.open_settings)
        page.forgetRequested.connect(self.forget_client)
        self.messages.wire_follow_ups(page)
        return page

    def _make_reports(self) -> ReportsPage:
        from clientbook.ui.reports.reports_page import ReportsPage

        page = ReportsPage(self.session)
        page.contactRequested.connect(self.contact_client)
        page.promiseRequested.connect(self._add_promise_for)
        self.messages.wire_reports(page)
        return page

    def _make_staff(self) -> StaffPage:
        from clientbook.ui.staff.staff_page import StaffPage

        return StaffPage(self.session)

    @property
    def follow_ups(self) -> FollowUpsPage:
        return self._follow_ups_tab.page()

    @property
    def reports(self) -> ReportsPage:
        return self._reports_tab.page()

    @property
    def staff(self) -> StaffPage:
        return self._staff_tab.page()


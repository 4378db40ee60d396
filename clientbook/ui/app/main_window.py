"""The main window: pages, menus, toolbar and the actions that tie them to the session."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTabWidget, QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import AppointmentStatus
from clientbook.domain.words import fill
from clientbook.services.book import Book
from clientbook.services.changes import Changes
from clientbook.ui import msgbox
from clientbook.ui.app.main_menus import lay_out_menus, make_action
from clientbook.ui.app.reminders_wiring import Reminders
from clientbook.ui.app.single_instance import bring_to_front
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.clients.clients_page import ClientsPage
from clientbook.ui.history.client_tabs import ClientTabs
from clientbook.ui.messages.message_wiring import MessageWiring
from clientbook.ui.promises import promise_actions
from clientbook.ui.reminders.tray import close_to_tray
from clientbook.ui.session import Session
from clientbook.ui.today.today_page import TodayPage
from clientbook.ui.widgets.lazy_page import LazyPage

TODAY, CALENDAR, CLIENTS, FOLLOW_UPS, REPORTS, STAFF = range(6)

if TYPE_CHECKING:
    from clientbook.ui.calendar.calendar_page import CalendarPage
    from clientbook.ui.followups.followups_page import FollowUpsPage
    from clientbook.ui.reports.reports_page import ReportsPage
    from clientbook.ui.staff.staff_page import StaffPage


class MainWindow(QMainWindow):
    def __init__(self, book: Book, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("ClientBook"))
        self.settings = settings
        self.session = Session(book, self)
        self._clients_card_id: int | None = None  # whose card the Clients page shows
        self.reminders: Reminders | None = None  # set by install_reminders()
        self._quitting = False

        self.today = TodayPage(self.session)
        self.clients = ClientsPage(self.session)
        self.client_card = BriefingCard()
        self.client_tabs = ClientTabs(self.session, self.client_card)
        self.history = self.client_tabs.history
        self.clients_split = QSplitter(Qt.Orientation.Horizontal, objectName="clientsSplitter")
        self.clients_split.addWidget(self.clients)
        self.clients_split.addWidget(self.client_tabs)
        self.clients_split.setStretchFactor(0, 3)
        self.clients_split.setStretchFactor(1, 2)
        # Pages the first screen does not show are built when first opened.
        self._calendar_tab = LazyPage(self._make_calendar)
        self._follow_ups_tab = LazyPage(self._make_follow_ups)
        self._reports_tab = LazyPage(self._make_reports)
        self._staff_tab = LazyPage(self._make_staff)
        self.pages = QTabWidget(objectName="pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.today, self.tr("&Today"))
        self.pages.addTab(self._calendar_tab, self.tr("Calen&dar"))
        self.pages.addTab(self.clients_split, self.tr("&Clients"))
        self.pages.addTab(self._follow_ups_tab, self.tr("Follow-&ups"))
        self.pages.addTab(self._reports_tab, self.tr("Reports"))  # every letter is taken: Ctrl+5
        self.pages.addTab(self._staff_tab, self.tr("&Staff"))
        self.setCentralWidget(self.pages)

        self._build_actions()
        self.clients.clientSelected.connect(self._show_client_card)
        self.clients.clientActivated.connect(self._show_client_card)
        for card in (self.today.card, self.client_card):
            self._wire_card(card)
        self.today.selectionChanged.connect(self._update_actions)
        self.pages.currentChanged.connect(self._update_actions)
        self.session.changed.connect(self._on_changed)
        self.session.open_client.connect(self.open_client)
        self.session.undo_changed.connect(self._update_actions)
        self.messages = MessageWiring(self)
        self._restore_state()
        self._update_actions()
        self._show_client_count()

    # Pages built when first opened ----------------------------------------------------
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

    def _make_calendar(self) -> CalendarPage:
        from clientbook.ui.calendar.calendar_page import CalendarPage

        page = CalendarPage(self.session)
        self._wire_card(page.card)
        page.card.messageRequested.connect(lambda client_id: self.messages.message(client_id))
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

    # Actions ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        a = functools.partial(make_action, self)
        self.act_new = a(self.tr("&New client…"), QKeySequence.StandardKey.New, self.new_client,
                         "actNewClient", icon="new-client")
        self.act_edit = a(self.tr("&Edit client…"), "Ctrl+E", self.edit_client, "actEditClient")
        self.act_find = a(self.tr("&Find client"), QKeySequence.StandardKey.Find,
                          self.find_client, "actFind", icon="find")
        self.act_print = a(self.tr("&Print card…"), QKeySequence.StandardKey.Print,
                           self.print_card, "actPrint", icon="print")
        self.act_pdf = a(self.tr("Save card as P&DF…"), "Ctrl+Shift+P", self.save_pdf, "actPdf")
        self.act_archive = a(self.tr("&Archive client"), "Ctrl+Shift+Del", self.archive_client,
                             "actArchive")
        self.act_contact = a(self.tr("C&ontact client…"), "Ctrl+Shift+L",
                             lambda: self.contact_client(self.current_client_id()), "actContact",
                             tip=self.tr("See their contact wishes and log a call, text or e-mail"))
        self.act_forget = a(self.tr("&Forget client…"), None, self.forget_client, "actForget",
                            tip=self.tr("Erase this client's personal data (a request to be "
                                        "forgotten); anonymous visit figures stay"))
        self.act_redeem = a(self.tr("Reward &handed over"), "Ctrl+Shift+G",
                            lambda: self.redeem_reward(self.current_client_id()), "actRedeem",
                            tip=self.tr("Record that the client received the reward due today"))
        self.act_undo = a(self.tr("&Undo"), QKeySequence.StandardKey.Undo, self.undo, "actUndo")
        self.act_history = a(self.tr("Client &history"), "Ctrl+H", self.open_history, "actHistory",
                             tip=self.tr("Every visit, appointment, promise, contact, reward "
                                         "and change; correct a visit"))
        self.act_book = a(self.tr("&Book appointment…"), "Ctrl+B", self.book_appointment,
                          "actBook", icon="appointment")
        self.act_visit = a(self.tr("&Log visit…"), "Ctrl+L", self.log_visit, "actLogVisit",
                           icon="visit")
        self.act_promise = a(self.tr("Add &promise…"), "Ctrl+Shift+R", self.add_promise,
                             "actPromise", icon="promise")
        self.act_arrived = a(self.tr("Mark &arrived"), "Ctrl+Shift+A",
                             lambda: self.today.set_status(AppointmentStatus.ARRIVED), "actArrived")
        self.act_noshow = a(self.tr("Mark &no-show"), "Ctrl+Shift+N",
                            lambda: self.today.set_status(AppointmentStatus.NO_SHOW), "actNoShow")
        self.act_settings = a(self.tr("&Settings…"), "Ctrl+,",
                              self.open_settings, "actSettings")
        self.act_quit = a(self.tr("&Quit"), "Ctrl+Q", self.quit_app, "actQuit")
        self.act_import = a(self.tr("&Import contacts…"), "Ctrl+Shift+I",
                            self.import_contacts,
                            "actImport")
        self.act_undo_import = a(self.tr("Undo last i&mport…"), None,
                                 self.undo_import,
                                 "actUndoImport")
        self.act_import_calendar = a(self.tr("Import &calendar…"), None,
                                     self.import_calendar, "actImportCalendar")
        self.act_export_calendar = a(self.tr("E&xport calendar…"), None,
                                     self.export_calendar, "actExportCalendar")
        self.act_export = a(self.tr("&Export…"), "Ctrl+Shift+E",
                            self.export_records,
                            "actExport", tip=self.tr("Export clients, visits… to CSV"))
        self.act_export_client = a(
            self.tr("E&xport client…"), "Ctrl+Shift+X",
            self.export_client, "actExportClient",
            tip=self.tr("Export everything about this client to CSV files"))
        self.act_message = a(self.tr("&Message client…"), "Ctrl+Shift+M",
                             lambda: self.messages.message_current(), "actMessage",
                             tip=self.tr("Write to the client in their language: a reminder, "
                                         "birthday wishes, a reward, a follow-up"))
        self.act_tomorrow = a(self.tr("&Tomorrow's reminders…"), None,
                              lambda: self.messages.tomorrow(), "actTomorrow")
        self.act_about = a(self.tr("&About ClientBook"), None, self.about, "actAbout")
        self.act_about_qt = a(self.tr("About &Qt"), None, QApplication.aboutQt, "actAboutQt")
        self.act_backup = a(self.tr("&Back up now…"), None,
                            self.back_up_now, "actBackup",
                            tip=self.tr("Copy all of ClientBook's data to a folder you choose"))
        self.act_restore = a(self.tr("&Restore from backup…"), None,
                             self.restore_from_backup,
                             "actRestore")
        views = [a(self.tr("&Today"), "Ctrl+1", lambda: self.pages.setCurrentIndex(TODAY),
                   "actViewToday"),
                 a(self.tr("Calen&dar"), "Ctrl+2", lambda: self.pages.setCurrentIndex(CALENDAR),
                   "actViewCalendar"),
                 a(self.tr("&Clients"), "Ctrl+3", lambda: self.pages.setCurrentIndex(CLIENTS),
                   "actViewClients"),
                 a(self.tr("Follow-&ups"), "Ctrl+4",
                   lambda: self.pages.setCurrentIndex(FOLLOW_UPS), "actViewFollowUps"),
                 a(self.tr("&Reports"), "Ctrl+5", lambda: self.pages.setCurrentIndex(REPORTS),
                   "actViewReports"),
                 a(self.tr("&Staff"), "Ctrl+6", lambda: self.pages.setCurrentIndex(STAFF),
                   "actViewStaff")]
        lay_out_menus(self, views)

    def _update_actions(self) -> None:
        has_client = self.current_client_id() is not None
        on_today = self.pages.currentIndex() == TODAY and self.today.current_item() is not None
        for action in (self.act_edit, self.act_print, self.act_pdf, self.act_archive,
                       self.act_book, self.act_visit, self.act_promise, self.act_export_client,
                       self.act_contact, self.act_forget, self.act_message, self.act_history):
            action.setEnabled(has_client)
        self.act_redeem.setEnabled(self._reward_due())
        self.act_arrived.setEnabled(on_today)
        self.act_noshow.setEnabled(on_today)
        undo_text = self.session.undo_text()
        self.act_undo.setEnabled(undo_text is not None)
        self.act_undo.setText(undo_text or self.tr("&Undo"))

    # The current client ---------------------------------------------------------------
    def current_client_id(self) -> int | None:
        if self.pages.currentIndex() == TODAY:
            return self.today.current_client_id()
        if self.pages.currentIndex() == CLIENTS:
            return self._clients_card_id
        if self.pages.currentIndex() == CALENDAR:
            return self.calendar.current_client_id()
        return None

    def _show_client_card(self, client_id: int) -> None:
        self._clients_card_id = client_id
        book = self.session.book
        try:
            card = book.briefing(client_id)
        except ClientBookError:
            self._clients_card_id = None
            card = None
        self.client_card.show_briefing(card, book.setting("currency"))
        self.client_tabs.show_client(self._clients_card_id)
        self._update_actions()

    def open_history(self) -> None:
        """Client → Client history (Ctrl+H): the current client's History tab, focused."""
        client_id = self.current_client_id()
        if client_id is not None:
            self.pages.setCurrentIndex(CLIENTS)
            self._show_client_card(client_id)
            self.client_tabs.open_history(self.clients_split)

    def open_client(self, client_id: int) -> None:
        """Show a client's card on the Clients page (from the tray, a banner, a search)."""
        self.pages.setCurrentIndex(CLIENTS)
        self._show_client_card(client_id)

    def show_first_appointment(self) -> None:
        self.pages.setCurrentIndex(TODAY)
        if self.today.model.rowCount():
            self.today._select_row(0)

    def loaded(self) -> bool:
        return self.session.book.clients.any()

    # Commands -------------------------------------------------------------------------
    def new_client(self) -> None:
        from clientbook.ui.clients.client_dialog import ClientDialog

        client = ClientDialog.edit(self, self.session)
        if client is not None:
            self.open_client(client.id)

    def edit_client(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            from clientbook.ui.clients.client_dialog import ClientDialog

            ClientDialog.edit(self, self.session, self.session.book.clients.get(client_id))

    def find_client(self) -> None:
        self.pages.setCurrentIndex(CLIENTS)
        self.clients.focus_search()

    def print_card(self) -> None:
        from clientbook.ui.briefing import card_printer

        card_printer.print_client_card(self, self.session, self.current_client_id())

    def save_pdf(self) -> None:
        from clientbook.ui.briefing import card_printer

        card_printer.save_client_card(self, self.session, self.current_client_id())

    def archive_client(self) -> None:
        client_id = self.current_client_id()
        if client_id is None:
            return
        book = self.session.book
        name = book.clients.get(client_id).display_name
        question = fill(self.tr("Archive %1? They disappear from lists and reminders; their "
                                "history is kept and you can undo this."), [name])
        if not msgbox.ask(self, self.tr("Archive client"), question):
            return
        if self.session.run(self, self.tr("Archiving failed"),
                            lambda: book.clients.set_archived(client_id, True)) is not None:
            self.statusBar().showMessage(
                fill(self.tr("%1 archived. Undo with Ctrl+Z."), [name]), 10000)
        self._update_actions()

    def forget_client(self, client_id: int | None = None) -> None:
        """Forget `client_id` (from Follow-ups), or else the current client (Client menu)."""
        client_id = self.current_client_id() if client_id is None else client_id
        from clientbook.ui.clients import forget_dialog

        if client_id is not None and forget_dialog.forget_client(self, self.session, client_id):
            if self._clients_card_id == client_id:
                self._clients_card_id = None
                self.client_card.show_briefing(None)
            self._update_actions()

    def undo(self) -> None:
        self.session.undo(self, self.tr("Undo failed"))
        self._update_actions()

    def book_appointment(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            from clientbook.ui.visits.appointment_dialog import AppointmentDialog

            AppointmentDialog.schedule(self, self.session, client_id)

    def log_visit(self) -> None:
        client_id = self.current_client_id()
        if client_id is None:
            return
        item = self.today.current_item() if self.pages.currentIndex() == TODAY else None
        from clientbook.ui.visits.visit_dialog import VisitDialog

        VisitDialog.log(self, self.session, client_id, item.appointment if item else None)

    def add_promise(self) -> None:
        client_id = self.current_client_id()
        if client_id is not None:
            self._add_promise_for(client_id)

    def _add_promise_for(self, client_id: int) -> None:
        from clientbook.ui.promises.promise_dialog import PromiseDialog

        PromiseDialog.add(self, self.session, client_id)

    def import_contacts(self) -> None:
        from clientbook.ui.transfer import import_wizard

        import_wizard.import_contacts(self, self.session)

    def undo_import(self) -> None:
        from clientbook.ui.transfer import import_wizard

        import_wizard.undo_import(self, self.session)

    def import_calendar(self) -> None:
        from clientbook.ui.calendar_io import calendar_import_dialog

        calendar_import_dialog.import_calendar(self, self.session)

    def export_calendar(self) -> None:
        from clientbook.ui.calendar_io import calendar_export_run

        calendar_export_run.export_calendar(self, self.session)

    def export_records(self) -> None:
        from clientbook.ui.transfer import export_run

        export_run.export_records(self, self.session)

    def export_client(self) -> None:
        from clientbook.ui.transfer import export_run

        export_run.export_client(self, self.session, self.current_client_id())

    def back_up_now(self) -> None:
        from clientbook.ui.transfer import backup_dialog

        backup_dialog.back_up_now(self, self.session)

    def restore_from_backup(self) -> None:
        from clientbook.ui.transfer import backup_dialog

        backup_dialog.restore_from_backup(self, self.session)

    def _reward_due(self) -> bool:
        client_id = self.current_client_id()
        status = None if client_id is None else self.session.book.loyalty.status(client_id)
        return status is not None and status.due

    def redeem_reward(self, client_id: int | None) -> None:
        """One click: the reward due today was handed over (undo with Ctrl+Z)."""
        if client_id is None:
            return
        book = self.session.book
        name = book.clients.get(client_id).display_name
        given = []

        def redeem() -> Changes:
            reward, changes = book.loyalty.redeem(client_id)
            given.append(reward)
            return changes

        self.session.run(self, self.tr("Could not record the reward"), redeem)
        if given:
            self.statusBar().showMessage(
                fill(self.tr("Reward for %1 recorded. Undo with Ctrl+Z."), [name]), 10000)
        self._update_actions()

    def _complete_promise(self, promise_id: int) -> None:
        promise_actions.complete_promise(self, self.session, promise_id)

    def contact_client(self, client_id: int | None) -> None:
        """Check the client's wishes first, then log the call, text or e-mail (Ctrl+Z undoes)."""
        from clientbook.ui.clients.contact_dialog import ContactDialog

        if client_id is not None and ContactDialog.contact(self, self.session, client_id):
            self._update_actions()

    def open_settings(self) -> None:
        from clientbook.ui.settings.settings_dialog import SettingsDialog

        SettingsDialog.edit(self, self.session, self.settings)

    def about(self) -> None:
        from clientbook.ui.app.about_dialog import show_about

        show_about(self, self.session.book.path.parent)

    def _show_client_count(self) -> None:
        count = self.session.book.clients.count(include_archived=False)
        self.statusBar().showMessage(fill(self.tr("Clients in the book: %1"), [count]))

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_client_list():
            self._show_client_count()
        if self.pages.currentIndex() == CLIENTS and self._clients_card_id is not None and \
                changes.affects_briefing(self._clients_card_id):
            self._show_client_card(self._clients_card_id)
        self._update_actions()

    # Window state -----------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 760)
        for splitter, key in self._splitters():
            state = self.settings.value(f"window/{key}Splitter")
            if state is not None:
                splitter.restoreState(state)

    def install_reminders(self, tray_available: bool) -> Reminders:
        """Birthday and appointment reminders: the tray when there is one, always Today."""
        self.reminders = Reminders(self, tray_available)
        return self.reminders

    def show_birthdays(self) -> None:
        bring_to_front(self)
        self.pages.setCurrentIndex(TODAY)
        self.today.show_birthdays()

    def quit_app(self) -> None:
        """Quit for real (closing the window only hides it when a tray exists)."""
        self._quitting = True
        if self.close():
            QApplication.quit()

    def _splitters(self) -> list[tuple[QSplitter, str]]:
        return [(self.today.splitter, "today"), (self.today.left_splitter, "todayLeft"),
                (self.clients_split, "clients")] + (
                    [(self.calendar.splitter, "calendar")] if self._calendar_tab.is_built() else [])

    def closeEvent(self, event: QCloseEvent) -> None:
        tray = self.reminders is not None and self.reminders.tray_available
        if tray and not self._quitting and close_to_tray(
                event, True, self.settings, self.reminders.tray.show_close_hint):
            self.hide()
            return
        self.settings.setValue("window/geometry", self.saveGeometry())
        for splitter, key in self._splitters():
            self.settings.setValue(f"window/{key}Splitter", splitter.saveState())
        self.settings.sync()
        super().closeEvent(event)

"""The main window: pages, menus, toolbar and the actions that tie them to the session."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import AppointmentStatus
from clientbook.domain.words import fill
from clientbook.services.book import Book
from clientbook.services.changes import Changes
from clientbook.ui.app.connection_status import install_connection_status
from clientbook.ui.app.main_menus import lay_out_menus, make_action
from clientbook.ui.app.reminders_wiring import Reminders
from clientbook.ui.app.single_instance import bring_to_front
from clientbook.ui.app.window_commands import WindowCommands
from clientbook.ui.app.window_pages import (
    CALENDAR,
    CLIENTS,
    FOLLOW_UPS,
    REPORTS,
    STAFF,
    TODAY,
    WindowPages,
)
from clientbook.ui.app.window_shortcuts import WindowShortcuts
from clientbook.ui.feed.feed_status import install_feed
from clientbook.ui.messages.message_wiring import MessageWiring
from clientbook.ui.reminders.tray import close_to_tray
from clientbook.ui.session import Session
from clientbook.ui.today.today_page import TodayPage
from clientbook.ui.widgets.fit_screen import fit_size
from clientbook.ui.widgets.lazy_page import LazyPage, page_parent

if TYPE_CHECKING:
    pass


class MainWindow(WindowPages, WindowCommands, QMainWindow):
    def __init__(self, book: Book, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("ClientBook") if book.address is None else fill(
            self.tr("ClientBook — shared book %1"), [book.location]))
        self.settings = settings
        self.session = Session(book, self)
        self._clients_card_id: int | None = None  # whose card the Clients page shows
        self.reminders: Reminders | None = None  # set by install_reminders()
        self._quitting = False

        # The tabs go into the window before the Today page is built inside them: with the
        # application's style sheet, a widget moved into a new parent is styled again with
        # all it holds (built bottom-up, the page was styled once per level, ~0.15 s).
        self.pages = QTabWidget(self, objectName="pages")
        self.pages.setDocumentMode(True)
        self.setCentralWidget(self.pages)
        self.today = TodayPage(self.session, page_parent(self.pages))
        # Pages the first screen does not show are built when first opened.
        self._clients_tab = LazyPage(self._make_clients)
        self._calendar_tab = LazyPage(self._make_calendar)
        self._follow_ups_tab = LazyPage(self._make_follow_ups)
        self._reports_tab = LazyPage(self._make_reports)
        self._staff_tab = LazyPage(self._make_staff)
        self.pages.addTab(self.today, self.tr("&Today"))
        self.pages.addTab(self._calendar_tab, self.tr("Calen&dar"))
        self.pages.addTab(self._clients_tab, self.tr("&Clients"))
        self.pages.addTab(self._follow_ups_tab, self.tr("Follow-&ups"))
        self.pages.addTab(self._reports_tab, self.tr("&Reports"))
        self.pages.addTab(self._staff_tab, self.tr("&Staff"))

        self._build_actions()
        self._wire_card(self.today.card)
        self.today.selectionChanged.connect(self._update_actions)
        self.pages.currentChanged.connect(self._update_actions)
        self.session.changed.connect(self._on_changed)
        self.session.open_client.connect(self.open_client)
        self.session.undo_changed.connect(self._update_actions)
        self.messages = MessageWiring(self)
        self.damage_label = QLabel(self.tr("Damaged data: may be incomplete, nothing is saved"),
                                   objectName="damageWarning")
        self.damage_label.setToolTip(self.tr(
            "Damaged data: what you see may be incomplete, and no change is saved until a "
            "backup is restored (File → Restore from backup…) or the file is repaired."))
        self.damage_label.setStyleSheet("color: #b00020; font-weight: 600;")
        # Never the reason the window is wider than a small screen: the tooltip says it all.
        self.damage_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.statusBar().addPermanentWidget(self.damage_label)
        self.feed = install_feed(self, self.session)  # started by app.run; no feed: idle
        self.connection_status = install_connection_status(self, self.session)
        self._restore_state()
        self._update_actions()
        self._show_client_count()
        self.show_damage_state()

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
        self.act_import_calendar = a(self.tr("Import &calendar…"), None,
                                     self.import_calendar, "actImportCalendar")
        self.act_export_calendar = a(self.tr("E&xport calendar…"), None,
                                     self.export_calendar, "actExportCalendar")
        self.act_remove_sample = a(
            self.tr("Remove the sample &data…"), None, self.remove_sample_data,
            "actRemoveSample", tip=self.tr("Empty a book that holds only the sample clients"))
        self.act_about = a(self.tr("&About ClientBook"), None, self.about, "actAbout")
        self.act_about_qt = a(self.tr("About &Qt"), None, QApplication.aboutQt, "actAboutQt")
        self.act_backup = a(self.tr("&Back up now…"), None,
                            self.back_up_now, "actBackup",
                            tip=self.tr("Copy all of ClientBook's data to a folder you choose"))
        self.act_restore = a(self.tr("&Restore from backup…"), None,
                             self.restore_from_backup,
                             "actRestore")
        self.act_connect = a(self.tr("Connect to a s&hared book…"), None,
                             self.connect_shared_book, "actConnectShared",
                             tip=self.tr("Open a book kept on a PostgreSQL server, shared by "
                                         "several desks"))
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
        self._shortcuts = WindowShortcuts(self, [  # these win over a text box's own keys
            self.act_edit, self.act_print, self.act_pdf, self.act_archive, self.act_contact,
            self.act_redeem, self.act_book, self.act_visit, self.act_promise,
            self.act_export_client, self.act_message, self.act_history])

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

    def show_damage_state(self) -> None:
        """While damage found in the data file is not repaired, the status bar says so for
        as long as the window is open: what it shows may be incomplete, nothing is saved."""
        damaged = self.session.book.backups.damage_found() is not None
        self.damage_label.setVisible(damaged)

    def _show_client_count(self) -> None:
        count = self.session.book.clients.count(include_archived=False)
        self.statusBar().showMessage(fill(self.tr("Clients in the book: %1"), [count]))

    def _on_changed(self, changes: Changes) -> None:
        self.show_damage_state()
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
            self.resize(fit_size(QSize(1280, 760), self))  # a 1024×600 screen gets all of it
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
        """The splitters to keep between sessions (a page not yet built keeps its old state)."""
        found = [(self.today.splitter, "today"), (self.today.left_splitter, "todayLeft")]
        if self._clients_tab.is_built():
            found.append((self.clients_split, "clients"))
        if self._calendar_tab.is_built():
            found.append((self.calendar.splitter, "calendar"))
        return found

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

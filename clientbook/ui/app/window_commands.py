"""The main window's commands that open a dialog, a wizard or a file chooser.

A mixin of MainWindow. Each dialog's module is imported inside its command, so the window
opens without loading what nobody has asked for yet.
"""


from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.ui import msgbox
from clientbook.ui.promises import promise_actions

if TYPE_CHECKING:
    pass


from clientbook.ui.app.window_pages import CLIENTS, TODAY

# The words are the main window's (the mixin has no translation context of its own).
translate = QCoreApplication.translate


class WindowCommands:
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
        question = fill(translate(
            "MainWindow", "Archive %1? They disappear from lists and reminders; their history "
            "is kept and you can undo this."), [name])
        if not msgbox.ask(self, translate("MainWindow", "Archive client"), question):
            return
        if self.session.run(self, translate("MainWindow", "Archiving failed"),
                            lambda: book.clients.set_archived(client_id, True)) is not None:
            self.statusBar().showMessage(
                fill(translate("MainWindow", "%1 archived. Undo with Ctrl+Z."), [name]), 10000)
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
        self.session.undo(self, translate("MainWindow", "Undo failed"))
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

    def export_records(self) -> None:
        from clientbook.ui.transfer import export_run

        export_run.export_records(self, self.session)

    def export_client(self) -> None:
        from clientbook.ui.transfer import export_run

        export_run.export_client(self, self.session, self.current_client_id())

    def back_up_now(self) -> None:
        from clientbook.ui.transfer import backup_dialog

        backup_dialog.back_up_now(self, self.session)

    def import_calendar(self) -> None:
        from clientbook.ui.calendar_io import calendar_import_dialog

        calendar_import_dialog.import_calendar(self, self.session)

    def export_calendar(self) -> None:
        from clientbook.ui.calendar_io import calendar_export_run

        calendar_export_run.export_calendar(self, self.session)

    def remove_sample_data(self) -> None:
        from clientbook.ui.app import sample_data

        sample_data.remove_sample_data(self, self.session)

    def connect_shared_book(self) -> None:
        from clientbook.ui.transfer import shared_book_dialog

        book = self.session.book
        shared_book_dialog.connect_shared_book(self, book.path.parent, book.address)

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

        self.session.run(self, translate("MainWindow", "Could not record the reward"), redeem)
        if given:
            self.statusBar().showMessage(
                fill(translate("MainWindow", "Reward for %1 recorded. Undo with Ctrl+Z."),
                     [name]), 10000)
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


"""After the window opens: check the data file and make the day's backup, off the UI thread.

A quick check of a 300 MB file takes about a second and the backup as long again, so they
run in a worker with connections of their own; the answer comes back as a signal. A damaged
file is never used silently: the person is told and offered the newest good backup.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.safety import backups
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.session import Session
from clientbook.ui.transfer.backup_dialog import restore_file, when
from clientbook.ui.widgets.busy_cursor import busy


class _Worker(QRunnable):
    def __init__(self, checks: StartupChecks, now: datetime):
        super().__init__()
        self.checks, self.now = checks, now

    def run(self) -> None:
        book = self.checks.session.book
        self.checks.done.emit(backups.startup_checks(book.path.parent, self.now, book.address))


class StartupChecks(QObject):
    """`start()` runs the checks in the background; `done(report)` is handled on the UI
    thread by `handle`, which tests call directly."""

    done = Signal(object)  # backups.StartupReport
    handled = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.window = parent
        self.done.connect(self.handle)

    def start(self) -> None:
        QThreadPool.globalInstance().start(_Worker(self, self.session.now()))

    def handle(self, report: backups.StartupReport) -> None:
        if report.problem is not None and not (report.index_only and self._offer_repair(report)):
            self._offer_restore(report)
        elif report.backup_error is not None:
            msgbox.error(self.window, self.tr("Today's backup was not made"), fill(self.tr(
                "ClientBook could not make today's automatic backup:\n%1\n\nYour data is "
                "not affected. Use File → Back up now… to copy it somewhere else."
            ), [message_text(report.backup_error)]))
        self.handled.emit()

    def _offer_repair(self, report: backups.StartupReport) -> bool:
        """Only indexes damaged: offer REINDEX (nothing is lost). True when it mended it."""
        title = self.tr("ClientBook found damage in its data")
        if not msgbox.ask(self.window, title, fill(self.tr(
                "Only the indexes of the data file are damaged:\n%1\n\nRebuild them from the "
                "data now? Nothing is lost. Until then ClientBook saves no changes."
        ), [message_text(report.problem)])):
            return False
        try:
            with busy():
                result = self.session.book.backups.repair_indexes()
        except ClientBookError as exc:
            msgbox.error(self.window, title, error_text(exc))
            return False
        if not result.ok:
            return False
        self.session.changed.emit(Changes(
            clients=set(self.session.book.store.clients.all_ids()), staff=True, visits=True,
            appointments=True, promises=True, contacts=True, rewards=True))
        msgbox.info(self.window, self.tr("Data file repaired"), self.tr(
            "The indexes were rebuilt, and the data file checks out again."))
        return True

    def _offer_restore(self, report: backups.StartupReport) -> None:
        title = self.tr("ClientBook found damage in its data")
        if report.good_backup is None:
            msgbox.error(self.window, title, fill(self.tr(
                "%1\n\nThere is no good backup to go back to. Stop using ClientBook on this "
                "data and ask for help; a copy of the file is safest kept as it is."
            ), [message_text(report.problem)]))
            return
        made = when(report.good_backup.at)
        question = fill(self.tr(
            "ClientBook found damage in its data file:\n%1\n\nGo back to the newest good "
            "backup, from %2? Anything entered after it is lost; the damaged data is kept "
            "as a file."), [message_text(report.problem), made])
        if not restore_file(self.window, self.session, report.good_backup.path, question):
            msgbox.error(self.window, title, self.tr(
                "The damaged data is still open: what it shows may be incomplete, and "
                "ClientBook saves no changes until a backup is restored (File → Restore from "
                "backup…)."))

"""File → Import calendar…: choose an .ics file, see what it would do, then import it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session

translate = QCoreApplication.translate


class CalendarImportDialog(QDialog):
    """Preview first (a dry run that saves nothing), then Import, all or nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("calendarImportDialog")
        self.setWindowTitle(self.tr("Import calendar"))
        self.report = None
        self.busy = False  # reading a file: the bar advances by events read
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("calendarFile")
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Calendar file"))
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(choose)
        self.new_clients = QCheckBox(self.tr("&New client from this name for events no "
                                             "client matches"))
        self.new_clients.setObjectName("calendarNewClients")
        self.new_clients.toggled.connect(self.preview)
        self.counts = QLabel(self.tr("Choose an iCalendar (.ics) file from Google Calendar, "
                                     "Outlook, Apple Calendar or a booking system."))
        self.counts.setObjectName("calendarCounts")
        self.counts.setWordWrap(True)
        self.notes = QListWidget()
        self.notes.setObjectName("calendarNotes")
        self.notes.setAccessibleName(self.tr("Events not imported"))
        self.progress = QProgressBar()
        self.progress.setObjectName("calendarProgress")
        self.progress.setVisible(False)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(self.tr("&Import"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setObjectName("calendarImport")
        self.import_button.setEnabled(False)
        self.buttons.accepted.connect(self.run_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.new_clients)
        layout.addWidget(self.counts)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(560, 420)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import calendar"), "",
            self.tr("iCalendar files (*.ics *.ical);;All files (*)"))
        if path:
            self.set_file(Path(path))

    def set_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self.preview()

    def _import(self, dry_run: bool, progress=None):
        return self.session.book.calendars.import_file(
            Path(self.path_edit.text()), dry_run=dry_run,
            unmatched_new=self.new_clients.isChecked(), progress=progress)

    def _reading(self, dry_run: bool):
        """Import or preview with the progress bar advancing by events read; the choices
        stay still meanwhile (the bar lets the window repaint, and a click would start a
        second reading of the file)."""
        self.busy = True
        self.new_clients.setEnabled(False)
        self.import_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setVisible(True)
        try:
            return self._import(dry_run, self._progress)
        finally:
            self.busy = False
            self.new_clients.setEnabled(True)

    def preview(self) -> None:
        """What importing would do, without saving anything."""
        if not self.path_edit.text() or self.busy:
            return
        self.notes.clear()
        self.report = None
        try:
            report, _ = self._reading(dry_run=True)
        except (ClientBookError, OSError) as exc:
            self.counts.setText(error_text(exc))
            return
        finally:
            self.progress.setVisible(False)
        self.report = report
        self.counts.setText(fill(self.tr(
            "%1 new, %2 moved, %3 cancelled, %4 unchanged; %5 without a matching client, "
            "%6 left out, %7 with problems."),
            [report.count("new"), report.count("moved"), report.count("cancelled"),
             report.count("unchanged"), len(report.unmatched), len(report.skipped),
             len(report.problems)]))
        for line, why in report.problems:
            self.notes.addItem(fill(self.tr("Line %1: %2"), [line, why]))
        for note in report.unmatched:
            self.notes.addItem(fill(self.tr("Line %1: no client matches “%2”"),
                                    [note.line, note.summary]))
        for note in report.skipped:
            self.notes.addItem(fill(self.tr("Line %1: left out (%2): %3"),
                                    [note.line, note.reason, note.summary]))
        self.import_button.setEnabled(report.ok and bool(report.steps))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)
        QCoreApplication.processEvents()

    def run_import(self) -> None:
        if self.report is None or not self.report.ok or self.busy:
            return
        try:
            self.session.apply(lambda: self._reading(dry_run=False)[1])
        except (ClientBookError, OSError) as exc:
            self.counts.setText(error_text(exc))
            self.progress.setVisible(False)
            return
        self.accept()


def import_calendar(parent: QWidget | None, session: Session) -> None:
    CalendarImportDialog(session, parent).exec()

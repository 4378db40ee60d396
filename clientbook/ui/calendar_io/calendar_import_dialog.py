"""File → Import calendar…: choose an .ics file, see what it would do, then import it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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

_EVENT = Qt.ItemDataRole.UserRole  # an unmatched event's key: a client can be picked for it


def pick_client(parent: QWidget, session: Session, heading: str) -> int | None:
    """The client a person picks for an event (replaced in tests)."""
    from clientbook.ui.calendar.client_picker import ClientPicker

    picker = ClientPicker(session, heading, parent)
    picker.new_button.hide()  # new clients come from "New client from this name"
    picker.exec()
    return picker.chosen


class CalendarImportDialog(QDialog):
    """Preview first (a dry run that saves nothing), then Import, all or nothing."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("calendarImportDialog")
        self.setWindowTitle(self.tr("Import calendar"))
        self.report = None
        self.busy = False  # reading a file: the bar advances by events read
        self.chosen: dict[str, int] = {}  # event key → the client picked for it
        self.chosen_notes: dict[str, tuple[int, str, str]] = {}  # → (line, summary, name)
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("calendarFile")
        self.path_edit.setReadOnly(True)
        self.path_edit.setAccessibleName(self.tr("Calendar file"))
        choose = QPushButton(self.tr("&Choose file…"))
        choose.clicked.connect(self.choose_file)
        choose.setMinimumWidth(choose.sizeHint().width())  # the path gives way, not the words
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
        self.notes.currentItemChanged.connect(self._update_pick)
        self.notes.itemActivated.connect(lambda _item: self.pick())
        self.pick_button = QPushButton(self.tr("&Pick a client…"))
        self.pick_button.setObjectName("calendarPickClient")
        self.pick_button.setEnabled(False)
        self.pick_button.clicked.connect(self.pick)
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
        picking = QHBoxLayout()
        picking.addWidget(self.pick_button)
        picking.addStretch(1)
        layout.addLayout(picking)
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
        self.chosen.clear()  # picks belong to the events of the file they were made for
        self.chosen_notes.clear()
        self.preview()

    def _import(self, dry_run: bool, progress=None):
        return self.session.book.calendars.import_file(
            Path(self.path_edit.text()), dry_run=dry_run,
            unmatched_new=self.new_clients.isChecked(), progress=progress,
            chosen=dict(self.chosen))

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
            item = QListWidgetItem(fill(self.tr("Line %1: no client matches “%2”"),
                                        [note.line, note.summary]))
            item.setData(_EVENT, (note.event, note.line, note.summary))
            self.notes.addItem(item)
        for line, summary, name in self.chosen_notes.values():
            self.notes.addItem(fill(self.tr("Line %1: “%2” is booked for %3"),
                                    [line, summary, name]))
        for note in report.skipped:
            self.notes.addItem(fill(self.tr("Line %1: left out (%2): %3"),
                                    [note.line, note.reason, note.summary]))
        self.import_button.setEnabled(report.ok and bool(report.steps))

    def _update_pick(self) -> None:
        item = self.notes.currentItem()
        self.pick_button.setEnabled(item is not None and item.data(_EVENT) is not None
                                    and not self.busy)

    def pick(self) -> None:
        """Book the selected unmatched event for a client the person picks, then preview."""
        item = self.notes.currentItem()
        found = item.data(_EVENT) if item is not None else None
        if found is None or self.busy:
            return
        key, line, summary = found
        client_id = pick_client(self, self.session, fill(
            self.tr("Book “%1” for which client?"), [summary]))
        clients = self.session.book.clients
        if client_id is None or not clients.exists(client_id):
            return
        client = clients.get(client_id)
        self.chosen[key] = client.id
        self.chosen_notes[key] = (line, summary, client.display_name)
        self.preview()

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

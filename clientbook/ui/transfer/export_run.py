"""Running an export after the dialog: a progress bar, the outcome in the status bar.

The export runs on the window's thread, driven by a modal QProgressDialog: every few
thousand rows the service calls back, `QProgressDialog.setValue` repaints and processes
events (so the Cancel button works), and a Cancel makes the callback return False, which
stops the export with no file written. Why not a worker thread: the SQLite connection belongs
to the main thread (Python's sqlite3 refuses to share it), and a second connection would add
locking questions for no gain, since the modal dialog keeps the receptionist from editing
while the rows are read anyway. Rows stream to the file, so memory stays flat.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QProgressDialog, QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.exporting.csv_export import ExportCancelled
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.transfer.export_dialog import ExportDialog, kind_nouns

translate = QCoreApplication.translate

# The progress dialog appears only for exports that take longer than this.
SHOW_PROGRESS_AFTER_MS = 400


class ExportProgress(QProgressDialog):
    """A modal progress bar with Cancel; `update` is the service's progress callback."""

    def __init__(self, parent: QWidget | None, what: str):
        super().__init__(parent)
        self.setObjectName("exportProgress")
        self.setWindowTitle(translate("ExportDialog", "Exporting"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setCancelButtonText(translate("ExportDialog", "Cancel"))
        self.setMinimumWidth(420)
        self.what = what
        self.setLabelText(fill(translate("ExportDialog", "Exporting %1…"), [what]))

    def update(self, done: int, total: int) -> bool:
        if self.maximum() != total:
            self.setMaximum(max(total, 1))
        locale = QLocale()
        self.setLabelText(
            fill(self.tr("Exporting %1: %2 of %Ln rows", "", total),
                 [self.what, locale.toString(done)])
        )
        self.setValue(min(done, self.maximum()))  # repaints and handles Cancel (modal)
        return not self.wasCanceled()


def _announce(parent: QWidget | None, message: str) -> str:
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(message, 15000)
    return message


def run_export(
    parent: QWidget | None, session: Session, kind: str, path: Path, **options
) -> str | None:
    """Export `kind` to `path` behind a progress dialog; the outcome in one sentence."""
    progress = ExportProgress(parent, kind_nouns()[kind])
    try:
        count = session.book.exports.table(kind, path, progress=progress.update, **options)
    except ExportCancelled:
        return _announce(
            parent, translate("ExportDialog", "Export cancelled; no file was written.")
        )
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("ExportDialog", "Export failed"), error_text(exc))
        return None
    finally:
        progress.close()
        progress.deleteLater()
    return _announce(
        parent,
        fill(ExportDialog.tr("Exported %Ln rows to %1.", "", count), [path]),
    )


def export_records(parent: QWidget | None, session: Session) -> str | None:
    """File → Export…: ask, then export with a progress bar. None when nothing happened."""
    dialog = ExportDialog(session, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_export(parent, session, dialog.kind(), dialog.path(), **dialog.options())


def run_client_export(
    parent: QWidget | None, session: Session, client_id: int, folder: Path, **options
) -> str | None:
    try:
        paths = session.book.exports.client(client_id, folder, **options)
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("ExportDialog", "Export failed"), error_text(exc))
        return None
    return _announce(
        parent,
        fill(ExportDialog.tr("Exported %n files about the client to %1.", "", len(paths)),
             [folder]),
    )


def export_client(parent: QWidget | None, session: Session, client_id: int | None) -> str | None:
    """Client → Export client…: everything about one client into a chosen folder."""
    if client_id is None:
        return None
    dialog = ExportDialog(session, client_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return run_client_export(parent, session, client_id, dialog.path(), **dialog.options())

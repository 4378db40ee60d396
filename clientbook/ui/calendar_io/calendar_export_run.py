"""File → Export calendar…: every booking to an .ics file other calendars open."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMainWindow, QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session

translate = QCoreApplication.translate


def export_to(parent: QWidget | None, session: Session, path: Path) -> str | None:
    """Write the calendar to `path`; the outcome in one sentence (None after an error)."""
    try:
        count = session.book.calendars.export_file(path)
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("CalendarExport", "Export failed"), error_text(exc))
        return None
    text = fill(translate("CalendarExport", "Calendar exported to %1 (appointments: %2)."),
                [str(path), count])
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(text, 15000)
    return text


def export_calendar(parent: QWidget | None, session: Session) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("CalendarExport", "Export calendar"), "clientbook.ics",
        translate("CalendarExport", "iCalendar files (*.ics)"))
    if path:
        export_to(parent, session, Path(path))

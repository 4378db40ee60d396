"""The Reports page's "Export tables to CSV…" and "Save as PDF…": choosing where, writing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.reports.report_csv import write_report_tables
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.reports.reports_pdf import save_report_pdf

if TYPE_CHECKING:
    from clientbook.ui.reports.reports_page import ReportsPage


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("ReportsPage", text, disambiguation, n)


def choose_folder(parent: QWidget, start: str) -> str:
    """Ask for the folder the CSV tables go into; tests replace this."""
    return QFileDialog.getExistingDirectory(parent, _tr("Export tables into folder"), start)


def choose_pdf_path(parent: QWidget, start: str) -> str:
    """Ask where to save the PDF; tests replace this."""
    path, _ = QFileDialog.getSaveFileName(parent, _tr("Save report as PDF"), start,
                                          _tr("PDF files (*.pdf)"))
    return path


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def _stamp(page: ReportsPage) -> str:
    return page.session.now().date().isoformat()


def export_tables(page: ReportsPage) -> list[Path]:
    """Ask for a folder and write every table there; the files written."""
    if page.report is None:
        page.refresh()
    if page.report is None:
        return []
    folder = choose_folder(page, str(_documents()))
    if not folder:
        return []
    try:
        written = write_report_tables(page.report, Path(folder), _stamp(page))
    except OSError as exc:
        msgbox.error(page, _tr("Export failed"), str(exc))
        return []
    msgbox.info(page, _tr("Tables exported"), fill(_tr(
        "%n tables written to %1.", "", len(written)), [folder]))
    return written


def save_pdf(page: ReportsPage) -> Path | None:
    """Ask where, then save the figures, charts and tables as a PDF; the path."""
    if page.report is None:
        page.refresh()
    if page.report is None:
        return None
    start = _documents() / f"report-{_stamp(page)}.pdf"
    chosen_path = choose_pdf_path(page, str(start))
    if not chosen_path:
        return None
    path = Path(chosen_path)
    if path.suffix.lower() != ".pdf":
        path = path.with_suffix(path.suffix + ".pdf")
    try:
        save_report_pdf(path, page.report, page.session.book.setting("currency"),
                        _subtitle(page), page.charts(), _tables(page),
                        page.session.now().date())
    except (OSError, ClientBookError) as exc:
        msgbox.error(page, _tr("Saving the PDF failed"), error_text(exc))
        return None
    return path


def _tables(page: ReportsPage) -> list:
    """(title, note, model) of each table, for the PDF: what the tabs show."""
    translate = QCoreApplication.translate
    return [(translate("ReportsPage", "Win back"), page.win_back_text.text(),
             page.win_back_proxy),
            (translate("ReportsPage", "Per period"), page.periods_text.text(),
             page.periods_model),
            (translate("ReportsPage", "Per designer"), page.designers_text.text(),
             page.designers_model)]


def _subtitle(page: ReportsPage) -> str:
    """What the report covers, in words: "12 months · All designers" (· the branch, on a
    book shared by branches)."""
    parts = [page.words.span(page.kind(), page.count_spin.value()),
             page.designer_combo.currentText()]
    if not page.branch_row.isHidden():
        parts.append(page.branch_combo.currentText())
    return " · ".join(parts)

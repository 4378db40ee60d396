"""The day sheet: a day's bookings (everyone's, or one designer's) with the briefing
highlights, printed on A4 or saved as a PDF — the paper list front desks pin up."""

from __future__ import annotations

import html
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.clients.agenda import Badge
from clientbook.ui import msgbox
from clientbook.ui.briefing.card_printer import CardDocument, print_document
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import day_month, full_date

translate = QCoreApplication.translate
MARGIN_MM = 12.0
_STYLE = """
h1 { font-size: 14pt; margin: 0; }
h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 2px; }
td { padding: 2px 6px; vertical-align: top; }
.when { white-space: nowrap; font-weight: bold; }
.sub { color: #52606d; }
.warn { color: #9a3412; font-weight: 600; }
.gone { color: #8a929c; text-decoration: line-through; }
"""


def sheet_html(session: Session, day: date, staff_id: int | None = None) -> str:
    book = session.book
    plan = book.day_plans.day(day, staff_id)
    e = html.escape
    out = [f"<html><head><style>{_STYLE}</style></head><body>",
           f"<h1>{e(day_month(day))} {day.year}</h1>"]
    nobody = translate("DaySheet", "No one")
    for column in plan.columns:
        items = [i for i in plan.items if i.appointment.staff_id == column.staff_id]
        out.append(f"<h2>{e(column.name or nobody)}</h2>")
        if not items:
            out.append(f"<p class='sub'>{e(translate('DaySheet', 'No bookings.'))}</p>")
            continue
        out.append("<table width='100%' cellspacing='0'>")
        for item in items:
            out.append(_row(session, item))
        out.append("</table>")
    printed = fill(translate("DaySheet", "Printed %1"), [full_date(session.now().date())])
    out.append(f"<p class='sub'>{e(printed)}</p></body></html>")
    return "\n".join(out)


def _row(session: Session, item) -> str:
    e = html.escape
    a = item.appointment
    end = a.starts_at + timedelta(minutes=a.duration_min)
    gone = str(a.status) in ("cancelled", "no_show")
    notes: list[tuple[str, bool]] = []  # (text, a warning)
    try:
        card = session.book.briefing(a.client_id)
    except ClientBookError:
        card = None
    if card is not None and card.have_ready:
        notes.append((fill(translate("DaySheet", "Have ready: %1"),
                           [", ".join(p.text() for p in card.have_ready)]), False))
    if item.cautions:
        notes.append((fill(translate("DaySheet", "Avoid: %1"), [", ".join(item.cautions)]),
                      True))
    if Badge.BIRTHDAY_TODAY in item.badges:
        notes.append((translate("DaySheet", "Birthday today"), False))
    if Badge.REWARD_DUE in item.badges:
        notes.append((translate("DaySheet", "Reward due"), False))
    shown = [f"<span class='warn'>{e(text)}</span>" if warn else e(text) for text, warn in notes]
    who = e(item.client_name) + (f"<br><span class='sub'>{e(a.service)}</span>"
                                 if a.service else "")
    css = " class='gone'" if gone else ""
    return (f"<tr{css}><td class='when'>{a.starts_at:%H:%M}–{end:%H:%M}</td>"
            f"<td>{who}</td><td>{'<br>'.join(shown)}</td></tr>")


def sheet_document(session: Session, day: date, staff_id: int | None = None) -> QTextDocument:
    doc = CardDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(9.5)
    doc.setDefaultFont(font)
    doc.setHtml(sheet_html(session, day, staff_id))
    return doc


def _prepare(device) -> None:
    device.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    device.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)


def save_sheet_pdf(session: Session, day: date, path: Path, staff_id: int | None = None
                   ) -> Path:
    writer = QPdfWriter(str(path))
    _prepare(writer)
    writer.setCreator("ClientBook")
    print_document(sheet_document(session, day, staff_id), writer)
    return path


def print_day_sheet(parent: QWidget, session: Session, day: date,
                    staff_id: int | None = None) -> None:
    """Ask for a printer (its dialog offers "Print to PDF" too), or a file when Save is
    chosen; failures are a message."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    _prepare(printer)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("DaySheet", "Print the day sheet"))
    try:
        if dialog.exec() == QDialog.DialogCode.Accepted:
            print_document(sheet_document(session, day, staff_id), printer)
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("DaySheet", "Printing failed"), error_text(exc))


def save_day_sheet(parent: QWidget, session: Session, day: date,
                   staff_id: int | None = None) -> None:
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("DaySheet", "Save the day sheet as PDF"), f"day-{day.isoformat()}.pdf",
        translate("DaySheet", "PDF files (*.pdf)"))
    if not path:
        return
    try:
        save_sheet_pdf(session, day, Path(path), staff_id)
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("DaySheet", "Saving the day sheet failed"),
                     error_text(exc))

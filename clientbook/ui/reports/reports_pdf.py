"""The Reports page as an A4 PDF: figures with definitions, the charts (vector), the tables.

Every text that may come from the book (period labels, designer and client names, contact
notes) is HTML-escaped, and the document is a `CardDocument`, which never fetches a resource.
The charts are drawn by their own `render`, so paper shows what the screen shows.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter

from clientbook.domain.words import fill
from clientbook.services.reports.reports import Report
from clientbook.ui.briefing.card_printer import CardDocument
from clientbook.ui.reports.charts import Chart
from clientbook.ui.reports.report_words import ReportWords
from clientbook.ui.widgets.formats import full_date

MARGIN_MM = 12.0
# Painter units per inch: the screen's, so the charts' pens and gaps look the same on paper.
DPI = 96
CHART_HEIGHT = 230

_STYLE = """
h1 { font-size: 15pt; font-weight: bold; margin: 0; }
h2 { font-size: 11pt; font-weight: bold; margin-top: 12px; margin-bottom: 4px; }
p { margin: 0; }
.sub { color: #52606d; }
.value { font-size: 12pt; font-weight: bold; }
.name { font-weight: bold; }
.def { color: #52606d; font-size: 7.5pt; }
th { background-color: #e4e7eb; text-align: left; font-size: 7.5pt; }
td { font-size: 7.5pt; }
"""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPdf", text)


def _document(body: str, width: float) -> CardDocument:
    doc = CardDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(8.5)
    doc.setDefaultFont(font)
    doc.setHtml(f"<html><head><style>{_STYLE}</style></head><body>{body}</body></html>")
    doc.setTextWidth(width)
    return doc


def figures_html(report: Report, currency: str, subtitle: str, today: str) -> str:
    e, w = html.escape, ReportWords()
    names, values = w.figure_names(), w.figure_values(report, currency)
    meaning = w.definitions(report)
    out = [f"<h1>{e(_tr('Retention report'))}</h1>",
           f'<p class="sub">{e(subtitle)} · {e(today)}</p>']
    latest = report.periods[-1].period.label if report.periods else "—"
    for heading, keys in ((fill(_tr("Latest period: %1"), [latest]), w.PERIOD_FIGURES),
                          (_tr("Loyal clients and repeat business"), w.LOYAL_FIGURES)):
        out.append(f"<h2>{e(heading)}</h2>")
        out.append('<table width="100%" cellpadding="3" cellspacing="0">')
        for key in keys:
            out.append(
                f'<tr><td width="22%" class="value">{e(values.get(key, "—"))}</td>'
                f'<td><p class="name">{e(names[key])}</p>'
                f'<p class="def">{e(meaning[key])}</p></td></tr>')
        out.append("</table>")
    return "\n".join(out)


def tables_html(tables: Sequence[tuple[str, str, QAbstractItemModel]]) -> str:
    """Each (title, note, model) as the page shows it: its headers, then its rows of text."""
    e = html.escape
    out = []
    for title, note, model in tables:
        columns = model.columnCount()
        out.append(f"<h2>{e(title)}</h2>")
        out.append('<table width="100%" border="1" cellpadding="2" cellspacing="0" '
                   'style="border-collapse: collapse; border-color: #cbd2d9;">')
        heads = (model.headerData(c, Qt.Orientation.Horizontal) or "" for c in range(columns))
        out.append("<tr>" + "".join(f"<th>{e(h)}</th>" for h in heads) + "</tr>")
        for r in range(model.rowCount()):
            cells = []
            for c in range(columns):
                index = model.index(r, c)
                text = e(str(index.data() or ""))
                right = index.data(Qt.ItemDataRole.TextAlignmentRole)
                cells.append(f'<td align="right">{text}</td>' if right else f"<td>{text}</td>")
            out.append(f"<tr>{''.join(cells)}</tr>")
        if not model.rowCount():
            out.append(f'<tr><td colspan="{columns}">{e(_tr("Nothing to show."))}</td></tr>')
        out.append("</table>")
        if note:
            out.append(f'<p class="def">{"<br/>".join(e(n) for n in note.splitlines())}</p>')
    return "\n".join(out)


def save_report_pdf(path: Path, report: Report, currency: str, subtitle: str,
                    charts: Sequence[Chart],
                    tables: Sequence[tuple[str, str, QAbstractItemModel]],
                    today: date | None = None) -> Path:
    """Write the report to `path` (A4 portrait); returns the path."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                          QPageLayout.Unit.Millimeter)
    writer.setResolution(DPI)
    writer.setTitle(_tr("Retention report"))
    writer.setCreator("ClientBook")
    page = QRectF(writer.pageLayout().paintRectPixels(DPI))
    width, height = page.width(), page.height()
    painter = QPainter(writer)
    try:
        day = full_date(today) if today is not None else ""
        head = _document(figures_html(report, currency, subtitle, day), width)
        head.drawContents(painter)
        y = head.size().height() + 12
        pairs = [list(charts[:2]), list(charts[2:])]
        for row in pairs:
            if not row:
                continue
            if y + CHART_HEIGHT > height:
                writer.newPage()
                y = 0.0
            slot = width / len(row)
            for n, chart in enumerate(row):
                chart.render(painter, QRectF(slot * n, y, slot - 8, CHART_HEIGHT))
            y += CHART_HEIGHT + 8
        tables_doc = _document(tables_html(tables), width)
        tables_doc.setPageSize(QSizeF(width, height))
        pages = tables_doc.pageCount()
        for n in range(pages):
            writer.newPage()
            painter.save()
            painter.translate(0, -n * height)
            tables_doc.drawContents(painter, QRectF(0, n * height, width, height))
            painter.restore()
    finally:
        painter.end()
    return path

"""The briefing card on paper (A6/A5) or as a PDF: the only module that imports QtPrintSupport."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from clientbook.domain.care.briefing import Briefing
from clientbook.domain.errors import ClientBookError
from clientbook.services.exporting.csv_export import safe_file_name
from clientbook.ui import msgbox
from clientbook.ui.briefing.briefing_words import BriefingWords
from clientbook.ui.error_text import error_text
from clientbook.ui.widgets.formats import capitals, full_date

translate = QCoreApplication.translate

# Paper sizes a card may be printed on.
PAGE_SIZES = {"A6": QPageSize.PageSizeId.A6, "A5": QPageSize.PageSizeId.A5}
# Text grows with the paper: the same card, easier to read on A5.
TEXT_SCALE = {"A6": 1.0, "A5": 1.3}
MARGIN_MM = 7.0

_STYLE = """
h1 { font-size: 13pt; font-weight: bold; margin: 0; }
p { margin: 0; }
.sub { color: #52606d; }
.head { color: #6b7280; font-size: 6.5pt; font-weight: 700; margin-top: 7px; }
.tag { color: #6b7280; }
.quote { color: #52606d; font-style: italic; }
.warn { color: #9a3412; font-weight: 600; }
.overdue { color: #b91c1c; font-weight: 700; }
.foot { color: #9aa5b1; font-size: 6pt; margin-top: 8px; }
"""


class CardDocument(QTextDocument):
    """A text document that never fetches anything: no file, no network, no share.

    The card's HTML escapes every user text, so no `<img>` should reach here; this is the
    second lock. Every image it does not hold is one blank pixel: an empty answer would make
    Qt's image handler open the file itself. Resources added with `addResource` still work
    (QTextDocument looks there before asking `loadResource`).
    """

    def loadResource(self, type: int, name: QUrl) -> object:
        if type == QTextDocument.ResourceType.ImageResource.value:
            blank = QImage(1, 1, QImage.Format.Format_ARGB32)
            blank.fill(Qt.GlobalColor.transparent)
            return blank
        return None


def card_html(briefing: Briefing, currency: str = "EUR", scale: float = 1.0) -> str:
    """The printed card as self-contained HTML: every user text escaped, nothing external."""
    b, w, e = briefing, BriefingWords(), html.escape
    heads = w.headings()
    c = b.client
    style = re.sub(r"([\d.]+)pt", lambda m: f"{float(m[1]) * scale:g}pt", _STYLE)
    out = [f"<html><head><style>{style}</style></head><body>", f"<h1>{e(c.display_name)}</h1>"]
    sub = ([w.greet(c)] if c.address_as else []) + list(c.phones)
    if sub:
        out.append(f'<p class="sub">{" · ".join(e(s) for s in sub)}</p>')
    if birthday := w.birthday(b):
        out.append(
            '<table width="100%" cellpadding="4" cellspacing="0" style="margin-top: 6px;'
            f' background-color: #fff3c4;"><tr><td><b>{e(birthday)}</b></td></tr></table>'
        )
    if reward := w.reward(b, currency):
        out.append(
            '<table width="100%" cellpadding="4" cellspacing="0" style="margin-top: 6px;'
            f' background-color: #e7f6ec;"><tr><td><b>★ {e(reward)}</b></td></tr></table>'
        )

    def head(key: str) -> None:
        out.append(f'<p class="head">{e(capitals(heads[key]))}</p>')

    if b.have_ready:
        head("ready")
        for p in b.have_ready:
            detail = f" — {e(p.detail)}" if p.detail else ""
            out.append(
                f'<p><span class="tag">{e(w.category(p.category))}:</span> '
                f"<b>{e(p.value)}</b>{detail}</p>"
            )
    if b.cautions:
        consent = (
            f'<p class="tag"><i>{e(w.health_consent_missing())}</i></p>'
            if b.health_consent_missing
            else ""
        )
        rows = "".join(
            f'<p class="warn">⚠ {e(p.value)}'
            + (f' <span style="font-weight: 400;">— {e(p.detail)}</span>' if p.detail else "")
            + "</p>"
            for p in b.cautions
        )
        out.append(
            '<table width="100%" cellpadding="4" cellspacing="0" border="1" '
            'style="margin-top: 7px; border-color: #d9480f; border-collapse: collapse;">'
            '<tr><td bgcolor="#fff3ec"><p class="head" style="color: #c2410c; '
            f'margin-top: 0;">{e(capitals(heads["avoid"]))}</p>{rows}{consent}</td></tr>'
            "</table>"
        )
    head("designer")
    out.append(f"<p><b>{e(w.designer(b))}</b></p>")
    if warning := w.designer_warning(b):
        out.append(f'<p class="warn">{e(warning)}</p>')
    head("visits")
    if b.last_visits:
        last = b.last_visits[0]
        out.append(
            f"<p><b>{e(w.visit(last, b, currency))}</b> "
            f'<span class="tag">({e(w.visit_count(b.visit_count))})</span></p>'
        )
        if last.notes:
            out.append(f'<p class="quote">{e(last.notes)}</p>')
    else:
        out.append(f"<p>{e(w.visit_count(b.visit_count))}</p>")
    if nxt := w.next_appointment(b):
        out.append(f'<p class="sub">{e(nxt)}</p>')
    if b.open_promises:
        head("promises")
        for p in b.open_promises:
            flag = (
                f'<span class="overdue">{e(capitals(w.overdue()))}</span> '
                if p.id in b.overdue_promise_ids
                else ""
            )
            out.append(
                f'<p>☐ {flag}{e(p.text)} <span class="tag">({e(w.promise_due(p, b))})</span></p>'
            )
    if b.other_likes:
        head("likes")
        out.append(f"<p>{' · '.join(e(p.text()) for p in b.other_likes)}</p>")
    if c.notes.strip():
        head("notes")
        text = "<br/>".join(e(line) for line in c.notes.strip().splitlines())
        out.append(f"<p>{text}</p>")
    printed = translate("CardPrinter", "Printed {date}").format(date=full_date(b.today))
    out.append(f'<p class="foot">{e(printed)}</p></body></html>')
    return "\n".join(out)


def card_document(
    briefing: Briefing, currency: str = "EUR", page_size: str = "A6"
) -> QTextDocument:
    scale = TEXT_SCALE.get(page_size.upper(), 1.0)
    doc = CardDocument()
    doc.setDocumentMargin(0)
    font = QFont()
    font.setPointSizeF(8.5 * scale)
    doc.setDefaultFont(font)
    doc.setHtml(card_html(briefing, currency, scale))
    return doc


def print_document(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Lay the card out for the device's printable area, then print it.

    Laid out here (not left to QTextDocument.print) because an unpaginated document gets
    an extra 2 cm margin and page numbers, which spills an A6 card over three pages.
    """
    doc.documentLayout().setPaintDevice(device)
    area = device.pageLayout().paintRectPixels(device.resolution())
    doc.setPageSize(QSizeF(area.size()))
    doc.print_(device)


def _page_size(name: str) -> QPageSize:
    try:
        return QPageSize(PAGE_SIZES[name.upper()])
    except KeyError:
        raise ValueError(f"Cards print on {' or '.join(PAGE_SIZES)}, not {name!r}.") from None


def save_card_pdf(
    briefing: Briefing, path: Path, page_size: str = "A6", currency: str = "EUR"
) -> Path:
    """Write the card as a PDF of the given paper size; returns the path."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(_page_size(page_size))
    writer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    writer.setTitle(briefing.client.display_name)
    writer.setCreator("ClientBook")
    print_document(card_document(briefing, currency, page_size), writer)
    return path


def make_print_dialog(
    parent: QWidget | None, page_size: str = "A6"
) -> tuple[QPrintDialog, QPrinter]:
    """A print dialog preset for a card; keep the printer alive as long as the dialog."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(_page_size(page_size))
    printer.setPageMargins(
        QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Unit.Millimeter
    )
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("CardPrinter", "Print briefing card"))
    return dialog, printer


def print_card(parent: QWidget | None, briefing: Briefing, currency: str = "EUR") -> bool:
    """Ask where to print, then print; False when the receptionist cancels."""
    dialog, printer = make_print_dialog(parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    printer.setDocName(briefing.client.display_name)
    print_document(card_document(briefing, currency), printer)
    return True


def _client_briefing(session, client_id: int | None) -> Briefing | None:
    return None if client_id is None else session.book.briefing(client_id)


def print_client_card(parent: QWidget, session, client_id: int | None) -> None:
    """File → Print card for the client on screen; a failure is a message."""
    briefing = _client_briefing(session, client_id)
    if briefing is None:
        return
    try:
        print_card(parent, briefing, session.book.setting("currency"))
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("CardPrinter", "Printing failed"), error_text(exc))


def save_client_card(parent: QWidget, session, client_id: int | None) -> None:
    """Save the card of the client on screen as a PDF, named after them (safely)."""
    briefing = _client_briefing(session, client_id)
    if briefing is None:
        return
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("CardPrinter", "Save card as PDF"),
        f"{safe_file_name(briefing.client.display_name)}.pdf",
        translate("CardPrinter", "PDF files (*.pdf)"),
    )
    if not path:
        return
    try:
        save_card_pdf(briefing, Path(path), currency=session.book.setting("currency"))
    except (ClientBookError, OSError) as exc:
        msgbox.error(parent, translate("CardPrinter", "Saving the card failed"), error_text(exc))

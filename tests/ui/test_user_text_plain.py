"""User text is never rendered as HTML: not in labels, tooltips, titles or the printed card.

Qt's rich text would load the local file named in `<img src>`, swallow "<anaphylaxis risk>"
and freeze on deeply nested tables (20 levels take seconds, 200 never finish). Hostile text
goes into every field a client has, then every page that shows it is searched.
"""

from __future__ import annotations

import faulthandler
import html
from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTableView, QWidget

from clientbook.domain.birthdays import Birthday
from clientbook.domain.models import (
    Appointment,
    Client,
    ContactChannel,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.briefing.card_printer import (
    CardDocument,
    card_document,
    card_html,
    save_card_pdf,
)
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.clients.clients_page import ClientsPage
from clientbook.ui.clients.contact_dialog import ContactDialog
from clientbook.ui.followups.followups_page import FollowUpsPage
from clientbook.ui.promises.promise_dialog import PromiseDialog
from clientbook.ui.promises.reschedule_dialog import RescheduleDialog
from clientbook.ui.today.today_page import TodayPage
from clientbook.ui.visits.visit_dialog import VisitDialog
from clientbook.ui.widgets.plain_text import (
    TOOLTIP_END,
    TOOLTIP_START,
    might_be_html,
    tooltip,
    window_title,
)

IMG = '<img src="file:///etc/passwd">'
UNC = '<img src="\\\\fileserver\\share\\x.png">'
TABLES = "<table><tr><td>" * 200 + "deep" + "</td></tr></table>" * 200
LATEX = "latex <anaphylaxis risk>"
NAME = "<b>Ζωή</b> & <i>Олена</i> [*]"
STAFF = "<u>Mei</u>"
#: Every hostile text; what any widget shows must contain them unchanged, or none of them.
HOSTILE = (IMG, UNC, TABLES, LATEX, NAME, STAFF)


@pytest.fixture(autouse=True)
def hang_guard():
    """Rich text regressing would hang on the nested tables: stop the run, not CI, then."""
    faulthandler.dump_traceback_later(120, exit=True)
    yield
    faulthandler.cancel_dump_traceback_later()


@pytest.fixture
def hostile(session):
    """A client whose every field, visit, promise and contact note is hostile text."""
    book = session.book
    now = session.now()
    mei = book.staff.add(STAFF)
    client = Client(
        display_name=NAME, address_as=IMG, phones=["+30 21 0123 4567"],
        birthday=Birthday(now.month, now.day, 1990), designer_id=mei.id,
        notes="\n".join((IMG, UNC, TABLES, LATEX)),
        preferences=[Preference(PreferenceCategory.HEALTH, LATEX, IMG),
                     Preference(PreferenceCategory.CONVERSATION, UNC, TABLES, avoid=True),
                     Preference(PreferenceCategory.DRINK, IMG, LATEX),
                     Preference(PreferenceCategory.PRODUCTS, TABLES)])
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, now - timedelta(days=30), IMG, mei.id,
                                 Decimal("40"), TABLES + "\n" + LATEX))
    book.history.add_appointment(Appointment(client.id, now + timedelta(hours=1), 60, UNC,
                                             mei.id, notes=IMG))
    book.history.add_promise(Promise(client.id, f"{IMG} {LATEX}", now + timedelta(hours=2),
                                     mei.id))
    book.history.add_promise(Promise(client.id, TABLES, now - timedelta(days=1), mei.id))
    book.contacts.log(client.id, ContactChannel.CALL, f"{UNC} {LATEX}", mei.id,
                      at=now - timedelta(days=2))
    return book.clients.get(client.id)


def shown(text: str) -> str:
    """What Qt puts on screen for a tooltip or an AutoText label holding `text`."""
    if not might_be_html(text):
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    return doc.toPlainText()


def item_tooltips(widget: QWidget) -> list[str]:
    tips = []
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        columns = view.horizontalHeader().count() if isinstance(view, QTableView) else 1
        for row in range(model.rowCount(QModelIndex())):
            for column in range(columns):
                tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
                if tip:
                    tips.append(tip)
    return tips


def check_tooltip(tip: str) -> None:
    """A tooltip is plain (Qt will not parse it) or wholly escaped inside our paragraph."""
    if not might_be_html(tip):
        return
    assert tip.startswith(TOOLTIP_START) and tip.endswith(TOOLTIP_END), tip[:200]
    assert "<" not in tip[len(TOOLTIP_START):-len(TOOLTIP_END)], tip[:200]


def check_widget(widget: QWidget) -> list[str]:
    """Every label plain, every tooltip literal; returns all the text shown, for searching."""
    texts = []
    for label in widget.findChildren(QLabel):
        if label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, (
                label.objectName(), label.text()[:80])
            texts.append(label.text())
    for tip in [w.toolTip() for w in [widget, *widget.findChildren(QWidget)]] + \
            item_tooltips(widget):
        if tip:
            check_tooltip(tip)
            texts.append(shown(tip))
    return texts


# The pages a receptionist has open all day -------------------------------------------------

def test_today_page_card_and_promises_show_hostile_text_literally(qtbot, session, hostile):
    page = TodayPage(session)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    row = next(r for r, item in enumerate(page.model.items())
               if item.appointment.client_id == hostile.id)
    page.view.selectRow(row)
    assert page.current_client_id() == hostile.id
    texts = check_widget(page)
    labels = {label.text() for label in page.card.findChildren(QLabel)}
    assert LATEX in labels  # the allergy as typed, brackets and all
    assert {IMG, UNC, NAME, STAFF} <= labels
    card_text = page.card.plain_text()
    for text in HOSTILE:
        assert text in card_text
    assert any(NAME in t for t in texts if "today:" in t)  # the banner
    # The Today list's "Avoid: …" tooltip and the promises panel show the texts literally.
    assert any(f"Avoid: {LATEX}" in t for t in texts)
    assert any(f"{IMG} {LATEX}" == t for t in texts)
    assert any(t == TABLES for t in texts)


def test_clients_list_and_follow_ups_show_hostile_text_literally(qtbot, session, hostile):
    clients = ClientsPage(session)
    qtbot.addWidget(clients)
    clients.show()
    clients.search_box.setText("Ζωή")
    clients.run_search_now()
    texts = check_widget(clients)
    assert any(t.startswith(NAME) for t in texts)  # the list's tooltip, literally
    follow_ups = FollowUpsPage(session)
    qtbot.addWidget(follow_ups)
    follow_ups.show()
    check_widget(follow_ups)
    card = BriefingCard()
    qtbot.addWidget(card)
    card.show_briefing(session.book.briefing(hostile.id))
    check_widget(card)


def test_dialogs_about_the_client_show_hostile_text_literally(qtbot, session, hostile):
    book = session.book
    line = next(line for line in book.promises.board().overdue
                if line.promise.client_id == hostile.id)
    dialogs = [ClientDialog(session, hostile), ContactDialog(session, hostile.id),
               PromiseDialog(session, hostile.id), VisitDialog(session, hostile.id),
               RescheduleDialog(session, line)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        if not isinstance(dialog, RescheduleDialog):  # the others are titled by the name
            assert NAME in dialog.windowTitle().replace("[*][*]", "[*]")
        for label in dialog.findChildren(QLabel):
            if any(text in label.text() or html.escape(text) in label.text()
                   for text in HOSTILE):
                # Plain, or (the form's heading) escaped rich text that reads literally.
                assert label.textFormat() == Qt.TextFormat.PlainText or NAME in shown(
                    label.text()), (type(dialog).__name__, label.objectName())
        for widget in [dialog, *dialog.findChildren(QWidget)]:
            check_tooltip(widget.toolTip())
        for tip in item_tooltips(dialog):
            check_tooltip(tip)
    contact = dialogs[1]
    assert contact.heading.text() == NAME
    notes = [contact.recent_list.item(i).toolTip() for i in range(contact.recent_list.count())]
    assert f"{UNC} {LATEX}" in [shown(n) for n in notes]


def test_a_window_title_keeps_a_literal_marker(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.setWindowTitle(window_title("Edit client — Ζωή [*]"))
    widget.show()
    assert widget.windowHandle().title() == "Edit client — Ζωή [*]"


@pytest.mark.parametrize("text", [LATEX, IMG, TABLES, "a\n<b>b</b>  c", "Tom & Jerry"])
def test_tooltip_text_reads_back_exactly(text):
    tip = tooltip(text)
    check_tooltip(tip)
    assert shown(tip) == text


# The printed card -----------------------------------------------------------------------------

def test_the_printed_card_shows_hostile_text_literally(qapp, session, hostile, tmp_path):
    briefing = session.book.briefing(hostile.id)
    markup = card_html(briefing)
    assert TABLES not in markup and IMG not in markup  # escaped before Qt sees any of it
    doc = card_document(briefing)
    assert isinstance(doc, CardDocument)
    text = doc.toPlainText()
    for hostile_text in (IMG, UNC, LATEX, NAME, STAFF):
        assert hostile_text in text
    assert "deep" in text and text.count("<table>") >= 200
    pdf = save_card_pdf(briefing, tmp_path / "card.pdf")
    assert pdf.stat().st_size > 0


def test_the_card_document_loads_no_resource(qapp, tmp_path):
    picture = tmp_path / "secret.png"
    image = QImage(4, 4, QImage.Format.Format_RGB32)
    image.fill(0xFF0000)
    assert image.save(str(picture))
    markup = f'<p>x<img src="{QUrl.fromLocalFile(str(picture)).toString()}"></p>'
    ordinary = QTextDocument()
    ordinary.setHtml(markup)
    ordinary.size()
    url = QUrl.fromLocalFile(str(picture))
    assert ordinary.resource(QTextDocument.ResourceType.ImageResource, url) is not None
    assert ordinary.resource(QTextDocument.ResourceType.ImageResource, url).width() == 4
    guarded = CardDocument()
    guarded.setHtml(markup)
    guarded.size()
    blank = guarded.resource(QTextDocument.ResourceType.ImageResource, url)
    assert blank.width() == 1 and blank.pixelColor(0, 0).alpha() == 0  # not the file

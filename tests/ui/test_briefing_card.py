"""The briefing card shows what a receptionist needs before a visit, literally and at a glance."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QScrollArea, QWidget

from clientbook.domain.birthdays import Birthday
from clientbook.domain.models import (
    Appointment,
    Client,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.services.demo.demo import fill_demo
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.briefing.card_parts import initials
from clientbook.ui.briefing.card_printer import card_html, make_print_dialog, save_card_pdf
from tests.conftest import NOW

P = PreferenceCategory
HOSTILE = '<b>x</b><img src="http://example.com/a.png"><script>alert(1)</script>'


@pytest.fixture(autouse=True)
def english_dates():
    """Day and month names in English whatever the machine's locale."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def card(qtbot):
    widget = BriefingCard()
    qtbot.addWidget(widget)
    widget.resize(560, 680)
    widget.show()
    return widget


def add_client(book, name: str, **fields) -> int:
    client = Client(display_name=name, **fields)
    book.clients.add(client)
    return client.id


def birthday_in(days: int, born: int | None = 1992) -> Birthday:
    day = NOW.date() + timedelta(days=days)
    return Birthday(day.month, day.day, born)


def text_of(card: BriefingCard, name: str) -> str:
    """All label text inside the named part of the card."""
    part = card.findChild(QWidget, name)
    if part is None:
        return ""
    labels = [part] if isinstance(part, QLabel) else part.findChildren(QLabel)
    return "\n".join(label.text() for label in labels)


def full_client(book, name: str, given: str, greet: str, notes: str = "") -> int:
    """A client with something in every part of the card, seeing a stand-in today."""
    mei, carlos = book.staff.add("Mei"), book.staff.add("Carlos")
    cid = add_client(
        book, name, given_name=given, address_as=greet, phones=["+30 699 111 2233", "210 555 0101"],
        birthday=birthday_in(0, 1976), designer_id=mei.id, notes=notes,
        preferences=[
            Preference(P.DRINK, "Earl Grey", "no sugar, porcelain cup"),
            Preference(P.FOOD, "Dark chocolate", "one square"),
            Preference(P.ROOM, "Window seat", "likes the light"),
            Preference(P.MUSIC, "Jazz", "low volume"),
            Preference(P.HEALTH, "Nut allergy", "no almond biscuits"),
            Preference(P.CONVERSATION, "Small talk", "prefers quiet", avoid=True),
            Preference(P.PRODUCTS, "Upselling", "buys only what was asked for", avoid=True),
            Preference(P.CONVERSATION, "Gardening", "roses"),
        ],
    )
    book.history.add_visit(Visit(cid, datetime(2026, 11, 10, 10, 30), "Cut and colour", mei.id,
                                 Decimal("85.50"), "Toner a little too ash; adjust next time."))
    book.history.add_visit(Visit(cid, datetime(2026, 9, 1, 12, 0), "Haircut", mei.id))
    book.history.add_appointment(Appointment(cid, NOW.replace(hour=11), 60, "Colour", carlos.id))
    book.history.add_promise(Promise(cid, "Refund the double charge", NOW - timedelta(days=7)))
    book.history.add_promise(Promise(cid, "Call back about the wedding trial",
                                     NOW + timedelta(days=3)))
    return cid


# -- content ---------------------------------------------------------------------------------

def test_empty_state(card):
    card.show_briefing(None)
    assert "Select an appointment or a client" in card.plain_text()
    assert card.findChild(QLabel, "cardName") is None
    assert card.accessibleDescription() == card.plain_text()


def test_birthday_today_greets_by_given_name_with_age(book, card):
    cid = add_client(book, "Anna Schmidt", given_name="Anna", birthday=birthday_in(0, 1992))
    card.show_briefing(book.briefing(cid))
    assert text_of(card, "cardBirthday") == "Wish Anna a happy birthday — 34 today"
    assert card.findChild(QLabel, "cardBirthday").property("today") is True


def test_birthday_today_without_year_has_no_age(book, card):
    cid = add_client(book, "Anna Schmidt", birthday=birthday_in(0, None))
    card.show_briefing(book.briefing(cid))
    assert text_of(card, "cardBirthday") == "Wish Anna Schmidt a happy birthday today"


def test_birthday_within_a_week_names_the_day(book, card):
    cid = add_client(book, "Anna Schmidt", birthday=birthday_in(5, 1991))
    card.show_briefing(book.briefing(cid))
    assert text_of(card, "cardBirthday") == "Birthday on Friday 27 Nov — turns 35"


def test_no_birthday_banner_eight_days_ahead(book, card):
    cid = add_client(book, "Anna Schmidt", birthday=birthday_in(8))
    card.show_briefing(book.briefing(cid))
    assert card.findChild(QLabel, "cardBirthday") is None
    assert "birthday" not in card.plain_text().lower()


def test_cautions_are_in_avoid_not_in_have_ready(book, card):
    cid = full_client(book, "Anna Schmidt", "Anna", "Mrs Schmidt")
    card.show_briefing(book.briefing(cid))
    ready, avoid = text_of(card, "cardHaveReady"), text_of(card, "cardAvoid")
    for caution in ("Nut allergy", "Small talk", "Upselling"):
        assert caution in avoid
        assert caution not in ready
    for wanted in ("Earl Grey", "no sugar, porcelain cup", "Dark chocolate", "Window seat",
                   "Jazz"):
        assert wanted in ready
    assert "⚠" in avoid  # marked, not colour alone
    assert "Gardening" in text_of(card, "cardLikes")
    text = card.plain_text()
    assert text.index("Have ready") < text.index("Please avoid") < text.index("Designer")


def test_designer_warning_only_when_today_is_with_someone_else(book, card):
    mei, carlos = book.staff.add("Mei"), book.staff.add("Carlos")
    usual = add_client(book, "Usual Day", designer_id=mei.id)
    book.history.add_appointment(Appointment(usual, NOW.replace(hour=10), 60, "Cut", mei.id))
    swapped = add_client(book, "Swapped Day", designer_id=mei.id)
    book.history.add_appointment(Appointment(swapped, NOW.replace(hour=10), 60, "Cut", carlos.id))
    later = add_client(book, "Later Swap", designer_id=mei.id)
    book.history.add_appointment(Appointment(later, NOW + timedelta(days=2), 60, "Cut", carlos.id))

    card.show_briefing(book.briefing(swapped))
    assert text_of(card, "cardDesignerWarning") == "⚠ Today with Carlos — usually Mei"
    for cid in (usual, later):
        card.show_briefing(book.briefing(cid))
        assert card.findChild(QLabel, "cardDesignerWarning") is None
        assert "Mei" in text_of(card, "cardDesigner")


def test_last_visit_and_count(book, card):
    cid = full_client(book, "Anna Schmidt", "Anna", "")
    card.show_briefing(book.briefing(cid))
    visit = text_of(card, "cardLastVisit")
    assert "10 Nov 2026 · Cut and colour · Mei · €85.50" in visit
    assert "Toner a little too ash" in visit
    assert "2 visits" in visit
    assert "Next: Today 11:00 · Colour · Carlos" in visit


def test_first_visit_says_so(book, card):
    cid = add_client(book, "New Person")
    card.show_briefing(book.briefing(cid))
    assert "First visit" in text_of(card, "cardLastVisit")
    assert "No designer assigned" in text_of(card, "cardDesigner")


def test_overdue_promise_is_marked_and_done_emits_its_id(book, card, qtbot):
    cid = full_client(book, "Anna Schmidt", "Anna", "")
    briefing = book.briefing(cid)
    card.show_briefing(briefing)
    promises = text_of(card, "cardPromises")
    assert "Overdue" in promises and "Refund the double charge" in promises
    assert "Overdue: Refund the double charge" in card.plain_text()
    assert "Overdue: Call back" not in card.plain_text()
    overdue_text = [label for label in card.findChildren(QLabel, "cardPromiseText")
                    if label.property("overdue")]
    assert [label.text() for label in overdue_text] == ["Refund the double charge"]

    buttons = card.findChildren(QPushButton, "cardPromiseDone")
    assert len(buttons) == 2
    wanted = next(p.id for p in briefing.open_promises if p.text.startswith("Call back"))
    button = next(b for b in buttons if b.property("promiseId") == wanted)
    with qtbot.waitSignal(card.promiseDone) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args == [wanted]


def test_done_may_refresh_the_card_from_its_own_click(book, card, qtbot):
    """The window refreshes the card while the button's click is still running."""
    cid = full_client(book, "Anna Schmidt", "Anna", "")

    def complete(promise_id):
        book.history.complete_promise(promise_id)
        card.show_briefing(book.briefing(cid))

    card.promiseDone.connect(complete)
    card.show_briefing(book.briefing(cid))
    qtbot.mouseClick(card.findChildren(QPushButton, "cardPromiseDone")[0],
                     Qt.MouseButton.LeftButton)
    qtbot.wait(1)  # let the old content's deleteLater run
    assert len(card.findChildren(QPushButton, "cardPromiseDone")) == 1


def test_user_text_is_shown_literally(book, card):
    cid = add_client(book, HOSTILE, address_as=HOSTILE, notes=f"Allergic to {HOSTILE}",
                     preferences=[Preference(P.DRINK, HOSTILE, HOSTILE)])
    card.show_briefing(book.briefing(cid))
    assert f"Allergic to {HOSTILE}" in card.plain_text()
    assert card.plain_text().startswith(HOSTILE)
    notes = card.findChild(QLabel, "cardNotes")
    assert notes.text() == f"Allergic to {HOSTILE}"
    for label in card.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_long_notes_scroll_inside_the_notes_area_only(book, card, qtbot):
    notes = " ".join(f"Line {i}: prefers the stylist to explain each step." for i in range(60))
    cid = add_client(book, "Chatty Client", notes=notes + " " + "x" * 300)
    card.show_briefing(book.briefing(cid))
    qtbot.wait(1)
    outer = card.findChild(QScrollArea, "cardScroll")
    inner = card.findChild(QScrollArea, "cardNotesScroll")
    assert not outer.verticalScrollBar().isVisible()
    assert inner.verticalScrollBar().isVisible()
    assert card.width() == 560  # a 300-character word does not widen the card


@pytest.mark.parametrize(("name", "given", "greet", "letters", "lang"), [
    ("Κατερίνα Σταματοπούλου", "Κατερίνα", "Κυρία Κατερίνα", "ΚΣ", "el"),
    ("Олександра Шевченко", "Олександра", "пані Олександра", "ОШ", "uk"),
    ("欧阳晓燕", "晓燕", "欧阳女士", "欧", "zh"),
])
def test_names_in_any_script_fit_at_a_glance(book, card, qtbot, name, given, greet, letters,
                                             lang):
    notes = f"Prefers the corner chair. {HOSTILE} Parks behind the shop on Saturdays."
    cid = full_client(book, name, given, greet, notes)
    card.show_briefing(book.briefing(cid))
    qtbot.wait(1)
    assert text_of(card, "cardName") == name
    assert text_of(card, "cardGreet") == f"Greet as “{greet}”"
    expected_name = name if lang == "zh" else given
    assert text_of(card, "cardBirthday") == f"Wish {expected_name} a happy birthday — 50 today"
    assert initials(name) == letters
    # At 560 x 680 everything, notes included, is visible without scrolling.
    outer = card.findChild(QScrollArea, "cardScroll")
    assert not outer.verticalScrollBar().isVisible()
    notes_area = card.findChild(QScrollArea, "cardNotesScroll")
    assert not notes_area.verticalScrollBar().isVisible()
    assert card.accessibleDescription() == card.plain_text()
    assert card.grab().save(f"/tmp/card-{lang}.png")


def test_demo_clients_all_fit(book, card, qtbot):
    fill_demo(book, clients=40, seed=3)
    outer = card.findChild(QScrollArea, "cardScroll")
    for cid, _name, _key, _phone in book.clients.page(limit=100):
        briefing = book.briefing(cid)
        card.show_briefing(briefing)
        qtbot.wait(1)
        assert not outer.verticalScrollBar().isVisible(), briefing.client.display_name
        assert text_of(card, "cardName") == briefing.client.display_name
        if briefing.birthday and briefing.birthday.days_until == 0:
            card.grab().save(f"/tmp/card-demo-{cid}.png")


# -- printing --------------------------------------------------------------------------------

def test_card_html_escapes_user_text(book):
    cid = full_client(book, "Anna <Schmidt>", "Anna", "Mrs S", notes=HOSTILE)
    html = card_html(book.briefing(cid), "EUR")
    assert "<img" not in html and "<script" not in html and "src=\"http" not in html
    assert "&lt;img src=&quot;http://example.com/a.png&quot;&gt;" in html
    assert "Anna &lt;Schmidt&gt;" in html
    assert "Nut allergy" in html and "OVERDUE" in html


def _media_box(pdf: bytes) -> tuple[float, float]:
    found = re.search(rb"/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]", pdf)
    assert found, "no MediaBox in the PDF"
    x0, y0, x1, y1 = (float(v) for v in found.groups())
    return x1 - x0, y1 - y0


@pytest.mark.parametrize(("size", "mm"), [("A6", (105, 148)), ("A5", (148, 210))])
def test_save_card_pdf(book, qapp, tmp_path: Path, size, mm):
    cid = full_client(book, "欧阳晓燕", "晓燕", "欧阳女士", notes=HOSTILE)
    path = tmp_path / "card.pdf"
    save_card_pdf(book.briefing(cid), path, page_size=size)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000
    width, height = _media_box(data)
    assert width == pytest.approx(mm[0] / 25.4 * 72, abs=2)
    assert height == pytest.approx(mm[1] / 25.4 * 72, abs=2)


def test_print_dialog_is_built_for_a6(qtbot):
    dialog, printer = make_print_dialog(None)
    qtbot.addWidget(dialog)
    assert printer.pageLayout().pageSize().id().name == "A6"


def test_avatar_initials():
    assert initials("Anna Schmidt") == "AS"
    assert initials("madonna") == "M"
    assert initials("马婷") == "马"
    assert initials("  ") == "?"


def test_an_application_stylesheet_can_theme_the_card(qtbot, qapp):
    plain = BriefingCard()
    qtbot.addWidget(plain)
    assert plain.styleSheet()  # calm defaults on its own
    qapp.setStyleSheet("#briefingCard { background: #fafafa; }")
    try:
        themed = BriefingCard()
        qtbot.addWidget(themed)
        assert themed.styleSheet() == ""
    finally:
        qapp.setStyleSheet("")


def test_the_card_text_is_selectable_from_the_first_press(book, card, qtbot):
    """Labels are made selectable when pressed (a selectable label costs a text document,
    and a card holds dozens), so a receptionist can still drag over a phone number."""
    client_id = add_client(book, "Zoë Lambert", phones=["+44 7700 900123"])
    card.show_briefing(book.briefing(client_id))
    qtbot.waitExposed(card)
    phones = card.findChild(QLabel, "cardPhones")
    heading = card.findChild(QLabel, "cardHeading")
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not phones.textInteractionFlags() & selectable
    start = phones.rect().center()
    start.setX(2)
    qtbot.mousePress(phones, Qt.MouseButton.LeftButton, pos=start)
    assert phones.textInteractionFlags() == selectable
    end = phones.rect().center()
    end.setX(phones.fontMetrics().horizontalAdvance(phones.text()))
    qtbot.mouseMove(phones, end)
    qtbot.mouseRelease(phones, Qt.MouseButton.LeftButton, pos=end)
    assert phones.selectedText()
    qtbot.mousePress(heading, Qt.MouseButton.LeftButton, pos=heading.rect().center())
    assert not heading.textInteractionFlags() & selectable

"""The reward a client has earned, on the Today badge and the card, handed over in one click."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QPushButton

from clientbook.domain.models import Appointment, Client, ContactChannel, ContactPreference, Visit
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.briefing.card_printer import card_html
from clientbook.ui.today.today_model import COL_ATTENTION, BadgesRole

from ..conftest import NOW


@pytest.fixture
def window(book, qtbot, tmp_path, answers):
    mei = book.staff.add("Mei")
    book.update_settings({"loyalty_reward": "free Earl Grey and dessert"})
    for name, visits in (("Ζωή Παπαδοπούλου", 9), ("王小明", 8), ("Олена", 3)):
        client = Client(display_name=name, designer_id=mei.id)
        book.clients.add(client)
        for day in range(visits, 0, -1):
            book.history.add_visit(Visit(client.id, NOW - timedelta(days=day * 7), "Cut",
                                         mei.id if day % 3 else None, Decimal("40")))
        book.history.add_appointment(Appointment(client.id, NOW + timedelta(hours=visits),
                                                 staff_id=mei.id))
    win = MainWindow(book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def badges(window) -> dict[str, list[str]]:
    model = window.today.model
    return {model.item(r).client_name: model.index(r, COL_ATTENTION).data(BadgesRole)
            for r in range(model.rowCount())}


def select(window, name: str) -> None:
    model = window.today.model
    row = next(r for r in range(model.rowCount()) if model.item(r).client_name == name)
    window.today.view.selectRow(row)


def card_text(window, name: str) -> str | None:
    label = window.today.card.findChild(QLabel, name)
    return None if label is None else label.text()


def test_the_badges_say_reward_due_and_one_visit_to_go(window):
    found = badges(window)
    assert "Reward due: visit 10" in found["Ζωή Παπαδοπούλου"]
    assert "1 visit to a reward" in found["王小明"]
    assert not any("eward" in b for b in found["Олена"])


def test_handing_the_reward_over_is_one_click_and_can_be_undone(window, qtbot):
    select(window, "Ζωή Παπαδοπούλου")
    assert card_text(window, "cardRewardText") == (
        "★ Reward due: this is visit 10 — free Earl Grey and dessert")
    printed = card_html(window.today.card.briefing)
    assert "★ Reward due: this is visit 10 — free Earl Grey and dessert" in printed
    assert window.act_redeem.isEnabled()
    button = window.today.card.findChild(QPushButton, "cardRedeem")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    book = window.session.book
    client_id = window.current_client_id()
    assert [r.reward for r in book.loyalty.history(client_id)] == ["free Earl Grey and dessert"]
    assert card_text(window, "cardRewardText") == (
        "★ Reward handed over today: free Earl Grey and dessert")
    assert window.today.card.findChild(QPushButton, "cardRedeem") is None
    assert not any("Reward" in b for b in badges(window)["Ζωή Παπαδοπούλου"])
    assert not window.act_redeem.isEnabled()
    window.act_undo.trigger()
    assert book.loyalty.history(client_id) == []
    assert "Reward due: visit 10" in badges(window)["Ζωή Παπαδοπούλου"]


def test_the_card_says_one_visit_to_go_and_nothing_when_far(window):
    select(window, "王小明")
    assert card_text(window, "cardRewardProgress") == (
        "1 visit to a reward — their next visit earns it")
    assert card_text(window, "cardRewardText") is None
    assert not window.act_redeem.isEnabled()
    select(window, "Олена")
    assert card_text(window, "cardRewardProgress") is None


def test_the_card_shows_designer_consistency_and_contact_wishes(window):
    book = window.session.book
    select(window, "Олена")
    client_id = window.current_client_id()
    # Visits 3, 2, 1 weeks ago: the one at day 3 was with someone else (day % 3 == 0).
    assert card_text(window, "cardDesignerShare") == "2 of 3 visits with Mei"
    assert window.today.card.findChild(QLabel, "cardLastContact") is None
    window.session.apply(lambda: book.contacts.set_preference(
        client_id, ContactPreference(ContactChannel.SMS, quiet_days=14)))
    window.session.apply(lambda: book.contacts.log(
        client_id, ContactChannel.SMS, "Reminder sent", at=NOW - timedelta(days=2))[1])
    assert card_text(window, "cardContactWishes") == (
        "Prefers text message · at most once every 14 days")
    assert card_text(window, "cardLastContact") == (
        "Last contacted 20 Nov 2026 by text message: “Reminder sent”")
    window.session.apply(lambda: book.contacts.set_preference(
        client_id, ContactPreference(do_not_contact=True)))
    assert card_text(window, "cardDoNotContact") == "Do not contact"
    assert "Do not contact" in window.today.card.plain_text()


def test_the_contact_wishes_wrap_by_line_not_by_word(window, qtbot):
    """At 1366 px the wishes ran one word per line ("Prefers / text / message")."""
    book = window.session.book
    window.resize(1366, 800)
    select(window, "Олена")
    client_id = window.current_client_id()
    window.session.apply(lambda: book.contacts.set_preference(
        client_id, ContactPreference(ContactChannel.SMS, quiet_days=14)))
    qtbot.wait(10)
    label = window.today.card.findChild(QLabel, "cardContactWishes")
    words = label.text().split()
    widest_word = max(label.fontMetrics().horizontalAdvance(w) for w in words)
    assert label.width() > 3 * widest_word
    assert label.height() <= 2 * label.fontMetrics().lineSpacing() + 8

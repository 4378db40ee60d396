"""The message composer: the guard first, the editable text, the ways to send, and the log."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import unquote

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from clientbook.domain.messages.messages import Occasion, Via
from clientbook.domain.models import Appointment, Client, ContactChannel, ContactPreference
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.messages import desktop_links
from clientbook.ui.messages.composer_dialog import ComposerDialog
from clientbook.ui.session import Session

from ..conftest import NOW


@pytest.fixture
def opened(monkeypatch):
    """Links handed to the desktop, recorded instead of opened."""
    links: list[str] = []
    monkeypatch.setattr(desktop_links, "replacement", lambda url: links.append(url) or True)
    return links


@pytest.fixture
def msession(book, qapp, answers):
    mei = book.staff.add("Mei")
    book.update_settings({"phone_region": "ES", "firm_name": "Salón Luz"})
    client = Client(display_name="Ana García", given_name="Ana", phones=["600 111 222"],
                    email="ana@example.com", designer_id=mei.id)
    book.clients.add(client)
    book.history.add_appointment(Appointment(client.id, NOW + timedelta(days=1, hours=2)))
    return Session(book)


def composer(qtbot, session, client_id=1, kind=Occasion.REMINDER) -> ComposerDialog:
    dialog = ComposerDialog(session, client_id, kind)
    qtbot.addWidget(dialog)
    return dialog


def test_composer_writes_the_reminder_and_whatsapp_logs_it(qtbot, msession, opened):
    dialog = composer(qtbot, msession)
    assert "Monday 23 November at 11:00 with Mei" in dialog.text_edit.toPlainText()
    assert dialog.guard_label.property("state") == "ok"
    assert dialog.override_check.isHidden()
    dialog.text_edit.setPlainText("Hola Ana & co #1\nHasta mañana 🙂")
    with qtbot.waitSignal(msession.changed) as signal:
        assert dialog.send(Via.WHATSAPP)
    assert signal.args[0].contacts
    assert len(opened) == 1 and opened[0].startswith("https://wa.me/34600111222?text=")
    assert unquote(opened[0].split("?text=")[1]) == "Hola Ana & co #1\nHasta mañana 🙂"
    assert msession.book.messages.logged(1) == [(NOW, "whatsapp", "reminder")]
    assert dialog.sent == Via.WHATSAPP


def test_the_guard_comes_first_and_blocks_until_overridden(qtbot, msession, opened):
    msession.book.contacts.set_preference(1, ContactPreference(do_not_contact=True))
    dialog = composer(qtbot, msession, kind=Occasion.BIRTHDAY)
    assert dialog.guard_label.property("state") == "blocked"
    assert "asked not to be contacted" in dialog.guard_label.text()
    assert not dialog.override_check.isHidden()
    assert not any(b.isEnabled() for b in dialog.send_buttons.values())
    assert not dialog.send(Via.EMAIL) and opened == []
    assert msession.book.messages.logged(1) == []
    dialog.override_check.setChecked(True)
    assert dialog.send_buttons[Via.EMAIL].isEnabled()
    assert dialog.send(Via.EMAIL)
    assert opened[0].startswith("mailto:ana@example.com?subject=")
    assert [e.channel for e in msession.book.contacts.history(1)] == [ContactChannel.EMAIL]


def test_copy_puts_the_text_on_the_clipboard_and_viber_opens_the_chat(qtbot, msession, opened):
    dialog = composer(qtbot, msession, kind=Occasion.FREE)
    dialog.log_check.setChecked(False)
    dialog.text_edit.setPlainText("Just text")
    assert dialog.send(Via.COPY)
    assert QGuiApplication.clipboard().text() == "Just text" and opened == []
    dialog = composer(qtbot, msession, kind=Occasion.FREE)
    dialog.log_check.setChecked(False)
    assert dialog.send(Via.VIBER)
    assert opened == ["viber://chat?number=%2B34600111222"]
    assert QGuiApplication.clipboard().text() == dialog.text_edit.toPlainText()
    assert msession.book.messages.logged(1) == []  # "Log the contact" was off


def test_a_number_without_a_country_turns_phone_buttons_off_and_says_why(qtbot, msession):
    msession.book.update_settings({"phone_region": ""})
    dialog = composer(qtbot, msession, kind=Occasion.FREE)
    for via in (Via.SMS, Via.WHATSAPP, Via.VIBER, Via.TELEGRAM, Via.CALL):
        assert not dialog.send_buttons[via].isEnabled(), via
    assert dialog.send_buttons[Via.EMAIL].isEnabled() and dialog.send_buttons[Via.COPY].isEnabled()
    assert "phone region is not set" in dialog.problem_label.text()


def test_occasion_and_language_rewrite_the_text(qtbot, msession):
    dialog = composer(qtbot, msession)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("uk"))
    assert "Ви записані на 23 листопада (понеділок) о 11:00 (Mei)" in \
        dialog.text_edit.toPlainText()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("birthday"))
    assert "щиро вітаємо Вас із днем народження" in dialog.text_edit.toPlainText()


def test_a_reminder_without_an_appointment_says_so(qtbot, msession):
    client = Client(display_name="Li")
    msession.book.clients.add(client)
    dialog = composer(qtbot, msession, client.id)
    assert "no appointment coming up" in dialog.guard_label.text()
    assert not any(b.isEnabled() for b in dialog.send_buttons.values())


def test_the_card_offers_message(qtbot, msession):
    card = BriefingCard()
    qtbot.addWidget(card)
    card.show_briefing(msession.book.briefing(1))
    button = card.findChild(QPushButton, "cardMessageButton")
    with qtbot.waitSignal(card.messageRequested) as signal:
        button.click()
    assert signal.args == [1]


def test_the_desktop_gets_each_link_exactly_as_encoded(monkeypatch, qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    from clientbook.domain.messages.message_links import mailto_link, sms_link, whatsapp_link

    handed: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        staticmethod(lambda url: handed.append(url) or True))
    body = "Tea & cake #1?\nΓεια σας 🎂 100%"
    links = [mailto_link("a@b.es", "Hi & bye", body), sms_link("+34600111222", body),
             whatsapp_link("+34600111222", body), "viber://chat?number=%2B34600111222",
             "tg://resolve?phone=34600111222", "tel:+34600111222"]
    for link in links:
        assert desktop_links.open_link(link)
    encoded = [bytes(url.toEncoded()).decode("ascii") for url in handed]
    assert encoded == links
    assert unquote(encoded[2].split("?text=")[1]) == body


def test_a_promise_follow_up_shows_what_was_promised(qtbot, msession):
    from clientbook.domain.models import Promise

    msession.book.history.add_promise(Promise(1, "Samples of the new colour range",
                                              NOW - timedelta(days=1)))
    dialog = composer(qtbot, msession, kind=Occasion.PROMISE)
    assert "Promised: Samples of the new colour range (due " in dialog.promised_label.text()
    assert "as promised, we are getting back to you" in dialog.text_edit.toPlainText()
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("birthday"))
    assert dialog.promised_label.isHidden()

"""Where messages start and end: the window's entry points, tomorrow's reminders, the
templates page in Settings, and the client's language in the client form."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QPushButton

from clientbook.domain.messages.messages import Occasion
from clientbook.domain.models import Appointment, Client, ContactPreference
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.messages import desktop_links
from clientbook.ui.messages.composer_dialog import ComposerDialog
from clientbook.ui.messages.tomorrow_dialog import COL_STATUS, TomorrowDialog
from clientbook.ui.session import Session
from clientbook.ui.settings.message_templates import TemplatesDialog

from ..conftest import NOW


@pytest.fixture
def opened(monkeypatch):
    links: list[str] = []
    monkeypatch.setattr(desktop_links, "replacement", lambda url: links.append(url) or True)
    return links


@pytest.fixture
def msession(book, qapp, answers):
    book.update_settings({"phone_region": "GR"})
    eleni = Client(display_name="Ελένη Παππά", given_name="Ελένη", phones=["694 123 4567"])
    zoe = Client(display_name="Zoe Lee", email="zoe@example.com")
    book.clients.add(eleni)
    book.clients.add(zoe, contact=ContactPreference(do_not_contact=True))
    book.wishes.set(eleni.id, channel="whatsapp", language_code="el")
    tomorrow = NOW + timedelta(days=1)
    book.history.add_appointment(Appointment(eleni.id, tomorrow.replace(hour=10)))
    book.history.add_appointment(Appointment(zoe.id, tomorrow.replace(hour=12)))
    return Session(book)


def test_tomorrows_reminders_send_log_and_grey_out_who_must_not_be_contacted(
        qtbot, msession, opened):
    dialog = TomorrowDialog(msession)
    qtbot.addWidget(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    assert [table.item(r, 1).text() for r in range(2)] == ["Ελένη Παππά", "Zoe Lee"]
    assert table.item(0, 2).text() == "WhatsApp"
    assert "asked not to be contacted" in table.item(1, COL_STATUS).text()
    zoe_buttons = table.cellWidget(1, 4).findChildren(QPushButton)
    assert zoe_buttons and not any(b.isEnabled() for b in zoe_buttons)
    send = table.cellWidget(0, 4).findChild(QPushButton, "tomorrowSend")
    send.click()
    assert len(opened) == 1 and opened[0].startswith("https://wa.me/306941234567?text=")
    assert "%CE%A3%CE%B1%CF%82" in opened[0]  # "Σας": the reminder went in Greek
    assert msession.book.messages.logged(1)[0][1:] == ("whatsapp", "reminder")
    # The list follows the change: sent, and the guard now says not again today.
    assert dialog.table.item(0, COL_STATUS).text() == "Reminder sent today"
    again = dialog.table.cellWidget(0, 4).findChild(QPushButton, "tomorrowSend")
    assert not again.isEnabled()


def test_templates_page_saves_checked_text_and_the_firms_details(qtbot, msession):
    dialog = TemplatesDialog(msession)
    qtbot.addWidget(dialog)
    assert dialog.language_combo.currentData() == "en"
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("birthday"))
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("el"))
    dialog.text_edit.setPlainText("Χρόνια πολλά, {first_name}! {όνομα}")
    dialog.firm_edit.setText("Κομμωτήριο Ρόδον")
    assert not dialog.save()
    assert "{όνομα} is not a placeholder" in dialog.error_label.text()
    book = msession.book
    assert book.setting("firm_name") == "" and not any(
        t.edited for t in book.messages.templates.all())
    dialog.text_edit.setPlainText("Χρόνια πολλά, {first_name}!\n{firm}")
    dialog.firm_language.setCurrentIndex(dialog.firm_language.findData("uk"))
    with qtbot.waitSignal(msession.changed):
        assert dialog.save()
    assert book.setting("firm_name") == "Κομμωτήριο Ρόδον"
    assert book.setting("message_language") == "uk"
    assert book.messages.compose(1, "birthday").text == "Χρόνια πολλά, Ελένη!\nΚομμωτήριο Ρόδον"


def test_templates_page_restores_the_shipped_text(qtbot, msession):
    msession.book.messages.templates.set("winback", "en", "Come back, {first_name}")
    dialog = TemplatesDialog(msession)
    qtbot.addWidget(dialog)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("winback"))
    assert dialog.text_edit.toPlainText() == "Come back, {first_name}"
    dialog.restore()
    assert dialog.save()
    assert not any(t.edited for t in msession.book.messages.templates.all())


def test_client_form_keeps_the_clients_language(qtbot, msession):
    book = msession.book
    dialog = ClientDialog(msession, book.clients.get(2))
    qtbot.addWidget(dialog)
    combo = dialog.contact_wishes.language_combo
    assert combo.currentData() == ""
    assert not dialog.is_dirty()
    combo.setCurrentIndex(combo.findData("zh_CN"))
    assert dialog.is_dirty()
    assert dialog.save() is not None
    assert book.wishes.get(2).language == "zh_CN"
    assert book.wishes.get(2).do_not_contact  # the other wishes are kept
    edit = ClientDialog(msession, book.clients.get(1))
    qtbot.addWidget(edit)
    assert edit.contact_wishes.language_combo.currentData() == "el"


@pytest.fixture
def window(book, msession, qtbot, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr(ComposerDialog, "compose", classmethod(
        lambda cls, parent, session, client_id, kind=Occasion.FREE, appointment_id=None:
        shown.append((client_id, kind, appointment_id))))
    win = MainWindow(book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.shown = shown
    return win


def test_entry_points_open_the_composer_on_the_right_occasion(window):
    wiring = window.messages
    wiring.message(1)
    assert window.shown[-1] == (1, Occasion.REMINDER, None)  # an appointment tomorrow
    wiring.message(2, Occasion.WINBACK)
    assert window.shown[-1] == (2, Occasion.WINBACK, None)
    window.follow_ups.messageRequested.emit(1, "reward")
    assert window.shown[-1] == (1, Occasion.REWARD, None)
    window.today.card.messageRequested.emit(2)
    assert window.shown[-1][0] == 2
    menu = wiring.context_menu((1, Occasion.BIRTHDAY, None), window)
    menu.actions()[0].trigger()
    assert window.shown[-1] == (1, Occasion.BIRTHDAY, None)
    assert window.act_message.shortcut().toString() == "Ctrl+Shift+M"
    assert window.act_tomorrow.text() == "&Tomorrow's reminders…"


def test_client_form_offers_whatsapp_as_the_scripts_do(qtbot, msession):
    book = msession.book
    dialog = ClientDialog(msession, book.clients.get(1))
    qtbot.addWidget(dialog)
    combo = dialog.contact_wishes.channel_combo
    assert combo.currentData() == "whatsapp"  # set by contact-wishes --channel whatsapp
    combo.setCurrentIndex(combo.findData("email"))
    assert dialog.save() is not None
    assert book.wishes.get(1).channel == "email"
    combo.setCurrentIndex(combo.findData("whatsapp"))
    assert dialog.save() is not None
    assert (book.wishes.get(1).channel, book.wishes.get(1).language) == ("whatsapp", "el")


def test_todays_appointment_and_lists_give_their_occasion(window, book):
    today = Appointment(1, NOW.replace(hour=15))
    book.history.add_appointment(today)
    window.today.refresh()
    window.today.select_next()
    wiring = window.messages
    assert wiring._today_target() == (1, Occasion.REMINDER, today.id)
    window.pages.setCurrentWidget(window.today)
    wiring.message_current()
    assert window.shown[-1] == (1, Occasion.REMINDER, today.id)
    assert wiring._row(None, Occasion.BIRTHDAY) is None

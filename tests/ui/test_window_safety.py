"""The window's data-safety actions: where they are, and what forgetting does to the card."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from clientbook.services.privacy import erasure
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.clients import forget_dialog


@pytest.fixture
def window(demo_book, qtbot, tmp_path, answers):
    win = MainWindow(demo_book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


def menu_texts(window, title: str) -> list[str]:
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == title)
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_backup_restore_and_forget_are_in_the_menus(window):
    assert {"&Back up now…", "&Restore from backup…"} <= set(menu_texts(window, "&File"))
    assert "&Forget client…" in menu_texts(window, "C&lient")


def test_forgetting_the_shown_client_clears_the_card(window, monkeypatch):
    book = window.session.book
    client_id = book.store.clients.all_ids()[0]
    name = book.clients.get(client_id).display_name
    window.open_client(client_id)
    assert name in window.client_card.plain_text()
    assert window.act_forget.isEnabled()
    monkeypatch.setattr(forget_dialog, "forget_client", lambda _p, session, cid: bool(
        session.apply(lambda: erasure.forget_client(session.book, cid))))
    window.act_forget.trigger()
    assert window.client_card.briefing is None and not window.act_forget.isEnabled()
    assert book.clients.get(client_id).archived
    assert all(found.id != client_id for found in book.search(name, include_archived=True))


def test_an_ampersand_in_a_name_is_shown_in_the_undo_item_not_made_a_shortcut(window,
                                                                              answers):
    book = window.session.book
    client_id = book.store.clients.all_ids()[0]
    client = book.clients.get(client_id)
    client.display_name = "Smith & Jones"
    book.clients.update(client)
    window.open_client(client_id)
    answers.reply = True
    window.act_archive.trigger()
    assert window.act_undo.text() == "&Undo archive of Smith && Jones"


def test_a_status_change_that_cannot_be_saved_is_a_message_not_a_crash(window, monkeypatch,
                                                                       answers):
    from clientbook.domain.errors import StoreLockedError
    from clientbook.domain.models import AppointmentStatus

    def locked(*_args):
        raise StoreLockedError("Another program is using the ClientBook data.")

    window.show_first_appointment()
    item = window.today.current_item()
    monkeypatch.setattr(window.session.book.history, "set_status", locked)
    window.today.set_status(AppointmentStatus.ARRIVED)
    assert answers[-1][0] == "error" and "Another program" in answers[-1][2]
    assert window.today.current_item().appointment.status == item.appointment.status


def test_save_card_as_pdf_suggests_a_safe_file_name(window, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    book = window.session.book
    client_id = book.store.clients.all_ids()[0]
    client = book.clients.get(client_id)
    client.display_name = "Ζωή A/B: C?"
    book.clients.update(client)
    window.open_client(client_id)
    asked = []

    def save_as(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(tmp_path / suggested), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    window.act_pdf.trigger()
    assert asked == ["Ζωή-A-B-C.pdf"] and (tmp_path / "Ζωή-A-B-C.pdf").stat().st_size > 0


def test_damage_found_stays_said_in_the_status_bar_until_repaired(demo_book, qtbot, tmp_path,
                                                                   answers):
    from clientbook.services.changes import Changes
    from clientbook.storage import damage

    folder = demo_book.path.parent
    damage.note(folder, "row 522 missing from index visits_time")
    win = MainWindow(demo_book, QSettings(str(tmp_path / "d.ini"),
                                          QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    warning = win.findChild(QLabel, "damageWarning")
    assert warning.isVisibleTo(win) and "may be incomplete" in warning.text()
    assert "Restore from backup" in warning.toolTip()
    win.statusBar().showMessage("something else")  # passing messages never hide it
    assert warning.isVisibleTo(win)
    damage.clear(folder)  # a repair or a restore clears the note
    win.session.changed.emit(Changes(settings=True))
    assert not warning.isVisibleTo(win)

"""The front desk window as a receptionist uses it: Today, the card, search, changes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit, QPushButton, QTableView

from clientbook.domain.models import AppointmentStatus, Client, Visit
from clientbook.ui.app.main_window import CLIENTS, TODAY, MainWindow
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.today.today_model import COL_ATTENTION, BadgesRole, TodayModel


def open_window(book, qtbot, ini) -> MainWindow:
    win = MainWindow(book, QSettings(str(ini), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


@pytest.fixture
def window(demo_book, qtbot, tmp_path, answers):
    win = open_window(demo_book, qtbot, tmp_path / "window.ini")
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_object_names_for_tests_and_accessibility(window):
    window.pages.setCurrentIndex(CLIENTS)  # a page is built when it is first opened
    for name, kind in (("todayList", QTableView), ("clientSearch", QLineEdit),
                       ("clientList", QTableView), ("briefingCard", BriefingCard)):
        assert window.findChild(kind, name) is not None, name
    assert window.objectName() == "mainWindow"


@pytest.mark.both_engines
def test_the_title_says_when_the_book_is_shared_on_a_server(window, engine):
    title = window.windowTitle()
    if engine == "sqlite":
        assert title == "ClientBook"
    else:
        book = window.session.book
        assert title == f"ClientBook — shared book {book.location}"
        assert "@" in book.location and "://" not in title


@pytest.mark.both_engines
def test_today_lists_appointments_in_time_order_with_the_next_one_selected(window):
    model = window.today.model
    times = [model.item(r).appointment.starts_at for r in range(model.rowCount())]
    assert times and times == sorted(times)
    item = window.today.current_item()
    now = window.session.now()
    assert item is not None
    assert item.appointment.status in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)
    earlier = [model.item(r) for r in range(model.rowCount())
               if model.item(r).appointment.starts_at < item.appointment.starts_at]
    # Nothing still waiting was skipped: earlier rows are over or already dealt with.
    assert all(i.appointment.status not in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)
               or i.appointment.starts_at < now for i in earlier)


@pytest.mark.both_engines
def test_selecting_an_appointment_shows_that_clients_briefing(window, qtbot):
    view = window.today.view
    for row in range(window.today.model.rowCount()):
        view.selectRow(row)
        item = window.today.model.item(row)
        assert item.client_name in window.today.card.plain_text()


@pytest.mark.both_engines
def test_badges_show_what_needs_attention(window):
    model: TodayModel = window.today.model
    texts = [t for r in range(model.rowCount())
             for t in model.index(r, COL_ATTENTION).data(BadgesRole)]
    assert any("Other designer" in t for t in texts)
    assert any(t.startswith("Avoid") for t in texts)


@pytest.mark.both_engines
def test_logging_a_visit_updates_the_card_without_a_restart(window):
    item = window.today.current_item()
    book = window.session.book
    before = book.briefing(item.appointment.client_id).visit_count
    window.session.apply(lambda: book.history.log_visit_for(
        item.appointment.id,
        Visit(item.appointment.client_id, window.session.now(), "Cut", None, Decimal("40"))))
    assert book.history.appointment(item.appointment.id).status == AppointmentStatus.DONE
    assert f"{before + 1}" in window.today.card.plain_text()
    row = next(r for r in range(window.today.model.rowCount())
               if window.today.model.item(r).appointment.id == item.appointment.id)
    assert window.today.model.index(row, 4).data() == "Done"


def test_marking_arrived_from_the_button(window):
    item = window.today.current_item()
    window.today.arrived.click()
    assert window.session.book.history.appointment(item.appointment.id).status \
        == AppointmentStatus.ARRIVED


def test_ctrl_f_goes_to_the_search_and_typing_finds_clients(window, qtbot):
    window.act_find.trigger()
    assert window.pages.currentIndex() == CLIENTS
    search = window.clients.search_box
    search.setText("Олена" if window.session.book.search("Олена") else "a")
    window.clients.run_search_now()
    assert window.clients.model.rowCount() >= 1


def test_archive_asks_and_can_be_undone(window, answers):
    client_id = window.today.current_client_id()
    answers.reply = False
    window.act_archive.trigger()
    assert not window.session.book.clients.get(client_id).archived
    answers.reply = True
    window.act_archive.trigger()
    assert window.session.book.clients.get(client_id).archived
    assert window.act_undo.isEnabled()
    window.act_undo.trigger()
    assert not window.session.book.clients.get(client_id).archived


def test_every_action_has_a_shortcut_and_a_tooltip_naming_it(window):
    for action in (window.act_new, window.act_edit, window.act_find, window.act_print,
                   window.act_book, window.act_visit, window.act_promise, window.act_quit):
        assert not action.shortcut().isEmpty(), action.text()
        assert action.shortcut().toString() in action.toolTip()


def test_window_geometry_is_remembered(demo_book, qtbot, tmp_path, answers):
    first = open_window(demo_book, qtbot, tmp_path / "w.ini")
    first.resize(780, 540)  # wider than every page needs, inside the 800 px offscreen screen
    first.show()
    first.close()
    second = open_window(demo_book, qtbot, tmp_path / "w.ini")
    assert (second.width(), second.height()) == (780, 540)


def test_notes_with_markup_show_as_text(window):
    book = window.session.book
    client = Client(display_name="Markup Test", notes='<b>bold</b><img src="http://x/a.png">')
    window.session.apply(lambda: book.clients.add(client))
    window.open_client(client.id)
    assert '<b>bold</b><img src="http://x/a.png">' in window.client_card.plain_text()


def test_today_page_model_passes_qt_model_tests(window, qtmodeltester):
    qtmodeltester.check(window.today.model)


def test_screenshot_of_today_with_a_briefing(window, tmp_path):
    window.pages.setCurrentIndex(TODAY)
    window.show_first_appointment()
    path = tmp_path / "today.png"
    assert window.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_todays_birthdays_are_in_the_window_banner(window):
    today = window.session.book.birthdays(days=0)
    assert today, "the demo has birthdays today"
    banner = window.today.banner
    assert banner.isVisible()
    for birthday in today:
        assert birthday.name in banner.text()
        if birthday.age is not None:
            assert f"{birthday.name} ({birthday.age})" in banner.text()


def test_done_on_a_cards_promise_takes_it_off(window, qtbot):
    book = window.session.book
    client_id = next(i for i in book.store.clients.all_ids(include_archived=False)
                     if book.briefing(i).open_promises)
    window.open_client(client_id)
    promise = book.briefing(client_id).open_promises[0]
    button = next(b for b in window.client_card.findChildren(QPushButton, "cardPromiseDone")
                  if b.property("promiseId") == promise.id)
    button.click()
    assert promise.id not in [p.id for p in book.briefing(client_id).open_promises]
    assert promise.text not in window.client_card.plain_text() or any(
        p.text == promise.text for p in book.briefing(client_id).open_promises)


def test_a_refresh_of_today_reads_the_selected_clients_card_once(window, monkeypatch):
    """Start-up: selecting the next appointment shows its card; the refresh no longer reads
    the same briefing a second time — and the card still follows the selection."""
    book = window.session.book
    read = []
    real = book.briefing
    monkeypatch.setattr(book, "briefing", lambda client_id: read.append(client_id)
                        or real(client_id))
    window.today.refresh(select_next=True)
    client_id = window.today.current_client_id()
    assert client_id is not None and read == [client_id]
    assert window.today.model.item(window.today.view.currentIndex().row()).client_name \
        in window.today.card.plain_text()

"""The first start on an empty book offers the sample book (the default), and respects a No;
File → Remove the sample data… empties it again, and only it."""

from PySide6.QtCore import QSettings

from clientbook.domain.models import Client
from clientbook.services.demo.demo import fill_demo
from clientbook.ui import msgbox
from clientbook.ui.app.app import first_start_words, offer_demo
from clientbook.ui.app.main_window import MainWindow


def test_no_keeps_the_book_empty(book, qapp, answers):
    answers.reply = False
    assert offer_demo(book, unattended=False) is False
    assert book.is_empty()
    assert answers[0][0] == "choice"


def test_yes_loads_the_demo(book, qapp, answers):
    answers.reply = True
    assert offer_demo(book, unattended=False) is True
    assert book.clients.count() > 0


def test_a_book_with_clients_is_never_offered_the_demo(book, qapp, answers):
    book.clients.add(Client(display_name="Anna"))
    assert offer_demo(book, unattended=True) is False
    assert answers == [] and book.clients.count() == 1


def test_unattended_runs_load_it_without_asking(book, qapp, answers):
    assert offer_demo(book, unattended=True) is True
    assert answers == []


def test_the_first_start_is_a_clear_choice_with_the_sample_book_as_default(qtbot, qapp):
    title, text, sample, empty = first_start_words()
    box, chosen = msgbox.choice_box(None, title, text, sample, empty)
    qtbot.addWidget(box)
    assert box.defaultButton() is chosen and chosen.text() == "&Load the sample book"
    assert box.escapeButton().text() == "Start &empty"
    assert "File → Remove the sample data…" in text


def window_on(book, qtbot, tmp_path) -> MainWindow:
    win = MainWindow(book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    return win


def test_the_file_menu_empties_a_sample_book_after_asking(book, qtbot, tmp_path, answers):
    fill_demo(book)
    win = window_on(book, qtbot, tmp_path)
    assert win.act_remove_sample in win.menuBar().actions()[0].menu().actions()
    answers.reply = False
    win.act_remove_sample.trigger()
    assert answers[-1][0] == "question" and "60 sample clients" in answers[-1][2]
    assert book.clients.count() == 60
    answers.reply = True
    win.act_remove_sample.trigger()
    assert book.is_empty()
    assert win.clients.model.rowCount() == 0 and win.today.model.rowCount() == 0


def test_the_file_menu_refuses_a_book_with_clients_of_its_own(book, qtbot, tmp_path, answers):
    fill_demo(book)
    book.clients.add(Client(display_name="Real Person"))
    win = window_on(book, qtbot, tmp_path)
    win.act_remove_sample.trigger()
    assert [a[0] for a in answers] == ["error"]
    assert "1 client(s) of your own" in answers[0][2]
    assert book.clients.count() == 61

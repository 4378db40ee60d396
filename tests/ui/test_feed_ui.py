"""The calendar feed in the window: read at start and when due, in a worker thread, its
bookings broadcast to Today, its status in the status bar and in Settings; with no feed,
a window start and its timer make no connection at all. Time moves by the book's clock."""

from __future__ import annotations

import functools
import socket
import stat
from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings, QThreadPool
from PySide6.QtWidgets import QLabel

from clientbook.domain.models import Client
from clientbook.services.feed import Feed, download, feed_config
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.feed.feed_dialog import FeedDialog
from clientbook.ui.settings.settings_dialog import SettingsDialog

from ..conftest import NOW
from ..feed_server import TOKEN, FeedServer


class Clock:
    def __init__(self):
        self.now = NOW

    def __call__(self):
        return self.now


@pytest.fixture
def clock(book):
    moving = Clock()
    book.clock = moving
    return moving


@pytest.fixture
def pool():
    own = QThreadPool()
    own.setMaxThreadCount(1)
    yield own
    own.waitForDone(10_000)


@pytest.fixture
def window(book, clock, qtbot, tmp_path, answers, pool):
    win = MainWindow(book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    # The window's own reader, on a pool the test can wait for.
    win.feed._pool = pool
    return win


@pytest.fixture
def server(book, monkeypatch):
    monkeypatch.setattr(Feed, "allow_loopback_http", True)  # internal, tests only
    monkeypatch.setattr(Feed, "fetch", staticmethod(functools.partial(
        download.fetch, allow_loopback_http=True, timeout=2.0)))
    book.staff.add("Carlos")
    book.clients.add(Client(display_name="Inés Jiménez", email="ines@example.com"))
    running = FeedServer()
    yield running
    running.close()


def status_text(win) -> str:
    label = win.findChild(QLabel, "feedStatus")
    return label.text() if label.isVisible() else ""


def test_no_feed_no_connection_at_start_or_from_the_timer(window, clock, qtbot, monkeypatch,
                                                           pool):
    attempts = []

    def refuse(self, address, *args):
        attempts.append(address)
        raise OSError("network access is not allowed")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(Feed, "fetch", staticmethod(lambda url: attempts.append(url)))
    window.show()
    window.feed.start()
    assert window.feed.timer.isActive()
    for hours in (1, 5, 24):
        clock.now = NOW + timedelta(hours=hours)
        window.feed.timer.timeout.emit()  # what the timer does every minute
    pool.waitForDone(5_000)
    assert attempts == [] and not window.feed.working
    assert status_text(window) == ""
    window.feed.timer.stop()


def test_read_at_start_then_when_due_and_the_status_says_so(window, book, clock, server,
                                                            qtbot, pool):
    book.feed.configure(server.url(), minutes=15)
    window.show()
    with qtbot.waitSignal(window.session.changed, timeout=10_000) as changed, \
            qtbot.waitSignal(window.feed.updated, timeout=10_000):
        window.feed.start()
    assert changed.args[0].affects_agenda()  # Today and the calendar refresh
    window.feed.timer.stop()
    assert status_text(window) == "Feed refreshed at 09:00: 1 new, 0 moved, 0 cancelled"
    assert len(book.appointments.between(NOW.date(), NOW.date() + timedelta(days=7))) == 1

    clock.now = NOW + timedelta(minutes=10)
    assert not window.feed.check_now()  # not due yet: no request
    requests = len(server.requests)
    clock.now = NOW + timedelta(minutes=15)
    server.answer = (500, {}, b"")
    with qtbot.waitSignal(window.feed.updated, timeout=10_000):
        assert window.feed.check_now()
    assert len(server.requests) == requests + 1
    assert status_text(window) == ("Feed could not be reached at 09:15 — using the bookings "
                                   "from 09:00")
    label = window.findChild(QLabel, "feedStatus")
    assert "answered 500" in label.toolTip() and TOKEN not in label.toolTip()


def test_a_feed_that_is_not_a_calendar_says_it_could_not_be_used(window, book, server,
                                                                  qtbot):
    server.answer = (200, {}, b"<html>Sign in</html>")
    book.feed.configure(server.url())
    with qtbot.waitSignal(window.feed.updated, timeout=10_000):
        window.feed.start()
    window.feed.timer.stop()
    window.show()
    assert status_text(window) == "Feed could not be used at 09:00"
    assert book.appointments.between(NOW.date(), NOW.date() + timedelta(days=7)) == []


def test_settings_saves_the_address_privately_and_shows_it_masked(window, book, qtbot,
                                                                  answers, monkeypatch, pool):
    read = []  # saving reads the feed at once: here, never over the network

    def fetch(url):
        read.append(url)
        raise download.FeedUnreachable("offline in tests")

    monkeypatch.setattr(Feed, "fetch", staticmethod(fetch))
    dialog = FeedDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.url_edit.setText("http://bookings.example/cal/" + TOKEN)
    assert not dialog.save()
    assert "https://" in dialog.error.text() and book.feed.config() is None

    dialog.url_edit.setText("https://bookings.example/cal/" + TOKEN)
    dialog.every.setValue(30)
    with qtbot.waitSignal(window.session.changed) as changed:
        assert dialog.save()
    assert changed.args[0].affects_feed()
    pool.waitForDone(10_000)
    assert read == ["https://bookings.example/cal/" + TOKEN]  # read as soon as saved
    saved = book.path.parent / feed_config.CONFIG_FILE
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert book.feed.config().minutes == 30

    again = FeedDialog(window.session, window)
    qtbot.addWidget(again)
    assert again.url_edit.text() == ""
    assert again.saved.text() == "Saved address: https://bookings.example/•••"
    again.enabled.setChecked(False)
    assert again.save()  # an empty address keeps the saved one
    assert book.feed.config().url.endswith(TOKEN) and not book.feed.config().enabled

    settings = SettingsDialog(window.session, window)
    qtbot.addWidget(settings)
    summary = settings.feed_row.summary.text()
    assert summary.startswith("https://bookings.example/•••") and TOKEN not in summary
    assert "Calendar feed off" in summary

    answers.reply = True
    removing = FeedDialog(window.session, window)
    qtbot.addWidget(removing)
    removing.remove()
    assert book.feed.config() is None
    assert settings.feed_row.summary.text().startswith("No calendar feed")


def test_the_status_and_its_reason_come_in_the_persons_language(book, qapp, tmp_path):
    from PySide6.QtCore import QLocale

    from clientbook.services.feed.feed_config import FeedConfig, FeedStatus
    from clientbook.ui import translations
    from clientbook.ui.feed.feed_words import error_reason, status_line

    status = FeedStatus(NOW.replace(hour=10, minute=15), NOW.replace(hour=9, minute=45), "x",
                        {}, "The feed did not answer within %1 seconds.", ["30"], True)
    config = FeedConfig("https://bookings.example/" + TOKEN)
    folder = tmp_path / "qm"
    folder.mkdir()
    translations.compile_translations(folder)
    try:
        translations.install_language("el", QLocale("el"), folder)
        assert status_line(config, status, NOW) == (
            "Η συνδρομή δεν ήταν προσβάσιμη στις 10:15 — χρησιμοποιούνται τα ραντεβού των 09:45")
        assert error_reason(status) == "Η συνδρομή ημερολογίου δεν απάντησε μέσα σε 30 " \
                                       "δευτερόλεπτα."
    finally:
        translations.install_language("en", QLocale.system(), folder)


def test_a_feed_changed_while_it_is_read_is_read_again(window, book, server, qtbot, pool):
    book.feed.configure(server.url(), minutes=60)
    server.hold = True  # the first read hangs until released
    window.feed.start()
    window.feed.timer.stop()
    assert window.feed.working
    book.feed.configure(server.url("/new.ics"), minutes=60)
    assert not window.feed.check_now(force=True)  # busy: remembered, not lost
    server.hold = False
    with qtbot.waitSignals([window.feed.updated, window.feed.updated], timeout=10_000):
        server.release.set()
    pool.waitForDone(10_000)
    qtbot.waitUntil(lambda: not window.feed.working, timeout=10_000)
    assert server.requests[-1] == "/new.ics"

"""The calendar feed against a real HTTP server on 127.0.0.1: a good feed is imported like a
calendar file (twice gives "0 new … unchanged", a moved event moves the booking); a slow,
failing, redirecting, huge or malformed answer is refused with a clear reason, and nothing
in the book changes. The address (with its token) stays private and out of the log."""

from __future__ import annotations

import functools
import stat
from datetime import date, datetime

import pytest

from clientbook import logs
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Client
from clientbook.services.feed import download, feed_config

from ..conftest import NOW
from ..feed_server import TOKEN, FeedServer, feed


@pytest.fixture
def server():
    running = FeedServer()
    yield running
    running.close()


@pytest.fixture
def salon(book, server):
    carlos = book.staff.add("Carlos")
    book.clients.add(Client(display_name="Inés Jiménez", email="ines@example.com"))
    book.feed.allow_loopback_http = True
    book.feed.fetch = functools.partial(download.fetch, allow_loopback_http=True,
                                        timeout=2.0)
    book.feed.configure(server.url(), staff_id=carlos.id)
    return book


def bookings(book):
    entries = book.appointments.between(date(2000, 1, 1), date(2100, 1, 1))
    return [(e.appointment.starts_at, e.appointment.duration_min, e.client_name, e.staff_name,
             str(e.appointment.status)) for e in entries]


def test_a_good_feed_is_imported_then_unchanged_then_moved(salon, server):
    first = salon.feed.refresh()
    assert first.error is None and first.changes.affects_agenda()
    assert first.counts == {"new": 1, "moved": 0, "cancelled": 0, "unchanged": 0}
    assert first.unmatched == 1  # the walk-in: listed, never guessed
    assert bookings(salon) == [(datetime(2026, 11, 24, 10), 45, "Inés Jiménez", "Carlos",
                                "booked")]
    imports = len(salon.store.imports.all())

    again = salon.feed.refresh()
    assert again.counts == {"new": 0, "moved": 0, "cancelled": 0, "unchanged": 1}
    assert not again.changes
    assert len(salon.store.imports.all()) == imports  # nothing to log, nothing logged

    server.answer = (200, {}, feed("20261124T113000", "20261124T121500"))
    moved = salon.feed.refresh()
    assert moved.counts["moved"] == 1 and moved.changes.affects_agenda()
    assert bookings(salon) == [(datetime(2026, 11, 24, 11, 30), 45, "Inés Jiménez",
                                "Carlos", "booked")]
    status = salon.feed.status()
    assert status.last_ok == NOW and status.error == ""


def refused(book, server, answer=None, hold=False, **fetch_options):
    """Refresh against a bad answer: the error, after checking that nothing changed."""
    book.feed.refresh()  # a good one first: the book holds its booking
    before = bookings(book)
    assert len(before) == 1
    if answer is not None:
        server.answer = answer
    server.hold = hold
    if fetch_options:
        book.feed.fetch = functools.partial(download.fetch, allow_loopback_http=True,
                                            **fetch_options)
    outcome = book.feed.refresh()
    assert outcome.error is not None and not outcome.changes
    assert bookings(book) == before
    status = book.feed.status()
    assert status.last_ok == NOW and status.error == str(outcome.error)
    return str(outcome.error)


def test_a_slow_feed_times_out_with_a_clear_error(salon, server):
    text = refused(salon, server, hold=True, timeout=0.2)
    assert text == "The feed did not answer within 0.2 seconds."


@pytest.mark.parametrize("code", [500, 404])
def test_a_failing_server_is_named_and_nothing_changes(salon, server, code):
    text = refused(salon, server, (code, {}, b"oops"))
    assert text.startswith(f"The feed's server answered {code} (")


def test_a_redirect_to_another_site_is_not_followed(salon, server):
    text = refused(salon, server, (302, {"Location": "https://elsewhere.example/cal.ics"},
                                   b""))
    assert "moved to another site (elsewhere.example)" in text
    assert server.requests[-1].endswith(f"{TOKEN}.ics")  # one request: no second site


def test_a_redirect_to_plain_http_is_not_followed(salon, server):
    salon.feed.refresh()
    salon.feed.configure(server.url(), minutes=15)
    salon.feed.fetch = functools.partial(download.fetch, allow_loopback_http=False)
    outcome = salon.feed.refresh()
    assert "must begin with https://" in str(outcome.error)


def test_a_redirect_on_the_same_site_is_followed(salon, server):
    server.answers = {"/old.ics": (301, {"Location": server.url("/new.ics")}, b"")}
    salon.feed.configure(server.url("/old.ics"))
    outcome = salon.feed.refresh()
    assert outcome.error is None and outcome.counts["new"] == 1
    assert server.requests == ["/old.ics", "/new.ics"]


def test_a_redirect_loop_ends_in_a_clear_error(salon, server):
    text = refused(salon, server, (302, {"Location": server.url()}, b""))
    assert text.startswith("The feed's server answered 302 (")


def test_a_huge_feed_is_refused(salon, server):
    body = feed() + b"X" * 2048
    text = refused(salon, server, (200, {}, body), cap=1024 * 1024 // 512)
    assert "larger than" in text


def test_a_huge_feed_without_a_length_is_refused_while_reading(salon, server):
    body = feed() * 400
    text = refused(salon, server, (200, {"Content-Length": None}, body), cap=100_000)
    assert "larger than" in text


def test_a_page_that_is_not_a_calendar_is_refused_with_its_reason(salon, server):
    text = refused(salon, server, (200, {}, b"<html><body>Log in</body></html>"))
    assert text.startswith("Line 1 of the calendar file: not an iCalendar")


def test_a_feed_with_a_broken_event_changes_nothing(salon, server):
    broken = feed().replace(b"DTSTART:20261125T150000", b"DTSTART:2026-99-99")
    text = refused(salon, server, (200, {}, broken))
    assert "1 event(s) ClientBook cannot read (line " in text


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup(tmp_path / "log")
    yield path
    logs.stop()


def test_the_address_is_private_and_never_logged(salon, server, log_file):
    salon.feed.refresh()
    server.answer = (500, {}, b"")
    salon.feed.refresh()
    server.answer = (302, {"Location": f"https://elsewhere.example/{TOKEN}"}, b"")
    salon.feed.refresh()
    logged = log_file.read_text(encoding="utf-8")
    assert "calendar feed from 127.0.0.1 refreshed" in logged
    assert "calendar feed from 127.0.0.1 not refreshed" in logged
    assert TOKEN not in logged
    saved = salon.path.parent / feed_config.CONFIG_FILE
    assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert TOKEN in saved.read_text(encoding="utf-8")
    assert TOKEN not in salon.feed.config().masked()
    assert not list(salon.path.parent.glob(".clientbook-feed-*"))  # the download is gone


@pytest.mark.parametrize("url", [
    "http://bookings.example/cal.ics", "ftp://bookings.example/cal.ics",
    "file:///etc/passwd", "bookings.example/cal.ics", "", "https://", "https://a b/c"])
def test_only_https_addresses_are_accepted(book, url):
    with pytest.raises(ValidationError):
        book.feed.configure(url)
    assert book.feed.config() is None


def test_http_on_this_computer_needs_the_internal_flag(book):
    with pytest.raises(ValidationError, match="https://"):
        book.feed.configure("http://127.0.0.1:8000/cal.ics")


def test_webcal_addresses_are_read_over_https(book):
    config = book.feed.configure("webcal://bookings.example/u/abc123.ics", minutes=30)
    assert config.url == "https://bookings.example/u/abc123.ics"
    assert config.masked() == "https://bookings.example/•••"
    assert book.feed.config() == config


def test_off_keeps_the_address_and_forget_removes_it(book):
    book.feed.configure("https://bookings.example/u/abc123.ics")
    book.feed.turn_off()
    assert book.feed.config().enabled is False
    book.feed.turn_off(forget=True)
    assert book.feed.config() is None


def test_a_book_that_cannot_be_opened_apart_is_a_failed_refresh(salon, server, monkeypatch):
    from clientbook.domain.errors import StoreLockedError

    def locked():
        raise StoreLockedError("Another program is holding the data file.")

    monkeypatch.setattr(salon, "writer", locked)
    outcome = salon.feed.refresh_apart(salon.feed.config())
    assert "holding the data file" in str(outcome.error) and not outcome.changes
    assert server.requests == []  # nothing read when nothing could be saved
    assert salon.feed.status().error == str(outcome.error)

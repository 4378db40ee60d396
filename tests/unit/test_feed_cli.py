"""`clientbook feed …` in-process against a feed on 127.0.0.1: set (masked), show, refresh
(twice: unchanged), a failing refresh (exit 1, the bookings kept), off."""

from __future__ import annotations

import io
import json

import pytest

from clientbook.__main__ import main
from clientbook.domain.models import Client
from clientbook.services.book import Book
from clientbook.services.feed import Feed

from ..conftest import NOW
from ..feed_server import TOKEN, FeedServer


@pytest.fixture
def server(isolated_data_dir, monkeypatch):
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    book.staff.add("Carlos")
    book.clients.add(Client(display_name="Inés Jiménez", email="ines@example.com"))
    book.close()
    monkeypatch.setattr(Feed, "allow_loopback_http", True)  # the internal flag, tests only
    running = FeedServer()
    yield running
    running.close()


def cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_set_show_refresh_and_off(server, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO(server.url() + "\n"))
    code, out, _ = cli(capsys, "feed", "set", "-", "--with", "Carlos", "--every", "30")
    assert code == 0 and "every 30 minutes, bookings with Carlos" in out
    assert TOKEN not in out and "/•••" in out
    code, out, err = cli(capsys, "feed", "refresh", "--json")
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["new"] == 1 and result["unmatched"] == 1
    code, out, _ = cli(capsys, "feed", "refresh")
    assert code == 0 and out.startswith("Feed refreshed: 0 new, 0 moved, 0 cancelled, "
                                        "1 unchanged")
    server.answer = (503, {}, b"")
    code, out, err = cli(capsys, "feed", "refresh")
    assert code == 1 and "answered 503" in err and "Using the bookings from" in err
    assert TOKEN not in err
    code, out, _ = cli(capsys, "feed", "show", "--json")
    shown = json.loads(out)["feed"]
    assert shown["with"] == "Carlos" and shown["every_minutes"] == 30 and shown["on"]
    assert "answered 503" in shown["error"] and TOKEN not in out
    code, out, _ = cli(capsys, "feed", "off")
    assert code == 0
    code, out, _ = cli(capsys, "feed", "show")
    assert "(off)" in out


def test_plain_http_is_refused_with_a_clear_message(server, capsys, monkeypatch):
    monkeypatch.setattr(Feed, "allow_loopback_http", False)
    code, _, err = cli(capsys, "feed", "set", "http://bookings.example/cal.ics")
    assert code == 1 and "must begin with https://" in err
    code, out, _ = cli(capsys, "feed", "show")
    assert "No calendar feed is set up" in out


def test_refresh_without_a_feed_says_how_to_set_one(server, capsys):
    code, _, err = cli(capsys, "feed", "refresh")
    assert code == 1 and "clientbook feed set URL" in err
    assert server.requests == []

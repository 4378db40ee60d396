"""UI test helpers: a book with demo data and message boxes that never block."""

from __future__ import annotations

import pytest

from clientbook.services.demo import fill_demo
from clientbook.ui import msgbox
from clientbook.ui.session import Session


@pytest.fixture
def answers(monkeypatch):
    """Record message boxes instead of showing them; questions answer `answers.reply`."""

    class Answers(list):
        reply = True

    shown = Answers()

    def fake(kind, title, text):
        shown.append((kind, title, text))
        return shown.reply

    monkeypatch.setattr(msgbox, "replacement", fake)
    return shown


@pytest.fixture
def demo_book(book):
    fill_demo(book, clients=40, seed=3)
    return book


@pytest.fixture
def session(demo_book, qapp, answers):
    return Session(demo_book)

"""UI test helpers: a book with demo data and message boxes that never block."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from clientbook.services.demo.demo import fill_demo
from clientbook.ui import msgbox, translations
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


@pytest.fixture(scope="session", autouse=True)
def english(qapp, tmp_path_factory):
    """The window speaks English as the app installs it: plural forms come from
    clientbook_en.ts ("1 birthday", "3 birthdays"), compiled here, not in a user's cache."""
    folder = tmp_path_factory.mktemp("translations")
    translations.compile_translations(folder)
    translations.install_language("en", QLocale.system(), folder)

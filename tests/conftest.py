"""Test isolation: no display needed, UTF-8, and never a real user's data folder."""

from __future__ import annotations

import os
from datetime import datetime

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest

from clientbook.services.book import Book

#: The fixed "now" most tests run at: a Sunday morning.
NOW = datetime(2026, 11, 22, 9, 0)


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path, monkeypatch):
    """Point every way of finding a data folder at the test's own temporary folder."""
    data = tmp_path / "data"
    monkeypatch.setenv("CLIENTBOOK_DATA_DIR", str(data))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
    return data


@pytest.fixture
def book(isolated_data_dir):
    opened = Book.open(isolated_data_dir, clock=lambda: NOW)
    yield opened
    opened.close()


@pytest.fixture
def out(tmp_path):
    """An empty folder for exported files (tmp_path also holds the book's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder

"""Test isolation: no display needed, UTF-8, and never a real user's data folder."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

# Before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

import pytest

from clientbook.services.book import Book
from tests.postgres_server import REQUIRED, ThrowAwayServer

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


ENGINES = ("sqlite", "postgresql")
_TESTS = Path(__file__).parent


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "file_only: about the SQLite file itself (its bytes, pages, journal, "
        "locks or folder), so the `book` fixture gives only a file book")
    config.addinivalue_line(
        "markers", "both_engines: a window test that runs on a server book too")


def pytest_generate_tests(metafunc):
    """Every service and command-line test using `book` runs once on a SQLite file and once
    on a PostgreSQL server book, unless it is marked file_only. Window tests (tests/ui) run
    on a file, and on a server too when marked both_engines: the window reads the book only
    through the services, which the other tests run on both."""
    if "engine" not in metafunc.fixturenames:
        return
    marker = metafunc.definition.get_closest_marker
    window_test = "ui" in metafunc.definition.path.relative_to(_TESTS).parts[:1]
    if marker("both_engines") or not (window_test or marker("file_only")):
        metafunc.parametrize("engine", ENGINES, indirect=True)


@pytest.fixture(scope="session")
def postgres_server():
    """The throw-away server, started on first use; skips (or, in CI, fails) without one."""
    server = ThrowAwayServer()
    if not server.start():
        if REQUIRED:
            pytest.fail(f"CI needs PostgreSQL for the server-book tests: {server.why_not}")
        pytest.skip(f"no PostgreSQL test server: {server.why_not}")
    try:
        server.make_template(lambda address: Book.open(_desk_folder(server), database=address))
        yield server
    finally:
        server.stop()


def _desk_folder(server):
    folder = server.folder / "template-desk"
    folder.mkdir(exist_ok=True)
    return folder


@pytest.fixture
def engine(request):
    return getattr(request, "param", "sqlite")


@pytest.fixture
def server_address(engine, request):
    """A fresh, migrated, empty server database for this test (None on SQLite)."""
    if engine != "postgresql":
        yield None
        return
    server = request.getfixturevalue("postgres_server")
    address = server.new_database()
    yield address
    server.drop(address)


@pytest.fixture
def book(isolated_data_dir, server_address):
    opened = Book.open(isolated_data_dir, clock=lambda: NOW, database=server_address)
    yield opened
    opened.close()


@pytest.fixture
def out(tmp_path):
    """An empty folder for exported files (tmp_path also holds the book's data folder)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def shared_address(postgres_server):
    """A fresh, migrated server book that several desks of one test open together."""
    address = postgres_server.new_database()
    yield address
    postgres_server.drop(address)


@pytest.fixture
def open_desk(shared_address, tmp_path):
    """Open the shared book as another desk: `open_desk("front")` gives a Book with that
    desk's own data folder (settings, logs), closed at the end of the test."""
    opened: list[Book] = []

    def open_(name: str = "desk", clock=lambda: NOW) -> Book:
        folder = tmp_path / f"desk-{name}"
        folder.mkdir(exist_ok=True)
        desk = Book.open(folder, clock=clock, database=shared_address)
        opened.append(desk)
        return desk

    yield open_
    for desk in opened:
        desk.close()

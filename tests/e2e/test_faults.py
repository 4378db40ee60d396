"""Faults through the real command line: exit 1, one line on stderr, no traceback, no loss.

Disk full, read-only and a short lock wait are injected by tests/e2e/fault_cli.py (which then
runs the real `clientbook` entry point); damaged and foreign files need no injection.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from clientbook.storage.database import DB_FILENAME
from clientbook.storage.schema import SCHEMA_VERSION

FAULT_CLI = Path(__file__).with_name("fault_cli.py")


def run(*args: str, data_dir: Path, fault: str | None = None
        ) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "clientbook"] if fault is None else [
        sys.executable, str(FAULT_CLI), fault]
    return subprocess.run([*command, "--data-dir", str(data_dir), *args], capture_output=True,
                          text=True, encoding="utf-8", env=dict(os.environ), timeout=120)


def one_line_error(result: subprocess.CompletedProcess[str]) -> str:
    """The single line a failed command wrote to stderr, without the program name."""
    assert result.returncode == 1, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("clientbook: ")
    return lines[0].removeprefix("clientbook: ")


def clients_in(folder: Path) -> int:
    with contextlib.closing(sqlite3.connect(folder / DB_FILENAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return conn.execute("SELECT count(*) FROM clients").fetchone()[0]


@pytest.fixture
def empty_book(tmp_path) -> Path:
    folder = tmp_path / "book"
    assert run("search", "x", data_dir=folder).returncode == 0
    return folder


def test_disk_full(empty_book):
    message = one_line_error(run("demo", "--clients", "20", data_dir=empty_book,
                                 fault="disk-full"))
    assert message == (f"The disk holding {empty_book} is full, so the change was not saved. "
                       "Free some space and try again; nothing already saved was lost.")
    assert clients_in(empty_book) == 0
    assert run("demo", "--clients", "20", data_dir=empty_book).returncode == 0  # space freed


def test_read_only_file(empty_book):
    assert run("search", "x", data_dir=empty_book, fault="read-only").returncode == 0
    message = one_line_error(run("demo", "--clients", "20", data_dir=empty_book,
                                 fault="read-only"))
    assert message == (f"The data file {empty_book / DB_FILENAME} is read-only, so the change "
                       "was not saved. Check the permissions of the file and of its folder (or "
                       "whether the disk is write-protected); nothing already saved was lost.")
    assert clients_in(empty_book) == 0


def test_read_only_disk_for_a_new_book(tmp_path):
    folder = tmp_path / "new"
    message = one_line_error(run("search", "x", data_dir=folder, fault="read-only"))
    assert "is read-only, so ClientBook cannot open its data" in message
    assert not (folder / DB_FILENAME).exists()


def test_locked_by_another_program(empty_book):
    holder = sqlite3.connect(empty_book / DB_FILENAME, isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("INSERT INTO settings (key, value) VALUES ('held', 'yes')")
        result = run("demo", "--clients", "20", data_dir=empty_book, fault="busy=0.2")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert one_line_error(result) == (
        f"Another program is using the ClientBook data in {empty_book}, so the change was not "
        "saved. Close it (or wait for it to finish) and try again; nothing already saved was "
        "lost.")
    assert clients_in(empty_book) == 0
    assert run("demo", "--clients", "20", data_dir=empty_book).returncode == 0  # lock released


def _header_zeroed(path: Path) -> None:
    path.write_bytes(b"\0" * 100 + path.read_bytes()[100:])


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _someone_elses(path: Path) -> None:
    for leftover in path.parent.iterdir():
        leftover.unlink()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
        conn.commit()


def _newer(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


SPOILED = {
    "header zeroed": (_header_zeroed, "its header (the first 100 bytes) is damaged"),
    "cut in half": (_cut_in_half, "it has been cut short"),
    "zero bytes": (lambda path: path.write_bytes(b""), "is empty (0 bytes)"),
    "not a database": (lambda path: path.write_text("name,phone\nAnna,123\n" * 300),
                       "it is not a database file at all"),
    "someone else's": (_someone_elses, "is a SQLite file from another program"),
    "newer ClientBook": (_newer, "was written by a newer ClientBook"),
}


@pytest.fixture(scope="module")
def demo_copy(tmp_path_factory) -> bytes:
    folder = tmp_path_factory.mktemp("demo-source")
    assert run("demo", "--clients", "40", "--seed", "7", data_dir=folder).returncode == 0
    return (folder / DB_FILENAME).read_bytes()


@pytest.mark.parametrize("case", list(SPOILED))
def test_an_unusable_file_is_refused_and_left_untouched(tmp_path, demo_copy, case):
    spoil, words = SPOILED[case]
    folder = tmp_path / "book"
    folder.mkdir(mode=0o700)
    path = folder / DB_FILENAME
    path.write_bytes(demo_copy)
    spoil(path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    for command in (["search", "a"], ["demo", "--force"]):
        message = one_line_error(run(*command, data_dir=folder))
        assert message.startswith(str(path)) and words in message, message
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before

"""Damage on the command line (issue 20, holes 3-6): a bad time is named and skipped, damage
found stops writing until repaired, SQLite's raw words become advice, and `check` tells
damage from a read-only folder or another program's lock by its exit status."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest

from .test_faults import run

DAMAGED, READ_ONLY, IN_USE = 1, 3, 4


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    assert run("demo", "--clients", "40", "--today", "2026-12-01",
               data_dir=folder).returncode == 0
    assert run("backup", data_dir=folder).returncode == 0
    return folder


@pytest.fixture
def book(demo, tmp_path) -> Path:
    folder = tmp_path / "book"
    shutil.copytree(demo, folder)
    return folder


def sql(folder: Path, *statements: str) -> None:
    with contextlib.closing(sqlite3.connect(folder / "clientbook.db")) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def test_one_bad_time_is_named_and_skipped_never_a_traceback(book):
    sql(book, "UPDATE appointments SET starts_at = '2026-12-07T09;00;00' WHERE id = 57")
    added = run("demo", "--force", "--clients", "3", data_dir=book)
    assert added.returncode == 0, added.stderr
    assert "Traceback" not in added.stderr
    assert "appointment 57 has an unreadable time" in added.stderr
    checked = run("check", data_dir=book)
    assert checked.returncode == DAMAGED
    assert "appointment 57 has an unreadable time ('2026-12-07T09;00;00')" in checked.stderr
    assert "clientbook restore --latest" in checked.stderr
    assert run("check", "--quick", data_dir=book).returncode == DAMAGED


def _index_damage(folder: Path) -> None:
    """An extra entry in one index, the table untouched (what a flipped bit can leave)."""
    real = "CREATE INDEX visits_time ON visits(visited_at)"
    with contextlib.closing(sqlite3.connect(folder / "clientbook.db")) as conn:
        assert conn.execute("SELECT sql FROM sqlite_master WHERE name = 'visits_time'"
                            ).fetchone()[0] == real
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'visits_time'",
                     [real + " WHERE 0"])
        conn.commit()
    with contextlib.closing(sqlite3.connect(folder / "clientbook.db")) as conn:
        conn.execute("DELETE FROM visits WHERE id = 5")  # its index entry stays behind
        conn.execute("PRAGMA writable_schema = ON")
        conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'visits_time'", [real])
        conn.commit()


def test_damage_found_stops_writing_until_the_indexes_are_repaired(book):
    _index_damage(book)
    checked = run("check", data_dir=book)
    assert checked.returncode == DAMAGED
    assert "visits_time" in checked.stderr and "check --repair" in checked.stderr
    refused = run("demo", "--force", "--clients", "3", data_dir=book)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "was found damaged" in refused.stderr
    found = run("search", "a", data_dir=book)
    assert found.returncode == 0 and found.stdout
    assert "results may be incomplete" in found.stderr
    repaired = run("check", "--repair", data_dir=book)
    assert repaired.returncode == 0, repaired.stderr
    assert "Rebuilt the indexes" in repaired.stdout
    assert run("demo", "--force", "--clients", "3", data_dir=book).returncode == 0
    assert "incomplete" not in run("search", "a", data_dir=book).stderr


def test_damage_the_quick_check_finds_stops_a_write_command(book):
    db = book / "clientbook.db"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    start = (len(data) // 4096 - 12) * 4096 + 8
    data[start:start + 3000] = bytes((i * 37) % 256 for i in range(3000))
    db.write_bytes(bytes(data))
    before = db.read_bytes()
    refused = run("demo", "--force", "--clients", "3", data_dir=book)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert "damaged" in refused.stderr and "restore --latest" in refused.stderr
    assert db.read_bytes() == before  # nothing written into the damaged file
    assert run("restore", "--latest", data_dir=book).returncode == 0
    assert run("demo", "--force", "--clients", "3", data_dir=book).returncode == 0


@pytest.mark.parametrize("spoil, words", [
    # The schema's version says a step is due that has already run (the record of it lost):
    # running it again meets its own column.
    (["DELETE FROM _sqlite_migrations WHERE name = 'm004_privacy'", "PRAGMA user_version = 4"],
     "duplicate column"),
    (["UPDATE clients SET display_name = CAST(x'ff41fe' AS TEXT) WHERE id = 3"],
     "Could not decode"),
])
def test_raw_sqlite_words_for_a_damaged_schema_become_advice(book, spoil, words):
    sql(book, *spoil)
    result = run("search", "a", "--archived", "--limit", "100", data_dir=book)
    if words == "Could not decode":
        result = run("briefing", "3", data_dir=book)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert words in result.stderr  # SQLite's words, inside the sentence
    assert "is not a usable ClientBook database: it is damaged" in result.stderr
    assert "The newest good backup is from" in result.stderr


def test_check_on_a_read_only_folder_says_so_and_recommends_no_restore(book):
    result = run("check", data_dir=book, fault="read-only-folder")
    assert result.returncode == READ_ONLY, result.stderr
    assert result.stdout.strip().endswith(": ok")
    assert "read-only" in result.stderr and "restore" not in result.stderr


def test_check_while_another_program_holds_a_lock_says_so(book):
    holder = sqlite3.connect(book / "clientbook.db", isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode = EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        result = run("check", data_dir=book, fault="busy=0.2")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.returncode == IN_USE, result.stderr
    assert "Another program is using" in result.stderr
    assert "restore" not in result.stderr and "damaged" not in result.stderr
    assert run("check", data_dir=book).returncode == 0


def test_a_bad_time_on_todays_agenda_never_stops_the_window(book):
    from datetime import date

    sql(book, f"UPDATE appointments SET starts_at = '{date.today()}T09;00;00' WHERE id = 57")
    result = run("gui", "--smoke-test", "--no-dialogs", data_dir=book)
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stderr

"""Backups on the command line: back up, list, check, restore — also when the file is damaged."""

import sqlite3
from pathlib import Path

import pytest

from .test_cli import run


def scribble(db: Path, table: str = "visits") -> None:
    """Overwrite most of the table's last data page (table data, not the schema; found by
    name, so a schema change that moves the pages around cannot make it hit an index)."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page = conn.execute("SELECT max(pageno) FROM dbstat WHERE name = ? AND pagetype = "
                            "'leaf'", [table]).fetchone()[0]
    data = bytearray(db.read_bytes())
    start = (page - 1) * 4096 + 8
    data[start:start + 3000] = bytes((i * 37) % 256 for i in range(3000))
    db.write_bytes(bytes(data))


@pytest.fixture
def folder(tmp_path):
    run("demo", "--clients", "200", "--today", "2026-11-22", data_dir=tmp_path)
    return tmp_path


def test_backup_list_check_and_restore(folder, tmp_path):
    made = run("backup", data_dir=folder).stdout
    assert made.startswith("Backed up and checked: ") and "-manual.db" in made
    usb = tmp_path / "usb"
    usb.mkdir()
    assert str(usb) in run("backup", str(usb), data_dir=folder).stdout
    listing = run("backup", "--list", data_dir=folder).stdout.splitlines()
    assert len(listing) == 1 and "manual" in listing[0]
    assert run("check", data_dir=folder).stdout.strip().endswith(": ok")
    before = run("search", "a", "--limit", "500", data_dir=folder).stdout
    run("demo", "--clients", "5", "--force", "--seed", "9", data_dir=folder)
    restored = run("restore", "--latest", data_dir=folder).stdout
    assert "The data as it was is kept in" in restored and "before-restore" in restored
    assert run("search", "a", "--limit", "500", data_dir=folder).stdout == before


def test_damage_is_reported_with_the_newest_good_backup_and_restored(folder):
    run("backup", data_dir=folder)
    scribble(folder / "clientbook.db")
    result = run("check", data_dir=folder, check=False)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "is damaged" in result.stderr and "clientbook restore --latest" in result.stderr
    run("restore", "--latest", data_dir=folder)
    assert run("check", data_dir=folder).stdout.strip().endswith(": ok")


def test_a_file_that_is_no_database_can_still_be_restored_over(folder):
    run("backup", data_dir=folder)
    db = folder / "clientbook.db"
    for leftover in (Path(f"{db}-wal"), Path(f"{db}-shm")):
        leftover.unlink(missing_ok=True)
    db.write_bytes(b"this is not a database" * 100)
    check = run("check", data_dir=folder, check=False)
    assert check.returncode == 1 and "restore --latest" in check.stderr
    out = run("restore", "--latest", data_dir=folder).stdout
    assert "The unusable file was moved to" in out
    moved = next((folder / "backups").glob("damaged-*.db"))
    assert moved.read_bytes() == b"this is not a database" * 100
    assert run("check", data_dir=folder).stdout.strip().endswith(": ok")


@pytest.mark.parametrize(("args", "message"), [
    (["restore"], "a FILE, or --latest"),
    (["restore", "nowhere.db"], "There is no file"),
    (["restore", "--latest"], "no good backup"),
])
def test_restore_mistakes_are_one_line_errors(folder, args, message):
    result = run(*args, data_dir=folder, check=False)
    assert result.returncode == 1 and message in result.stderr
    assert "Traceback" not in result.stderr

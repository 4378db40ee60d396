"""A restore killed at any moment is all or nothing: forgotten clients stay forgotten, and the
hidden copies a killed backup or restore leaves are swept away (issue 20, holes 1 and 7)."""

from __future__ import annotations

import json
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .test_cli import run

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")

KILL_AT = Path(__file__).with_name("kill_at.py")
FORGET = 8


def killed(target: str, nth: int, *args: str, folder: Path) -> int:
    result = subprocess.run(
        [sys.executable, str(KILL_AT), target, str(nth), "--data-dir", str(folder), *args],
        capture_output=True, text=True, timeout=60)
    return result.returncode


@pytest.fixture(scope="module")
def forgotten_book(tmp_path_factory):
    """A demo book, a backup of it, then FORGET clients forgotten: (folder, backup, ids)."""
    folder = tmp_path_factory.mktemp("book")
    run("demo", "--clients", "60", "--today", "2026-11-22", data_dir=folder)
    old = folder.parent / f"{folder.name}-old.db"
    run("backup", str(old), data_dir=folder)
    people = json.loads(run("search", "a", "--json", "--limit", "200", data_dir=folder).stdout)
    ids = [p["id"] for p in people[:FORGET]]
    for client_id in ids:
        run("forget", str(client_id), "--yes", data_dir=folder)
    return folder, old, ids


def resurrected(folder: Path, ids: list[int]) -> list[int]:
    with sqlite3.connect(folder / "clientbook.db") as conn:
        return [i for i in ids if conn.execute(
            "SELECT forgotten_at IS NULL OR display_name <> 'Forgotten client' FROM clients "
            "WHERE id = ?", [i]).fetchone()[0]]


def hidden(folder: Path) -> list[str]:
    return sorted(p.name for f in (folder, folder / "backups") if f.is_dir()
                  for p in f.iterdir() if p.name.startswith(".clientbook-backup-"))


@pytest.mark.parametrize("target, nth", [
    ("clientbook.storage.safety.erasure:erase_client", 1),  # re-forgetting the first client
    ("clientbook.storage.safety.erasure:erase_client", FORGET // 2),
    ("clientbook.storage.safety.erasure:secure_delete", 1),
])
def test_a_restore_killed_while_forgetting_again_never_brings_anyone_back(
        forgotten_book, tmp_path, target, nth):
    folder, old, ids = forgotten_book
    work = tmp_path / "book"
    shutil.copytree(folder, work)  # a fresh copy of the book, with its forgotten-clients list
    assert resurrected(work, ids) == []
    assert killed(target, nth, "restore", str(old), folder=work) == -signal.SIGKILL
    assert resurrected(work, ids) == []
    assert run("check", data_dir=work).stdout.strip().endswith(": ok")
    assert hidden(work) == []  # the next start swept the killed restore's copy
    run("restore", str(old), data_dir=work)  # and a whole restore still forgets them
    assert resurrected(work, ids) == []
    assert hidden(work) == []


def test_restores_killed_at_random_moments_never_bring_anyone_back(forgotten_book, tmp_path):
    folder, old, ids = forgotten_book
    work = tmp_path / "book"
    shutil.copytree(folder, work)
    command = [sys.executable, "-m", "clientbook", "--data-dir", str(work), "restore", str(old)]
    started = time.monotonic()
    subprocess.run(command, capture_output=True, timeout=60, check=True)
    whole = time.monotonic() - started
    for n in range(8):  # kills spread over the whole run, start-up to the end
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        time.sleep(whole * (0.35 + 0.6 * n / 8))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
        assert resurrected(work, ids) == [], f"kill {n}"
    assert run("check", data_dir=work).stdout.strip().endswith(": ok")
    assert hidden(work) == []


def test_a_killed_backup_leaves_no_hidden_copy_and_one_in_use_is_counted(forgotten_book,
                                                                        tmp_path):
    folder, _old, _ids = forgotten_book
    work = tmp_path / "book"
    shutil.copytree(folder, work)
    assert killed("clientbook.storage.safety.backups:check_file", 1, "backup", folder=work) \
        == -signal.SIGKILL
    assert len(hidden(work)) == 1  # a whole copy of the book, forgotten clients and all
    listing = run("backup", "--list", data_dir=work).stdout
    assert hidden(work) == [] and "unfinished" not in listing
    # A copy another ClientBook is writing right now is left alone, and counted.
    import fcntl

    busy = work / "backups" / ".clientbook-backup-writing.db"
    busy.write_bytes(b"SQLite format 3\0")
    with open(busy, "rb") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        listing = run("backup", "--list", data_dir=work).stdout
        run("backup", data_dir=work)
        assert busy.exists()
    assert "1 unfinished hidden copy" in listing
    run("backup", data_dir=work)
    assert hidden(work) == []

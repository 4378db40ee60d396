"""The same file imported twice at once never doubles a client (issue 20, hole 2): the
duplicate check is made again inside the write transaction, where nobody else can write."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from .test_cli import run

KILL_AT = Path(__file__).with_name("kill_at.py")
PEOPLE = 600


def contacts(path: Path) -> Path:
    lines = ["Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Type,E-mail 1 - Value"]
    lines += [f"Person {n},Mobile,+44 7700 9{n:05d},Home,person{n}@example.org"
              for n in range(PEOPLE)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def client_count(folder: Path) -> int:
    with sqlite3.connect(folder / "clientbook.db") as conn:
        return conn.execute("SELECT count(*) FROM clients").fetchone()[0]


def test_an_import_planned_before_another_one_saved_merges_instead_of_doubling(tmp_path):
    folder, gate = tmp_path / "book", tmp_path / "gate"
    gate.mkdir()
    file = contacts(tmp_path / "a.csv")
    run("demo", "--clients", "3", data_dir=folder)
    late = subprocess.Popen(
        [sys.executable, str(KILL_AT), "clientbook.services.importing.csv_import:check_import",
         f"pause={gate}", "--data-dir", str(folder), "import", "contacts", str(file)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while not (gate / "paused").exists() and late.poll() is None \
            and time.monotonic() < deadline:
        time.sleep(0.02)
    assert (gate / "paused").exists(), late.communicate()  # planned: everyone looks new
    first = run("import", "contacts", str(file), data_dir=folder).stdout
    assert f"{PEOPLE} added" in first
    (gate / "go").touch()
    out, err = late.communicate(timeout=60)
    assert late.returncode == 0, err
    assert "0 added" in out and f"{PEOPLE} merged" in out
    assert client_count(folder) == PEOPLE + 3


def test_two_imports_started_moments_apart_add_each_client_once(tmp_path):
    folder = tmp_path / "book"
    file = contacts(tmp_path / "a.csv")
    run("demo", "--clients", "3", data_dir=folder)
    command = [sys.executable, "-m", "clientbook", "--data-dir", str(folder),
               "import", "contacts", str(file)]
    first = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.3)
    second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    outputs = [p.communicate(timeout=60) for p in (first, second)]
    assert [p.returncode for p in (first, second)] == [0, 0], outputs
    assert client_count(folder) == PEOPLE + 3
    assert sum(f"{PEOPLE} added" in out for out, _err in outputs) == 1

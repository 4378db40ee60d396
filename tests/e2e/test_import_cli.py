"""Importing from the command line: foreign files, hostile files, --skip-bad-rows, undo."""

from __future__ import annotations

import json
import sqlite3

import pytest

from .test_cli import run

FIXTURES = __import__("pathlib").Path(__file__).parents[1] / "fixtures" / "contacts"


def clients(folder) -> list[str]:
    with sqlite3.connect(folder / "clientbook.db") as conn:
        return [r[0] for r in conn.execute("SELECT display_name FROM clients ORDER BY id")]


def hostile_files(tmp_path):
    files = {
        "empty": b"",
        "binary garbage": bytes(range(256)) * 40,
        "NUL bytes": b"Name,Phone\nAnna\x00\x00,555\n",
        "unbalanced quotes": b'Name,Phone\nAnna,555\n"Bea,556\nCleo,557\n',
        "10,000 columns": (",".join(f"c{i}" for i in range(10_000)) + "\n").encode(),
        "duplicate headers": b"display_name,display_name\nAnna,Anna\n",
        "a 50 MB field": b'Name,Notes\nAnna,"' + b"x" * 50_000_000 + b'"\n',
    }
    paths = {}
    for name, data in files.items():
        paths[name] = tmp_path / f"{name.replace(' ', '_').replace(',', '')}.csv"
        paths[name].write_bytes(data)
    return paths


def test_hostile_files_get_one_clear_line_and_change_nothing(tmp_path):
    data = tmp_path / "data"
    run("import", "contacts", str(FIXTURES / "one_column.csv"), data_dir=data)
    before = clients(data)
    for name, path in hostile_files(tmp_path).items():
        result = run("import", "contacts", str(path), data_dir=data, check=False)
        assert result.returncode == 1, name
        assert "Traceback" not in result.stderr, name
        assert result.stderr.strip(), name
        assert len(result.stderr.strip().splitlines()) <= 3, (name, result.stderr)
        assert clients(data) == before, name


def test_mixed_line_endings_import_fine(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"Name,Phone\r\nAnna,555 0101\nBea,555 0102\rCleo,\"555\r\n0103\"\r\n")
    data = tmp_path / "data"
    result = run("import", "contacts", str(path), "--json", data_dir=data)
    assert json.loads(result.stdout)["added"] == 3
    assert clients(data) == ["Anna", "Bea", "Cleo"]


def test_bad_rows_refuse_the_file_unless_skipped(tmp_path):
    path = tmp_path / "some_bad.csv"
    path.write_text("Name,Birthday\nAnna,1990-01-01\nBea,31/31/1990\n,\nCleo,\n", "utf-8")
    data = tmp_path / "data"
    result = run("import", "contacts", str(path), data_dir=data, check=False)
    assert result.returncode == 1
    assert "line 3" in result.stderr and "31/31/1990" in result.stderr
    assert "nothing imported" in result.stderr
    assert clients(data) == []
    result = run("import", "contacts", str(path), "--skip-bad-rows", data_dir=data)
    assert "2 added" in result.stdout and "1 bad rows skipped" in result.stdout
    assert clients(data) == ["Anna", "Cleo"]


def test_undo_import_asks_first_and_never_undoes_an_earlier_import_by_repeating(tmp_path):
    data = tmp_path / "data"
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("Name\nAnna\n", "utf-8")
    second.write_text("Name,Phone\nBea,555 0102\nCleo,555 0103\n", "utf-8")
    run("import", "contacts", str(first), data_dir=data)
    run("import", "contacts", str(second), data_dir=data)
    asked = run("undo-import", data_dir=data, check=False)
    assert asked.returncode == 1 and "--yes" in asked.stderr
    assert "Would undo the last import: second.csv" in asked.stdout
    assert clients(data) == ["Anna", "Bea", "Cleo"]
    result = run("undo-import", "--yes", data_dir=data)
    assert "Undid the last import: second.csv" in result.stdout
    assert "backup" in result.stdout
    assert clients(data) == ["Anna"]
    again = run("undo-import", "--yes", data_dir=data, check=False)
    assert again.returncode == 1 and "already undone" in again.stderr
    assert clients(data) == ["Anna"]
    listed = run("undo-import", "--list", data_dir=data).stdout
    assert "first.csv" in listed and "can be undone" in listed and "undone 20" in listed
    first_id = listed.split("first.csv")[0].split()[-3]
    run("undo-import", "--id", first_id, "--yes", data_dir=data)
    assert clients(data) == []


@pytest.mark.parametrize("kind", ["clients", "visits"])
def test_a_contacts_file_is_not_taken_for_clientbook_csv(tmp_path, kind):
    result = run("import", kind, str(FIXTURES / "google_new.csv"), data_dir=tmp_path / "d",
                 check=False)
    assert result.returncode == 1
    assert "not ClientBook" in result.stderr

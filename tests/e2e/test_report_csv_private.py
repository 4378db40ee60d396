"""`report --csv` and `--screenshot` write what every export writes: formulas neutralised on
every line of a cell, files 0600 in a 0700 folder (issue 20, holes 8 and 9)."""

from __future__ import annotations

import contextlib
import csv
import io
import sqlite3
from pathlib import Path

from .test_cli import run


def _names(folder: Path) -> None:
    with contextlib.closing(sqlite3.connect(folder / "clientbook.db")) as conn:
        conn.execute("UPDATE staff SET name = '=1+1' WHERE id = 1")
        conn.execute("UPDATE clients SET display_name = '=1+1' || char(10) || '=2+2'")
        conn.commit()


def test_report_csv_files_are_neutralised_and_private(tmp_path):
    book = tmp_path / "book"
    run("demo", "--clients", "80", "--today", "2026-11-22", data_dir=book)
    _names(book)
    folder = tmp_path / "reports" / "november"
    result = run("report", "--csv", str(folder), "--today", "2026-11-22", data_dir=book)
    written = [Path(line.removeprefix("Wrote ")) for line in result.stdout.splitlines()]
    assert len(written) >= 4 and oct(folder.stat().st_mode & 0o777) == "0o700"
    lines = set()
    for path in written:
        assert oct(path.stat().st_mode & 0o777) == "0o600", path
        text = path.read_bytes().decode("utf-8-sig")
        for row in csv.reader(io.StringIO(text, newline="")):
            lines.update(line for cell in row for line in cell.splitlines())
        # Opened with the wrong delimiter, each line of a cell is a cell of its own.
        for line in text.splitlines():
            for piece in line.split(";"):
                assert not piece.lstrip('"').startswith(("=", "@", "+")), (path.name, line)
    assert "'=1+1" in lines and "'=2+2" in lines and "=1+1" not in lines
    one = tmp_path / "designers.csv"
    run("report", "designers", "--csv", str(one), "--today", "2026-11-22", data_dir=book)
    assert oct(one.stat().st_mode & 0o777) == "0o600"
    assert "'=1+1" in one.read_text(encoding="utf-8")


def test_a_multi_line_note_is_neutralised_on_every_line_and_round_trips(tmp_path):
    book, other = tmp_path / "book", tmp_path / "other"
    run("demo", "--clients", "5", data_dir=book)
    with contextlib.closing(sqlite3.connect(book / "clientbook.db")) as conn:
        conn.execute("UPDATE clients SET notes = ? WHERE id = 1",
                     ["=1+1\n=2+2\n'@x\n-3\nplain"])
        conn.commit()
    first = tmp_path / "first.csv"
    run("export", "clients", str(first), "--delimiter", "semicolon", data_dir=book)
    text = first.read_bytes().decode("utf-8-sig")
    assert "'=1+1\n'=2+2\n''@x\n'-3\nplain" in text
    for line in text.splitlines():  # opened with the wrong delimiter: a line is a row
        assert not any(piece.lstrip('"').startswith(("=", "@", "+"))
                       for piece in line.split(",")), line
    run("import", "clients", str(first), data_dir=other)
    second = tmp_path / "second.csv"
    run("export", "clients", str(second), "--delimiter", "semicolon", data_dir=other)
    def notes(path: Path) -> list[str]:
        rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"),
                                               newline=""), delimiter=";"))
        return [row["notes"] for row in rows]

    assert notes(second) == notes(first) and "'=1+1\n'=2+2\n''@x\n'-3\nplain" in notes(first)


def test_the_screenshot_is_private(tmp_path):
    shot = tmp_path / "today.png"
    shot.write_bytes(b"old")
    shot.chmod(0o644)
    run("demo", "--clients", "5", data_dir=tmp_path / "d")
    run("gui", "--screenshot", str(shot), data_dir=tmp_path / "d")
    assert shot.read_bytes().startswith(b"\x89PNG")
    assert oct(shot.stat().st_mode & 0o777) == "0o600"

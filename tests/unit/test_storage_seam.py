"""Services, the window and the command line reach a book only through its store: never its
raw connection, which is a SQLite or a PostgreSQL one depending on where the book is."""

from __future__ import annotations

import ast
from pathlib import Path

import clientbook

PACKAGE = Path(clientbook.__file__).parent


def raw_connection_uses(folder: Path) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Attribute) and node.attr == "db"
                    and isinstance(node.value, ast.Attribute) and node.value.attr == "store"):
                found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    return found


def test_no_service_window_or_command_touches_the_raw_connection():
    for room in ("services", "ui", "cli"):
        assert raw_connection_uses(PACKAGE / room) == [], room


def test_the_check_sees_a_raw_connection(tmp_path):
    (tmp_path / "leaky.py").write_text("def f(book):\n    return book.store.db.execute('x')\n")
    global PACKAGE
    saved, PACKAGE = PACKAGE, tmp_path
    try:
        assert raw_connection_uses(tmp_path) == ["leaky.py:2"]
    finally:
        PACKAGE = saved

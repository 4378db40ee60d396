"""The layer contracts cover every module of every face: a forbidden import planted in any
command-line or window module makes `lint-imports` fail and name that module."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "clientbook"
LINT = Path(sys.executable).with_name("lint-imports")

# What each face may never import directly, planted as the module's last line.
PLANTED = {
    "cli": ["import sqlite3", "from PySide6 import QtCore", "import clientbook.storage.store"],
    "ui": ["import sqlite3", "import clientbook.storage.store"],
}


def _modules(face: str) -> list[str]:
    folder = PACKAGE / face
    names = []
    for path in folder.rglob("*.py"):
        parts = path.relative_to(PACKAGE).with_suffix("").parts
        names.append(".".join(("clientbook", *(parts[:-1] if parts[-1] == "__init__" else parts))))
    return sorted(names)


@pytest.fixture(scope="module")
def broken_report(tmp_path_factory) -> str:
    """lint-imports' report on a copy of the project with every face module made to break."""
    if not LINT.exists():
        pytest.skip("lint-imports is not installed beside this Python")
    copy = tmp_path_factory.mktemp("planted")
    shutil.copytree(PACKAGE, copy / "clientbook",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    for face, lines in PLANTED.items():
        for path in (copy / "clientbook" / face).rglob("*.py"):
            with path.open("a", encoding="utf-8") as module:
                module.write("\n" + "\n".join(lines) + "  # noqa\n")
    env = {**os.environ, "PYTHONPATH": str(copy)}
    result = subprocess.run([str(LINT), "--no-cache"], cwd=copy, env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode != 0
    return result.stdout


def test_the_real_project_keeps_every_contract():
    if not LINT.exists():
        pytest.skip("lint-imports is not installed beside this Python")
    result = subprocess.run([str(LINT), "--no-cache"], cwd=ROOT, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-2000:]


@pytest.mark.parametrize("module", _modules("cli"))
def test_every_command_line_module_is_checked(broken_report, module):
    for forbidden in ("sqlite3", "PySide6", "clientbook.storage"):
        assert f"{module} -> {forbidden}" in broken_report, (module, forbidden)


@pytest.mark.parametrize("module", _modules("ui"))
def test_every_window_module_is_checked(broken_report, module):
    for forbidden in ("sqlite3", "clientbook.storage"):
        assert f"{module} -> {forbidden}" in broken_report, (module, forbidden)

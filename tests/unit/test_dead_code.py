"""Dead code fails the test command: vulture, with the project's own settings, finds a
function nobody calls anywhere in the package."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VULTURE = Path(sys.executable).with_name("vulture")

pytestmark = pytest.mark.skipif(not VULTURE.exists(), reason="vulture is not installed")


def _vulture(cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(VULTURE)], cwd=cwd, capture_output=True, text=True, timeout=300)


def test_the_package_has_no_dead_code():
    result = _vulture(ROOT)
    assert result.returncode == 0, result.stdout


def test_a_function_nobody_calls_is_found(tmp_path):
    shutil.copytree(ROOT / "clientbook", tmp_path / "clientbook",
                    ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    with (tmp_path / "clientbook" / "services" / "changes.py").open("a") as module:
        module.write("\n\ndef nobody_calls_this() -> int:\n    return 1\n")
    result = _vulture(tmp_path)
    assert result.returncode != 0
    assert "nobody_calls_this" in result.stdout

"""The window as a process: smoke test, screenshot, and a clear word when there is no screen."""

import os
import subprocess
import sys

from PySide6.QtGui import QImage


def run(*args, env_update=None, drop=()):
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env.update(env_update or {})
    return subprocess.run([sys.executable, "-m", "clientbook", *args], capture_output=True,
                          text=True, env=env, timeout=180)


def test_smoke_test_starts_on_a_demo_book_and_exits_cleanly(tmp_path):
    result = run("--data-dir", str(tmp_path), "gui", "--smoke-test",
                 env_update={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok" in result.stderr
    assert (tmp_path / "clientbook.db").exists()


def test_screenshot_renders_the_today_page(tmp_path):
    shot = tmp_path / "today.png"
    result = run("--data-dir", str(tmp_path / "d"), "gui", "--screenshot", str(shot),
                 env_update={"QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1366, 768)


def test_without_a_display_it_says_so_in_one_line(tmp_path):
    result = run("--data-dir", str(tmp_path), drop=("DISPLAY", "WAYLAND_DISPLAY",
                                                    "QT_QPA_PLATFORM"))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "no display" in result.stderr and "QT_QPA_PLATFORM=offscreen" in result.stderr
    assert not (tmp_path / "clientbook.db").exists()

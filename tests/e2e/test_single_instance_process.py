"""One ClientBook per data folder across real processes: hand-over, and after a SIGKILL.

The processes run tests/e2e/single_instance_app.py, which starts up the way the app does;
every wait has a time limit and a watchdog kills a child that stops answering.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

APP = Path(__file__).with_name("single_instance_app.py")
LIMIT_S = 60


@contextmanager
def started(mode: str, folder: Path) -> Iterator[subprocess.Popen[str]]:
    """A child in `mode` that has printed its first line (killed on the way out, always)."""
    child = subprocess.Popen([sys.executable, str(APP), mode, str(folder)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ))
    watchdog = threading.Timer(LIMIT_S, child.kill)  # readline() below cannot hang
    watchdog.start()
    try:
        assert child.stdout.readline().strip() == "ready", child.stderr.read()
        yield child
    finally:
        watchdog.cancel()
        if child.poll() is None:
            child.kill()
        child.wait(timeout=LIMIT_S)
        for pipe in (child.stdout, child.stderr):
            pipe.close()


def second(folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(APP), "second", str(folder)],
                          capture_output=True, text=True, env=dict(os.environ),
                          timeout=LIMIT_S)


def test_a_second_start_wakes_the_first_and_exits(tmp_path):
    with started("first", tmp_path / "data") as first:
        result = second(tmp_path / "data")
        assert (result.returncode, result.stdout.strip()) == (0, "handed over"), result.stderr
        out, err = first.communicate(timeout=LIMIT_S)
        assert (first.returncode, out.strip()) == (0, "activated"), err


def test_a_second_start_on_another_folder_runs_on_its_own(tmp_path):
    with started("first", tmp_path / "one") as first:
        result = second(tmp_path / "two")
        assert (result.returncode, result.stdout.strip()) == (2, "first"), result.stderr
        assert first.poll() is None  # nobody knocked on the first one


def test_after_the_first_was_killed_the_next_start_takes_over(tmp_path):
    folder = tmp_path / "data"
    with started("hold", folder) as killed:
        kill_hard(killed)
    assert (folder / "clientbook.lock").exists()  # left behind, with its socket on Unix
    with started("first", folder) as first:
        result = second(folder)
        assert result.returncode == 0, (result.stdout, result.stderr)
        out, _err = first.communicate(timeout=LIMIT_S)
        assert out.strip() == "activated"


def test_with_nobody_running_a_start_is_the_first(tmp_path):
    result = second(tmp_path / "data")
    assert (result.returncode, result.stdout.strip()) == (2, "first")


def kill_hard(child: subprocess.Popen[str]) -> None:
    """SIGKILL: no clean-up of the lock file or the socket (TerminateProcess on Windows)."""
    if hasattr(signal, "SIGKILL"):
        os.kill(child.pid, signal.SIGKILL)
    else:
        child.kill()
    child.wait(timeout=LIMIT_S)

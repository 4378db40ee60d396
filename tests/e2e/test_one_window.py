"""Only one ClientBook per data folder: a second start brings the first forward and exits;
after the first was killed, the next start takes over."""

import os
import signal
import subprocess
import sys
import time

import pytest

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")


def start(folder, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.Popen([sys.executable, "-m", "clientbook", "--data-dir", str(folder),
                             "gui", *args], env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def wait_for(condition, seconds=30.0):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)  # polling a real process, not a test of timing
    return False


def test_a_second_start_hands_over_and_a_killed_first_is_taken_over(tmp_path):
    first = start(tmp_path, "--no-dialogs")
    try:
        assert wait_for(lambda: (tmp_path / "clientbook.lock").exists()
                        and (tmp_path / "clientbook.db").exists())
        second = subprocess.run(
            [sys.executable, "-m", "clientbook", "--data-dir", str(tmp_path), "gui",
             "--no-dialogs"], env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
            capture_output=True, text=True, timeout=60)
        assert second.returncode == 0, second.stderr
        assert first.poll() is None  # the first is still running
    finally:
        first.send_signal(signal.SIGKILL)
        first.communicate(timeout=30)  # reaps it and closes its pipes
    third = start(tmp_path, "--smoke-test")
    _out, err = third.communicate(timeout=60)
    assert third.returncode == 0 and "smoke test: ok" in err

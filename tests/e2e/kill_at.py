"""Run the real command line and stop it at one chosen moment (tests/e2e/test_killed_*).

    python tests/e2e/kill_at.py MODULE:FUNCTION N [CLIENTBOOK ARGUMENTS...]
    python tests/e2e/kill_at.py MODULE:FUNCTION pause=DIR [CLIENTBOOK ARGUMENTS...]

With N, the process kills itself (SIGKILL) the N-th time FUNCTION (looked up on MODULE) is
entered: a kill at exactly the dangerous point, where a timed kill would hit it only
sometimes. With pause=DIR, after FUNCTION first returns it creates DIR/paused and waits (at
most 60 s) until DIR/go exists: a race lost at exactly the dangerous point.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys
import time
from pathlib import Path

from clientbook import __main__ as entry


def kill_at(target: str, nth: int) -> None:
    module_name, _, name = target.partition(":")
    module = importlib.import_module(module_name)
    real = getattr(module, name)
    calls = 0

    def dying(*args, **kwargs):
        nonlocal calls
        calls += 1
        if calls >= nth:
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    setattr(module, name, dying)


def pause_after(target: str, folder: Path) -> None:
    module_name, _, name = target.partition(":")
    module = importlib.import_module(module_name)
    real = getattr(module, name)

    def pausing(*args, **kwargs):
        result = real(*args, **kwargs)
        (folder / "paused").touch()
        deadline = time.monotonic() + 60
        while not (folder / "go").exists() and time.monotonic() < deadline:
            time.sleep(0.02)
        return result

    setattr(module, name, pausing)


if __name__ == "__main__":
    if sys.argv[2].startswith("pause="):
        pause_after(sys.argv[1], Path(sys.argv[2].removeprefix("pause=")))
    else:
        kill_at(sys.argv[1], int(sys.argv[2]))
    sys.exit(entry.main(sys.argv[3:]))

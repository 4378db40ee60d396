"""Run the real command line and SIGKILL it at one chosen moment (tests/e2e/test_killed_*).

    python tests/e2e/kill_at.py MODULE:FUNCTION N [CLIENTBOOK ARGUMENTS...]

The process kills itself the N-th time FUNCTION (looked up on MODULE when it is called) is
entered: a kill at exactly the dangerous point, where a timed kill would hit it only sometimes.
"""

from __future__ import annotations

import importlib
import os
import signal
import sys

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


if __name__ == "__main__":
    kill_at(sys.argv[1], int(sys.argv[2]))
    sys.exit(entry.main(sys.argv[3:]))

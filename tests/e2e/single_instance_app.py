"""A stand-in for the app's start-up, for the single-instance tests (a real separate process).

    python tests/e2e/single_instance_app.py MODE DATA_FOLDER

MODE is one of:
  first   take the folder (print "ready"), wait for a second start's knock, print "activated"
          and exit 0; exit 3 if nobody knocked within the time limit
  second  expect the folder to be taken (exit 2 if it was not), knock and exit 0 once the
          first answered ("handed over"), 1 if nobody did ("no answer")
  hold    take the folder, print "ready" and wait to be killed (exit 3 after the time limit)

Every mode gives up after LIMIT_MS, so a broken test never leaves a process running.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer

from clientbook.ui.app.single_instance import SingleInstance

LIMIT_MS = 60_000


def say(text: str) -> None:
    print(text, flush=True)


def main(mode: str, folder: Path) -> int:
    app = QCoreApplication([sys.argv[0]])
    instance = SingleInstance(folder)
    if mode == "second":
        if instance.acquire():
            say("first")
            return 2
        handed = instance.hand_over()
        say("handed over" if handed else "no answer")
        return 0 if handed else 1
    if not instance.acquire():
        say("taken")
        return 2
    if mode == "first":
        instance.activationRequested.connect(lambda: (say("activated"), app.exit(0)))
    QTimer.singleShot(LIMIT_MS, lambda: app.exit(3))
    say("ready" if instance.listening else "ready, not listening")
    try:
        return app.exec()
    finally:
        instance.release()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], Path(sys.argv[2])))

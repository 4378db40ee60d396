"""ClientBook's log: the platform's log folder, rotated, readable by the user only.

A windowed build has no console, so what went wrong must be on disk. The log holds starts,
stops, warnings and tracebacks — not client records. Hard crashes of Python itself
(segmentation faults) go to `faults.log` beside it through `faulthandler`.
"""

from __future__ import annotations

import faulthandler
import logging
import os
import sys
from logging.handlers import RotatingFileHandler
from pathlib import Path

from platformdirs import user_log_dir

from clientbook import __version__
from clientbook.paths import ensure_private_dir

LOG_NAME = "clientbook.log"
MAX_BYTES = 1_000_000
KEEP = 5  # clientbook.log.1 … .5: about 6 MB at most

log = logging.getLogger("clientbook")
_handler: RotatingFileHandler | None = None
_faults = None


def log_dir() -> Path:
    """~/.local/state/ClientBook/log on Linux, %LOCALAPPDATA%\\ClientBook\\Logs on Windows."""
    return Path(user_log_dir("ClientBook", appauthor=False))


def log_file() -> Path:
    """The log in use: where setup() put it, else where it goes by default."""
    if _handler is not None:
        return Path(_handler.baseFilename)
    return log_dir() / LOG_NAME


class _PrivateRotatingHandler(RotatingFileHandler):
    """Every file it opens, rotated ones included, is readable by the user only."""

    def _open(self):
        stream = super()._open()
        if hasattr(os, "fchmod"):
            os.fchmod(stream.fileno(), 0o600)
        return stream


def setup(folder: Path | None = None) -> Path:
    """Start logging to `folder` (default: the platform's log folder); returns the log file.

    Calling it again moves the log (tests, a second start in one process).
    """
    global _handler, _faults
    folder = ensure_private_dir(folder or log_dir())
    path = folder / LOG_NAME
    stop()
    _handler = _PrivateRotatingHandler(path, maxBytes=MAX_BYTES, backupCount=KEEP,
                                       encoding="utf-8", delay=True)
    _handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    log.addHandler(_handler)
    log.setLevel(logging.INFO)
    _faults = open(folder / "faults.log", "a", encoding="utf-8")  # noqa: SIM115 (kept open)
    if hasattr(os, "fchmod"):
        os.fchmod(_faults.fileno(), 0o600)
    faulthandler.enable(_faults)
    return path


def stop() -> None:
    """Close the log files (a test's folder is about to go; a second setup moves them)."""
    global _handler, _faults
    if _handler is not None:
        log.removeHandler(_handler)
        _handler.close()
        _handler = None
    if _faults is not None:
        faulthandler.disable()
        _faults.close()
        _faults = None


def started(what: str) -> None:
    log.info("ClientBook %s %s (Python %s, %s)", __version__, what,
             sys.version.split()[0], sys.platform)

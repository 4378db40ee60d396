"""Who makes a change: the desk's name (Settings; by default the computer's user and host
name), for the change log and the versions of records."""

from __future__ import annotations

import contextlib
import getpass
import os
from pathlib import Path

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

UNKNOWN = "?"


def desk_name() -> str:
    """"anna@front-desk": the user signed in and the computer, as the operating system says."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a container)
        user = ""
    host = _host().split(".")[0]
    return "@".join(p for p in (user, host) if p) or UNKNOWN


def _host() -> str:
    """The computer's name, as platform.node() gives it (without loading that module here)."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import platform

    return platform.node()


# In the desk's own data folder (never in the shared book): the name it chose (Settings).
DESK_FILE = "desk-name.txt"
MAX_DESK_NAME = 60


def saved_desk_name(folder: Path) -> str:
    """The name this desk was given in Settings; "" when none (the computer's is used)."""
    try:
        text = (folder / DESK_FILE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""
    return " ".join(text.split())[:MAX_DESK_NAME]


def save_desk_name(folder: Path, name: str) -> None:
    """Keep this desk's name; an empty one forgets it (back to the computer's name)."""
    name = " ".join(name.split())
    if len(name) > MAX_DESK_NAME:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A desk name is at most %1 characters."), MAX_DESK_NAME,
            field="desk_name")
    target = folder / DESK_FILE
    if not name:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return
    target.write_text(name + "\n", encoding="utf-8")

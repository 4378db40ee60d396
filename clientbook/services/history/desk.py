"""Who makes a change: the desk (the computer's user and host name), for the change log."""

from __future__ import annotations

import getpass
import os

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

"""Files of personal data written for this user only: 0600 files, 0700 folders, whole or not
at all (a half-written report never looks like a finished one)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

# A file being written is hidden under this prefix until it is complete.
TEMP_PREFIX = ".clientbook-export-"


def private_folder(folder: Path) -> Path:
    """`folder`, created (with missing parents) readable by this user only when it is new.

    An existing folder is left as it is: it is the person's own choice.
    """
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    return folder


def write_private(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """Write `text` to `path` as a 0600 file: to a hidden temporary file, then renamed.

    Raises OSError (with the file name) on failure, leaving no temporary file behind.
    """
    fd, temp = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="") as out:
            out.write(text)
        os.replace(temp, path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        if exc.filename is None or exc.filename == temp:
            exc.filename = str(path)  # name the file the person asked for
        raise
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path

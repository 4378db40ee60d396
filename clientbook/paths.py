"""Where data lives: --data-dir beats $CLIENTBOOK_DATA_DIR, which beats the platform default."""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from clientbook.domain.errors import StoreError
from clientbook.domain.words import QT_TRANSLATE_NOOP

ENV_VAR = "CLIENTBOOK_DATA_DIR"
# A book shared on a PostgreSQL server: postgresql://user@host/database.
DATABASE_VAR = "CLIENTBOOK_DATABASE"
APP_NAME = "ClientBook"


def data_dir(cli_value: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


# In the data folder: the server book this desk opens (File → Connect to a shared book…).
SHARED_BOOK_FILE = "shared-book.txt"


def database(cli_value: str | None = None, environ: Mapping[str, str] | None = None,
             folder: Path | None = None) -> str | None:
    """The shared book's server address: --database beats $CLIENTBOOK_DATABASE, which beats
    the desk's own choice saved in its data folder; None is the book file in that folder."""
    environ = os.environ if environ is None else environ
    saved = saved_shared_book(folder) if folder is not None else None
    return cli_value or environ.get(DATABASE_VAR) or saved or None


def saved_shared_book(folder: Path) -> str | None:
    try:
        text = (folder / SHARED_BOOK_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return text or None


def save_shared_book(folder: Path, address: str | None) -> None:
    """Remember (or forget, with None) the desk's server book; readable by this user only."""
    target = ensure_private_dir(folder) / SHARED_BOOK_FILE
    if address is None:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as file:
        file.write(address + "\n")


# The book's file: a folder holding it is ClientBook's data folder.
BOOK_FILE = "clientbook.db"
# Permission bits that let other accounts on the machine in.
_SHARED_BITS = stat.S_IRWXG | stat.S_IRWXO


def ensure_private_dir(path: Path) -> Path:
    """Create the data folder readable by this user only (personal data lives here).

    An existing folder that other accounts can open is tightened too (made by an older
    version, by hand, or copied under a permissive umask), but only when it is clearly
    ClientBook's: empty, or holding the book. Any other folder, the home folder and a folder
    owned by another account are left as they are (the book file itself is private anyway).
    """
    if path.is_symlink() and not path.exists():
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "The data folder %1 is a link to %2, which does not exist (a drive not "
            "connected, or a folder moved or deleted). Connect or restore it, or choose "
            "another data folder with --data-dir."), path, os.readlink(path))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        _tighten(path)
    return path


def _tighten(path: Path) -> None:
    info = path.stat()
    if not info.st_mode & _SHARED_BITS or info.st_uid != os.getuid() or path == Path.home():
        return
    if (path / BOOK_FILE).exists() or not any(path.iterdir()):
        with contextlib.suppress(OSError):  # on a FAT stick or a share: nothing to tighten
            path.chmod(stat.S_IMODE(info.st_mode) & ~_SHARED_BITS)

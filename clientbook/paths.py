"""Where data lives: --data-dir beats $CLIENTBOOK_DATA_DIR, which beats the platform default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

ENV_VAR = "CLIENTBOOK_DATA_DIR"
APP_NAME = "ClientBook"


def data_dir(cli_value: str | None = None, environ: Mapping[str, str] | None = None) -> Path:
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(ENV_VAR):
        return Path(environ[ENV_VAR]).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def ensure_private_dir(path: Path) -> Path:
    """Create the data folder readable by this user only (personal data lives here)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path

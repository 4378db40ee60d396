"""The window's own options, read without building the whole command line: a window start
(`clientbook [options]`, `clientbook [options] gui [options]`) loads no command module."""

from __future__ import annotations

import argparse
from pathlib import Path

from clientbook.languages import LANGUAGES


def window_options(p: argparse.ArgumentParser, default=None) -> None:
    p.add_argument("--screenshot", type=Path, metavar="FILE.png", default=default,
                   help="render the Today page with the first briefing to a PNG and exit")
    p.add_argument("--smoke-test", action="store_true", default=default or False,
                   help="start fully, show the window with data, exit 0")
    p.add_argument("--no-dialogs", action="store_true", default=default or False,
                   help="print messages instead of showing message boxes")
    p.add_argument("--language", choices=list(LANGUAGES), metavar="CODE", default=default,
                   help="the window's language for this run: " + ", ".join(LANGUAGES)
                   + " (default: the one chosen in Settings, else the system's)")


def window_arguments(argv: list[str]) -> argparse.Namespace | None:
    """The arguments of a window start, or None when `argv` asks for anything else (a
    command, --help, --version, a mistake): the whole parser then reads it."""
    parser = argparse.ArgumentParser(add_help=False, exit_on_error=False)
    parser.add_argument("--data-dir")
    parser.add_argument("--database")
    window_options(parser)
    parser.add_argument("command", nargs="?", choices=["gui"])
    try:
        args, rest = parser.parse_known_args(argv)
    except (argparse.ArgumentError, SystemExit):
        return None
    return None if rest else args

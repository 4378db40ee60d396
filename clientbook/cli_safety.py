"""Command-line data safety: backup, restore and the integrity check."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from clientbook.services.book import Book


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {}

"""Command-line data safety: backup, restore and the integrity check."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from clientbook.domain.errors import ClientBookError
from clientbook.services import backups
from clientbook.services.book import Book


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser("backup", help="back the data up now (checked), or list the backups")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE|FOLDER",
                   help="where to write it (default: the data folder's backups/)")
    p.add_argument("--list", action="store_true", help="list the automatic backups")
    p = sub.add_parser("restore", help="replace the data with a backup (the data as it is "
                                       "now is kept as a backup first)")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE")
    p.add_argument("--latest", action="store_true",
                   help="the newest automatic backup that checks out")
    p = sub.add_parser("check", help="check the data file for damage (exit 1 if damaged)")
    p.add_argument("--quick", action="store_true", help="a faster, less thorough check")


def _describe(backup: backups.BackupFile) -> str:
    return f"{backup.at:%Y-%m-%d %H:%M}  {backup.reason:<15} {backup.size / 1e6:8.1f} MB  " \
           f"{backup.path}"


def cmd_backup(book: Book, args: argparse.Namespace) -> int:
    if args.list:
        found = backups.list_backups(book.path.parent)
        if not found:
            print("No automatic backups yet.")
        for backup in found:
            print(_describe(backup))
        if hidden := backups.hidden_copies(book.path.parent):
            print(f"{hidden} unfinished hidden {'copy' if hidden == 1 else 'copies'} "
                  "(.clientbook-backup-*) being written by another ClientBook, or left by "
                  "an interrupted backup or restore: removed at the next start or backup.")
        return 0
    if args.file is None:
        path = backups.make_backup(book, backups.Reason.MANUAL)
    else:
        path = backups.backup_to(book, args.file)
    print(f"Backed up and checked: {path}")
    return 0


def _source(folder: Path, args: argparse.Namespace) -> Path:
    if args.file is not None and args.latest:
        raise ClientBookError("Give a backup file or --latest, not both.")
    if args.file is not None:
        return args.file
    if not args.latest:
        raise ClientBookError("Say which backup to restore: a FILE, or --latest.")
    newest = backups.newest_good_backup(folder)
    if newest is None:
        raise ClientBookError(f"There is no good backup in {backups.backup_folder(folder)}.")
    return newest.path


def cmd_restore(book: Book, args: argparse.Namespace) -> int:
    source = _source(book.path.parent, args)
    kept, _changes = backups.restore(book, source)
    print(f"Restored from {source}. The data as it was is kept in {kept}.")
    return 0


def cmd_check(book: Book, args: argparse.Namespace) -> int:
    result = backups.check(book, full=not args.quick)
    if result.ok:
        print(f"{book.path}: ok")
        return 0
    print(f"clientbook: {result.problem}", file=sys.stderr)
    _suggest_backup(book.path.parent)
    return 1


def _suggest_backup(folder: Path) -> None:
    newest = backups.newest_good_backup(folder)
    if newest is not None:
        print(f"The newest good backup is from {newest.at:%Y-%m-%d %H:%M}: restore it with "
              "`clientbook restore --latest`.", file=sys.stderr)


def without_book(folder: Path, args: argparse.Namespace, error: ClientBookError,
                 now: Callable[[], datetime]) -> int | None:
    """When the data file cannot be opened: `restore` can still replace it, `check` says
    what is wrong and which backup is good. None for every other command."""
    if args.command == "restore":
        source = _source(folder, args)
        aside = backups.restore_unopenable(folder, source, now())
        kept = f" The unusable file was moved to {aside}." if aside else ""
        print(f"Restored from {source}.{kept}")
        return 0
    if args.command == "check":
        print(f"clientbook: {error}", file=sys.stderr)
        _suggest_backup(folder)
        return 1
    return None


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {
    "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
}

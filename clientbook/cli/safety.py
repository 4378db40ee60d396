"""Command-line data safety: backup, restore and the integrity check."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from clientbook.domain.errors import (
    ClientBookError,
    DamagedStoreError,
    IncompatibleStoreError,
    ReadOnlyStoreError,
    StoreLockedError,
)
from clientbook.services.book import Book
from clientbook.services.safety import backups


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser("backup", help="back the data up now (checked), or list the backups")
    p.add_argument("file", nargs="?", metavar="FILE|FOLDER",
                   help="where to write it (default: the data folder's backups/); a name "
                        "ending in / is a folder, created if missing")
    p.add_argument("--list", action="store_true", help="list the automatic backups")
    p = sub.add_parser("restore", help="replace the data with a backup (the data as it is "
                                       "now is kept as a backup first)")
    p.add_argument("file", type=Path, nargs="?", metavar="FILE")
    p.add_argument("--latest", action="store_true",
                   help="the newest automatic backup that checks out")
    p = sub.add_parser(
        "check", help="check the data file for damage",
        description="Exit status: 0 sound; 1 damaged (restore a backup, or --repair when "
                    "only indexes are damaged); 3 the data folder or file is read-only (the "
                    "data was checked if it could be read); 4 another program is using the "
                    "data, so it could not be checked; 5 it could not be checked for another "
                    "reason (said on stderr).")
    p.add_argument("--quick", action="store_true", help="a faster, less thorough check")
    p.add_argument("--repair", action="store_true",
                   help="rebuild the indexes (REINDEX) when they are all that is damaged")
    p = sub.add_parser(
        "move-book", help="copy the whole book onto a PostgreSQL server, or into a new file "
                          "(compared row by row; the original is left as it was)")
    p.add_argument("--to", required=True, metavar="postgresql://USER@HOST/NAME|FILE.db",
                   help="an empty server database (ClientBook sets it up), or a new file")


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
        path = book.backups.make(backups.Reason.MANUAL)
    else:
        folder = args.file.endswith(("/", os.sep))  # Path() would drop the slash
        path = book.backups.to(Path(args.file), folder=folder)
    print(f"Backed up and checked: {path}")
    return 0


def cmd_move_book(book: Book, args: argparse.Namespace) -> int:
    moved = book.backups.move_to(args.to)
    rows = moved.rows
    print(f"Copied {rows['clients']:,} clients, {rows['visits']:,} visits, "
          f"{rows['appointments']:,} appointments and {rows['promises']:,} promises to "
          f"{moved.target}, and compared every row with the original.")
    if args.to.startswith(("postgresql://", "postgres://")):
        print(f"Desks open it with --database {args.to} (or CLIENTBOOK_DATABASE); the "
              f"book this was copied from is unchanged.")
    else:
        print("It opens at any single desk: put it in a data folder as clientbook.db; the "
              "book this was copied from is unchanged.")
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
    kept, _changes = book.backups.restore(source)
    print(f"Restored from {source}. The data as it was is kept in {kept}.")
    return 0


# `clientbook check` exit statuses (README "Keeping the data safe").
CHECK_OK, CHECK_DAMAGED, CHECK_READ_ONLY, CHECK_IN_USE, CHECK_FAILED = 0, 1, 3, 4, 5


def cmd_check(book: Book, args: argparse.Namespace) -> int:
    try:
        result = book.backups.check(full=not args.quick)
        if args.repair and not result.ok and backups.index_damage_only(result):
            result = book.backups.repair_indexes()
            if result.ok:
                print("Rebuilt the indexes (REINDEX); the data file checks out again.")
    except StoreLockedError as exc:
        print(f"clientbook: {exc}", file=sys.stderr)
        print("Nothing is known to be damaged: check again when the other program is done.",
              file=sys.stderr)
        return CHECK_IN_USE
    if not result.ok:
        print(f"clientbook: {result.problem}", file=sys.stderr)
        if backups.index_damage_only(result):
            print("Only the indexes are damaged: `clientbook check --repair` rebuilds them "
                  "from the data (nothing is lost). Until then ClientBook saves no changes.",
                  file=sys.stderr)
        else:
            print("ClientBook saves no changes to this file until a backup is restored.",
                  file=sys.stderr)
        suggest_backup(book.path.parent)
        return CHECK_DAMAGED
    for problem in result.unreadable:
        print(f"clientbook: {problem}", file=sys.stderr)
    if result.unreadable:
        print("Records with an unreadable time are left out of lists (a client's own dates "
              "read as unknown). Correct or delete them, or restore a backup from before the "
              "damage.", file=sys.stderr)
        suggest_backup(book.path.parent)
        return CHECK_DAMAGED
    print(f"{book.location}: ok")
    if book.read_only:
        print(f"clientbook: {book.path} is read-only (the file, its folder or the disk): the "
              "data is sound, but changes cannot be saved there.", file=sys.stderr)
        return CHECK_READ_ONLY
    return CHECK_OK


def suggest_backup(folder: Path) -> None:
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
        if isinstance(error, ReadOnlyStoreError):
            return CHECK_READ_ONLY  # nothing known to be damaged: no restore advised
        if isinstance(error, StoreLockedError):
            return CHECK_IN_USE
        if isinstance(error, IncompatibleStoreError):  # damaged, or not ClientBook's
            suggest_backup(folder)
            return CHECK_DAMAGED
        return CHECK_FAILED
    if isinstance(error, DamagedStoreError):
        print(f"clientbook: {error}", file=sys.stderr)
        suggest_backup(folder)
        return 1
    return None


# Commands that write: a quick check runs first, so none builds on a damaged file.
WRITING = {"demo", "import", "undo-import", "forget"}


def before_command(book: Book, args: argparse.Namespace) -> None:
    """Say what limits this run: a read-only folder, or damage found and not repaired (then
    reads may be incomplete and writes are refused)."""
    if book.read_only and args.command != "check":
        print(f"clientbook: note: {book.path} cannot be written (a read-only file, folder or "
              "disk), so ClientBook opened it for reading only: changes cannot be saved.",
              file=sys.stderr)
    if args.command in ("check", "restore", "backup"):
        return
    if args.command in WRITING and not getattr(args, "dry_run", False):
        book.backups.check(full=False)  # remembers damage it finds: the write is refused
    if found := book.backups.damage_found():
        print(f"clientbook: warning: the data file is damaged ({found}): results may be "
              "incomplete, and no change is saved until it is repaired or a backup is "
              "restored (see `clientbook check`).", file=sys.stderr)


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {
    "backup": cmd_backup, "restore": cmd_restore, "check": cmd_check,
    "move-book": cmd_move_book,
}

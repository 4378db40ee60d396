"""Composition root: parse arguments, find the data folder, open the book, run CLI or window."""

from __future__ import annotations

import errno
import gc
import sys

from clientbook import logs, paths
from clientbook.cli.errors import UserError
from clientbook.cli.window_args import window_arguments
from clientbook.domain.errors import ClientBookError, DamagedStoreError, ReadOnlyStoreError


def _safe_stdio() -> None:
    """Never crash on a console that cannot show a client's name."""
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _start_log(what: str):
    """Log to the platform's log folder; a folder that cannot be written never stops work."""
    try:
        path = logs.setup()
    except OSError as exc:
        print(f"clientbook: warning: cannot write the log: {exc}", file=sys.stderr)
        return None
    logs.started(what)
    return path


def main(argv: list[str] | None = None) -> int:
    _safe_stdio()
    argv = sys.argv[1:] if argv is None else argv
    args = window_arguments(argv)  # a window start loads no command module
    if args is None:
        from clientbook.cli import main as cli

        args = cli.build_parser().parse_args(argv)
    folder = paths.data_dir(args.data_dir)
    args.database = paths.database(getattr(args, "database", None), folder=folder)
    if args.command in (None, "gui"):
        log_path = _start_log("window")
        # Until the window shows, nearly every object made lives as long as the window
        # (modules, widgets, the book): Python's cycle collector would only walk them again
        # and again. app.run switches it back on once the window is up.
        gc.disable()
        try:
            from clientbook.ui.app import app  # Qt loads only for the window

            return app.run(
                folder,
                screenshot=getattr(args, "screenshot", None),
                smoke_test=getattr(args, "smoke_test", False),
                no_dialogs=getattr(args, "no_dialogs", False),
                language=getattr(args, "language", None),
                log_path=log_path,
                database=args.database,
            )
        finally:
            gc.enable()
    return _run_command(folder, args)


def _run_command(folder, args) -> int:
    from clientbook.cli import main as cli
    from clientbook.cli import safety as cli_safety

    try:
        book = _open(folder, args)
    except ClientBookError as exc:
        return _without_book(folder, args, exc)
    except OSError as exc:
        print(f"clientbook: cannot use the data folder {folder}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    if warning := book.network_warning():
        print(f"clientbook: warning: {warning}", file=sys.stderr)
    try:
        with book.reading():
            cli_safety.before_command(book, args)
            return cli.run(book, args)
    except (ClientBookError, UserError) as exc:
        print(f"clientbook: {exc}", file=sys.stderr)
        if isinstance(exc, DamagedStoreError):
            cli_safety.suggest_backup(folder)
        return 1
    except OSError as exc:
        name = f" {exc.filename}" if exc.filename else ""
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
            print(f"clientbook: the disk is full: cannot write{name} ({exc.strerror}); "
                  "nothing was left half-written.", file=sys.stderr)
        else:
            print(f"clientbook: cannot access{name}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        book.close()


def _open(folder, args):
    """The book; read-only when its folder or disk is, so reading and exporting still work."""
    from clientbook.cli import main as cli
    from clientbook.services.book import Book

    clock = cli.clock_for(args)
    if args.database:
        return Book.open(folder, clock=clock, database=args.database)
    try:
        return Book.open(folder, clock=clock)
    except ReadOnlyStoreError as exc:
        try:
            return Book.open(folder, clock=clock, read_only=True)
        except ClientBookError:
            raise exc from None


def _without_book(folder, args, error: ClientBookError) -> int:
    """The data file cannot be opened: a restore may still replace it; otherwise say why."""
    from clientbook.cli import main as cli
    from clientbook.cli import safety as cli_safety

    try:
        code = cli_safety.without_book(folder, args, error, cli.clock_for(args))
    except (ClientBookError, OSError) as exc:
        print(f"clientbook: {exc}", file=sys.stderr)
        return 1
    if code is None:
        print(f"clientbook: {error}", file=sys.stderr)
        return 1
    return code


if __name__ == "__main__":
    sys.exit(main())

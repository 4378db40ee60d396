"""The command line: a stable contract for scripts. Thin: parse, call services, print."""

from __future__ import annotations

import argparse
import locale
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from clientbook import __version__
from clientbook.cli import followups as cli_followups
from clientbook.cli import privacy as cli_privacy
from clientbook.cli import reports as cli_reports
from clientbook.cli import safety as cli_safety
from clientbook.cli.output import briefing_dict, briefing_text, when
from clientbook.domain.errors import NotFoundError
from clientbook.languages import LANGUAGES
from clientbook.services.book import Book
from clientbook.services.csv_format import KINDS
from clientbook.services.demo.demo import fill_demo
from clientbook.services.demo.demo_removal import demo_contents, remove_demo
from clientbook.services.exporting.csv_export import default_delimiter, export_client, export_csv
from clientbook.services.importing.csv_import import IMPORT_KINDS, import_csv
from clientbook.services.importing.import_apply import undo_last_import
from clientbook.services.importing.text_decoding import ENCODINGS

MAX_PROBLEMS_SHOWN = 20
_DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


class UserError(Exception):
    """Printed as one line on stderr; exit status 1."""


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def _non_negative(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number")
    return int(text)


def _window_options(p: argparse.ArgumentParser, default=None) -> None:
    p.add_argument("--screenshot", type=Path, metavar="FILE.png", default=default,
                   help="render the Today page with the first briefing to a PNG and exit")
    p.add_argument("--smoke-test", action="store_true", default=default or False,
                   help="start fully, show the window with data, exit 0")
    p.add_argument("--no-dialogs", action="store_true", default=default or False,
                   help="print messages instead of showing message boxes")
    p.add_argument("--language", choices=list(LANGUAGES), metavar="CODE", default=default,
                   help="the window's language for this run: " + ", ".join(LANGUAGES)
                   + " (default: the one chosen in Settings, else the system's)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientbook",
        description="ClientBook: remember every client. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ClientBook {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the client book (default: $CLIENTBOOK_DATA_DIR, "
                             "then the platform's data folder)")
    _window_options(parser)  # "clientbook --smoke-test" and "clientbook gui --smoke-test"
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the window (the default with no command)")
    _window_options(p, argparse.SUPPRESS)  # SUPPRESS: never undo what came before "gui"

    p = sub.add_parser("demo", help="fill an empty client book with sample data")
    p.add_argument("--clients", type=_positive, default=60)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--force", action="store_true", help="add demo data to a non-empty book")
    p.add_argument("--remove", action="store_true",
                   help="empty a book that holds only the sample data (with --yes)")
    p.add_argument("--yes", action="store_true", help="with --remove: really remove it")
    p.add_argument("--today", type=_day, help=argparse.SUPPRESS)

    p = sub.add_parser("search", help="find clients by name, phone, email or preference")
    p.add_argument("query")
    p.add_argument("--limit", type=_positive, default=20)
    p.add_argument("--archived", action="store_true", help="include archived clients")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "import", help="import contacts (Google, Outlook, vCard, spreadsheet) or ClientBook CSV",
        description="Checks every row first; saves all good rows in one go, or nothing.")
    p.add_argument("kind", choices=IMPORT_KINDS,
                   help="contacts: any contacts file; the others: ClientBook's own CSV")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file, save nothing")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and leave out rows with problems")
    p.add_argument("--duplicates", choices=("merge", "skip"), default="merge",
                   help="a row like an existing client (same phone, e-mail, or name and "
                        "birthday): fill in what is missing (merge, the default) or skip it")
    p.add_argument("--encoding", choices=[name for name, _ in ENCODINGS],
                   help="the file's text encoding (default: detected)")
    p.add_argument("--delimiter", choices=sorted(_DELIMITERS),
                   help="comma, semicolon or tab (default: detected)")
    p.add_argument("--day-first", action="store_true",
                   help="read dates like 03/04/1985 as day/month/year")
    p.add_argument("--json", action="store_true")

    sub.add_parser("undo-import", help="remove what the last import added")

    p = sub.add_parser(
        "export", help="export ClientBook CSV, or everything about one client",
        description="KIND writes one CSV file; 'client' writes one file per record kind about "
                    "the client given with --client into FOLDER (for a data-access request).")
    p.add_argument("kind", choices=(*KINDS, "client"), metavar="KIND",
                   help=f"{', '.join(KINDS)}; or client")
    p.add_argument("file", type=Path, metavar="FILE|FOLDER")
    p.add_argument("--client", metavar="CLIENT",
                   help="with 'client': a client id, or a search that matches one client")
    p.add_argument("--no-bom", action="store_true",
                   help="plain UTF-8, without the byte-order mark Excel needs to read UTF-8")
    p.add_argument("--delimiter", choices=sorted(_DELIMITERS),
                   help="cell separator (default: semicolon where the locale writes decimals "
                        "with a comma, as Excel there expects; otherwise comma)")

    p = sub.add_parser("briefing", help="the pre-visit briefing card for one client")
    p.add_argument("client", help="client id, or a search that matches one client")
    p.add_argument("--today", type=_day)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("birthdays", help="birthdays from today through the next N days")
    p.add_argument("--days", type=_non_negative, default=None)
    p.add_argument("--today", type=_day)
    p.add_argument("--json", action="store_true")
    for module in _COMMAND_MODULES:
        module.add_parsers(sub, _day)
    return parser


_print_json = cli_followups.print_json
# Modules adding their own commands: each has add_parsers(sub, day) and COMMANDS.
_COMMAND_MODULES = (cli_followups, cli_safety, cli_privacy, cli_reports)


def _clock_for(today: date | None) -> Callable[[], datetime]:
    """With --today, "now" is the start of that day, so results are repeatable."""
    if today is None:
        return datetime.now
    start = datetime.combine(today, datetime.min.time())
    return lambda: start


def cmd_demo(book: Book, args: argparse.Namespace) -> int:
    if args.remove:
        return _remove_demo(book, args.yes)
    summary = fill_demo(book, clients=args.clients, seed=args.seed, today=args.today,
                        force=args.force)
    print(f"Added demo data to {book.path}: {summary.clients} clients, {summary.staff} staff, "
          f"{summary.visits} visits, {summary.appointments} appointments, "
          f"{summary.promises} promises.")
    return 0


def _remove_demo(book: Book, yes: bool) -> int:
    found = demo_contents(book)  # refuses a book with data of its own
    what = f"{found.clients} sample clients with their history and {found.staff} demo staff"
    if not yes:
        print(f"This would remove {what} from {book.path}, leaving an empty book. "
              "Run again with --yes to remove them.")
        return 1
    remove_demo(book)
    print(f"Removed {what}; the book is empty.")
    return 0


def cmd_search(book: Book, args: argparse.Namespace) -> int:
    results = book.search(args.query, limit=args.limit, include_archived=args.archived)
    if args.json:
        _print_json([{"id": r.id, "name": r.name, "phone": r.phone, "match": r.match.name.lower()}
                     for r in results])
    elif not results:
        print(f"No client matches {args.query!r}.", file=sys.stderr)
    else:
        for r in results:
            print(f"{r.id:>7}  {r.name}" + (f"  {r.phone}" if r.phone else ""))
    return 0


def cmd_import(book: Book, args: argparse.Namespace) -> int:
    report = import_csv(
        book, args.kind, args.file, dry_run=args.dry_run, skip_bad=args.skip_bad_rows,
        duplicates=args.duplicates, encoding=args.encoding,
        delimiter=_DELIMITERS.get(args.delimiter or ""), day_first=args.day_first)
    result = report.result
    assert result is not None
    if args.json:
        _print_json({
            "kind": report.kind, "layout": report.layout, "encoding": report.encoding,
            "rows": result.rows, "added": result.added, "merged": result.merged,
            "updated": result.updated, "skipped_bad": result.skipped_bad,
            "skipped_duplicates": result.skipped_duplicates, "new_staff": result.new_staff,
            "dry_run": report.dry_run, "ok": report.ok,
            "problems": [{"line": p.line, "message": p.message} for p in report.problems],
        })
    if report.problems and not args.json:
        for problem in report.problems[:MAX_PROBLEMS_SHOWN]:
            print(f"{args.file}: {problem}", file=sys.stderr)
        hidden = len(report.problems) - MAX_PROBLEMS_SHOWN
        if hidden > 0:
            print(f"... and {hidden} more problems", file=sys.stderr)
    if not report.ok:
        print(f"clientbook: nothing imported: {len(report.problems)} problem(s) in "
              f"{args.file}. Fix them, or use --skip-bad-rows.", file=sys.stderr)
        return 1
    if not args.json:
        verb = "Would import" if report.dry_run else "Imported"
        parts = [f"{result.added} added", f"{result.merged} merged", f"{result.updated} updated"]
        if result.skipped_duplicates:
            parts.append(f"{result.skipped_duplicates} duplicates skipped")
        if result.skipped_bad:
            parts.append(f"{result.skipped_bad} bad rows skipped")
        staff = f"; new staff: {', '.join(result.new_staff)}" if result.new_staff else ""
        print(f"{verb} {result.rows} rows from {args.file} ({report.layout}, "
              f"{report.encoding}): {', '.join(parts)}{staff}.")
    return 0


def cmd_undo_import(book: Book, args: argparse.Namespace) -> int:
    preview, _changes = undo_last_import(book)
    later = (f"; also removed {preview.later_records} later visits, appointments or promises "
             "of those clients") if preview.later_records else ""
    print(f"Undid the import of {preview.source}: removed {preview.added} added records, "
          f"restored {preview.merged} merged clients{later}.")
    return 0


def _locale_delimiter() -> str:
    """From the user's LC_NUMERIC (LC_ALL/LANG): `;` where decimals are written 3,5."""
    try:
        previous = locale.setlocale(locale.LC_NUMERIC)
        try:
            locale.setlocale(locale.LC_NUMERIC, "")
            point = locale.localeconv()["decimal_point"]
        finally:
            locale.setlocale(locale.LC_NUMERIC, previous)
    except locale.Error:  # an unknown or uninstalled locale: the plain default
        return ","
    return default_delimiter(point)


def cmd_export(book: Book, args: argparse.Namespace) -> int:
    options = {"bom": not args.no_bom,
               "delimiter": _DELIMITERS[args.delimiter] if args.delimiter
               else _locale_delimiter()}
    if args.kind == "client":
        if not args.client:
            raise UserError("export client needs --client CLIENT: an id, or a search that "
                            "matches one client.")
        client_id = _resolve_client(book, args.client)
        paths = export_client(book, client_id, args.file, **options)
        print(f"Exported everything about client {client_id} to {len(paths)} files in "
              f"{args.file}.")
        return 0
    if args.client:
        raise UserError("--client goes with 'export client'; other kinds export every row.")
    count = export_csv(book, args.kind, args.file, **options)
    print(f"Exported {count} {args.kind} rows to {args.file}.")
    return 0


def _resolve_client(book: Book, reference: str) -> int:
    if reference.isdigit() and book.clients.exists(int(reference)):
        return int(reference)
    results = book.search(reference, limit=10, include_archived=True)
    exact = [r for r in results if r.match.name == "EXACT"]
    if len(results) == 1 or len(exact) == 1:
        return (exact or results)[0].id
    if not results:
        raise NotFoundError(f"No client matches {reference!r}.")
    listing = "; ".join(f"{r.id} {r.name}" for r in results)
    raise UserError(f"{reference!r} matches several clients, use an id: {listing}")


def cmd_briefing(book: Book, args: argparse.Namespace) -> int:
    client_id = _resolve_client(book, args.client)
    card = book.briefing(client_id)
    if args.json:
        _print_json(briefing_dict(card))
    else:
        print(briefing_text(card, book.contacts.check(client_id)))
    return 0


def cmd_birthdays(book: Book, args: argparse.Namespace) -> int:
    found = book.birthdays(days=args.days, today=args.today)
    if args.json:
        _print_json([{"id": b.client_id, "name": b.name, "date": b.date.isoformat(),
                      "days_until": b.days_until, "age": b.age} for b in found])
    elif not found:
        print("No birthdays coming up.")
    else:
        for b in found:
            age = f" (turns {b.age})" if b.age is not None else ""
            print(f"{b.date.isoformat()}  {when(b.days_until):<12} {b.name}{age}")
    return 0


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "search": cmd_search,
    "import": cmd_import,
    "undo-import": cmd_undo_import,
    "export": cmd_export,
    "briefing": cmd_briefing,
    "birthdays": cmd_birthdays,
}
for _module in _COMMAND_MODULES:
    COMMANDS.update(_module.COMMANDS)


def run(book: Book, args: argparse.Namespace) -> int:
    return COMMANDS[args.command](book, args)


def clock_for(args: argparse.Namespace) -> Callable[[], datetime]:
    return _clock_for(getattr(args, "today", None))

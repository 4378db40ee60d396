"""The command line: a stable contract for scripts. Thin: parse, call services, print."""

from __future__ import annotations

import argparse
import locale
import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from clientbook import __version__
from clientbook.cli import appointments as cli_appointments
from clientbook.cli import branches as cli_branches
from clientbook.cli import calendar_io as cli_calendar_io
from clientbook.cli import feed as cli_feed
from clientbook.cli import followups as cli_followups
from clientbook.cli import history as cli_history
from clientbook.cli import messages as cli_messages
from clientbook.cli import privacy as cli_privacy
from clientbook.cli import reports as cli_reports
from clientbook.cli import safety as cli_safety
from clientbook.cli.clients import resolve_client
from clientbook.cli.errors import UserError
from clientbook.cli.output import (
    briefing_dict,
    briefing_text,
    import_notes,
    undo_summary,
    when,
)
from clientbook.cli.window_args import window_options
from clientbook.services.book import Book
from clientbook.services.csv_format import IMPORT_KINDS, KINDS
from clientbook.services.importing.text_decoding import ENCODINGS

MAX_PROBLEMS_SHOWN = 20
_DELIMITERS = {"comma": ",", "semicolon": ";", "tab": "\t"}


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clientbook",
        description="ClientBook: remember every client. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"ClientBook {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="folder holding the client book (default: $CLIENTBOOK_DATA_DIR, "
                             "then the platform's data folder)")
    parser.add_argument("--database", metavar="postgresql://USER@HOST/NAME",
                        help="a book shared on a PostgreSQL server instead of the file in the "
                             "data folder (default: $CLIENTBOOK_DATABASE); the password comes "
                             "from ~/.pgpass, never from the address")
    window_options(parser)  # "clientbook --smoke-test" and "clientbook gui --smoke-test"
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="open the window (the default with no command)")
    window_options(p, argparse.SUPPRESS)  # SUPPRESS: never undo what came before "gui"

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
    p.add_argument("kind", choices=(*IMPORT_KINDS, "calendar"),
                   help="contacts: any contacts file; calendar: an iCalendar (.ics) file; "
                        "the others: ClientBook's own CSV")
    p.add_argument("file", type=Path)
    p.add_argument("--dry-run", action="store_true", help="check the file, save nothing")
    p.add_argument("--skip-bad-rows", action="store_true",
                   help="import the good rows and leave out rows with problems")
    p.add_argument("--duplicates", choices=("merge", "skip"), default="merge",
                   help="a row like an existing client (same phone, e-mail, or name and "
                        "birthday): fill in what is missing (merge, the default) or skip it")
    p.add_argument("--merge-notes", choices=("append", "keep"), default="append",
                   help="a merged row's notes: append them to the client's (the default; the "
                        "summary counts them) or keep the client's notes as they are")
    p.add_argument("--encoding", choices=[name for name, _ in ENCODINGS],
                   help="the file's text encoding (default: detected)")
    p.add_argument("--delimiter", choices=sorted(_DELIMITERS),
                   help="comma, semicolon or tab (default: detected)")
    order = p.add_mutually_exclusive_group()
    order.add_argument("--day-first", action="store_true", default=None,
                       help="read dates like 03/04/1985 as day/month/year (3 April)")
    order.add_argument("--month-first", dest="day_first", action="store_false",
                       help="read dates like 03/04/1985 as month/day/year (4 March)")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser(
        "undo-import", help="undo the last import (says what it would do; --yes does it)",
        description="Undoes the last import only: backed up first; clients seen, contacted "
                    "or edited since are kept, and fields changed since stay as they are now. "
                    "An earlier import is undone only by naming it: --list, then --id N.")
    p.add_argument("--yes", action="store_true", help="confirm: undo it now")
    p.add_argument("--list", action="store_true", help="list the imports, newest first")
    p.add_argument("--id", type=_positive, metavar="N", help="undo import N (see --list)")

    p = sub.add_parser(
        "export", help="export ClientBook CSV, or everything about one client",
        description="KIND writes one CSV file; 'client' writes one file per record kind about "
                    "the client given with --client into FOLDER (for a data-access request).")
    p.add_argument("kind", choices=(*KINDS, "client", "calendar"), metavar="KIND",
                   help=f"{', '.join(KINDS)}; or client; or calendar (an .ics file)")
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
_COMMAND_MODULES = (cli_followups, cli_safety, cli_privacy, cli_reports, cli_messages,
                    cli_history, cli_appointments, cli_calendar_io, cli_feed, cli_branches)


def _clock_for(today: date | None) -> Callable[[], datetime]:
    """With --today, "now" is the start of that day, so results are repeatable."""
    if today is None:
        return datetime.now
    start = datetime.combine(today, datetime.min.time())
    return lambda: start


def cmd_demo(book: Book, args: argparse.Namespace) -> int:
    if args.remove:
        return _remove_demo(book, args.yes)
    summary = book.demo.fill(clients=args.clients, seed=args.seed, today=args.today,
                        force=args.force)
    print(f"Added demo data to {book.path}: {summary.clients} clients, {summary.staff} staff, "
          f"{summary.visits} visits, {summary.appointments} appointments, "
          f"{summary.promises} promises.")
    return 0


def _remove_demo(book: Book, yes: bool) -> int:
    found = book.demo.contents()  # refuses a book with data of its own
    what = f"{found.clients} sample clients with their history and {found.staff} demo staff"
    if not yes:
        print(f"This would remove {what} from {book.path}, leaving an empty book. "
              "Run again with --yes to remove them.")
        return 1
    book.demo.remove()
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
    if args.kind == "calendar":
        return cli_calendar_io.import_calendar(book, args)
    report = book.imports.from_file(
        args.kind, args.file, dry_run=args.dry_run, skip_bad=args.skip_bad_rows,
        duplicates=args.duplicates, encoding=args.encoding,
        delimiter=_DELIMITERS.get(args.delimiter or ""), day_first=args.day_first,
        default_day_first=_locale_day_first(), merge_notes=args.merge_notes == "append")
    result = report.result
    assert result is not None
    if not args.json:
        for line in import_notes(report):
            print(line)
    if args.json:
        _print_json({
            "kind": report.kind, "layout": report.layout, "encoding": report.encoding,
            "rows": result.rows, "added": result.added, "merged": result.merged,
            "updated": result.updated, "skipped_bad": result.skipped_bad,
            "skipped_duplicates": result.skipped_duplicates, "new_staff": result.new_staff,
            "dry_run": report.dry_run, "ok": report.ok,
            "problems": [{"line": p.line, "message": p.message} for p in report.problems],
            "kept_emails": result.kept_emails, "notes_appended": result.notes_appended,
            "notes_left_out": result.notes_left_out,
            "day_first": report.dates.day_first if report.dates else None,
            "dates_read": (report.dates.read_as().isoformat() if report.dates
                           and report.dates.example else None),
            "years_dropped": [{"line": line, "year": year}
                              for line, year in report.years_dropped],
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
        if result.kept_emails:
            parts.append(f"{result.kept_emails} second e-mails kept in the clients' notes")
        if result.notes_appended:
            parts.append(f"notes of {result.notes_appended} merged rows appended "
                         "(--merge-notes keep leaves them out)")
        if result.notes_left_out:
            parts.append(f"notes of {result.notes_left_out} merged rows left out "
                         "(--merge-notes keep)")
        staff = f"; new staff: {', '.join(result.new_staff)}" if result.new_staff else ""
        print(f"{verb} {result.rows} rows from {args.file} ({report.layout}, "
              f"{report.encoding}): {', '.join(parts)}{staff}.")
    return 0


def cmd_undo_import(book: Book, args: argparse.Namespace) -> int:
    if args.list:
        entries = book.imports.history()
        if not entries:
            print("No imports yet.")
        for e in entries:
            state = f"undone {e.undone_at:%Y-%m-%d %H:%M}" if e.undone_at else "can be undone"
            print(f"{e.id:>5}  {e.at:%Y-%m-%d %H:%M}  {e.source}  ({e.kind}: {e.added} added, "
                  f"{e.merged} merged; {state})")
        return 0
    plan = book.imports.plan_undo(args.id)
    if not args.yes:
        print(undo_summary(plan, done=False))
        raise UserError("nothing undone: add --yes to undo this import.")
    plan, _changes = book.imports.undo(args.id)
    print(undo_summary(plan, done=True))
    return 0


def _locale_day_first() -> bool:
    """From the user's LC_TIME: does the locale write the day before the month?"""
    try:
        previous = locale.setlocale(locale.LC_TIME)
        try:
            locale.setlocale(locale.LC_TIME, "")
            order = locale.nl_langinfo(locale.D_FMT)
        finally:
            locale.setlocale(locale.LC_TIME, previous)
    except (locale.Error, AttributeError):  # no such locale; Windows has no nl_langinfo
        return False
    return order.index("%d") < order.index("%m") if "%d" in order and "%m" in order else False


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
    from clientbook.services.exporting.csv_export import default_delimiter  # loads on use

    return default_delimiter(point)


def cmd_export(book: Book, args: argparse.Namespace) -> int:
    if args.kind == "calendar":
        return cli_calendar_io.export_calendar(book, args)
    options = {"bom": not args.no_bom,
               "delimiter": _DELIMITERS[args.delimiter] if args.delimiter
               else _locale_delimiter()}
    if args.kind == "client":
        if not args.client:
            raise UserError("export client needs --client CLIENT: an id, or a search that "
                            "matches one client.")
        client_id = resolve_client(book, args.client)
        paths = book.exports.client(client_id, args.file, **options)
        print(f"Exported everything about client {client_id} to {len(paths)} files in "
              f"{args.file}.")
        return 0
    if args.client:
        raise UserError("--client goes with 'export client'; other kinds export every row.")
    count = book.exports.table(args.kind, args.file, **options)
    print(f"Exported {count} {args.kind} rows to {args.file}.")
    return 0


def cmd_briefing(book: Book, args: argparse.Namespace) -> int:
    client_id = resolve_client(book, args.client)
    card = book.briefing(client_id)
    if args.json:
        no_shows, late = card.missed
        _print_json(briefing_dict(card) | {"no_shows_12m": no_shows,
                                           "late_cancellations_12m": late})
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

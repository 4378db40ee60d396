"""`clientbook import calendar` and `clientbook export calendar`: iCalendar files in and out.

The options join the existing `import` and `export` commands (KIND calendar); main.py hands
those kinds here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date

from clientbook.cli.errors import UserError
from clientbook.cli.followups import print_json
from clientbook.services.book import Book

MAX_LISTED = 20


def add_parsers(sub: argparse._SubParsersAction, day: Callable[[str], date]) -> None:
    """Add the calendar options to `import` and `export` (they mean nothing to other kinds)."""
    p = sub.choices["import"]
    group = p.add_argument_group("calendar (import calendar FILE.ics)")
    group.add_argument("--with", dest="staff", metavar="STAFF",
                       help="every booking is with this staff member (default: an attendee "
                            "or the summary naming one, else the client's designer)")
    group.add_argument("--unmatched", choices=("skip", "new"), default="skip",
                       help="an event no client matches: list and skip it (the default), or "
                            "make a new client named from its summary")
    group.add_argument("--from", dest="first", type=day, metavar="D",
                       help="first day of the window recurring events are expanded in "
                            "(default: 30 days ago); when given, single events outside the "
                            "window are left out too")
    group.add_argument("--to", dest="last", type=day, metavar="D",
                       help="last day of that window (default: 180 days ahead)")
    group.add_argument("--skip-bad-events", action="store_true",
                       help="import the good events and leave out the ones with problems")
    p = sub.choices["export"]
    group = p.add_argument_group("calendar (export calendar FILE.ics)")
    group.add_argument("--with", dest="staff", metavar="STAFF",
                       help="only this staff member's bookings")
    group.add_argument("--from", dest="first", type=day, metavar="D")
    group.add_argument("--to", dest="last", type=day, metavar="D")
    group.add_argument("--with-briefing", action="store_true",
                       help="add each client's briefing highlights (what to have ready, "
                            "what to avoid); by default no personal notes leave the machine")


def _staff_id(book: Book, name: str | None) -> int | None:
    if name is None:
        return None
    staff = book.staff.by_name(name)
    if staff is None:
        raise UserError(f"There is no staff member called {name!r}.")
    return staff.id


def _when(moment) -> str:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else "-"


def import_calendar(book: Book, args: argparse.Namespace) -> int:
    report, _changes = book.calendars.import_file(
        args.file, dry_run=args.dry_run, staff_id=_staff_id(book, args.staff),
        unmatched_new=args.unmatched == "new", first=args.first, last=args.last,
        skip_bad=args.skip_bad_events)
    if args.json:
        print_json({
            "file": str(args.file), "dry_run": args.dry_run, "ok": report.ok,
            "saved": report.saved, **{a: report.count(a) for a in
                                      ("new", "moved", "cancelled", "unchanged")},
            "new_clients": report.new_clients,
            "unmatched": [{"line": n.line, "summary": n.summary, "starts_at": _when(
                n.starts_at)} for n in report.unmatched],
            "skipped": [{"line": n.line, "summary": n.summary, "reason": n.reason}
                        for n in report.skipped],
            "problems": [{"line": line, "message": text} for line, text in report.problems],
        })
    else:
        for note in report.unmatched[:MAX_LISTED]:
            print(f"unmatched (line {note.line}): {_when(note.starts_at)}  {note.summary}")
        for note in report.skipped[:MAX_LISTED]:
            print(f"skipped (line {note.line}, {note.reason}): {note.summary}")
        hidden = max(0, len(report.unmatched) - MAX_LISTED) + max(
            0, len(report.skipped) - MAX_LISTED)
        if hidden:
            print(f"... and {hidden} more events listed with --json")
    for line, text in report.problems[:MAX_LISTED]:
        print(f"{args.file}: line {line}: {text}", file=sys.stderr)
    if not report.ok and not args.skip_bad_events:
        print(f"clientbook: nothing imported: {len(report.problems)} bad event(s) in "
              f"{args.file}. Fix them, or use --skip-bad-events.", file=sys.stderr)
        return 1
    if not args.json:
        verb = "Would import" if args.dry_run else "Imported"
        extra = [f"{len(report.unmatched)} unmatched", f"{len(report.skipped)} skipped"]
        if report.new_clients:
            extra.append(f"{report.new_clients} new clients")
        if report.problems:
            extra.append(f"{len(report.problems)} bad events left out")
        print(f"{verb} {args.file}: {report.summary()} ({', '.join(extra)}).")
    return 0


def export_calendar(book: Book, args: argparse.Namespace) -> int:
    count = book.calendars.export_file(args.file, _staff_id(book, args.staff), args.first,
                                       args.last, args.with_briefing)
    print(f"Exported {count} appointments to {args.file}.")
    return 0


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {}

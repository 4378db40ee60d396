"""Command-line privacy: forgetting a client on request, retention."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from clientbook.cli.errors import UserError
from clientbook.cli.followups import print_json
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.services.book import Book
from clientbook.services.settings import MAX_RETENTION_YEARS

# Said before and after forgetting: what a person cannot see from the window alone.
BACKUPS_NOTE = ("automatic backups made before now keep them until they age out of rotation "
                "(up to a year)")


def _years(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not 1 <= int(text) <= MAX_RETENTION_YEARS:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of years from 1 to "
                                         f"{MAX_RETENTION_YEARS}")
    return int(text)


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser(
        "forget", help="forget a client for good (a data-erasure request)",
        description="Erases the client's name, contact details, notes, preferences, contact "
                    "log, promises and coming appointments; keeps their visits as anonymous "
                    "statistics. Cannot be undone; " + BACKUPS_NOTE + ".")
    p.add_argument("client", help="client id, or the phone, e-mail or full name of one client")
    p.add_argument("--yes", action="store_true", help="confirm: forget them now")

    p = sub.add_parser(
        "retention", help="active clients not seen for N years; lists, never deletes",
        description="Clients with no visit or appointment for more than N years (default: "
                    "the retention_years setting). Nothing is deleted: archive or forget "
                    "each one you no longer need.")
    p.add_argument("--years", type=_years, metavar="N",
                   help="instead of the retention_years setting")
    p.add_argument("--today", type=day)
    p.add_argument("--json", action="store_true")


def _resolve_exactly(book: Book, reference: str) -> int:
    """An id, or exactly one client's phone, e-mail or full name; never a loose search.

    Stricter than `briefing`: a mistyped id must not fall through to a search that happens
    to find somebody else, and a tea preference is no way to pick whom to erase.
    """

    try:
        return book.clients.resolve(reference)
    except (NotFoundError, ValidationError):
        if reference.strip().isdigit():
            raise NotFoundError(f"There is no client with id {reference.strip()}.") from None
        found = book.search(reference, limit=10)
        if not found:
            raise
        listing = "; ".join(f"{r.id} {r.name}" for r in found)
        raise UserError(f"{reference!r} is not exactly one client's id, phone, e-mail or "
                        f"full name; give the id of the one to forget. Similar: {listing}"
                        ) from None


def cmd_forget(book: Book, args: argparse.Namespace) -> int:

    client_id = _resolve_exactly(book, args.client)
    before = book.privacy.preview(client_id)
    if before.forgotten_at is None and not args.yes:
        raise UserError(
            f"client {client_id} ({before.name}) was not forgotten: forgetting erases their "
            "name, contact details, notes, preferences, contact log, promises and coming "
            "appointments for good, keeping only anonymous visit statistics; it cannot be "
            f"undone, and {BACKUPS_NOTE}. Add --yes to forget them.")
    done = book.privacy.forget(client_id)
    if before.forgotten_at is not None:
        print(f"Client {client_id} was already forgotten on {before.forgotten_at:%Y-%m-%d}; "
              "nothing more to remove.")
    else:
        print(f"Forgot client {client_id}: erased their name, contact details and notes, "
              f"{before.preferences} preferences, {before.contacts} contact-log entries, "
              f"{before.open_promises} open promises and {before.coming_appointments} coming "
              f"appointments; kept {done.visits_kept} visits as anonymous statistics. "
              f"Note: {BACKUPS_NOTE}.")
    if not done.file_clean:
        print(f"clientbook: the data file still holds an old copy of the client "
              f"({done.cleanup_problem}); it goes when every program using the book has "
              "closed it, or run this command again then.", file=sys.stderr)
    return 0


def cmd_retention(book: Book, args: argparse.Namespace) -> int:
    report = book.privacy.not_seen(args.years)
    if args.json:
        print_json({
            "years": report.years,
            "cutoff": report.cutoff.date().isoformat() if report.cutoff else None,
            "clients": [{"id": u.client_id, "name": u.name,
                         "added": u.added.date().isoformat(),
                         "last_seen": u.last_seen.date().isoformat() if u.last_seen else None,
                         "visits": u.visits} for u in report.clients]})
        return 0
    if report.cutoff is None:
        print("The retention flag is off (the retention_years setting is 0); add --years N "
              "to list clients not seen for more than N years.")
        return 0
    years = "1 year" if report.years == 1 else f"{report.years} years"
    if not report.clients:
        print(f"Every active client has been seen in the last {years}.")
        return 0
    print(f"Not seen for more than {years} (since {report.cutoff:%Y-%m-%d}): "
          f"{len(report.clients)} clients. Nothing was deleted; archive them, or forget them "
          "with: clientbook forget ID")
    for u in report.clients:
        seen = (f"last seen {u.last_seen:%Y-%m-%d}" if u.last_seen
                else f"never seen, added {u.added:%Y-%m-%d}")
        print(f"{u.client_id:>7}  {u.name}  — {seen}, {u.visits} visits")
    return 0


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {
    "forget": cmd_forget,
    "retention": cmd_retention,
}

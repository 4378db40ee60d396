"""`clientbook feed …`: the opt-in calendar feed — set it, show it, read it now, turn it off.

The address is kept privately and printed masked: it often carries a secret token."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from clientbook.cli.errors import UserError
from clientbook.cli.followups import print_json
from clientbook.services.book import Book


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser(
        "feed", help="the calendar feed: bookings read from an https:// address",
        description="An online booking system's or a calendar's iCalendar feed, read at the "
                    "window's start and every few minutes and imported like `import "
                    "calendar` (same matching, same UID rules). It is the only network "
                    "connection ClientBook makes, and only when a feed is set.")
    actions = p.add_subparsers(dest="feed_action", metavar="ACTION", required=True)
    s = actions.add_parser("set", help="set the feed's https:// address (kept privately)")
    s.add_argument("url", help="the feed's https:// (or webcal://) address; - reads it from "
                               "standard input, so it stays out of the shell's history")
    s.add_argument("--with", dest="staff", metavar="STAFF",
                   help="every booking of the feed is with this staff member")
    s.add_argument("--every", dest="minutes", type=int, default=15, metavar="MIN",
                   help="read it every MIN minutes while the window is open (default 15)")
    s = actions.add_parser("show", help="the feed (address masked) and its last refresh")
    s.add_argument("--json", action="store_true")
    s = actions.add_parser("refresh", help="read the feed now and import it")
    s.add_argument("--json", action="store_true")
    s = actions.add_parser("off", help="stop reading the feed")
    s.add_argument("--forget", action="store_true",
                   help="also delete its address and what is known of its last refresh")


def _when(moment) -> str | None:
    return f"{moment:%Y-%m-%d %H:%M}" if moment else None


def cmd_feed(book: Book, args: argparse.Namespace) -> int:
    return {"set": _set, "show": _show, "refresh": _refresh, "off": _off}[
        args.feed_action](book, args)


def _set(book: Book, args: argparse.Namespace) -> int:
    url = sys.stdin.readline().strip() if args.url == "-" else args.url
    staff_id = None
    if args.staff is not None:
        staff = book.staff.by_name(args.staff)
        if staff is None:
            raise UserError(f"There is no staff member called {args.staff!r}.")
        staff_id = staff.id
    config = book.feed.configure(url, staff_id, args.minutes)
    who = f", bookings with {args.staff}" if args.staff else ""
    print(f"Calendar feed set: {config.masked()} (every {config.minutes} minutes{who}). "
          f"The window reads it at start and then every {config.minutes} minutes; "
          f"`clientbook feed refresh` reads it now.")
    return 0


def _show(book: Book, args: argparse.Namespace) -> int:
    config = book.feed.config()
    if config is None:
        if args.json:
            print_json({"feed": None})
        else:
            print("No calendar feed is set up (clientbook feed set URL).")
        return 0
    status = book.feed.status()
    staff = next((s for s in book.staff.all() if s.id == config.staff_id), None)
    shown = {"address": config.masked(), "with": staff.name if staff else None,
             "every_minutes": config.minutes, "on": config.enabled,
             "last_refresh": _when(status.last_try), "last_good_refresh": _when(status.last_ok),
             "error": status.error or None, **status.counts}
    if args.json:
        print_json({"feed": shown})
        return 0
    print(f"Calendar feed: {config.masked()} ({'on' if config.enabled else 'off'}), "
          f"every {config.minutes} minutes" + (f", bookings with {staff.name}" if staff else ""))
    if status.last_ok:
        print(f"Last good refresh: {_when(status.last_ok)}")
    if status.error:
        print(f"Last refresh {_when(status.last_try)} failed: {status.error}")
    return 0


def _refresh(book: Book, args: argparse.Namespace) -> int:
    outcome = book.feed.refresh()
    if args.json:
        print_json({"ok": outcome.error is None, "at": _when(outcome.at), **outcome.counts,
                    "unmatched": outcome.unmatched,
                    "error": str(outcome.error) if outcome.error else None,
                    "using_bookings_from": _when(outcome.status.last_ok)})
    if outcome.error is not None:
        since = (f" Using the bookings from {_when(outcome.status.last_ok)}."
                 if outcome.status.last_ok else "")
        print(f"clientbook: the feed was not refreshed: {outcome.error}{since}",
              file=sys.stderr)
        return 1
    if not args.json:
        counts = ", ".join(f"{n} {a}" for a, n in outcome.counts.items())
        print(f"Feed refreshed: {counts} ({outcome.unmatched} unmatched).")
    return 0


def _off(book: Book, args: argparse.Namespace) -> int:
    book.feed.turn_off(forget=args.forget)
    print("Calendar feed forgotten." if args.forget else
          "Calendar feed off (its address is kept; `clientbook feed set` turns it on).")
    return 0


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {"feed": cmd_feed}

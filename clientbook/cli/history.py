"""Command-line history: a client's visits, correcting or deleting one, and the change log."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import datetime

from clientbook.cli.clients import resolve_client
from clientbook.cli.errors import UserError
from clientbook.cli.followups import print_json
from clientbook.domain.models import Visit
from clientbook.domain.money import parse_money
from clientbook.services.book import Book
from clientbook.services.history.change_log import visit_summary

NO_ONE = ("", "-", "none", "no one")


def _minute(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.strip()).replace(second=0, microsecond=0)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time (YYYY-MM-DD HH:MM)") from None


def _id(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not an id")
    return int(text)


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser("visits", help="a client's visits, newest first")
    p.add_argument("client", help="client id, or a search that matches one client")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("visit", help="log, correct or delete one visit")
    actions = p.add_subparsers(dest="visit_action", metavar="ACTION", required=True)
    for name, helptext in (("log", "log a visit (for an appointment: once only)"),
                           ("edit", "correct a visit: only the options given change")):
        a = actions.add_parser(name, help=helptext)
        if name == "log":
            a.add_argument("client", help="client id, or a search that matches one client")
            a.add_argument("--appointment", type=_id, metavar="ID",
                           help="the appointment this visit completes (marked done)")
        else:
            a.add_argument("id", type=_id, help="the visit's id (see: clientbook visits)")
        a.add_argument("--at", type=_minute, metavar="'YYYY-MM-DD HH:MM'")
        a.add_argument("--with", dest="staff", metavar="STAFF",
                       help="staff name or id; 'none' for no one")
        a.add_argument("--service", metavar="S")
        a.add_argument("--spend", metavar="X")
        a.add_argument("--notes", metavar="TEXT")
    a = actions.add_parser("delete", help="delete a visit logged by mistake")
    a.add_argument("id", type=_id)
    a.add_argument("--yes", action="store_true", help="confirm: delete it now")

    p = sub.add_parser("changes", help="the change log: who changed what, and when")
    p.add_argument("client", nargs="?", help="only this client (id or search)")
    p.add_argument("--json", action="store_true")


def _resolve(book: Book, reference: str) -> int:

    return resolve_client(book, reference)


def _staff_id(book: Book, text: str) -> int | None:

    text = text.strip()
    if text.casefold() in NO_ONE:
        return None
    for staff in book.staff.all():
        if str(staff.id) == text or staff.name.casefold() == text.casefold():
            return staff.id
    names = ", ".join(s.name for s in book.staff.all()) or "none yet"
    raise UserError(f"no staff member is called {text!r} (staff: {names}).")


def _visit_dict(book: Book, row) -> dict:
    staff = {s.id: s.name for s in book.staff.all()}
    return {"id": row.id, "at": row.at.strftime("%Y-%m-%d %H:%M"), "service": row.title,
            "staff": staff.get(row.staff_id), "spend": f"{(row.number or 0) / 100:.2f}",
            "notes": row.detail, "appointment_id": row.extra}


def cmd_visits(book: Book, args: argparse.Namespace) -> int:
    client_id = _resolve(book, args.client)
    visits = [_visit_dict(book, r) for r in book.timeline.visits(client_id)]
    if args.json:
        print_json(visits)
        return 0
    if not visits:
        print(f"Client {client_id} has no visits yet.")
    for v in visits:
        notes = f"  — {v['notes']}" if v["notes"] else ""
        print(f"{v['id']:>7}  {v['at']}  {v['service'] or '—'}  {v['staff'] or '—'}  "
              f"{v['spend']}{notes}")
    return 0


def _fields(book: Book, args: argparse.Namespace) -> dict:
    fields: dict = {}
    if args.at is not None:
        fields["visited_at"] = args.at
    if args.staff is not None:
        fields["staff_id"] = _staff_id(book, args.staff)
    if args.service is not None:
        fields["service"] = args.service
    if args.spend is not None:
        fields["spend"] = parse_money(args.spend)
    if args.notes is not None:
        fields["notes"] = args.notes
    return fields


def cmd_visit(book: Book, args: argparse.Namespace) -> int:

    staff = {s.id: s.name for s in book.staff.all()}
    if args.visit_action == "delete":
        visit = book.corrections.visit(args.id)
        summary = visit_summary(visit, staff)
        if not args.yes:
            raise UserError(f"visit {args.id} ({summary}) of client {visit.client_id} was not "
                            "deleted: it would leave their history, visit count, rewards and "
                            "reports. Add --yes to delete it.")
        book.corrections.delete_visit(args.id)
        print(f"Deleted visit {args.id} ({summary}) of client {visit.client_id}.")
        return 0
    if args.visit_action == "edit":
        fields = _fields(book, args)
        if not fields:
            raise UserError("say what to correct: --at, --with, --service, --spend or --notes.")
        changes = book.corrections.edit_visit(args.id, **fields)
        visit = book.corrections.visit(args.id)
        verb = "Corrected" if changes else "Nothing to change in"
        print(f"{verb} visit {args.id}: {visit_summary(visit, staff)}.")
        return 0
    client_id = _resolve(book, args.client)
    if args.appointment is not None:
        existing = book.history.visit_for(args.appointment)
        if existing is not None:
            raise UserError(
                f"appointment {args.appointment} already has its visit {existing.id} "
                f"({visit_summary(existing, staff)}); correct it with: clientbook visit edit "
                f"{existing.id} …")
        appointment = book.history.appointment(args.appointment)
        if appointment.client_id != client_id:
            raise UserError(f"appointment {args.appointment} is not client {client_id}'s.")
    fields = _fields(book, args)
    when = fields.pop("visited_at", None) or book.now()
    if args.appointment is not None:  # prefilled from the appointment, as the window does
        when = args.at or appointment.starts_at
        fields.setdefault("service", appointment.service)
        fields.setdefault("staff_id", appointment.staff_id)
    visit = Visit(client_id, when.replace(second=0, microsecond=0), **fields)
    if args.appointment is not None:
        book.history.log_visit_for(args.appointment, visit)
    else:
        book.history.add_visit(visit)
    print(f"Logged visit {visit.id}: {visit_summary(visit, staff)}.")
    return 0


def cmd_changes(book: Book, args: argparse.Namespace) -> int:
    client_id = _resolve(book, args.client) if args.client else None
    entries = book.change_log.entries(client_id)
    if args.json:
        print_json([{"client_id": e.client_id, "at": e.at.strftime("%Y-%m-%d %H:%M:%S"),
                     "who": e.who, "field": e.field, "old": e.old, "new": e.new}
                    for e in entries])
        return 0
    if not entries:
        print("No changes recorded.")
    for e in entries:
        print(f"{e.at:%Y-%m-%d %H:%M}  client {e.client_id}  {e.who}  {e.field}: "
              f"{e.old or '—'} → {e.new or '—'}")
    return 0


COMMANDS: dict[str, Callable[[Book, argparse.Namespace], int]] = {
    "visits": cmd_visits,
    "visit": cmd_visit,
    "changes": cmd_changes,
}

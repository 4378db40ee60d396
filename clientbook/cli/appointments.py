"""Command-line appointment book: services menu, booking, moving, cancelling, free slots, hours."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from clientbook.cli.clients import resolve_client
from clientbook.cli.followups import print_json
from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import Appointment
from clientbook.domain.scheduling.bookings import Entry, ServiceItem
from clientbook.domain.scheduling.working_hours import parse_days_off
from clientbook.services.book import Book

STATUSES = ("booked", "arrived", "done", "cancelled", "no_show")


def _moment(text: str) -> datetime:
    try:
        value = datetime.strptime(text.strip(), "%Y-%m-%d %H:%M")
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"{text!r} is not a time (\"YYYY-MM-DD HH:MM\")") from None
    return value


def _minutes(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of minutes")
    return int(text)


def _id(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not an appointment id")
    return int(text)


def _price(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "."))
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"{text!r} is not a price") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"{text!r} is not a price")
    return value


def add_parsers(sub: argparse._SubParsersAction, day: Callable[[str], date]) -> None:
    p = sub.add_parser("services", help="the services menu; 'services add' adds one")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="services_action", metavar="ACTION")
    a = actions.add_parser("add", help="add a service to the menu")
    a.add_argument("name")
    a.add_argument("--minutes", type=_minutes, required=True, help="its usual length")
    a.add_argument("--price", type=_price)
    a.add_argument("--category", default="")

    p = sub.add_parser(
        "book", help="book an appointment",
        description="Refuses a clash (the designer or the client already booked then, or "
                    "outside working hours) with one line naming it, unless --allow-conflict.")
    p.add_argument("client", help="client id, or a search that matches one client")
    p.add_argument("--at", type=_moment, required=True, metavar='"YYYY-MM-DD HH:MM"')
    p.add_argument("--minutes", type=_minutes, help="default: the service's length, else 60")
    p.add_argument("--with", dest="staff", metavar="STAFF",
                   help="staff member's name (default: the client's designer)")
    p.add_argument("--service", metavar="NAME", help="a service on the menu")
    p.add_argument("--notes", default="")
    p.add_argument("--allow-conflict", action="store_true")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)

    p = sub.add_parser("appointments", help="appointments of a day or a range of days")
    p.add_argument("--day", type=day, help="default: today")
    p.add_argument("--from", dest="first", type=day)
    p.add_argument("--to", dest="last", type=day)
    p.add_argument("--with", dest="staff", metavar="STAFF")
    p.add_argument("--status", choices=STATUSES)
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)

    p = sub.add_parser("move", help="move or resize an appointment (same clash rule as book)")
    p.add_argument("id", type=_id, metavar="ID")
    p.add_argument("--at", type=_moment, metavar='"YYYY-MM-DD HH:MM"')
    p.add_argument("--with", dest="staff", metavar="STAFF")
    p.add_argument("--minutes", type=_minutes)
    p.add_argument("--allow-conflict", action="store_true")
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)

    p = sub.add_parser("cancel", help="cancel an appointment (it stays in history)")
    p.add_argument("id", type=_id, metavar="ID")
    p.add_argument("--reason", choices=("client", "late", "firm"), default="client")

    p = sub.add_parser("no-show", help="mark an appointment as a no-show")
    p.add_argument("id", type=_id, metavar="ID")

    p = sub.add_parser("free-slots", help="the next free slots for a service")
    p.add_argument("--service", required=True, metavar="NAME")
    p.add_argument("--with", dest="staff", metavar="STAFF", help="default: anyone")
    p.add_argument("--from", dest="first", type=day, help="default: now")
    p.add_argument("--count", type=_minutes, default=10)
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)

    p = sub.add_parser("staff", help="staff working hours and time off")
    actions = p.add_subparsers(dest="staff_action", metavar="ACTION", required=True)
    h = actions.add_parser("hours", help="show or set a staff member's hours and time off")
    h.add_argument("staff", metavar="STAFF")
    h.add_argument("--set", action="append", default=[], metavar='"mon-fri 09:00-17:00"',
                   help="days and hours (repeatable; later ones win), or \"sun off\"")
    h.add_argument("--off", action="append", default=[], metavar="YYYY-MM-DD[..YYYY-MM-DD]",
                   help="add time off (repeatable)")
    h.add_argument("--json", action="store_true")


def _staff_id(book: Book, name: str | None) -> int | None:
    if name is None:
        return None
    staff = book.staff.by_name(name)
    if staff is None:
        raise NotFoundError(f"There is no staff member called {name!r}.")
    return staff.id


def _service(book: Book, name: str) -> ServiceItem:
    item = book.services_menu.by_name(name)
    if item is None:
        known = ", ".join(s.name for s in book.services_menu.all()) or "none yet"
        raise NotFoundError(f"There is no service called {name!r} on the menu ({known}).")
    return item


def _entry_dict(e: Entry) -> dict:
    a = e.appointment
    return {"id": a.id, "client_id": a.client_id, "client": e.client_name,
            "starts_at": a.starts_at.strftime("%Y-%m-%d %H:%M"), "minutes": a.duration_min,
            "staff": e.staff_name or None, "service": a.service or None, "status": str(a.status),
            "notes": a.notes}


def _service_dict(s: ServiceItem) -> dict:
    return {"id": s.id, "name": s.name, "minutes": s.minutes,
            "price": None if s.price is None else str(s.price), "category": s.category}


def cmd_services(book: Book, args: argparse.Namespace) -> int:
    if args.services_action == "add":
        item, _ = book.services_menu.add(args.name, args.minutes, args.price, args.category)
        print(item.id)
        return 0
    items = book.services_menu.all()
    if args.json:
        print_json([_service_dict(s) for s in items])
    elif not items:
        print("The services menu is empty; add one with 'clientbook services add'.")
    for s in [] if args.json else items:
        price = f"  {s.price}" if s.price is not None else ""
        print(f"{s.id:>4}  {s.name}  {s.minutes} min{price}")
    return 0


def cmd_book(book: Book, args: argparse.Namespace) -> int:

    client_id = resolve_client(book, args.client)
    item = _service(book, args.service) if args.service else None
    draft: Appointment = book.appointments.draft(
        client_id, args.at, args.minutes, _staff_id(book, args.staff),
        item.id if item else None, args.notes)
    book.appointments.book(draft, item.id if item else None, args.allow_conflict)
    assert draft.id is not None
    if args.json:
        print_json(_entry_dict(book.appointments.entry(draft.id)))
    else:
        print(draft.id)
    return 0


def cmd_appointments(book: Book, args: argparse.Namespace) -> int:
    if args.day and (args.first or args.last):
        raise ValidationError("Give either --day or --from/--to, not both.")
    if args.last and not args.first:
        raise ValidationError("--to needs --from.")
    first = args.first or args.day or book.now().date()
    last = args.last or first
    if last < first:
        raise ValidationError("--to comes before --from.")
    entries = book.appointments.between(first, last, _staff_id(book, args.staff), args.status)
    if args.json:
        print_json([_entry_dict(e) for e in entries])
        return 0
    if not entries:
        print("No appointments.")
    for e in entries:
        a = e.appointment
        with_whom = f" with {e.staff_name}" if e.staff_name else ""
        service = f" — {a.service}" if a.service else ""
        state = "" if str(a.status) == "booked" else f" [{a.status}]"
        print(f"{a.id:>6}  {a.starts_at:%Y-%m-%d %H:%M} {a.duration_min:>3} min  "
              f"{e.client_name}{with_whom}{service}{state}")
    return 0


def cmd_move(book: Book, args: argparse.Namespace) -> int:
    book.appointments.move(args.id, starts_at=args.at, staff_id=_staff_id(book, args.staff),
                           minutes=args.minutes, allow_conflict=args.allow_conflict)
    e = book.appointments.entry(args.id)
    print(f"Appointment {args.id}: {e.appointment.starts_at:%Y-%m-%d %H:%M}, "
          f"{e.appointment.duration_min} min" + (f", {e.staff_name}" if e.staff_name else ""))
    return 0


def cmd_cancel(book: Book, args: argparse.Namespace) -> int:
    book.appointments.cancel(args.id, args.reason)
    print(f"Cancelled appointment {args.id} ({args.reason}).")
    return 0


def cmd_no_show(book: Book, args: argparse.Namespace) -> int:
    book.appointments.no_show(args.id)
    print(f"Marked appointment {args.id} as a no-show.")
    return 0


def cmd_free_slots(book: Book, args: argparse.Namespace) -> int:
    item = _service(book, args.service)
    staff_id = _staff_id(book, args.staff)
    start = datetime.combine(args.first, time()) if args.first else None
    slots = book.appointments.free_slots(item.minutes, None if staff_id is None else [staff_id],
                                         start, count=args.count)
    if args.json:
        print_json([{"starts_at": s.start.strftime("%Y-%m-%d %H:%M"), "minutes": s.minutes,
                     "staff": s.staff_name} for s in slots])
    elif not slots:
        print("No free slot in the next 30 days.")
    for s in [] if args.json else slots:
        print(f"{s.start:%Y-%m-%d %a %H:%M}–{s.end:%H:%M}  {s.staff_name}")
    return 0


def cmd_staff(book: Book, args: argparse.Namespace) -> int:
    staff_id = _staff_id(book, args.staff)
    assert staff_id is not None
    days_off = [parse_days_off(text) for text in args.off]  # all checked before saving any
    if args.set:
        book.staff_hours.set(staff_id, args.set)
    for first, last in days_off:
        book.staff_hours.add_time_off(staff_id, first, last)
    recorded = book.staff_hours.recorded(staff_id) is not None
    lines = book.staff_hours.pattern(staff_id).lines()
    off = book.staff_hours.time_off(staff_id)
    if args.json:
        print_json({"staff": args.staff, "hours": lines, "default": not recorded,
                    "time_off": [{"from": a.isoformat(), "to": b.isoformat()} for a, b in off]})
        return 0
    print(f"{args.staff}:" + ("" if recorded else " (default hours)"))
    for line in lines:
        print(f"  {line}")
    for a, b in off:
        print(f"  off {a.isoformat()}" + (f"..{b.isoformat()}" if b != a else ""))
    return 0


COMMANDS = {"services": cmd_services, "book": cmd_book, "appointments": cmd_appointments,
            "move": cmd_move, "cancel": cmd_cancel, "no-show": cmd_no_show,
            "free-slots": cmd_free_slots, "staff": cmd_staff}

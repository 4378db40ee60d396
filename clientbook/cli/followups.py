"""Command-line follow-ups: the promise board and record, and the clients to tell of a reward."""

from __future__ import annotations

import argparse
import json

from clientbook.domain.care.loyalty import LoyaltyMode
from clientbook.domain.care.promise_record import OnTime
from clientbook.services.book import Book
from clientbook.services.followups.promises import PromiseLine


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    p = sub.add_parser("promises", help="promises overdue and due today; --record: on-time rate")
    p.add_argument("--record", action="store_true",
                   help="the on-time rate per month and per staff member instead")
    p.add_argument("--today", type=day)
    p.add_argument("--json", action="store_true")
    p = sub.add_parser("rewards", help="clients whose next visit earns a reward, nothing booked")
    p.add_argument("--today", type=day)
    p.add_argument("--json", action="store_true")


def _line(line: PromiseLine) -> dict:
    p = line.promise
    return {"id": p.id, "client_id": p.client_id, "client": line.client_name, "text": p.text,
            "due": p.due_at.strftime("%Y-%m-%d %H:%M"), "staff": line.staff_name or None}


def _figures(t: OnTime) -> dict:
    return {"due": t.due, "kept": t.kept,
            "rate": None if t.rate is None else round(t.rate, 4)}


def _rate(t: OnTime) -> str:
    return "—" if t.rate is None else f"{t.rate:.0%}"


def cmd_promises(book: Book, args: argparse.Namespace) -> int:
    if args.record:
        return _record(book, args)
    board = book.promises.board()
    if args.json:
        print_json({"overdue": [_line(x) for x in board.overdue],
                    "due_today": [_line(x) for x in board.due_today]})
        return 0
    if not len(board):
        print("No promises overdue or due today.")
    for title, lines in (("Overdue", board.overdue), ("Due today", board.due_today)):
        if lines:
            print(f"{title}:")
        for x in lines:
            owner = f" [{x.staff_name}]" if x.staff_name else ""
            print(f"  {x.promise.due_at:%Y-%m-%d %H:%M}  {x.client_name}: {x.promise.text}{owner}")
    return 0


def _record(book: Book, args: argparse.Namespace) -> int:
    record = book.promises.record()
    names = {s.id: s.name for s in book.staff.all()}
    by_staff = {names.get(s, "No owner") if s is not None else "No owner": t
                for s, t in record.by_staff.items()}
    if args.json:
        print_json({"by_month": {m: _figures(t) for m, t in record.by_month.items()},
                    "by_staff": {n: _figures(t) for n, t in by_staff.items()},
                    "total": _figures(record.total)})
        return 0
    print("Promises kept on time (done by their due time, not moved after running late):")
    for label, t in [*record.by_month.items(), *sorted(by_staff.items()),
                     ("Total", record.total)]:
        print(f"  {label:<20} {t.kept:>5} of {t.due:<5} {_rate(t):>5}")
    return 0


def cmd_rewards(book: Book, args: argparse.Namespace) -> int:
    waiting = book.loyalty.waiting()
    rule = book.loyalty.rule()
    if args.json:
        print_json({"reward": rule.reward, "rule": str(rule.mode), "clients": [
            {"id": w.client_id, "name": w.name, "next_visit": w.visit_number,
             "spent": str(w.spent),
             "last_visit": w.last_visit.date().isoformat() if w.last_visit else None}
            for w in waiting]})
        return 0
    if rule.mode == LoyaltyMode.OFF:
        print("There is no loyalty rule; set one in Settings.")
    elif not waiting:
        print("Nobody is waiting to hear about a reward.")
    else:
        what = f" ({rule.reward})" if rule.reward else ""
        print(f"Their next visit earns a reward{what}, and they have nothing booked:")
        for w in waiting:
            last = f"last visit {w.last_visit:%Y-%m-%d}" if w.last_visit else "no visits"
            print(f"  {w.client_id:>6}  {w.name}  — next is visit {w.visit_number}, {last}")
    return 0


def print_json(value: object) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2))


COMMANDS = {"promises": cmd_promises, "rewards": cmd_rewards}

"""Command-line retention report: `clientbook report [retention|designers|winback|all]`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from clientbook.services.book import Book
from clientbook.services.reports.report_csv import write_table, write_tables
from clientbook.services.reports.reports import KINDS, Report, report_tables

SECTIONS = {"retention": ("retention", "loyalty"), "designers": ("designers",),
            "winback": ("winback",), "all": ("retention", "loyalty", "designers", "winback")}


def _positive(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a positive whole number")
    return int(text)


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    p = sub.add_parser("report", help="retention: lapsed and won-back clients, new and loyal "
                                      "clients, designers, the win-back list")
    p.add_argument("section", nargs="?", default="all", choices=list(SECTIONS))
    p.add_argument("--by", choices=list(KINDS), default="month")
    p.add_argument("--periods", type=_positive, default=12)
    p.add_argument("--designer", metavar="NAME", help="only the clients of this designer")
    p.add_argument("--branch", metavar="NAME",
                   help="only the clients of this branch (a book shared by branches)")
    p.add_argument("--json", action="store_true")
    p.add_argument("--csv", metavar="FILE_OR_DIR",
                   help="write the tables as CSV: one file per table into a folder, or one "
                        "file when a single table is asked for")
    p.add_argument("--today", type=day)


def _designer(book: Book, name: str | None) -> int | None:
    if name is None:
        return None
    folded = name.casefold().strip()
    for person in book.staff.all():
        if person.name.casefold() == folded:
            return person.id
    raise SystemExit(f"clientbook: there is no staff member called {name!r}")


def _definitions(report: Report) -> dict[str, str]:
    """What each column means, in English, quoting the thresholds used (for --json)."""
    rules, window = report.rules, report.return_window_days
    return {
        "lapsed": (f"not seen for longer than {rules.factor:g} x their usual (median) "
                   f"interval with {rules.min_visits}+ visits, else {rules.fixed_days} days; "
                   "counted in the period the threshold passed"),
        "won_back": "lapsed clients who came back, in the period of that visit",
        "active_at_start": "visited before the period and not lapsed by its start "
                           "(archived clients left out)",
        "churned": "clients active at the start who lapsed during the period, each once",
        "churn_rate": "churned / active_at_start",
        "new_clients": "first visit in the period",
        "new_first_spend_avg": "average spend on new clients' first visit",
        "new_returned_90d": f"share of new clients back within {window} days (blank until "
                            f"all have had {window} days)",
        "visits": "visits in the period, zero-spend ones included",
        "revenue": "spend on the period's visits",
        "repeat_revenue": "revenue from visits that were not a client's first",
        "loyal_clients": f"clients with {rules.loyal_visits}+ visits",
        "loyal_tenure_days": "their average days from first to latest visit",
        "repeat_share": "share of all revenue from visits that were not a client's first",
        "consistency": "share of the designer's current clients' visits that they did",
        "on_time": "promises kept by their due time",
        "winback": "clients lapsed today, not archived or forgotten, most valuable first"
                   + ("" if report.win_back_limit is None
                      else f" (at most {report.win_back_limit})"),
    }


def _text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def cmd_report(book: Book, args: argparse.Namespace) -> int:
    branch = book.branches.named(args.branch).id if args.branch is not None else None
    report = book.reports.build(args.by, args.periods, _designer(book, args.designer),
                                branch_id=branch)
    tables = report_tables(report)
    wanted = SECTIONS[args.section]
    if args.csv:
        target = Path(args.csv)
        if len(wanted) == 1 and target.suffix.lower() == ".csv":
            written = [write_table(target, *tables[wanted[0]])]
        else:
            written = write_tables(tables, target, {name: f"{name}.csv" for name in wanted})
        if not args.json:
            print("\n".join(f"Wrote {p}" for p in written))
    if args.json:
        value = {name: [dict(zip(tables[name][0], row, strict=True)) for row in tables[name][1]]
                 for name in wanted}
        value["kind"] = report.kind
        value["definitions"] = _definitions(report)
        value["win_back_total"] = report.win_back_total
        print(json.dumps(value, ensure_ascii=False, indent=2))
        return 0
    if args.csv:
        return 0
    for name in wanted:
        print(f"== {name} ==")
        header, rows = tables[name]
        print(_text_table(header, rows) if rows else "(nothing)")
        print()
    return 0


COMMANDS = {"report": cmd_report}

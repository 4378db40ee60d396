"""Command-line retention report: `clientbook report [retention|designers|winback|all]`."""

from __future__ import annotations

import argparse
import csv
import json
from pathlib import Path

from clientbook.services.book import Book
from clientbook.services.reports import KINDS, build_report, report_tables

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


def _text_table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True))]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) for r in rows]
    return "\n".join(line.rstrip() for line in lines)


def _write_csv(path: Path, header: list[str], rows: list[list[str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(header)
        writer.writerows(rows)


def cmd_report(book: Book, args: argparse.Namespace) -> int:
    report = build_report(book, args.by, args.periods, _designer(book, args.designer))
    tables = report_tables(report)
    wanted = SECTIONS[args.section]
    if args.csv:
        target = Path(args.csv)
        if len(wanted) == 1 and target.suffix.lower() == ".csv":
            _write_csv(target, *tables[wanted[0]])
            written = [target]
        else:
            target.mkdir(parents=True, exist_ok=True)
            written = [target / f"{name}.csv" for name in wanted]
            for name, path in zip(wanted, written, strict=True):
                _write_csv(path, *tables[name])
        if not args.json:
            print("\n".join(f"Wrote {p}" for p in written))
    if args.json:
        value = {name: [dict(zip(tables[name][0], row, strict=True)) for row in tables[name][1]]
                 for name in wanted}
        value["kind"] = report.kind
        value["definitions"] = report.definitions
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

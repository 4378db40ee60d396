"""`clientbook branches …` and `clientbook desk grant|revoke …`: the branches of a book shared
on a PostgreSQL server, and which desk (a PostgreSQL role) belongs to which branch.

The server enforces them (row-level security); these commands only list and manage them, the
managing ones for the book's owner. A book in a file has one branch: they say so in a line.
"""

from __future__ import annotations

import argparse

from clientbook.cli.followups import print_json
from clientbook.services.book import Book


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    """Add this module's commands to the parser."""
    p = sub.add_parser(
        "branches", help="the branches of a shared book (lists them; add, rename)",
        description="A chain's branches on a book shared on a PostgreSQL server: each desk "
                    "sees and changes only its branches' clients, appointments, staff and "
                    "visits (the server enforces it); the owner sees every branch.")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="branches_action", metavar="ACTION")
    s = actions.add_parser("add", help="add a branch (the book's owner)")
    s.add_argument("name")
    s = actions.add_parser("rename", help="rename a branch (the book's owner)")
    s.add_argument("name")
    s.add_argument("new_name")

    p = sub.add_parser(
        "desk", help="which branch a desk (a PostgreSQL login role) belongs to",
        description="The administrator makes a login role per desk (CREATE ROLE … LOGIN); "
                    "`desk grant` then lets it see and change one branch (run it once per "
                    "branch for a desk that serves several). Only the book's owner may.")
    actions = p.add_subparsers(dest="desk_action", metavar="ACTION", required=True)
    for action, text in (("grant", "let the role see and change the branch"),
                         ("revoke", "take the branch from the role")):
        s = actions.add_parser(action, help=text)
        s.add_argument("role", help="the PostgreSQL role the desk logs in as")
        s.add_argument("--branch", required=True, metavar="NAME")


def cmd_branches(book: Book, args: argparse.Namespace) -> int:
    action = args.branches_action
    if action == "add":
        branch, _ = book.branches.add(args.name)
        print(f"Added the branch {branch.name!r}. Give it desks with "
              f"`clientbook desk grant ROLE --branch {branch.name!r}`.")
        return 0
    if action == "rename":
        branch, _ = book.branches.rename(args.name, args.new_name)
        print(f"Renamed the branch {args.name!r} to {branch.name!r}.")
        return 0
    if not book.branches.shared:
        print("This book is a file on one computer, so it has one branch; branches belong to "
              "books shared on a PostgreSQL server (clientbook move-book).")
        return 0
    branches, members = book.branches.all(), book.branches.members()
    if args.json:
        print_json([{"id": b.id, "name": b.name, "desks": members.get(b.id, [])}
                    for b in branches])
        return 0
    if not branches:
        print("This desk belongs to no branch; the book's owner grants one "
              "(clientbook desk grant ROLE --branch NAME).")
    for b in branches:
        desks = ", ".join(members.get(b.id, [])) or "no desks yet"
        print(f"{b.id:>4}  {b.name}  ({desks})")
    return 0


def cmd_desk(book: Book, args: argparse.Namespace) -> int:
    if args.desk_action == "grant":
        added, _ = book.branches.grant(args.role, args.branch)
        branch = book.branches.named(args.branch).name
        print(f"The role {args.role!r} now sees and changes the branch {branch!r}."
              if added else f"The role {args.role!r} already belonged to {branch!r}.")
        return 0
    book.branches.revoke(args.role, args.branch)
    print(f"The role {args.role!r} no longer sees the branch "
          f"{book.branches.named(args.branch).name!r}.")
    return 0


COMMANDS = {"branches": cmd_branches, "desk": cmd_desk}

"""`clientbook branches …` and `clientbook desk grant|revoke …` in-process: on a server book
(the owner, then a desk role), on a file (one line: branches belong to shared books)."""

from __future__ import annotations

import json
from datetime import timedelta
from decimal import Decimal

import pytest

from clientbook.__main__ import main
from clientbook.domain.models import Client, Visit
from clientbook.services.book import Book
from tests.conftest import NOW
from tests.unit.test_branches import _as, roles  # noqa: F401  (the roles fixture)


def cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_on_a_file_the_commands_say_in_one_line_that_branches_belong_to_shared_books(
        capsys):
    code, out, err = cli(capsys, "branches")
    assert code == 0 and len(out.strip().splitlines()) == 1
    assert "PostgreSQL server" in out and err == ""
    for argv in (("branches", "add", "North"), ("desk", "grant", "front", "--branch", "Main"),
                 ("report", "--branch", "Main")):
        code, out, err = cli(capsys, *argv)
        assert code == 1, argv
        assert len(err.strip().splitlines()) == 1 and "PostgreSQL server" in err, argv


def test_the_owner_adds_branches_and_grants_desks_and_reports_per_branch(
        shared_address, roles, capsys, tmp_path):  # noqa: F811
    db = ("--database", shared_address)
    assert cli(capsys, *db, "branches", "add", "North")[0] == 0
    code, out, _ = cli(capsys, *db, "branches", "add", "South")
    assert code == 0 and "'South'" in out
    front = roles("Front-Desk")  # a name that needs quoting in SQL
    code, out, _ = cli(capsys, *db, "desk", "grant", front, "--branch", "north")
    assert code == 0 and f"'{front}' now sees and changes the branch 'North'" in out
    code, out, _ = cli(capsys, *db, "desk", "grant", front, "--branch", "North")
    assert code == 0 and "already" in out
    code, out, _ = cli(capsys, *db, "branches", "--json")
    assert json.loads(out) == [{"id": 1, "name": "Main", "desks": []},
                               {"id": 2, "name": "North", "desks": [front]},
                               {"id": 3, "name": "South", "desks": []}]
    code, out, _ = cli(capsys, *db, "branches")
    assert out.splitlines()[1].split() == ["2", "North", f"({front})"]

    for argv, words in (
            (("desk", "grant", "nobody_at_all", "--branch", "North"), "no role called"),
            (("desk", "grant", front, "--branch", "West"), "no branch called West"),
            (("branches", "add", "north"), "already a branch called north"),
            (("desk", "revoke", front, "--branch", "South"), "not a member")):
        code, _, err = cli(capsys, *db, *argv)
        assert code == 1 and words in err and len(err.strip().splitlines()) == 1, argv

    # The desk adds a client and a visit: North's. The owner's report per branch.
    folder = tmp_path / "front-desk"
    folder.mkdir()
    desk = Book.open(folder, clock=lambda: NOW, database=_as(shared_address, front))
    try:
        client = Client(display_name="Nadia North")
        desk.clients.add(client)
        desk.history.add_visit(Visit(client_id=client.id, service="Cut",
                                     visited_at=NOW - timedelta(days=3),
                                     spend=Decimal("25")))
    finally:
        desk.close()
    code, out, _ = cli(capsys, *db, "report", "retention", "--branch", "North", "--json",
                       "--today", NOW.date().isoformat())
    assert code == 0 and sum(int(r["visits"]) for r in json.loads(out)["retention"]) == 1
    code, out, _ = cli(capsys, *db, "report", "retention", "--branch", "South", "--json",
                       "--today", NOW.date().isoformat())
    assert code == 0 and sum(int(r["visits"]) for r in json.loads(out)["retention"]) == 0

    # The desk itself may list its branch, not manage any.
    as_desk = ("--database", _as(shared_address, front))
    code, out, _ = cli(capsys, *as_desk, "branches")
    assert code == 0 and [line.split()[1] for line in out.splitlines()] == ["North"]
    code, _, err = cli(capsys, *as_desk, "branches", "add", "East")
    assert code == 1 and "Only the book's owner" in err
    code, _, err = cli(capsys, *as_desk, "desk", "grant", front, "--branch", "South")
    assert code == 1 and "Only the book's owner" in err

    code, out, _ = cli(capsys, *db, "branches", "rename", "North", "North Side")
    assert code == 0 and "'North Side'" in out
    code, out, _ = cli(capsys, *db, "desk", "revoke", front, "--branch", "North Side")
    assert code == 0 and "no longer" in out


@pytest.mark.parametrize("argv", [("desk",), ("desk", "grant", "front")])
def test_desk_needs_an_action_and_a_branch(capsys, argv):
    with pytest.raises(SystemExit) as caught:
        main(list(argv))
    assert caught.value.code == 2

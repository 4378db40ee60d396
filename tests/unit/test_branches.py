"""Branches on a shared book: a desk logged in as a role of North never reads or writes
South's rows, not even with hand-written SQL; the owner sees both; reports per branch."""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal

import psycopg
import pytest

from clientbook.domain.errors import ClientBookError, NotFoundError, StoreError
from clientbook.domain.models import (
    Appointment,
    Client,
    ContactChannel,
    Preference,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.services.book import Book
from tests.conftest import NOW


def _as(address: str, role: str) -> str:
    return address.replace("postgres@", f"{role}@", 1)


@pytest.fixture
def roles(postgres_server):
    """Login roles with names unique to this test (roles are the whole server's), dropped
    at the end: `roles("north")` gives the role's name."""
    made: list[str] = []

    def make(label: str, *member_of: str) -> str:
        name = f"{label}_{uuid.uuid4().hex[:8]}"
        with psycopg.connect(postgres_server.address("postgres"), autocommit=True) as conn:
            conn.execute(f'CREATE ROLE "{name}" LOGIN')
            for group in member_of:
                conn.execute(f'GRANT {group} TO "{name}"')
        made.append(name)
        return name

    yield make
    with psycopg.connect(postgres_server.address("postgres"), autocommit=True) as conn:
        for name in made:
            conn.execute(f'DROP ROLE IF EXISTS "{name}"')


def _fill(desk: Book, who: str) -> dict[str, int]:
    """A client with a bit of everything, added at `desk`; their ids."""
    staff = desk.staff.add(f"{who} Stylist")
    client = Client(display_name=f"{who} Client", phones=["0412 555 010"],
                    designer_id=staff.id,
                    preferences=[Preference(PreferenceCategory.DRINK, f"{who} tea")])
    desk.clients.add(client)
    desk.history.add_visit(Visit(client_id=client.id, visited_at=NOW - timedelta(days=30),
                                 service="Cut", staff_id=staff.id, spend=Decimal("40")))
    desk.history.add_appointment(Appointment(client_id=client.id,
                                             starts_at=NOW + timedelta(days=2)))
    desk.history.add_promise(Promise(client_id=client.id, text=f"{who} callback",
                                     due_at=NOW + timedelta(days=1)))
    desk.contacts.log(client.id, ContactChannel.CALL, "rang")
    return {"client": client.id, "staff": staff.id}


@pytest.fixture
def chain(shared_address, open_desk, roles, tmp_path):
    """North and South, a desk role for each and an owner role, each branch with a client."""
    owner = open_desk("owner")  # the superuser who made the book: sees every branch
    north_branch, _ = owner.branches.add("North")
    south_branch, _ = owner.branches.add("South")
    north, south = roles("north"), roles("south")
    boss = roles("boss", "clientbook_owner")
    owner.branches.grant(north, "North")
    owner.branches.grant(south, "south")  # case does not matter
    desks = {}
    for label, role in (("north", north), ("south", south), ("boss", boss)):
        folder = tmp_path / f"role-{label}"
        folder.mkdir()
        desks[label] = Book.open(folder, clock=lambda: NOW,
                                 database=_as(shared_address, role))
    ids = {"north": _fill(desks["north"], "North"), "south": _fill(desks["south"], "South")}
    yield {"owner": owner, "roles": {"north": north, "south": south, "boss": boss},
           "ids": ids, "branch": {"north": north_branch.id, "south": south_branch.id},
           "address": shared_address, **desks}
    for desk in desks.values():
        desk.close()


HANGING = ("phones", "preferences", "promises", "contact_log", "change_log",
           "client_search", "appointments", "visits", "visit_summaries",
           "client_name_prefixes")


def test_a_desk_reads_only_its_branch_even_with_its_own_sql(chain):
    north, south_ids = chain["north"], chain["ids"]["south"]
    assert [r.name for r in north.search("client")] == ["North Client"]
    assert north.search("south") == []
    assert north.search("so") == [] and north.search("s") == []  # the short-prefix table
    assert [r.name for r in north.search("no")] == ["North Client"]
    with pytest.raises(NotFoundError):
        north.clients.get(south_ids["client"])
    with pytest.raises(NotFoundError):
        north.briefing(south_ids["client"])
    assert [s.name for s in north.staff.all()] == ["North Stylist"]
    assert [a.client_name for a in north.agenda(NOW.date() + timedelta(days=2))] == [
        "North Client"]
    with psycopg.connect(_as(chain["address"], chain["roles"]["north"])) as conn:
        south = south_ids["client"]
        assert conn.execute("SELECT count(*) FROM clients WHERE id = %s",
                            [south]).fetchone() == (0,)
        assert conn.execute("SELECT count(*) FROM staff WHERE id = %s",
                            [south_ids["staff"]]).fetchone() == (0,)
        for table in HANGING:
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE client_id = %s",
                                [south]).fetchone() == (0,), table
        assert conn.execute("SELECT count(*) FROM promise_reschedules").fetchone() == (0,)
        assert conn.execute("SELECT name FROM branches").fetchall() == [("North",)]
        # The month totals are kept per branch: only its own.
        assert conn.execute("SELECT DISTINCT branch_id FROM visit_months").fetchall() == [
            (chain["branch"]["north"],)]
        # Its own client's summary and name prefixes are there (kept by triggers that ran
        # as the book's owner, or as the desk, without being refused).
        mine = chain["ids"]["north"]["client"]
        for table in ("visit_summaries", "client_name_prefixes"):
            assert conn.execute(f"SELECT count(*) FROM {table} WHERE client_id = %s",
                                [mine]).fetchone()[0] > 0, table


def test_a_desk_cannot_change_another_branch_even_with_its_own_sql(chain):
    south = chain["ids"]["south"]["client"]
    with psycopg.connect(_as(chain["address"], chain["roles"]["north"]),
                         autocommit=True) as conn:
        for sql in ("UPDATE clients SET display_name = 'Taken' WHERE id = %s",
                    "DELETE FROM visits WHERE client_id = %s",
                    "UPDATE appointments SET notes = 'x' WHERE client_id = %s",
                    "DELETE FROM phones WHERE client_id = %s",
                    "UPDATE promises SET text = 'x' WHERE client_id = %s"):
            assert conn.execute(sql, [south]).rowcount == 0, sql
        for sql in ("UPDATE staff SET name = 'Taken' WHERE id = %s",
                    "DELETE FROM staff_hours WHERE staff_id = %s"):
            assert conn.execute(sql, [chain["ids"]["south"]["staff"]]).rowcount == 0, sql
        refused = [
            ("INSERT INTO phones (client_id, number, canonical) VALUES (%s, '1', '1')",
             [south]),
            ("INSERT INTO visits (client_id, visited_at) VALUES (%s, '2026-01-01')", [south]),
            ("INSERT INTO appointments (client_id, starts_at, branch_id) "
             "VALUES (%s, '2026-01-01', %s)", [south, chain["branch"]["north"]]),
            ("INSERT INTO clients (display_name, created_at, updated_at, branch_id) "
             "VALUES ('Spy', 'x', 'x', %s)", [chain["branch"]["south"]]),
            ("UPDATE clients SET branch_id = %s", [chain["branch"]["south"]]),
            ("INSERT INTO branches (name) VALUES ('Mine')", []),
            ("INSERT INTO branch_members (role, branch_id) VALUES (current_user, %s)",
             [chain["branch"]["south"]]),
        ]
        for sql, args in refused:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(sql, args)
    owner = chain["owner"]
    assert owner.clients.get(south).display_name == "South Client"
    assert owner.store.records.visit_count(south) == 1
    assert "South Stylist" in [s.name for s in owner.staff.all()]


def test_a_client_added_at_a_desk_lands_in_its_branch_and_the_owner_sees_both(chain):
    added = Client(display_name="Nora Newcomer")
    chain["north"].clients.add(added)
    chain["north"].history.add_visit(Visit(client_id=added.id, visited_at=NOW))
    with psycopg.connect(chain["address"]) as conn:  # the superuser
        assert conn.execute("SELECT branch_id FROM clients WHERE id = %s",
                            [added.id]).fetchone() == (chain["branch"]["north"],)
        assert conn.execute("SELECT DISTINCT branch_id FROM visits WHERE client_id = %s",
                            [added.id]).fetchall() == [(chain["branch"]["north"],)]
    assert chain["south"].search("nora") == []
    for owner in (chain["owner"], chain["boss"]):
        assert sorted(r.name for r in owner.search("client")) == [
            "North Client", "South Client"]
        assert [b.name for b in owner.branches.all()] == ["Main", "North", "South"]


def test_a_desk_of_no_branch_sees_nothing_and_may_not_add(chain, roles):
    stranger = roles("stranger", "clientbook_desk")
    folder = chain["owner"].path.parent.parent / "stranger"
    folder.mkdir()
    desk = Book.open(folder, clock=lambda: NOW, database=_as(chain["address"], stranger))
    try:
        assert desk.search("client") == [] and desk.branches.all() == []
        with pytest.raises(StoreError, match="does not allow this user"):
            desk.clients.add(Client(display_name="Lost"))
    finally:
        desk.close()


def test_reports_per_branch_for_the_owner(chain):
    owner = chain["owner"]
    whole = owner.reports.build("month", 3)
    north = owner.reports.build("month", 3, branch_id=chain["branch"]["north"])
    south = owner.reports.build("month", 3, branch_id=chain["branch"]["south"])
    assert sum(p.visits for p in whole.periods) == 2
    assert sum(p.visits for p in north.periods) == 1
    assert sum(p.revenue for p in south.periods) == Decimal("40")
    assert [d.name for d in north.designers] == ["North Stylist"]
    # A North receptionist with a promise kept but no visits is North's, not South's.
    desk_north = chain["north"]
    receptionist = desk_north.staff.add("North Receptionist")
    promise = Promise(client_id=chain["ids"]["north"]["client"], text="Call back",
                      due_at=NOW + timedelta(hours=1), staff_id=receptionist.id)
    desk_north.history.add_promise(promise)
    desk_north.history.complete_promise(promise.id)
    north = owner.reports.build("month", 3, branch_id=chain["branch"]["north"])
    south = owner.reports.build("month", 3, branch_id=chain["branch"]["south"])
    assert [d.name for d in north.designers] == ["North Receptionist", "North Stylist"]
    assert "North Receptionist" not in [d.name for d in south.designers]
    # A desk's own report is its branch's, whatever it asks.
    desk = chain["north"].reports.build("month", 3)
    assert [d.name for d in desk.designers] == ["North Receptionist", "North Stylist"]
    assert sum(p.visits for p in desk.periods) == 1


def test_only_the_owner_manages_branches_and_mistakes_are_named(chain):
    north, owner = chain["north"], chain["owner"]
    with pytest.raises(ClientBookError, match="Only the book's owner"):
        north.branches.add("East")
    with pytest.raises(ClientBookError, match="Only the book's owner"):
        north.branches.grant(chain["roles"]["north"], "South")
    with pytest.raises(NotFoundError, match="no branch called West"):
        owner.branches.grant(chain["roles"]["north"], "West")
    with pytest.raises(NotFoundError, match="no role called"):
        owner.branches.grant("nobody_here_at_all", "North")
    with pytest.raises(ClientBookError, match="already a branch"):
        owner.branches.add(" north ")
    assert [b.name for b in owner.branches.all()] == ["Main", "North", "South"]
    branch, _ = owner.branches.rename("Main", "Harbour")
    assert branch.name == "Harbour"
    # Taking the branch away: the desk no longer sees its clients.
    owner.branches.revoke(chain["roles"]["north"], "North")
    assert north.search("client") == []
    with pytest.raises(NotFoundError, match="not a member"):
        owner.branches.revoke(chain["roles"]["north"], "North")


def test_a_member_of_the_owner_role_grants_a_new_desk(chain, roles, tmp_path):
    fresh = roles("fresh")
    added, changes = chain["boss"].branches.grant(fresh, "North")
    assert added and changes.affects_branches()
    folder = tmp_path / "fresh"
    folder.mkdir()
    desk = Book.open(folder, clock=lambda: NOW, database=_as(chain["address"], fresh))
    try:
        assert [r.name for r in desk.search("client")] == ["North Client"]
    finally:
        desk.close()


def test_a_desk_of_two_branches_sees_both_and_books_where_the_client_is(chain):
    added, _ = chain["boss"].branches.grant(chain["roles"]["north"], "South")
    assert added
    north = chain["north"]
    assert sorted(r.name for r in north.search("client")) == ["North Client", "South Client"]
    south_client = chain["ids"]["south"]["client"]
    north.history.add_appointment(Appointment(client_id=south_client,
                                              starts_at=NOW + timedelta(days=3)))
    with psycopg.connect(chain["address"]) as conn:
        assert conn.execute("SELECT DISTINCT branch_id FROM appointments WHERE client_id = %s",
                            [south_client]).fetchall() == [(chain["branch"]["south"],)]


def test_a_backup_keeps_the_branches_and_moves_back_onto_a_server(chain, postgres_server,
                                                                  tmp_path):
    owner = chain["owner"]
    copy = owner.backups.to(tmp_path / "chain.db")
    target = postgres_server.empty_database()
    try:
        folder = tmp_path / "copy-desk"
        folder.mkdir()
        copy.rename(folder / "clientbook.db")
        moved = Book.open(folder, clock=lambda: NOW)
        try:
            assert moved.branches.all() == []  # a file: nothing to manage
            counts = moved.store.copy_to_server(target)
        finally:
            moved.close()
        assert counts["branches"] == 3 and counts["branch_members"] == 2
        with psycopg.connect(target) as conn:
            rows = conn.execute("SELECT b.name, c.display_name FROM clients c "
                                "JOIN branches b ON b.id = c.branch_id ORDER BY 1").fetchall()
        assert rows == [("North", "North Client"), ("South", "South Client")]
    finally:
        postgres_server.drop(target)


def test_a_file_has_one_branch_and_nothing_to_manage(tmp_path):
    book = Book.open(tmp_path / "file", clock=lambda: NOW)
    try:
        assert not book.branches.shared and book.branches.all() == []
        with pytest.raises(ClientBookError, match="shared on a PostgreSQL server"):
            book.branches.add("North")
        book.clients.add(Client(display_name="Ann"))
        report = book.reports.build("month", 3, branch_id=1)
        assert report.periods
    finally:
        book.close()


def test_a_book_owned_by_a_plain_role_grants_desks_the_administrator_admitted(
        postgres_server, roles, tmp_path):
    firm, desk_role = roles("firm"), roles("desk")
    name = f"firm_{uuid.uuid4().hex[:8]}"
    admin = postgres_server.address("postgres")
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE {name} OWNER "{firm}"')
    address = postgres_server.address(name)
    try:
        (tmp_path / "firm").mkdir()
        owner = Book.open(tmp_path / "firm", clock=lambda: NOW, database=_as(address, firm))
        try:  # the database's owner set the book up: it sees every branch
            owner.branches.add("North")
            with pytest.raises(ClientBookError, match=f"GRANT clientbook_desk TO {desk_role}"):
                owner.branches.grant(desk_role, "North")
            assert owner.branches.members() == {}
            with psycopg.connect(admin, autocommit=True) as conn:
                conn.execute(f'GRANT clientbook_desk TO "{desk_role}"')
            assert owner.branches.grant(desk_role, "North")[0]
            owner.clients.add(Client(display_name="Main Client"))
        finally:
            owner.close()
        (tmp_path / "desk").mkdir()
        desk = Book.open(tmp_path / "desk", clock=lambda: NOW,
                         database=_as(address, desk_role))
        try:
            desk.clients.add(Client(display_name="North Client"))
            assert [r.name for r in desk.search("client")] == ["North Client"]
        finally:
            desk.close()
    finally:
        postgres_server.drop(address)

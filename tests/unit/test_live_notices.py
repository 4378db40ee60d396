"""Desks on one server book hear each other's writes (LISTEN/NOTIFY) and lose nothing
when the line to the server breaks; a file book listens to nobody."""

from __future__ import annotations

import json
import queue
from datetime import timedelta

import psycopg
import pytest

from clientbook.domain.errors import StoreError
from clientbook.domain.models import Appointment, Client, Promise, Visit
from clientbook.services import live
from clientbook.services.changes import Changes
from clientbook.storage.postgres import listener as pg_listener
from clientbook.storage.postgres.schema import LATER_NOTICE_TABLES, NOTICE_TABLES
from tests.conftest import NOW
from tests.postgres_server import database_name

WAIT_S = 10  # the longest a test waits for a notice: a failure, never a pause


def _notice(table: str, client: int | None = None) -> str:
    return json.dumps({"table": table, "client": client})


# -- from notices to Changes (no server) ---------------------------------------------------


def test_every_table_that_sends_notices_says_what_it_changed():
    assert set(NOTICE_TABLES) | set(LATER_NOTICE_TABLES) == set(live.NOTICE_CHANGES)
    assert (live.LIVE, live.RECONNECTING, live.OFFLINE) == (
        pg_listener.LIVE, pg_listener.RECONNECTING, pg_listener.OFFLINE)


@pytest.mark.parametrize(("payloads", "expected"), [
    ([_notice("clients", 4)], Changes(clients={4})),
    ([_notice("phones", 4), _notice("preferences", 5)], Changes(clients={4, 5})),
    ([_notice("appointments", 4)], Changes(clients={4}, appointments=True)),
    ([_notice("visits", 2), _notice("promises", 3)],
     Changes(clients={2, 3}, visits=True, promises=True)),
    ([_notice("staff_hours"), _notice("settings")], Changes(staff=True, settings=True)),
    ([_notice("contact_log", 9)], Changes(clients={9}, contacts=True)),
])
def test_notices_become_the_changes_a_local_write_gives(payloads, expected):
    assert live.changes_from_notices(payloads) == expected


@pytest.mark.parametrize("payload", ["not json", "[]", '{"client": 1}',
                                     _notice("someone_elses_table", 1)])
def test_a_notice_not_understood_refreshes_everything(payload):
    assert live.changes_from_notices([payload]) == Changes.everything()


def test_refreshing_everything_touches_every_view_of_the_book():
    everything = Changes.everything()
    assert everything.affects_briefing(12345) and everything.affects_client_list()
    assert everything.affects_history(12345) and everything.affects_staff()
    assert everything.affects_reports() and everything.affects_reminders()
    assert not everything.affects_feed()  # the feed's settings live on this desk


def test_a_file_book_listens_to_nobody(book, engine):
    heard = book.listen(lambda changes: None, lambda state: None)
    assert heard is (engine == "postgresql")


# -- two and three desks on one server ------------------------------------------------------


class Ears:
    """What a desk heard, in order, on the listener's thread."""

    def __init__(self, desk, backoff=(0.05,)):
        self.changes: queue.Queue[Changes] = queue.Queue()
        self.states: queue.Queue[str] = queue.Queue()
        assert desk.listen(self.changes.put, self.states.put, backoff)
        assert desk.store._listener.connected.wait(WAIT_S)

    def next(self) -> Changes:
        return self.changes.get(timeout=WAIT_S)

    def state(self) -> str:
        return self.states.get(timeout=WAIT_S)

    def nothing_more(self) -> bool:
        return self.changes.empty()


def _client(desk, name="Ana Lima") -> int:
    client = Client(display_name=name)
    desk.clients.add(client)
    return client.id


def test_a_new_client_at_one_desk_reaches_the_other_but_not_itself(open_desk):
    front, office = open_desk("front"), open_desk("office")
    at_front, at_office = Ears(front), Ears(office)
    client_id = _client(front)
    heard = at_office.next()
    assert heard.affects_client_list() and heard.affects_briefing(client_id)
    assert client_id in heard.clients
    # The writer's own notice is not heard back (its session broadcast it already).
    other_id = _client(office, "Bo Chen")
    assert at_front.next() == Changes(clients={other_id})
    front.set_setting("birthday_days", "9")
    assert at_office.next() == Changes(settings=True)  # not its own Bo Chen first


def test_bookings_visits_and_promises_reach_two_other_desks(open_desk):
    front, office, salon = open_desk("front"), open_desk("office"), open_desk("salon")
    client_id = _client(front)
    ears = [Ears(office), Ears(salon)]
    booking = Appointment(client_id=client_id, starts_at=NOW + timedelta(hours=2),
                          duration_min=30)
    front.appointments.book(booking)
    for heard in (e.next() for e in ears):
        assert heard.affects_agenda() and heard.affects_briefing(client_id)
        assert heard.appointments and heard.clients == {client_id}
    front.appointments.move(booking.id, NOW + timedelta(hours=3))
    assert all(e.next().appointments for e in ears)
    front.appointments.cancel(booking.id)
    assert all(e.next().affects_calendar() for e in ears)
    front.history.add_visit(Visit(client_id=client_id, visited_at=NOW))
    assert all(e.next().visits for e in ears)
    promise = Promise(client_id=client_id, text="Call back", due_at=NOW + timedelta(days=1))
    front.history.add_promise(promise)
    assert all(e.next().promises for e in ears)
    front.history.complete_promise(promise.id)
    for heard in (e.next() for e in ears):
        assert heard.affects_promises() and heard.affects_briefing(client_id)


def test_a_write_from_the_desks_own_worker_thread_is_not_heard_back(open_desk):
    front, office = open_desk("front"), open_desk("office")
    ears = Ears(office)
    worker = office.writer()  # the calendar feed's: the window broadcasts what it saved
    try:
        _client(worker, "Booked by the feed")
    finally:
        worker.close()
    front.set_setting("birthday_days", "9")
    assert ears.next() == Changes(settings=True)
    assert ears.nothing_more()


def test_a_rolled_back_write_sends_nothing(open_desk):
    front, office = open_desk("front"), open_desk("office")
    ears = Ears(office)
    with pytest.raises(RuntimeError), front.store.write():
        front.store.settings.set("birthday_days", "3")
        raise RuntimeError
    front.set_setting("birthday_days", "9")  # a later write, to know the first was skipped
    assert ears.next() == Changes(settings=True)


def test_a_bulk_write_says_everything_once_instead_of_a_notice_per_row(open_desk,
                                                                       shared_address):
    front, office = open_desk("front"), open_desk("office")
    ears = Ears(office)
    with psycopg.connect(shared_address) as conn, conn.transaction():
        conn.execute("INSERT INTO staff (name) SELECT 'Staff ' || n "
                     "FROM generate_series(1, 150) n")
        conn.execute("INSERT INTO clients (display_name, created_at, updated_at) "
                     "SELECT 'Client ' || n, '2026-01-01', '2026-01-01' "
                     "FROM generate_series(1, 100) n")
    # Not 250 notices: 200 of them, then one saying "everything" (batches may split).
    assert any(ears.next() == Changes.everything() for _ in range(3))
    assert ears.nothing_more()
    front.set_setting("birthday_days", "9")
    assert ears.next() == Changes(settings=True)  # and the next transaction counts afresh


def test_a_branch_added_by_the_owner_reaches_the_desks(open_desk):
    owner, front = open_desk("owner"), open_desk("front")
    ears = Ears(front)
    owner.branches.add("North")
    heard = ears.next()
    assert heard == Changes(branches=True) and heard.affects_reports()


def test_hand_written_sql_is_heard_too(open_desk, shared_address):
    front, office = open_desk("front"), open_desk("office")
    client_id = _client(front)
    ears = Ears(office)
    with psycopg.connect(shared_address, autocommit=True) as conn:
        conn.execute("UPDATE clients SET notes = 'VIP' WHERE id = %s", [client_id])
    assert ears.next() == Changes(clients={client_id})


# -- a lost line -------------------------------------------------------------------------


def _admin(server, sql: str, *values) -> None:
    with psycopg.connect(server.address("postgres"), autocommit=True) as conn:
        conn.execute(sql, values)


def test_a_listener_cut_off_reconnects_and_refreshes_everything(open_desk, postgres_server):
    front, office = open_desk("front"), open_desk("office")
    ears = Ears(office)
    listener = office.store._listener
    _admin(postgres_server, "SELECT pg_terminate_backend(%s)", listener.backend_pid)
    assert ears.state() == live.RECONNECTING
    assert ears.state() == live.LIVE
    assert ears.next() == Changes.everything()
    client_id = _client(front)  # and it listens again
    assert client_id in ears.next().clients


def test_a_server_out_of_reach_is_offline_until_it_lets_the_desk_back(
        open_desk, postgres_server, shared_address):
    office = open_desk("office")
    ears = Ears(office)
    name = database_name(shared_address)
    _admin(postgres_server, f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    try:
        _admin(postgres_server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
               "WHERE datname = %s", name)
        assert ears.state() == live.RECONNECTING
        assert ears.state() == live.OFFLINE
        # A save meanwhile fails with one clear line, and nothing is half-saved.
        with pytest.raises(StoreError) as failed:
            office.clients.add(Client(display_name="Typed while offline"))
        assert "could not be reached" in str(failed.value)
        assert "\n" not in str(failed.value)
    finally:
        _admin(postgres_server, f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    assert ears.state() == live.LIVE
    assert ears.next() == Changes.everything()
    # The book's own connection comes back at the next step: the same save now works.
    _client(office, "Typed while offline")
    assert [r.name for r in office.search("typed")] == ["Typed while offline"]


def test_a_desk_whose_connection_was_ended_saves_again_at_once(open_desk, postgres_server):
    front = open_desk("front")
    _client(front, "Before")
    _admin(postgres_server, "SELECT pg_terminate_backend(%s)",
           front.store.db.conn.info.backend_pid)
    assert front.clients.count(include_archived=False) == 1  # a read reconnects
    _admin(postgres_server, "SELECT pg_terminate_backend(%s)",
           front.store.db.conn.info.backend_pid)
    _client(front, "After")  # and so does a save
    assert front.clients.count(include_archived=False) == 2


def test_a_desk_that_died_holds_nothing_on_the_server(open_desk, postgres_server,
                                                      shared_address):
    crashed = open_desk("crashed")
    with pytest.raises(StoreError), crashed.store.write():  # killed in the middle of a save
        crashed.store.settings.set("birthday_days", "3")
        _admin(postgres_server, "SELECT pg_terminate_backend(%s)",
               crashed.store.db.conn.info.backend_pid)
    # No lock is left: another desk opens the book (the advisory lock is only held while
    # a desk creates or upgrades it) and writes the same row at once.
    with psycopg.connect(shared_address) as conn:
        held = conn.execute("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'")
        assert held.fetchone()[0] == 0
    after = open_desk("after")
    assert after.setting("birthday_days") != "3"  # the dead desk's save left nothing
    after.set_setting("birthday_days", "3")
    assert after.setting("birthday_days") == "3"


def test_one_window_per_shared_book_however_its_address_is_written():
    from clientbook.services.shared_book import book_key

    plain = "postgresql://anna@db.example:5432/salon"
    assert book_key(plain) == book_key("postgresql://anna@db.example:5432/salon?sslmode=require")
    assert book_key(plain) == book_key("host=db.example port=5432 dbname=salon user=anna")
    assert book_key(plain) != book_key("postgresql://anna@db.example:5432/spa")

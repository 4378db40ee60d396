"""A book on a PostgreSQL server: opening, refusing what is not ClientBook's, ids, backups."""

from __future__ import annotations

import sqlite3

import psycopg
import pytest

from clientbook.domain.errors import IncompatibleStoreError, StoreError
from clientbook.domain.models import Client, Visit
from clientbook.services.book import Book
from clientbook.storage.postgres import schema as server_schema
from clientbook.storage.postgres.dialect import translate
from clientbook.storage.schema import MIGRATIONS
from tests.conftest import NOW
from tests.postgres_server import PASSWORD_ROLE, database_name


def _tables(address: str) -> list[str]:
    with psycopg.connect(address) as conn:
        return sorted(r[0] for r in conn.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"))


def _open(folder, address) -> Book:
    return Book.open(folder, clock=lambda: NOW, database=address)


# -- the dialect: pure text, no server needed ---------------------------------------------


@pytest.mark.parametrize(("sql", "expected"), [
    ("SELECT a FROM t WHERE b = ? AND c = ?", "SELECT a FROM t WHERE b = %s AND c = %s"),
    ("SELECT 1 WHERE x = :c OR y = :c", "SELECT 1 WHERE x = %(c)s OR y = %(c)s"),
    ("SELECT '?', '50%' WHERE a = ?", "SELECT '?', '50%%' WHERE a = %s"),
    ("SELECT x::text FROM t", "SELECT x::text FROM t"),
    ("SELECT 1 WHERE v.staff_id IS c.designer_id AND d IS NULL AND e IS NOT NULL",
     "SELECT 1 WHERE v.staff_id IS NOT DISTINCT FROM c.designer_id AND d IS NULL "
     "AND e IS NOT NULL"),
    ('SELECT "odd?name" FROM t -- a ? here', 'SELECT "odd?name" FROM t -- a ? here'),
])
def test_shared_statements_read_the_same_on_the_server(sql, expected):
    assert translate(sql) == expected


def test_every_schema_step_after_the_baseline_has_its_server_form():
    names = [name for name, _ in MIGRATIONS.steps]
    assert server_schema.BASELINE in names
    later = names[names.index(server_schema.BASELINE) + 1:]
    assert [n for n in later if n not in server_schema.STEPS] == []


# -- opening -------------------------------------------------------------------------------


def test_an_empty_database_becomes_a_book_and_opens_again(postgres_server, tmp_path):
    address = postgres_server.empty_database()
    book = _open(tmp_path / "desk", address)
    book.clients.add(Client(display_name="Mei Lin", phones=["0412 555 010"]))
    book.close()
    again = _open(tmp_path / "other-desk", address)
    try:
        assert [r.name for r in again.search("mei")] == ["Mei Lin"]
        assert again.address == address and again.read_only is False
    finally:
        again.close()
        postgres_server.drop(address)


def test_another_programs_database_is_refused_and_left_untouched(postgres_server, tmp_path):
    address = postgres_server.empty_database()
    with psycopg.connect(address, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(IncompatibleStoreError, match="another program's tables"):
        _open(tmp_path / "desk", address)
    assert _tables(address) == ["invoices"]
    postgres_server.drop(address)


def test_a_book_from_a_newer_clientbook_is_refused_untouched(postgres_server, tmp_path):
    address = postgres_server.new_database()
    with psycopg.connect(address, autocommit=True) as conn:
        conn.execute("UPDATE clientbook_meta SET value = '999' WHERE key = 'schema_version'")
    before = _tables(address)
    with pytest.raises(IncompatibleStoreError, match="newer ClientBook"):
        _open(tmp_path / "desk", address)
    assert _tables(address) == before
    postgres_server.drop(address)


def test_a_password_in_the_address_is_refused_before_connecting(tmp_path):
    with pytest.raises(StoreError, match=r"\.pgpass") as caught:
        _open(tmp_path / "desk", "postgresql://reception:s3cret@db.example/book")
    assert "s3cret" not in str(caught.value)


def test_an_unreachable_server_says_what_to_do_in_one_line(tmp_path):
    with pytest.raises(StoreError, match="could not be reached") as caught:
        _open(tmp_path / "desk", f"postgresql://desk@/book?host={tmp_path}/no-server")
    assert "\n" not in str(caught.value)


def test_a_missing_database_is_named(postgres_server, tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        _open(tmp_path / "desk", postgres_server.address("no_such_book"))


def test_a_user_without_access_is_told_to_ask_the_administrator(postgres_server, tmp_path):
    address = postgres_server.new_database()
    name = database_name(address)
    with psycopg.connect(postgres_server.address("postgres"), autocommit=True) as conn:
        conn.execute("CREATE ROLE visitor LOGIN")
        conn.execute(f"REVOKE CONNECT ON DATABASE {name} FROM PUBLIC")
    try:
        with pytest.raises(StoreError, match="Ask the administrator to grant access") as caught:
            _open(tmp_path / "desk", address.replace("postgres@", "visitor@"))
        assert "visitor" in str(caught.value)
    finally:
        postgres_server.drop(address)
        with psycopg.connect(postgres_server.address("postgres"), autocommit=True) as conn:
            conn.execute("DROP ROLE visitor")


def test_a_wrong_password_gets_its_own_line(postgres_server, tmp_path, monkeypatch):
    """The test server asks this one role for a password (scram-sha-256); it comes from
    PGPASSWORD or a password file, never from the address."""
    address = postgres_server.new_database()
    mine = postgres_server.address(database_name(address), user=PASSWORD_ROLE)
    with psycopg.connect(postgres_server.address("postgres"), autocommit=True) as conn:
        conn.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")
        conn.execute(f"CREATE ROLE {PASSWORD_ROLE} LOGIN SUPERUSER PASSWORD 'right horse'")
    try:
        monkeypatch.setenv("PGPASSWORD", "wrong horse")
        with pytest.raises(StoreError, match="refused the user or password") as caught:
            _open(tmp_path / "desk", mine)
        assert "\n" not in str(caught.value) and "horse" not in str(caught.value)
        assert ".pgpass" in str(caught.value)
        monkeypatch.delenv("PGPASSWORD")
        password_file = tmp_path / "pgpass"
        password_file.write_text(f"*:*:*:{PASSWORD_ROLE}:right horse\n")
        password_file.chmod(0o600)
        monkeypatch.setenv("PGPASSFILE", str(password_file))
        _open(tmp_path / "desk", mine).close()  # the right one opens the book
    finally:
        postgres_server.drop(address)
        with psycopg.connect(postgres_server.address("postgres"), autocommit=True) as conn:
            conn.execute(f"DROP ROLE IF EXISTS {PASSWORD_ROLE}")


# -- what the engine must do like SQLite ---------------------------------------------------


def test_ids_given_by_an_import_keep_later_ids_clear(postgres_server, tmp_path):
    address = postgres_server.new_database()
    book = _open(tmp_path / "desk", address)
    try:
        kept = Client(display_name="Kept Id", created_at=NOW, updated_at=NOW)
        kept.id = 500
        with book.store.write():
            book.store.clients.insert(kept)
        later = Client(display_name="Later")
        book.clients.add(later)
        assert later.id == 501
        assert book.store.clients.all_ids() == [500, 501]
    finally:
        book.close()
        postgres_server.drop(address)


def test_a_server_book_backs_up_into_a_checked_file_a_desk_can_open(postgres_server, tmp_path):
    address = postgres_server.new_database()
    book = _open(tmp_path / "desk", address)
    try:
        added = Client(display_name="Ζωή Παπαδοπούλου", phones=["+30 21 0123 4567"])
        book.clients.add(added)
        client_id = book.search("zoi")[0].id
        book.history.add_visit(Visit(client_id=client_id, visited_at=NOW, service="Cut"))
        target = book.backups.to(tmp_path / "copy.db")
    finally:
        book.close()
        postgres_server.drop(address)
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # The file's report summaries are built for the copied visits, their triggers back.
        assert conn.execute("SELECT visits FROM visit_summaries WHERE client_id = ?",
                            [client_id]).fetchone() == (1,)
        assert conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
                            ).fetchone()[0] >= 6
    desk = tmp_path / "single-desk"
    desk.mkdir()
    target.rename(desk / "clientbook.db")
    single = Book.open(desk, clock=lambda: NOW)
    try:
        assert [r.name for r in single.search("zoi")] == ["Ζωή Παπαδοπούλου"]
        assert single.store.records.visit_count(client_id) == 1
    finally:
        single.close()

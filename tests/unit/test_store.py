"""The store: schema versions, refusing files it must not touch, history that survives."""

import sqlite3
from datetime import datetime
from decimal import Decimal

import pytest

from clientbook.domain.errors import IncompatibleStoreError, StoreError, ValidationError
from clientbook.domain.models import Appointment, Client, Preference, PreferenceCategory, Visit
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.schema import APPLICATION_ID, SCHEMA_VERSION

from ..conftest import NOW


@pytest.mark.file_only
def test_a_new_store_is_marked_as_clientbook_in_wal_mode(book):
    db = book.store.db
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_reader_sees_the_book_on_its_own_connection_and_never_writes(book):
    book.clients.add(Client(display_name="Anna Smith"))
    reader = book.reader()
    try:
        assert reader.store.db.conn is not book.store.db.conn and reader.now() == book.now()
        assert [r.name for r in reader.search("anna")] == ["Anna Smith"]
        with pytest.raises(StoreError):
            reader.clients.add(Client(display_name="Bea Jones"))
    finally:
        reader.close()
    assert book.clients.count() == 1 and not book.search("bea")


def test_reopening_keeps_the_data(isolated_data_dir):
    first = Book.open(isolated_data_dir)
    first.clients.add(Client(display_name="Anna Smith"))
    first.close()
    second = Book.open(isolated_data_dir)
    assert [r.name for r in second.search("anna")] == ["Anna Smith"]
    second.close()


def test_a_store_from_a_newer_version_is_refused_and_left_alone(isolated_data_dir):
    Book.open(isolated_data_dir).close()
    path = isolated_data_dir / DB_FILENAME
    with sqlite3.connect(path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(IncompatibleStoreError, match="newer ClientBook"):
        Book.open(isolated_data_dir)
    assert path.read_bytes() == before


def test_another_programs_sqlite_file_is_refused(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    with sqlite3.connect(isolated_data_dir / DB_FILENAME) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(IncompatibleStoreError, match="another program"):
        Book.open(isolated_data_dir)


@pytest.mark.parametrize("content", [b"", b"this is not a database at all" * 200])
def test_empty_or_garbage_files_are_refused_not_replaced(isolated_data_dir, content):
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / DB_FILENAME).write_bytes(content)
    with pytest.raises(IncompatibleStoreError, match=r"not a usable|not a ClientBook"):
        Book.open(isolated_data_dir)
    assert (isolated_data_dir / DB_FILENAME).read_bytes() == content


def test_removing_a_staff_member_keeps_their_history(book):
    mei = book.staff.add("Mei")
    client = Client(display_name="Anna", designer_id=mei.id)
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, NOW, "Cut", mei.id, Decimal("45.50")))
    book.history.add_appointment(Appointment(client.id, NOW, staff_id=mei.id))
    book.staff.remove(mei.id)
    visits = book.store.records.visits_for(client.id)
    assert len(visits) == 1
    assert visits[0].spend == Decimal("45.50")
    assert visits[0].staff_id is None
    assert book.clients.get(client.id).designer_id is None


def test_preferences_keep_their_order_category_and_polarity(book):
    prefs = [
        Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar, porcelain cup"),
        Preference(PreferenceCategory.CONVERSATION, "small talk", avoid=True),
        Preference(PreferenceCategory.HEALTH, "nut allergy"),
    ]
    client = Client(display_name="Anna", preferences=prefs)
    book.clients.add(client)
    stored = book.clients.get(client.id).preferences
    assert [(p.category, p.value, p.detail, p.avoid) for p in stored] == [
        (PreferenceCategory.DRINK, "Earl Grey", "no sugar, porcelain cup", False),
        (PreferenceCategory.CONVERSATION, "small talk", "", True),
        (PreferenceCategory.HEALTH, "nut allergy", "", False),
    ]


def test_an_invalid_client_is_refused_and_nothing_is_saved(book):
    with pytest.raises(ValidationError, match="email"):
        book.clients.add(Client(display_name="Anna", email="not-an-email"))
    with pytest.raises(ValidationError, match="name"):
        book.clients.add(Client(display_name="   "))
    assert book.store.clients.count() == 0


def test_timestamps_come_from_the_injected_clock(book):
    client = Client(display_name="Anna")
    book.clients.add(client)
    stored = book.clients.get(client.id)
    assert stored.created_at == NOW == stored.updated_at


def test_a_failed_write_leaves_nothing_behind(book):
    with pytest.raises(ValidationError), book.store.write():
        book.store.clients.insert(Client(display_name="Half written", created_at=NOW,
                                         updated_at=NOW))
        raise ValidationError("simulated failure in the middle of a save")
    assert book.store.clients.count() == 0
    assert book.search("half") == []


def test_duplicates_are_found_by_phone_and_by_folded_name(book):
    book.set_setting("phone_region", "GB")
    book.clients.add(Client(display_name="María López", phones=["+44 20 7946 0018"]))
    same_phone = Client(display_name="M. Lopez", phones=["020 7946 0018"])
    same_name = Client(display_name="MARIA LOPEZ")
    found = book.clients.duplicates_of(same_phone)
    assert [(d.client.display_name, d.same_name, d.same_phone) for d in found] == [
        ("María López", False, True)]
    found = book.clients.duplicates_of(same_name)
    assert [(d.client.display_name, d.same_name, d.same_phone) for d in found] == [
        ("María López", True, False)]


def test_migrating_an_older_store_takes_a_backup_first(isolated_data_dir):
    # A ClientBook file from before the first migration: marked as ours, with data in it.
    isolated_data_dir.mkdir(parents=True)
    with sqlite3.connect(isolated_data_dir / DB_FILENAME) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE old_notes (text TEXT)")
        conn.execute("INSERT INTO old_notes VALUES ('keep me')")
    Book.open(isolated_data_dir).close()
    backups = list((isolated_data_dir / "backups").glob("before-upgrade-v0-*.db"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as conn:
        assert conn.execute("SELECT text FROM old_notes").fetchall() == [("keep me",)]


def test_timestamps_are_stored_to_the_second(book):
    client = Client(display_name="Anna", created_at=datetime(2026, 1, 2, 3, 4, 5, 678))
    book.clients.add(client)
    assert book.clients.get(client.id).created_at == datetime(2026, 1, 2, 3, 4, 5)


def test_a_book_only_looked_at_is_left_byte_for_byte_as_it_was(isolated_data_dir):
    """Closing used to re-analyse the visits table every time (its index of visits booked by
    appointment has no rows in a book that never links them): 0.4 s at a million visits, and
    a file that changed although nobody changed anything."""
    first = Book.open(isolated_data_dir, clock=lambda: NOW)
    first.demo.fill(clients=40)
    first.close()
    path = isolated_data_dir / DB_FILENAME
    before = path.read_bytes()
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    items = book.agenda(NOW.date())  # reads visits through their indexes (rewards)
    assert items and [book.briefing(i.appointment.client_id) for i in items]
    book.close()
    assert path.read_bytes() == before


def test_closing_a_book_twice_is_harmless(book):
    book.close()
    book.close()  # the fixture closes it once more

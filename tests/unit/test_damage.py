"""Damage found stops writing until repaired; a bad stored time is skipped and named; a book
opened read-only reads but never writes (issue 20, holes 3, 4 and 11)."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta

import pytest

from clientbook.domain.errors import DamagedStoreError, ReadOnlyStoreError
from clientbook.domain.models import Appointment, Client
from clientbook.services.book import Book
from clientbook.services.safety import backups

from ..conftest import NOW


def _scribble(folder) -> None:
    db = folder / "clientbook.db"
    with contextlib.closing(sqlite3.connect(db)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db.read_bytes())
    data[100:108] = b"\xff" * 8
    db.write_bytes(bytes(data))


@pytest.mark.file_only
def test_damage_the_start_up_check_finds_stops_every_write_until_a_restore(book):
    book.clients.add(Client(display_name="Ана"))
    good = backups.make_backup(book, backups.Reason.DAILY)
    folder = book.path.parent
    _scribble(folder)
    report = backups.startup_checks(folder, NOW + timedelta(days=1))
    assert report.problem is not None and report.good_backup.path == good
    with pytest.raises(DamagedStoreError, match="saves no changes"):
        book.clients.add(Client(display_name="Not on a damaged file"))
    backups.restore(book, good)
    book.clients.add(Client(display_name="Written after the restore"))
    assert book.clients.count() == 2


def test_a_bad_stored_time_is_left_out_and_named(book):
    client = Client(display_name="Olena")
    book.clients.add(client)
    for hour in (9, 11):
        book.store.records.add_appointment(
            Appointment(client_id=client.id, starts_at=NOW.replace(hour=hour), service="Cut"))
    book.store.db.execute("UPDATE appointments SET starts_at = '2026-11-22T09;00;00' "
                          "WHERE id = 1")
    assert [item.appointment.id for item in book.agenda(NOW.date())] == [2]
    result = backups.check(book)
    assert result.ok and not result.sound
    assert [str(p) for p in result.unreadable] == [
        "appointment 1 has an unreadable time ('2026-11-22T09;00;00')"]
    report = backups.startup_checks(book.path.parent, NOW, book.address)
    assert report.problem is None and report.backup is not None  # no backup without it
    book.clients.add(Client(display_name="Still writable"))  # not page damage


@pytest.mark.file_only
def test_a_bad_time_at_start_offers_a_backup_from_before_it(book):
    client = Client(display_name="Olena")
    book.clients.add(client)
    book.store.records.add_appointment(
        Appointment(client_id=client.id, starts_at=NOW, service="Cut"))
    before = backups.make_backup(book, backups.Reason.DAILY)
    book.store.db.execute("UPDATE appointments SET starts_at = 'garbage' WHERE id = 1")
    report = backups.startup_checks(book.path.parent, NOW + timedelta(days=1))
    assert "appointment 1 has an unreadable time ('garbage')" in str(report.problem)
    assert report.good_backup.path == before  # not the day's backup, made with the damage
    assert report.backup is not None and report.backup != before


@pytest.mark.file_only
def test_a_read_only_book_reads_and_refuses_writes(book):
    book.clients.add(Client(display_name="Zoë Ödegaard"))
    folder = book.path.parent
    book.close()
    reader = Book.open(folder, clock=lambda: datetime(2026, 11, 22), read_only=True)
    try:
        assert [r.name for r in reader.search("zoe")] == ["Zoë Ödegaard"]
        with pytest.raises(ReadOnlyStoreError, match="read-only, so the change was not saved"):
            reader.clients.add(Client(display_name="Nobody"))
    finally:
        reader.close()

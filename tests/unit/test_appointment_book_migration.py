"""Migration m006: a store from before the appointment book keeps its bookings and gains the
services menu, staff hours, time off, cancellation reasons and the designer/time index."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime

from sqlite_utils import Database

from clientbook.domain.models import AppointmentStatus
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS

from ..conftest import NOW


def test_a_version_5_store_keeps_its_bookings_and_can_book_at_once(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = isolated_data_dir / DB_FILENAME
    with contextlib.closing(sqlite3.connect(path)) as conn:
        MIGRATIONS.apply(Database(conn), stop_before="m006_appointment_book")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 5")
        conn.execute("INSERT INTO staff (id, name) VALUES (1, 'Mei')")
        conn.execute("INSERT INTO clients (id, display_name, designer_id, created_at, updated_at)"
                     " VALUES (1, 'Ζωή', 1, '2026-01-01T09:00:00', '2026-01-01T09:00:00')")
        conn.execute("INSERT INTO appointments (client_id, starts_at, duration_min, staff_id, "
                     "service, status) VALUES (1, '2026-11-24T10:00:00', 45, 1, 'Cut', "
                     "'cancelled')")
        conn.commit()

    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        [old] = book.appointments.day(date(2026, 11, 24))
        assert (old.appointment.status, old.cancel_reason, old.service_id, old.staff_name) == (
            AppointmentStatus.CANCELLED, None, None, "Mei")
        assert book.services_menu.all() == []
        assert book.staff_hours.recorded(1) is None
        item, _ = book.services_menu.add("Cut", 45)
        draft = book.appointments.draft(1, datetime(2026, 11, 24, 10, 0), service_id=item.id)
        book.appointments.book(draft, item.id)  # the cancelled one never clashes
        assert len(book.appointments.day(date(2026, 11, 24))) == 2
    finally:
        book.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        indexes = {n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'appointments'")}
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert "appointments_staff_time" in indexes and "appointments_staff" not in indexes
    assert list((isolated_data_dir / "backups").glob("before-upgrade-v5-*.db"))

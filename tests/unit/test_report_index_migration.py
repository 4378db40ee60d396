"""Migration m005: a store from before it gains the report's index and keeps every visit."""

from __future__ import annotations

import contextlib
import sqlite3
from decimal import Decimal

from sqlite_utils import Database

from clientbook.services.book import Book
from clientbook.services.reports.reports import build_report
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS

from ..conftest import NOW


def _indexes(path) -> set[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return {name for (name,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'visits'")}


def test_a_version_4_store_gets_the_index_and_its_report_is_unchanged(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = isolated_data_dir / DB_FILENAME
    with contextlib.closing(sqlite3.connect(path)) as conn:
        MIGRATIONS.apply(Database(conn), stop_before="m005_visit_totals_index")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 4")
        conn.execute("INSERT INTO staff (id, name) VALUES (1, 'Mei')")
        conn.execute("INSERT INTO clients (id, display_name, created_at, updated_at) "
                     "VALUES (1, 'Ζωή', '2026-01-01T09:00:00', '2026-01-01T09:00:00')")
        conn.executemany(
            "INSERT INTO visits (client_id, visited_at, staff_id, spend_cents) "
            "VALUES (1, ?, ?, ?)",
            [("2026-10-31T23:59:00", 1, 4000), ("2026-11-01T00:00:00", None, 2500),
             ("2026-11-02T10:00:00", 1, 0)])
        conn.commit()
    assert "visits_staff" in _indexes(path)

    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        report = build_report(book, "month", 2)
        assert [(p.period.label, p.visits, p.revenue) for p in report.periods] == [
            ("2026-10", 1, Decimal("40")), ("2026-11", 2, Decimal("25"))]
        assert [(d.name, d.visits, d.revenue) for d in report.designers] == [
            ("Mei", 2, Decimal("40"))]
    finally:
        book.close()
    found = _indexes(path)
    assert "visits_staff_time" in found and "visits_staff" not in found
    assert list((isolated_data_dir / "backups").glob("before-upgrade-v4-*.db"))


"""The visit summaries and month totals (m010 on a file, m014 on a server) stay equal to what
the visits say after every kind of write, and the report worked out from them equals the one
worked out from the visits, on both engines.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import date, datetime, timedelta
from decimal import Decimal
from itertools import groupby, pairwise

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlite_utils import Database

from clientbook.domain.models import Client, Visit
from clientbook.domain.retention import usual_interval
from clientbook.services.book import Book
from clientbook.services.exporting.csv_export import export_csv
from clientbook.services.importing.csv_import import import_csv
from clientbook.services.importing.import_apply import undo_last_import
from clientbook.services.importing.import_undo import imports, undo_import
from clientbook.services.privacy.erasure import forget
from clientbook.services.reports import reports
from clientbook.services.safety import backups
from clientbook.services.safety.backups import Reason
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.repositories import reports as report_reads
from clientbook.storage.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

from ..conftest import NOW

_STORED = ("SELECT client_id, archived, designer_id, visits, spend_cents, kept, first_cents, "
           "first_day, second_day, last_day, median_gap, long_gaps FROM visit_summaries")


def recomputed(db) -> dict[int, tuple]:
    """Each summary worked out again in Python from the visits themselves."""
    rows = db.execute(
        "SELECT v.client_id, v.visited_at, v.staff_id, v.spend_cents, c.designer_id, "
        "c.archived "
        "FROM visits v JOIN clients c ON c.id = v.client_id WHERE c.forgotten_at IS NULL "
        "ORDER BY v.client_id, v.visited_at, v.id").fetchall()
    out = {}
    for client_id, group in groupby(rows, key=lambda r: r[0]):
        visits = list(group)
        days = [datetime.fromisoformat(r[1]).date().toordinal() for r in visits]
        n, gaps = len(days), [b - a for a, b in pairwise(days)]
        median = usual_interval(days) if n >= 2 else None
        long = [x for i, gap in enumerate(gaps) if n == 2 or gap > 2 * median
                for x in (days[i], days[i + 1])]
        later = [d for d in days if d > days[0]]
        out[client_id] = (
            client_id, visits[0][5], visits[0][4], n, sum(r[3] for r in visits),
            sum(r[2] is not None and r[2] == r[4] for r in visits), visits[0][3],
            days[0], later[0] if later else None, days[-1], median,
            ",".join(map(str, long)))
    return out


def months(db) -> dict[tuple[str, int], tuple[int, int]]:
    return {(m, s): (n, c) for m, s, n, c in db.execute(
        "SELECT substr(visited_at, 1, 7), coalesce(staff_id, 0), count(*), sum(spend_cents) "
        "FROM visits GROUP BY 1, 2")}


def assert_summaries_right(book: Book, monkeypatch=None) -> None:
    db = book.store.db
    stored = {row[0]: tuple(row) for row in db.execute(_STORED)}
    assert stored == recomputed(db)
    kept = {(m, s): (n, c) for m, s, n, c in db.execute(  # a server's: per branch too
        "SELECT month, staff, sum(visits), sum(cents) FROM visit_months GROUP BY 1, 2")
        if n or c}
    assert kept == months(db)
    if monkeypatch is not None:  # the report from the summaries = the one from the visits
        quick = reports.build_report(book, "month", 12, win_back_limit=None)
        monkeypatch.setattr(report_reads, "summaries_serve", lambda factor, min_visits: False)
        slow = reports.build_report(book, "month", 12, win_back_limit=None)
        monkeypatch.undo()
        assert quick == slow


def _visit(book, client, day: date, cents: int, staff=None, hour: int = 10) -> None:
    book.history.add_visit(Visit(client.id, datetime.combine(day, datetime.min.time())
                                 .replace(hour=hour), staff_id=staff,
                                 spend=Decimal(cents).scaleb(-2)))


def _ids(book, client) -> list[int]:
    return [r[0] for r in book.store.db.execute(
        "SELECT id FROM visits WHERE client_id = ? ORDER BY visited_at, id", [client.id])]


@pytest.fixture
def firm(book):
    mei, olek = book.staff.add("Mei"), book.staff.add("Olek")
    ann = Client(display_name="Ann", designer_id=mei.id)
    bob = Client(display_name="Bob")
    cai = Client(display_name="Cai", designer_id=olek.id)
    for client in (ann, bob, cai):
        book.clients.add(client)
    start = date(2025, 6, 2)
    for i, gap in enumerate((0, 7, 7, 30, 7, 0, 7, 100, 7)):
        start += timedelta(days=gap)
        _visit(book, ann, start, 1000 + i, mei.id if i % 3 else olek.id)
    _visit(book, bob, date(2026, 3, 1), 500)
    _visit(book, bob, date(2026, 8, 1), 700, olek.id)
    _visit(book, cai, date(2026, 10, 30), 900, olek.id, hour=23)
    return book, mei, olek, ann, bob, cai


def test_logging_visits_keeps_them_right(firm, monkeypatch):
    book, *_ = firm
    assert len(recomputed(book.store.db)) == 3
    assert_summaries_right(book, monkeypatch)


def test_correcting_and_deleting_visits_keeps_them_right(firm, monkeypatch):
    book, mei, _, ann, bob, cai = firm
    first, *_, last = _ids(book, ann)
    book.corrections.edit_visit(first, visited_at=datetime(2026, 11, 20, 9), spend=Decimal(3))
    assert_summaries_right(book, monkeypatch)
    book.corrections.edit_visit(last, staff_id=None)
    book.corrections.edit_visit(_ids(book, bob)[0], staff_id=mei.id, spend=Decimal("1.23"))
    assert_summaries_right(book, monkeypatch)
    book.corrections.delete_visit(_ids(book, cai)[0])  # the client's only visit
    book.corrections.delete_visit(_ids(book, ann)[3])
    assert cai.id not in recomputed(book.store.db)
    assert_summaries_right(book, monkeypatch)
    book.undo.undo()  # the deletion comes back
    assert_summaries_right(book, monkeypatch)


def test_a_new_designer_or_archiving_keeps_them_right(firm, monkeypatch):
    book, _, olek, ann, *_ = firm
    ann = book.clients.get(ann.id)
    ann.designer_id = olek.id
    book.clients.update(ann)
    assert_summaries_right(book, monkeypatch)
    book.clients.set_archived(ann.id, True)
    assert_summaries_right(book, monkeypatch)
    book.staff.remove(olek.id)  # visits and clients lose him (ON DELETE SET NULL)
    assert_summaries_right(book, monkeypatch)


def test_forgetting_removes_the_summary_and_the_report_still_counts_the_money(firm,
                                                                              monkeypatch):
    book, _, _, ann, bob, _ = firm
    before = reports.build_report(book, "month", 12)
    forget(book, ann.id)
    assert book.store.db.execute("SELECT count(*) FROM visit_summaries WHERE client_id = ?",
                                 [ann.id]).fetchone()[0] == 0
    after = reports.build_report(book, "month", 12)
    assert [p.revenue for p in after.periods] == [p.revenue for p in before.periods]
    assert after.loyal_revenue == before.loyal_revenue
    _visit(book, bob, date(2026, 11, 2), 100)  # another client's write does not bring it back
    assert ann.id not in {r[0] for r in book.store.db.execute(_STORED)}
    assert_summaries_right(book, monkeypatch)


def test_deleting_a_client_and_moving_visits_keep_them_right(firm, monkeypatch):
    book, _, _, ann, bob, cai = firm
    with book.store.write():  # a merge of two clients moves one's visits to the other
        book.store.db.execute("UPDATE visits SET client_id = ? WHERE client_id = ?",
                              [ann.id, bob.id])
    assert_summaries_right(book, monkeypatch)
    book.clients.delete(cai.id)
    assert cai.id not in {r[0] for r in book.store.db.execute(_STORED)}
    assert_summaries_right(book, monkeypatch)


def test_a_damaged_visit_time_does_not_stop_the_writes(firm):
    """A time no calendar has (a hand edit, a flipped byte copied from a file) counts as no
    day; saving it, and later writes for the same client, still work on both engines."""
    book, _, _, _, bob, cai = firm
    with book.store.write():
        for when, client in (("2026-02-30T10:00:00", cai), ("2026-1x-07T09;00;00", bob)):
            book.store.db.execute("UPDATE visits SET visited_at = ? WHERE id = ?",
                                  [when, _ids(book, client)[0]])
    _visit(book, bob, date(2026, 11, 2), 100)
    stored = {r[0]: r for r in book.store.db.execute(_STORED)}
    assert stored[bob.id][3] == 3 and stored[cai.id][3] == 1  # visits counted


@pytest.mark.file_only  # the imports go into a second book, a file
def test_import_and_its_undo_keep_them_right(firm, tmp_path, monkeypatch):
    book, *_ = firm
    for kind in ("clients", "visits"):
        export_csv(book, kind, tmp_path / f"{kind}.csv")
    other = Book.open(tmp_path / "other", clock=lambda: NOW)
    try:
        import_csv(other, "clients", tmp_path / "clients.csv")
        import_csv(other, "visits", tmp_path / "visits.csv")
        assert len(recomputed(other.store.db)) == 3
        assert_summaries_right(other, monkeypatch)
        import_csv(other, "visits", tmp_path / "visits.csv")  # the same visits once more
        assert_summaries_right(other, monkeypatch)
        undo_last_import(other)
        assert_summaries_right(other, monkeypatch)
        for done in imports(other):
            if done.source == "visits.csv" and done.undone_at is None:
                undo_import(other, done.id)
        assert recomputed(other.store.db) == {}
        assert_summaries_right(other, monkeypatch)
    finally:
        other.close()


def test_restoring_a_backup_brings_its_summaries(firm, monkeypatch):
    book, _, _, _, bob, cai = firm
    saved = backups.make_backup(book, Reason.DAILY)
    _visit(book, bob, date(2026, 11, 1), 100)
    forget(book, cai.id)
    backups.restore(book, saved)
    assert_summaries_right(book, monkeypatch)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(["add", "edit", "delete"]), st.integers(0, 700),
                          st.integers(0, 50_000), st.booleans()), max_size=25))
def test_any_series_of_writes_keeps_them_right(book, steps):
    with book.store.write():
        book.store.db.execute("DELETE FROM clients")
    client = Client(display_name="Zoë")
    book.clients.add(client)
    mei = book.staff.by_name("Mei") or book.staff.add("Mei")
    for action, day, cents, by_mei in steps:
        ids = _ids(book, client)
        when = date(2025, 1, 1) + timedelta(days=day)
        if action == "add" or not ids:
            _visit(book, client, when, cents, mei.id if by_mei else None)
        elif action == "edit":
            book.corrections.edit_visit(ids[day % len(ids)], spend=Decimal(cents).scaleb(-2),
                                        visited_at=datetime.combine(when, datetime.min.time()))
        else:
            book.corrections.delete_visit(ids[day % len(ids)])
    assert_summaries_right(book)


@pytest.mark.file_only
def test_a_version_9_book_gets_its_summaries(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    path = isolated_data_dir / DB_FILENAME
    with contextlib.closing(sqlite3.connect(path)) as conn:
        MIGRATIONS.apply(Database(conn), stop_before="m010_visit_summaries")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("PRAGMA user_version = 9")
        conn.execute("INSERT INTO staff (id, name) VALUES (1, 'Mei')")
        conn.executemany("INSERT INTO clients (id, display_name, designer_id, forgotten_at, "
                         "created_at, updated_at) VALUES (?, ?, ?, ?, '2026-01-01T09:00:00', "
                         "'2026-01-01T09:00:00')",
                         [(1, "Ζωή", 1, None), (2, "王芳", None, None),
                          (3, "Forgotten client", None, "2026-02-01T09:00:00")])
        conn.executemany(
            "INSERT INTO visits (client_id, visited_at, staff_id, spend_cents) VALUES (?, ?, ?, ?)",
            [(1, "2026-01-05T10:00:00", 1, 4000), (1, "2026-02-05T10:00:00", None, 2500),
             (1, "2026-02-09T10:00:00", 1, 0), (1, "2026-06-01T10:00:00+02:00", 1, 100),
             (2, "2026-03-03T10:00:00", None, 700), (3, "2026-01-02T10:00:00", 1, 50)])
        conn.commit()
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        assert sorted(recomputed(book.store.db)) == [1, 2]
        assert_summaries_right(book)
    finally:
        book.close()


def test_a_server_book_from_before_m014_gets_its_summaries(open_desk):
    """The step fills the tables once from the visits (and the search's name prefixes from
    the index) already on the server."""
    desk = open_desk("front")
    mei = desk.staff.add("Mei")
    ann, bob = Client(display_name="Ann", designer_id=mei.id), Client(display_name="王芳")
    desk.clients.add(ann)
    desk.clients.add(bob)
    for day, cents in ((1, 4000), (40, 2500), (45, 0), (200, 100)):
        _visit(desk, ann, date(2026, 1, 1) + timedelta(days=day), cents, mei.id)
    _visit(desk, bob, date(2026, 3, 3), 700)
    with desk.store.write():  # the book as m013 left it: no summaries on the server
        for statement in (
                "DROP TABLE visit_summaries, visit_months",
                "DROP INDEX clients_forgotten",
                "DROP FUNCTION clientbook_visit_summaries_visits() CASCADE",
                "DROP FUNCTION clientbook_visit_summaries_clients() CASCADE",
                "DROP FUNCTION clientbook_visit_summary(bigint)",
                "DROP FUNCTION clientbook_visit_month(text, bigint, bigint, bigint, bigint)",
                "DROP FUNCTION clientbook_visit_day(text)",
                "DROP TABLE client_name_prefixes",
                "DROP FUNCTION clientbook_name_prefixes() CASCADE",
                "DELETE FROM clientbook_migrations WHERE name = 'm014_server_visit_summaries'",
                f"UPDATE clientbook_meta SET value = '{SCHEMA_VERSION - 1}' "
                "WHERE key = 'schema_version'"):
            desk.store.db.execute(statement)
    desk.close()
    again = open_desk("back")
    assert sorted(recomputed(again.store.db)) == [ann.id, bob.id]
    assert_summaries_right(again)
    assert [r.name for r in again.search("王")] == ["王芳"]
    _visit(again, bob, date(2026, 4, 1), 300)  # and the triggers are back
    assert_summaries_right(again)

"""Backups: rotation, the daily copy, checking files, restoring, and what a bad file gets."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

import pytest

from clientbook.domain.backup_rotation import backups_to_keep
from clientbook.domain.errors import NotFoundError
from clientbook.domain.models import Client
from clientbook.services.book import Book
from clientbook.services.safety import backups
from clientbook.services.safety.backups import BackupError, Reason

from ..conftest import NOW


def test_rotation_keeps_7_daily_4_weekly_12_monthly_from_a_backup_every_day():
    stamps = [datetime(2026, 11, 22, 9) - timedelta(days=d) for d in range(500)]
    keep = backups_to_keep(stamps)
    days = sorted((stamps[0] - s).days for s in keep)
    assert days[:7] == [0, 1, 2, 3, 4, 5, 6]
    assert len(keep) == 7 + 4 + 12
    assert max(days) < 400  # about a year back, not all 500 days
    # Of an older day only the newest is kept; the newest day keeps every backup.
    stamps = [datetime(2026, 11, 21, 9), datetime(2026, 11, 21, 17),
              datetime(2026, 11, 22, 9), datetime(2026, 11, 22, 17)]
    assert backups_to_keep(stamps) == set(stamps[1:])
    assert backups_to_keep([]) == set()


def test_rotation_counts_back_from_the_newest_backup_not_today():
    old = [datetime(2025, 1, 1) - timedelta(days=d) for d in range(3)]
    assert backups_to_keep(old) == set(old)


def names(book: Book) -> list[str]:
    return [b.path.name for b in backups.list_backups(book.path.parent)]


@pytest.mark.file_only
def test_the_daily_backup_is_made_once_a_day_and_checks_out(book):
    book.clients.add(Client(display_name="Ζωή"))
    folder = book.path.parent
    first = backups.daily_backup_if_due(folder, NOW)
    assert first is not None and first.name == "clientbook-20261122-090000-daily.db"
    assert backups.daily_backup_if_due(folder, NOW + timedelta(hours=8)) is None
    assert oct(first.stat().st_mode & 0o777) == "0o600"
    assert oct(first.parent.stat().st_mode & 0o777) == "0o700"
    assert backups.files.check_file(first).ok
    with sqlite3.connect(first) as conn:
        assert conn.execute("SELECT display_name FROM clients").fetchall() == [("Ζωή",)]
    assert backups.daily_backup_if_due(folder, NOW + timedelta(days=1)) is not None
    assert len(names(book)) == 2


@pytest.mark.file_only
def test_startup_checks_back_up_a_sound_file_and_report_a_damaged_one(book):
    book.clients.add(Client(display_name="王小明"))
    folder = book.path.parent
    report = backups.startup_checks(folder, NOW)
    assert report.problem is None and report.backup is not None
    assert backups.startup_checks(folder, NOW).backup is None  # once a day
    book.close()
    db = folder / "clientbook.db"
    data = bytearray(db.read_bytes())
    data[100:108] = b"\xff" * 8
    db.write_bytes(bytes(data))
    for leftover in folder.glob("clientbook.db-*"):
        leftover.unlink()
    damaged = backups.startup_checks(folder, NOW + timedelta(days=1))
    assert damaged.problem and damaged.backup is None
    assert damaged.good_backup is not None and damaged.good_backup.path == report.backup
    assert len(names_in(folder)) == 1  # a damaged file is never backed up


def names_in(folder) -> list[str]:
    return [b.path.name for b in backups.list_backups(folder)]


def test_old_automatic_backups_age_out(book):
    for day in range(30):
        book.clock = lambda d=day: NOW + timedelta(days=d)
        backups.make_backup(book, Reason.DAILY)
    kept = backups.list_backups(book.path.parent)
    assert len(kept) == len(backups_to_keep(b.at for b in kept)) < 30
    assert kept[0].at == NOW + timedelta(days=29)


def test_backup_now_to_a_folder_or_file_and_a_missing_folder_is_an_error(book, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    made = backups.backup_to(book, usb)
    assert made.parent == usb and backups.files.check_file(made).ok
    with pytest.raises(BackupError, match="does not exist"):
        backups.backup_to(book, tmp_path / "nowhere" / "x.db")
    assert sorted(p.name for p in usb.iterdir()) == [made.name]


def test_restore_brings_the_backup_back_and_keeps_the_present_as_a_backup(book):
    anna = Client(display_name="Anna")
    book.clients.add(anna)
    saved = backups.make_backup(book, Reason.DAILY)
    book.clients.add(Client(display_name="Added after the backup"))
    book.clients.set_archived(anna.id, True)
    kept, changes = backups.restore(book, saved)
    assert [book.clients.get(i).display_name for i in book.store.clients.all_ids()] == ["Anna"]
    assert not book.clients.get(anna.id).archived and changes.clients == {anna.id}
    assert "before-restore" in kept.name
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 2
    book.clients.add(Client(display_name="Still writable"))  # the book works after restoring
    assert backups.check(book).ok


@pytest.mark.parametrize("make", ["missing", "empty", "not_sqlite", "other_app", "damaged"])
def test_a_bad_restore_file_is_refused_and_nothing_changes(book, tmp_path, make):
    book.clients.add(Client(display_name="Keep me"))
    source = tmp_path / "bad.db"
    if make == "empty":
        source.write_bytes(b"")
    elif make == "not_sqlite":
        source.write_bytes(b"name,phone\nAnna,123\n" * 50)
    elif make == "other_app":
        with sqlite3.connect(source) as conn:
            conn.execute("CREATE TABLE t (x)")
    elif make == "damaged":
        good = backups.make_backup(book, Reason.DAILY)
        data = bytearray(good.read_bytes())
        data[100:108] = b"\xff" * 8  # the first page's b-tree header: the schema is lost
        source.write_bytes(bytes(data))
    before = names(book)
    with pytest.raises((BackupError, NotFoundError)):
        backups.restore(book, source)
    assert names(book) == before
    assert [book.clients.get(i).display_name for i in book.store.clients.all_ids()] == [
        "Keep me"]


def test_a_newer_backup_is_refused(book, tmp_path):
    good = backups.make_backup(book, Reason.DAILY)
    newer = tmp_path / "newer.db"
    newer.write_bytes(good.read_bytes())
    with sqlite3.connect(newer) as conn:
        conn.execute("PRAGMA user_version = 99")
    with pytest.raises(BackupError, match="newer ClientBook"):
        backups.restore(book, newer)


def test_restoring_when_the_book_cannot_be_opened_moves_the_damaged_file_aside(book, tmp_path):
    book.clients.add(Client(display_name="Олена"))
    good = backups.make_backup(book, Reason.DAILY)
    folder = book.path.parent
    book.close()
    (folder / "clientbook.db").write_bytes(b"garbage" * 1000)
    aside = backups.restore_unopenable(folder, good, NOW)
    assert aside is not None and aside.read_bytes() == b"garbage" * 1000
    reopened = Book.open(folder, clock=lambda: NOW)
    try:
        assert reopened.clients.count() == 1 and backups.check(reopened).ok
    finally:
        reopened.close()


def test_the_newest_good_backup_skips_damaged_ones(book):
    good = backups.make_backup(book, Reason.DAILY)
    book.clock = lambda: NOW + timedelta(hours=1)
    bad = backups.make_backup(book, Reason.BEFORE_IMPORT)
    bad.write_bytes(b"\0" * 4096)
    assert backups.newest_good_backup(book.path.parent).path == good


def test_restoring_a_backup_from_before_a_client_was_forgotten_forgets_them_again(book):
    from clientbook.services.privacy import erasure

    zoe = Client(display_name="Zyxwquorth Παπαδοπούλου", notes="allergic to latex")
    keep = Client(display_name="Keep me")
    book.clients.add(zoe)
    book.clients.add(keep)
    saved = backups.make_backup(book, Reason.DAILY)
    erasure.forget(book, zoe.id)
    ledger = book.path.parent / erasure.LEDGER
    assert ledger.read_text() == f"{zoe.id}\n" and oct(ledger.stat().st_mode & 0o777) == "0o600"
    backups.restore(book, saved)
    assert book.clients.get(zoe.id).display_name != "Zyxwquorth Παπαδοπούλου"
    assert book.search("Zyxwquorth") == [] and book.clients.get(keep.id).display_name == "Keep me"
    # Also when the file had to be restored over because it could not be opened.
    folder = book.path.parent
    book.close()
    (folder / "clientbook.db").write_bytes(b"garbage" * 100)
    backups.restore_unopenable(folder, saved, NOW)
    reopened = Book.open(folder, clock=lambda: NOW)
    try:
        assert reopened.search("Zyxwquorth") == []
        assert b"Zyxwquorth" not in (folder / "clientbook.db").read_bytes()
    finally:
        reopened.close()


def test_an_import_is_preceded_by_a_backup_and_refused_when_none_can_be_made(book, tmp_path,
                                                                           monkeypatch):
    from clientbook.domain.errors import ClientBookError
    from clientbook.services.importing.csv_import import import_csv

    file = tmp_path / "people.csv"
    file.write_text("Name,Phone\nΖωή Παπαδοπούλου,+30 699 111 2233\n", encoding="utf-8")
    import_csv(book, "contacts", file)
    assert [b.reason for b in backups.list_backups(book.path.parent)] == ["before-import"]
    with sqlite3.connect(backups.list_backups(book.path.parent)[0].path) as conn:
        assert conn.execute("SELECT count(*) FROM clients").fetchone()[0] == 0

    def full(*_args):
        raise BackupError("The backup could not be written: disk full.")

    monkeypatch.setattr(backups, "make_backup", full)
    other = tmp_path / "more.csv"
    other.write_text("Name\nОлена\n", encoding="utf-8")
    with pytest.raises(ClientBookError, match="Nothing imported: The backup could not"):
        import_csv(book, "contacts", other)
    assert book.clients.count() == 1

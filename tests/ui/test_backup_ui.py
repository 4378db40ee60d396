"""Back up now, restore from a backup, and the start-up check of the data file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog

from clientbook.domain.models import Client
from clientbook.services.safety import backups
from clientbook.ui.app.startup_checks import StartupChecks
from clientbook.ui.session import Session
from clientbook.ui.transfer import backup_dialog
from clientbook.ui.transfer.backup_dialog import RestoreDialog

from ..conftest import NOW


@pytest.fixture
def desk(book, qapp, answers):
    book.clients.add(Client(display_name="Ζωή Παπαδοπούλου"))
    return Session(book)


def test_back_up_now_writes_a_checked_copy_into_the_chosen_folder(desk, tmp_path, monkeypatch,
                                                                  answers):
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_: str(usb))
    made = backup_dialog.back_up_now(None, desk)
    assert made is not None and made.parent == usb and backups.files.check_file(made).ok
    assert answers[-1][0] == "info" and str(made) in answers[-1][2]


def test_back_up_now_cancelled_or_failing_says_so_and_writes_nothing(desk, tmp_path,
                                                                     monkeypatch, answers):
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_: "")
    assert backup_dialog.back_up_now(None, desk) is None and answers == []
    monkeypatch.setattr(backup_dialog, "choose_folder", lambda *_: str(tmp_path / "gone"))
    assert backup_dialog.back_up_now(None, desk) is None
    assert answers[-1][0] == "error" and "does not exist" in answers[-1][2]


def test_the_restore_dialog_lists_backups_newest_first(desk, qtbot):
    book = desk.book
    backups.make_backup(book, backups.Reason.DAILY)
    book.clock = lambda: NOW + timedelta(hours=2)
    newest = backups.make_backup(book, backups.Reason.BEFORE_IMPORT)
    dialog = RestoreDialog(desk)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    assert "Before an import" in dialog.list.item(0).text()
    assert "Daily" in dialog.list.item(1).text()
    dialog.restore_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.chosen == newest


def test_restoring_asks_then_brings_the_backup_back_and_every_page_hears(desk, answers):
    book = desk.book
    saved = backups.make_backup(book, backups.Reason.DAILY)
    book.clients.add(Client(display_name="Added later"))
    heard = []
    desk.changed.connect(heard.append)
    answers.reply = False
    assert not backup_dialog.restore_file(None, desk, saved, "Restore?")
    assert book.clients.count() == 2 and heard == []
    answers.reply = True
    assert backup_dialog.restore_file(None, desk, saved, "Restore?")
    assert book.clients.count() == 1
    assert heard and heard[0].clients and heard[0].settings
    assert answers[-1][0] == "info" and "before-restore" in answers[-1][2]


def test_startup_checks_run_in_the_background_and_make_the_days_backup(desk, qtbot):
    checks = StartupChecks(desk)
    with qtbot.waitSignal(checks.handled, timeout=10_000):
        checks.start()
    assert [b.reason for b in backups.list_backups(desk.book.path.parent)] == ["daily"]


def test_damage_found_at_startup_offers_the_newest_good_backup(desk, answers):
    good = backups.make_backup(desk.book, backups.Reason.DAILY)
    report = backups.StartupReport("clientbook.db is damaged: page 4",
                                   backups.list_backups(desk.book.path.parent)[0])
    answers.reply = False
    StartupChecks(desk).handle(report)
    asked = [a for a in answers if a[0] == "question"][-1]
    assert "damaged: page 4" in asked[2] and "newest good backup" in asked[2]
    assert answers[-1][0] == "error" and "may be incomplete" in answers[-1][2]
    answers.clear()
    answers.reply = True
    desk.book.clients.add(Client(display_name="After the backup"))
    StartupChecks(desk).handle(report)
    assert desk.book.clients.count() == 1 and good.exists()


def test_damage_with_no_backup_and_a_failed_backup_are_reported(desk, answers):
    StartupChecks(desk).handle(backups.StartupReport("damaged: page 4"))
    assert answers[-1][0] == "error" and "no good backup" in answers[-1][2]
    StartupChecks(desk).handle(backups.StartupReport(None, backup_error="disk full"))
    assert answers[-1][0] == "error" and "disk full" in answers[-1][2]


def test_at_start_an_unopenable_file_is_replaced_by_the_newest_good_backup_if_wanted(
        book, qapp, answers):
    from clientbook.domain.errors import ClientBookError
    from clientbook.ui.app.app import open_book

    book.clients.add(Client(display_name="Олена"))
    backups.make_backup(book, backups.Reason.DAILY)
    folder = book.path.parent
    book.close()
    (folder / "clientbook.db").write_bytes(b"not a database" * 500)
    for leftover in folder.glob("clientbook.db-*"):
        leftover.unlink()
    answers.reply = False
    with pytest.raises(ClientBookError):
        open_book(folder)
    assert "newest good backup" in answers[-1][2]
    answers.reply = True
    reopened = open_book(folder)
    try:
        assert [reopened.clients.get(i).display_name
                for i in reopened.store.clients.all_ids()] == ["Олена"]
        assert list((folder / "backups").glob("damaged-*.db"))
    finally:
        reopened.close()


def test_index_only_damage_at_startup_is_repaired_when_wanted(book, qapp, answers, tmp_path):
    """The indexes disagree with their table: REINDEX mends it, nothing is lost (issue 20)."""
    import contextlib
    import sqlite3

    from clientbook.domain.errors import DamagedStoreError
    from clientbook.services.demo.demo import fill_demo

    fill_demo(book, clients=10, seed=3)
    folder = book.path.parent
    book.close()
    real = "CREATE INDEX visits_time ON visits(visited_at)"
    for statements in ([("UPDATE sqlite_master SET sql = ? WHERE name = 'visits_time'",
                         [real + " WHERE 0"])],
                       [("DELETE FROM visits WHERE id = 5", []),
                        ("UPDATE sqlite_master SET sql = ? WHERE name = 'visits_time'",
                         [real])]):
        with contextlib.closing(sqlite3.connect(folder / "clientbook.db")) as conn:
            conn.execute("PRAGMA writable_schema = ON")
            for sql, args in statements:
                conn.execute(sql, args)
            conn.commit()
    from clientbook.services.book import Book

    damaged = Book.open(folder, clock=lambda: NOW)
    try:
        assert not backups.check(damaged).ok
        with pytest.raises(DamagedStoreError):
            damaged.clients.add(Client(display_name="Not yet"))
        report = backups.startup_checks(folder, NOW)
        assert report.index_only and report.problem
        answers.reply = False
        StartupChecks(Session(damaged)).handle(report)
        assert "Only the indexes" in answers[0][2]
        assert answers[-1][0] == "error" and "no good backup" in answers[-1][2]  # declined
        answers.clear()
        answers.reply = True
        StartupChecks(Session(damaged)).handle(report)
        assert answers[-1][:2] == ("info", "Data file repaired")
        assert backups.check(damaged).ok
        damaged.clients.add(Client(display_name="Saved again"))
    finally:
        damaged.close()


def test_a_read_only_data_folder_opens_read_only_without_offering_a_backup(
        book, qapp, answers, monkeypatch):
    import sqlite3

    from clientbook.domain.errors import ReadOnlyStoreError
    from clientbook.storage import database
    from clientbook.ui.app.app import open_book

    book.clients.add(Client(display_name="Ζωή"))
    backups.make_backup(book, backups.Reason.DAILY)
    folder = book.path.parent
    book.close()
    real = database._connect

    def read_only_folder(path, read_only=False):
        if not read_only:
            error = sqlite3.OperationalError("attempt to write a readonly database")
            error.sqlite_errorcode = 8
            raise database.store_error(error, path, saving=False)
        return real(path, read_only=True)

    monkeypatch.setattr(database, "_connect", read_only_folder)
    opened = open_book(folder)
    try:
        assert [k for k, *_ in answers] == ["info"] and "cannot save" in answers[0][2]
        assert opened.read_only and opened.clients.count() == 1
        with pytest.raises(ReadOnlyStoreError):
            opened.clients.add(Client(display_name="Not saved"))
    finally:
        opened.close()

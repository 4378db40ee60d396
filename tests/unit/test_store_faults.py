"""Faults of the disk and the file: each a clear one-line message, and nothing lost.

Disk full, read-only, locked by another program, damaged or foreign files, a newer
ClientBook's file, a network share, and the file's permissions. Tests run as root, where
chmod does not stop writes: read-only is tested through SQLite's mode=ro and, as root, in a
forked child that drops to an unprivileged user.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import shutil
import sqlite3
import stat
import tempfile
import threading
import time
import warnings
from pathlib import Path

import pytest

from clientbook.domain.errors import (
    ClientBookError,
    DamagedStoreError,
    DiskFullError,
    IncompatibleStoreError,
    ReadOnlyStoreError,
    StoreError,
    StoreLockedError,
)
from clientbook.domain.models import Client, Visit
from clientbook.services.book import Book
from clientbook.storage import database
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.safety.network_share import network_share_warning
from clientbook.storage.schema import APPLICATION_ID, SCHEMA_VERSION

from ..conftest import NOW

#: Long enough that saving it needs new pages in the file.
LONG_NOTE = "Allergic to latex; prefers the quiet room by the window. " * 110
UNLIMITED_PAGES = 0xFFFFFFFE


def fill_the_disk(book: Book) -> None:
    """From now on the file cannot grow by a single page: what a full disk looks like."""
    conn = book.store.db.conn
    if conn.execute("PRAGMA freelist_count").fetchone()[0]:
        conn.execute("VACUUM")
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def free_some_space(book: Book) -> None:
    book.store.db.conn.execute(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")


def one_line(message: str) -> str:
    assert "\n" not in message and "Traceback" not in message
    return message


def names(book: Book) -> list[str]:
    return [r[0] for r in book.store.db.execute("SELECT display_name FROM clients ORDER BY id")]


def fork() -> int:
    with warnings.catch_warnings():  # Python 3.12+ warns when forking a threaded process
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.fixture
def anna(book) -> Client:
    client = Client(display_name="Anna Smith", notes="Earl Grey, no sugar")
    book.clients.add(client)
    return client


# -- disk full ---------------------------------------------------------------------------------


@pytest.mark.file_only
def test_disk_full_is_said_plainly_and_loses_nothing(book, anna):
    fill_the_disk(book)
    with pytest.raises(DiskFullError) as caught:
        book.clients.add(Client(display_name="Olena Shevchenko", notes=LONG_NOTE))
    message = one_line(str(caught.value))
    assert message.startswith("The disk holding ")
    assert "is full, so the change was not saved" in message
    assert "Free some space and try again; nothing already saved was lost." in message
    assert not book.store.db.conn.in_transaction
    assert names(book) == ["Anna Smith"]
    assert book.search("olena") == []

    free_some_space(book)
    book.clients.add(Client(display_name="Olena Shevchenko", notes=LONG_NOTE))
    assert book.store.clients.count() == 2


@pytest.mark.file_only
def test_a_full_disk_is_a_store_error_so_every_existing_handler_catches_it(book, anna):
    fill_the_disk(book)
    with pytest.raises(StoreError):
        book.history.add_visit(Visit(anna.id, NOW, "Cut", notes=LONG_NOTE))
    assert book.store.records.visits_for(anna.id) == []


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_a_disk_that_fails_while_committing_rolls_back_and_stays_usable(isolated_data_dir):
    """A real failed write during COMMIT: the WAL may not grow past 8 KiB (a file size limit,
    in a child). The kernel's EFBIG reaches SQLite as an I/O error (a full disk's ENOSPC
    would be SQLITE_FULL, tested above); either way nothing is half-saved."""
    import resource
    import signal

    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    book.clients.add(Client(display_name="Anna Smith"))
    book.close()
    read_end, write_end = os.pipe()
    pid = fork()
    if pid == 0:
        try:
            os.close(read_end)
            report: dict = {}
            child = Book.open(isolated_data_dir, clock=lambda: NOW)
            conn = child.store.db.conn
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL starts empty
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a short write, not death
            _, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
            resource.setrlimit(resource.RLIMIT_FSIZE, (8192, hard))
            try:
                child.clients.add(Client(display_name="Olena", notes=LONG_NOTE))
            except ClientBookError as exc:
                report["error"] = [type(exc).__name__, str(exc)]
            resource.setrlimit(resource.RLIMIT_FSIZE, (hard, hard))
            report["in_transaction"] = conn.in_transaction
            report["after_failure"] = child.store.clients.count()
            child.clients.add(Client(display_name="Olena", notes=LONG_NOTE))
            report["after_retry"] = child.store.clients.count()
            child.close()
            os.write(write_end, json.dumps(report).encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    with os.fdopen(read_end) as reader:
        report = json.loads(reader.read())
    kind, message = report["error"]
    assert (kind, one_line(message)) == ("StoreError", (
        f"The disk reported an error (disk I/O error) for {isolated_data_dir / DB_FILENAME}, "
        "so the change was not saved. Check the disk or network connection and try again; "
        "nothing already saved was lost."))
    assert report == {"error": report["error"], "in_transaction": False,
                      "after_failure": 1, "after_retry": 2}
    with contextlib.closing(sqlite3.connect(isolated_data_dir / DB_FILENAME)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        names = [r[0] for r in conn.execute("SELECT display_name FROM clients ORDER BY id")]
    assert names == ["Anna Smith", "Olena"]


@pytest.mark.file_only
def test_a_commit_that_fails_is_rolled_back_so_later_saves_are_not_swallowed(book, anna):
    """A deferred foreign key makes COMMIT itself fail, which leaves SQLite's transaction
    open: were it not rolled back, every later save would nest in it and never be written."""
    with pytest.raises(StoreError, match="refused by the database"), book.store.write():
        book.store.db.conn.execute("PRAGMA defer_foreign_keys = ON")
        book.store.records.add_visit(Visit(9999, NOW, "Cut"))
    assert not book.store.db.conn.in_transaction
    book.history.add_visit(Visit(anna.id, NOW, "Colour"))
    book.close()
    again = Book.open(book.path.parent)
    try:
        assert [v.service for v in again.store.records.visits_for(anna.id)] == ["Colour"]
    finally:
        again.close()


# -- read-only ---------------------------------------------------------------------------------


@pytest.fixture
def read_only(monkeypatch):
    """Open the data file the way a read-only file or disk allows: SQLite's mode=ro."""
    monkeypatch.setattr(database, "_connect",
                        functools.partial(database._connect, read_only=True))


def test_a_read_only_file_can_be_read_but_a_save_says_why_it_failed(isolated_data_dir,
                                                                    monkeypatch):
    first = Book.open(isolated_data_dir, clock=lambda: NOW)
    first.clients.add(Client(display_name="Anna Smith"))
    first.close()
    before = files_of(isolated_data_dir)
    monkeypatch.setattr(database, "_connect",
                        functools.partial(database._connect, read_only=True))
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        assert [r.name for r in book.search("anna")] == ["Anna Smith"]
        with pytest.raises(ReadOnlyStoreError) as caught:
            book.clients.add(Client(display_name="Olena Shevchenko"))
        assert book.store.clients.count() == 1
    finally:
        book.close()
    assert one_line(str(caught.value)) == (
        f"The data file {isolated_data_dir / DB_FILENAME} is read-only, so the change was not "
        "saved. Check the permissions of the file and of its folder (or whether the disk is "
        "write-protected); nothing already saved was lost.")
    after = files_of(isolated_data_dir)
    assert after[DB_FILENAME] == before[DB_FILENAME]


def test_a_new_book_on_a_read_only_disk_is_refused_and_leaves_no_file(isolated_data_dir,
                                                                      read_only):
    with pytest.raises(ReadOnlyStoreError, match="is read-only, so ClientBook cannot open"):
        Book.open(isolated_data_dir)
    assert list(isolated_data_dir.iterdir()) == []


def test_a_folder_where_no_file_can_be_created_is_named(isolated_data_dir, monkeypatch):
    isolated_data_dir.mkdir(parents=True)

    def refused(**_kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(database.tempfile, "mkstemp", refused)
    with pytest.raises(ReadOnlyStoreError) as caught:
        Book.open(isolated_data_dir)
    assert one_line(str(caught.value)) == (
        f"ClientBook cannot create its data file in {isolated_data_dir}: Permission denied. "
        "Check the folder's permissions (or whether the disk is write-protected).")


UNPRIVILEGED = 65534  # "nobody"


def as_unprivileged(action) -> str:
    """Run `action` as a user who may not write root's files; its result or error, as text.

    As root (where permissions do not stop writes), in a forked child that drops to
    "nobody"; as anyone else, directly.
    """
    def attempt() -> str:
        try:
            return f"ok: {action()}"
        except ClientBookError as exc:
            return f"{type(exc).__name__}: {exc}"

    if os.geteuid() != 0:
        return attempt()
    read_end, write_end = os.pipe()
    pid = fork()
    if pid == 0:
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(UNPRIVILEGED)
            os.setuid(UNPRIVILEGED)
            os.write(write_end, attempt().encode())
        finally:
            os._exit(0)
    os.close(write_end)
    os.waitpid(pid, 0)
    with os.fdopen(read_end) as reader:
        return reader.read()


@pytest.fixture
def shared_folder():
    """A folder every user may enter (pytest's own temporary folders are root's only)."""
    folder = Path(tempfile.mkdtemp(prefix="clientbook-ro-"))
    folder.chmod(0o755)
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o700)
    shutil.rmtree(folder)


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_real_read_only_permissions_for_a_user_who_may_not_write(shared_folder):
    data = shared_folder / "book"
    book = Book.open(data, clock=lambda: NOW)
    book.clients.add(Client(display_name="Anna Smith"))
    book.close()
    path = data / DB_FILENAME
    before = path.read_bytes()

    def save() -> int:
        other = Book.open(data, clock=lambda: NOW)
        try:
            other.clients.add(Client(display_name="Olena Shevchenko"))
            return other.store.clients.count()
        finally:
            other.close()

    # Root acts as "nobody", who may read but not write root's 0644 file and 0755 folder;
    # anyone else acts as themselves, so the owner's write bit goes too.
    file_mode, folder_mode = (0o644, 0o755) if os.geteuid() == 0 else (0o444, 0o555)
    # The file and the folder not writable.
    path.chmod(file_mode)
    data.chmod(folder_mode)
    result = as_unprivileged(save)
    assert result == (f"ReadOnlyStoreError: The data folder {data} is read-only, so ClientBook "
                      "cannot open its data. Check the permissions of the file and of its "
                      "folder (or whether the disk is write-protected).")
    # A writable folder, but the file itself read-only: readable, and a save says why not.
    data.chmod(0o777)
    result = as_unprivileged(save)
    assert result.startswith(f"ReadOnlyStoreError: The data file {path} is read-only, so the "
                             "change was not saved."), result
    # A new book in a folder this user may not write.
    empty = shared_folder / "empty"
    empty.mkdir()
    empty.chmod(folder_mode)
    result = as_unprivileged(lambda: Book.open(empty))
    assert result.startswith("ReadOnlyStoreError: ClientBook cannot create its data file in"), \
        result
    assert path.read_bytes() == before
    assert list(empty.iterdir()) == []


# -- locked by another program -----------------------------------------------------------------


def other_program(path: Path, exclusive: bool = False) -> sqlite3.Connection:
    """Another program holding the data file's write lock (until it commits or closes)."""
    conn = sqlite3.connect(path, isolation_level=None)
    if exclusive:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE" if exclusive else "BEGIN IMMEDIATE")
    conn.execute("INSERT INTO settings (key, value) VALUES ('held', 'by another program')"
                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    return conn


@pytest.mark.file_only
def test_a_lock_held_too_long_is_said_plainly_and_the_retry_works(book, anna):
    book.store.db.conn.execute("PRAGMA busy_timeout = 100")  # instead of waiting 10 s
    holder = other_program(book.path)
    try:
        with pytest.raises(StoreLockedError) as caught:
            book.clients.add(Client(display_name="Olena Shevchenko"))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert one_line(str(caught.value)) == (
        f"Another program is using the ClientBook data in {book.path.parent}, so the change "
        "was not saved. Close it (or wait for it to finish) and try again; nothing already "
        "saved was lost.")
    assert book.store.clients.count() == 1
    book.clients.add(Client(display_name="Olena Shevchenko"))
    assert book.store.clients.count() == 2


def test_a_book_locked_exclusively_by_another_program_is_not_opened(isolated_data_dir,
                                                                    monkeypatch):
    Book.open(isolated_data_dir).close()
    path = isolated_data_dir / DB_FILENAME
    monkeypatch.setattr(database, "BUSY_TIMEOUT_S", 0.1)
    holder = other_program(path, exclusive=True)
    try:
        with pytest.raises(StoreLockedError) as caught:
            Book.open(isolated_data_dir)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert one_line(str(caught.value)) == (
        f"Another program is using the ClientBook data in {isolated_data_dir}, so ClientBook "
        "cannot open its data. Close it (or wait for it to finish) and try again.")


@pytest.mark.file_only
def test_a_second_writer_waits_for_the_first_instead_of_failing(book, anna):
    """BEGIN IMMEDIATE takes the write lock up front, so a second writer queues behind it
    (within the busy timeout) rather than failing with "database is locked"."""
    first_is_writing = threading.Event()
    second_started = threading.Event()
    order: list[str] = []
    errors: list[BaseException] = []
    held_s = 0.3

    def first() -> None:
        try:
            writer = Book.open(book.path.parent, clock=lambda: NOW)
            with writer.store.write():
                writer.store.clients.insert(Client(display_name="First", created_at=NOW,
                                                   updated_at=NOW))
                first_is_writing.set()
                second_started.wait(5)
                time.sleep(held_s)  # hold the lock while the second writer waits
                order.append("first committed")
            writer.close()
        except BaseException as exc:
            errors.append(exc)
            first_is_writing.set()

    def second() -> None:
        try:
            first_is_writing.wait(5)
            writer = Book.open(book.path.parent, clock=lambda: NOW)
            second_started.set()
            started = time.perf_counter()
            writer.clients.add(Client(display_name="Second"))
            order.append(f"second committed after {time.perf_counter() - started:.2f} s")
            writer.close()
        except BaseException as exc:
            errors.append(exc)
            second_started.set()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(20)
    assert errors == []
    assert order[0] == "first committed"
    waited = float(order[1].split()[-2])
    assert waited >= held_s * 0.8, order
    assert names(book) == ["Anna Smith", "First", "Second"]


# -- files that are not a usable ClientBook store ------------------------------------------------


def _make_book(folder: Path) -> Path:
    book = Book.open(folder, clock=lambda: NOW)
    with book.store.write():  # one commit: the file has many pages, quickly
        for n in range(60):
            book.clients.add(Client(display_name=f"Client {n}", notes=LONG_NOTE[: 40 * n]))
    book.close()
    return folder / DB_FILENAME


def _zero_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"\0" * 100 + data[100:])


def _garbage_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes((b"This header was overwritten by a broken copy tool. " * 2)[:100]
                     + data[100:])


def _cut_in_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _empty(path: Path) -> None:
    path.write_bytes(b"")


def _a_picture(path: Path) -> None:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 9)


def _someone_elses(path: Path) -> None:
    path.unlink()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, file TEXT)")
        conn.execute("INSERT INTO photos (file) VALUES ('holiday.jpg')")
        conn.commit()


def _from_a_newer_clientbook(path: Path) -> None:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _malformed_schema_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[108:page_size] = b"\xff" * (page_size - 108)  # page 1 below its header: the schema
    path.write_bytes(bytes(data))


REFUSED = {
    "header zeroed": (_zero_header, DamagedStoreError,
                      "is not a usable ClientBook database: its header (the first 100 bytes) "
                      "is damaged. ClientBook left it untouched; restore a backup or move it "
                      "away."),
    "header overwritten": (_garbage_header, DamagedStoreError,
                           "its header (the first 100 bytes) is damaged."),
    "cut in half": (_cut_in_half, DamagedStoreError,
                    "is not a usable ClientBook database: it has been cut short ("),
    "zero bytes": (_empty, DamagedStoreError,
                   "is empty (0 bytes), so it is not a usable ClientBook database (it may "
                   "have been damaged). ClientBook left it untouched;"),
    "not a database": (_a_picture, IncompatibleStoreError,
                       "is not a ClientBook database: it is not a database file at all. "
                       "ClientBook left it untouched; move it away or choose another data "
                       "folder with --data-dir."),
    "someone else's": (_someone_elses, IncompatibleStoreError,
                       "is a SQLite file from another program, not a ClientBook database."),
    "newer ClientBook": (_from_a_newer_clientbook, IncompatibleStoreError,
                         f"was written by a newer ClientBook (data format {SCHEMA_VERSION + 1};"
                         f" this version reads up to {SCHEMA_VERSION})."),
    "malformed pages": (_malformed_schema_page, DamagedStoreError,
                        "is not a usable ClientBook database: it is damaged (database disk "
                        "image is malformed)"),
}


@pytest.mark.parametrize("case", list(REFUSED))
def test_an_unusable_file_is_refused_with_its_own_message_and_left_untouched(
        isolated_data_dir, case):
    spoil, error, words = REFUSED[case]
    path = _make_book(isolated_data_dir)
    spoil(path)
    before = files_of(isolated_data_dir)
    with pytest.raises(error) as caught:
        Book.open(isolated_data_dir)
    message = one_line(str(caught.value))
    assert message.startswith(str(path)) and words in message
    assert files_of(isolated_data_dir) == before


def test_each_unusable_file_has_a_message_of_its_own(isolated_data_dir):
    messages = set()
    for case, (spoil, _error, _words) in REFUSED.items():
        folder = isolated_data_dir / case.replace(" ", "-").replace("'", "")
        spoil(_make_book(folder))
        with pytest.raises(StoreError) as caught:
            Book.open(folder)
        messages.add(str(caught.value).replace(str(folder), "FOLDER").split("(")[0])
    assert len(messages) == len(REFUSED) - 1  # both damaged headers say the same


def test_a_short_file_with_a_log_to_complete_it_is_left_to_sqlite(isolated_data_dir):
    """Killed in the middle of a checkpoint, the file can be shorter than its header says;
    the -wal beside it completes it, so that is not "cut short"."""
    path = _make_book(isolated_data_dir)
    _cut_in_half(path)
    Path(f"{path}-wal").write_bytes(b"\0" * 32)
    database._check_file(path)  # no error: SQLite decides with the log


def test_the_truncation_check_does_not_refuse_a_sound_book(isolated_data_dir):
    path = _make_book(isolated_data_dir)
    database._check_file(path)
    Book.open(isolated_data_dir).close()


# -- permissions -------------------------------------------------------------------------------


@pytest.fixture
def permissive_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _mode(path: Path | str) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_book_and_its_wal_and_shm_are_private_even_with_umask_022(isolated_data_dir,
                                                                      permissive_umask):
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    try:
        book.clients.add(Client(display_name="Anna Smith"))
        path = book.path
        assert _mode(isolated_data_dir) == 0o700
        assert _mode(path) == 0o600
        assert _mode(f"{path}-wal") == 0o600
        assert _mode(f"{path}-shm") == 0o600
    finally:
        book.close()
    assert not list(isolated_data_dir.glob(".clientbook-new-*"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_an_older_world_readable_book_is_made_private_when_opened(isolated_data_dir,
                                                                  permissive_umask):
    Book.open(isolated_data_dir).close()
    path = isolated_data_dir / DB_FILENAME
    path.chmod(0o644)
    book = Book.open(isolated_data_dir)
    try:
        assert _mode(path) == 0o600
        assert _mode(f"{path}-wal") == 0o600 and _mode(f"{path}-shm") == 0o600
    finally:
        book.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_the_backup_before_an_upgrade_is_private(isolated_data_dir, permissive_umask):
    isolated_data_dir.mkdir(parents=True)
    with contextlib.closing(sqlite3.connect(isolated_data_dir / DB_FILENAME)) as conn:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute("CREATE TABLE old_notes (text TEXT)")
        conn.commit()
    Book.open(isolated_data_dir).close()
    [backup] = (isolated_data_dir / "backups").glob("before-upgrade-*.db")
    assert _mode(backup) == 0o600


def test_a_creation_killed_long_ago_leaves_no_litter(isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    stale = isolated_data_dir / ".clientbook-new-abc123.db"
    stale.write_bytes(b"half a store")
    os.utime(stale, (time.time() - 7200, time.time() - 7200))
    recent = isolated_data_dir / ".clientbook-new-def456.db"
    recent.write_bytes(b"another process is creating this one right now")
    Book.open(isolated_data_dir).close()
    assert not stale.exists() and recent.exists()


# -- network share -----------------------------------------------------------------------------

MOUNTS = """\
/dev/sda2 / ext4 rw,relatime 0 0
server:/export/firm /mnt/firm nfs4 rw,relatime,vers=4.2 0 0
/dev/sdb1 /mnt/firm/local ext4 rw 0 0
//nas/Shared\\040Files /media/shared\\040files cifs rw,vers=3.0 0 0
me@host:/data /home/me/remote fuse.sshfs rw,nosuid 0 0
"""


@pytest.mark.parametrize(("folder", "expected"), [
    ("/mnt/firm/ClientBook", "nfs4 from server:/export/firm"),
    ("/media/shared files/ClientBook", "cifs from //nas/Shared Files"),
    ("/home/me/remote/clientbook", "fuse.sshfs from me@host:/data"),
    ("/mnt/firm/local/ClientBook", None),  # a local disk mounted inside the share
    ("/home/me/.local/share/ClientBook", None),
    ("/mnt/firmware", None),  # a prefix of the name, not a folder inside
])
def test_a_network_share_is_recognised_from_the_mount_table(folder, expected):
    warning = network_share_warning(Path(folder), mounts=MOUNTS, windows=False)
    if expected is None:
        assert warning is None
    else:
        assert warning == (
            f"The data folder {folder} is on a network share ({expected}). SQLite data can "
            "be damaged there if the connection drops or two computers write at once: keep "
            "the data on this computer's own disk, and put backups on the share instead.")


@pytest.mark.parametrize(("folder", "remote"), [
    (r"\\nas\clients\ClientBook", True),
    ("//nas/clients/ClientBook", True),
    (r"\\?\UNC\nas\clients\ClientBook", True),
    (r"C:\Users\reception\AppData\Local\ClientBook", False),
    (r"\\?\C:\Users\reception\ClientBook", False),
])
def test_a_windows_network_path_is_recognised(folder, remote):
    warning = network_share_warning(folder, windows=True)
    assert (warning is not None) == remote
    if remote:
        assert "(a network path)" in one_line(warning)


def test_this_machines_temporary_folder_is_not_a_network_share(tmp_path):
    assert network_share_warning(tmp_path) is None


@pytest.mark.file_only
def test_a_read_refused_by_sqlite_is_a_store_error_that_says_what_to_do(book, monkeypatch):
    import sqlite3 as sqlite

    from clientbook.domain.errors import StoreLockedError

    def locked(*_args):
        error = sqlite.OperationalError("database is locked")
        error.sqlite_errorcode = 5  # SQLITE_BUSY
        raise error

    monkeypatch.setattr(book.store.clients, "count", locked)
    with pytest.raises(StoreLockedError, match="Another program is using"), book.reading():
        book.clients.count()
    monkeypatch.undo()
    with book.reading():
        assert book.clients.count() == 0

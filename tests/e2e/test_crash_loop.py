"""Crash loop: a writer killed with SIGKILL at random moments never costs a committed save.

A forked child (the parent has already imported ClientBook, so no interpreter start-up per
kill) opens the book with Book.open and saves clients and visits through the services, one
transaction each, writing the id of every committed save to a pipe. The parent kills it after
a random (seeded) delay, then checks the file: `integrity_check` ok, foreign keys ok, every
reported id present, at most the one save that was committed but not yet reported extra,
and the search index in step with the clients. Then it starts a new child on the same folder.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import time
import warnings
from decimal import Decimal
from pathlib import Path

import pytest

from clientbook.domain import folding
from clientbook.domain.models import Client, Preference, PreferenceCategory, Visit
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME

from ..conftest import NOW

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork (POSIX)")

SEED = 20261122
KILLS_WHILE_WRITING = 220
KILLS_WHILE_CREATING = 40


def _fork() -> int:
    with warnings.catch_warnings():  # Python 3.12+ warns when forking a threaded process
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def _load_what_the_children_use() -> None:
    """The children are forked from this process: load here, once, what ClientBook loads
    on first use (phone numbers; sqlite-utils for creating a book), as the interpreter
    itself is, so the kills land in creating and saving, not in importing."""
    import sqlite_utils  # noqa: F401

    folding.phone_keys("+44 20 7946 0000", "GB")


def _writer(folder: Path, out: int, seed: int) -> None:
    """The child: save clients and visits until killed; report each commit on `out`."""
    rng = random.Random(seed)
    try:
        book = Book.open(folder, clock=lambda: NOW)
        os.write(out, b"open\n")
        clients: list[int] = []
        n = 0
        while True:
            n += 1
            if not clients or rng.random() < 0.4:
                client = Client(
                    display_name=f"Client {seed}-{n}", phones=[f"+44 20 7946 {n % 10000:04d}"],
                    notes="Prefers the window seat. " * rng.randint(0, 40),
                    preferences=[Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar")])
                book.clients.add(client)
                clients.append(client.id)
                os.write(out, f"c {client.id}\n".encode())
            else:
                visit = Visit(rng.choice(clients), NOW, "Cut and colour",
                              spend=Decimal(rng.randint(10, 200)))
                book.history.add_visit(visit)
                os.write(out, f"v {visit.id}\n".encode())
    except BaseException as exc:  # reported, so the parent fails with the reason
        with contextlib.suppress(OSError):
            os.write(out, f"E {type(exc).__name__}: {exc}\n".replace("\n", " ").encode() + b"\n")
        os._exit(3)


def _run_and_kill(folder: Path, delay: float, seed: int) -> list[str]:
    """Start a writer on `folder`, SIGKILL it after `delay` seconds; its report lines."""
    read_end, write_end = os.pipe()
    pid = _fork()
    if pid == 0:  # the child never returns into pytest
        try:
            os.close(read_end)
            _writer(folder, write_end, seed)
        finally:
            os._exit(4)
    os.close(write_end)
    time.sleep(delay)
    os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    with os.fdopen(read_end, "rb") as reader:
        lines = reader.read().decode().splitlines()
    errors = [line for line in lines if line.startswith("E ")]
    assert not errors, errors
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, status
    return lines


def _check(path: Path) -> tuple[set[int], set[int]]:
    """Integrity and consistency of the file as the kill left it; its client and visit ids.

    A plain connection, as the app would open: it recovers the WAL the kill left behind.
    """
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        clients = {r[0] for r in conn.execute("SELECT id FROM clients")}
        visits = {r[0] for r in conn.execute("SELECT id FROM visits")}
        indexed = {r[0] for r in conn.execute("SELECT rowid FROM client_search")}
        phones = {r[0] for r in conn.execute("SELECT DISTINCT client_id FROM phones")}
    assert indexed == clients, "the search index and the clients were saved apart"
    assert phones == clients, "a client was saved without their phone"
    return clients, visits


def test_killing_the_writer_at_random_never_loses_a_committed_save(tmp_path, capsys):
    rng = random.Random(SEED)
    folder = tmp_path / "book"
    path = folder / DB_FILENAME
    reported_clients: set[int] = set()
    reported_visits: set[int] = set()
    unreported = 0
    opened = 0
    wal_seen = 0
    _load_what_the_children_use()
    started = time.perf_counter()
    for kill in range(KILLS_WHILE_WRITING):
        # Mostly short lives (killed while opening or in the first saves), some long enough
        # for the WAL to pass SQLite's automatic checkpoint, so kills land in those too.
        delay = rng.uniform(0.0, 0.03) if rng.random() < 0.85 else rng.uniform(0.03, 0.25)
        lines = _run_and_kill(folder, delay, SEED + kill)
        opened += "open" in lines
        reported_clients |= {int(line[2:]) for line in lines if line.startswith("c ")}
        reported_visits |= {int(line[2:]) for line in lines if line.startswith("v ")}
        if not path.exists():
            assert not reported_clients, "a save was reported before the file existed"
            continue
        with contextlib.suppress(OSError):
            wal_seen += Path(f"{path}-wal").stat().st_size > 0
        clients, visits = _check(path)
        missing = (reported_clients - clients, reported_visits - visits)
        assert missing == (set(), set()), f"kill {kill}: committed saves lost: {missing}"
        # A save can commit and be killed before it is reported: at most one per kill.
        extra = len(clients - reported_clients) + len(visits - reported_visits)
        assert extra <= 1, f"kill {kill}: {extra} unreported saves"
        unreported += extra
        reported_clients, reported_visits = reported_clients | clients, reported_visits | visits
    writing_s = time.perf_counter() - started

    # The last state also opens in the app and is found by search.
    book = Book.open(folder, clock=lambda: NOW)
    try:
        assert book.store.clients.count() == len(reported_clients) > 0
        saved = book.clients.get(max(reported_clients)).display_name
        assert [found.name for found in book.search(saved, limit=1)] == [saved]
    finally:
        book.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:  # FTS5's own check needs writing
        conn.execute("INSERT INTO client_search (client_search) VALUES ('integrity-check')")

    with capsys.disabled():
        print(f"\ncrash loop: {KILLS_WHILE_WRITING} SIGKILLs while writing in {writing_s:.1f} s "
              f"({opened} after the book opened, {wal_seen} with a WAL to recover); "
              f"{len(reported_clients)} clients and {len(reported_visits)} visits committed "
              f"({len(reported_clients) + len(reported_visits)} transactions, {unreported} "
              f"committed but killed before reporting); {KILLS_WHILE_WRITING} integrity "
              "checks ok, 0 saves lost")


def test_killing_the_first_start_never_leaves_a_store_that_is_refused(tmp_path, capsys):
    """Killed while creating a new book: no file or a whole one, never an unusable file."""
    rng = random.Random(SEED + 1)
    created = 0
    _load_what_the_children_use()
    for kill in range(KILLS_WHILE_CREATING):
        folder = tmp_path / f"new-{kill}"
        _run_and_kill(folder, rng.uniform(0.0, 0.05), SEED + kill)
        path = folder / DB_FILENAME
        if path.exists():
            created += 1
            _check(path)
        Book.open(folder, clock=lambda: NOW).close()  # opens (or creates) without complaint
    with capsys.disabled():
        print(f"\ncrash loop: {KILLS_WHILE_CREATING} SIGKILLs while creating a new book "
              f"({created} after the file was in place); every one opened afterwards")

"""The single-instance guard: a second start hands over to the first, also after a SIGKILL."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QLockFile, Qt
from PySide6.QtWidgets import QMainWindow

from clientbook.ui.app.single_instance import (
    LOCK_FILE,
    SingleInstance,
    bring_to_front,
    claim_folder,
    lock_file,
    server_name,
)

HOLDER = Path(__file__).parents[1] / "e2e" / "single_instance_app.py"
LIMIT_S = 60


@pytest.fixture
def instances(qapp):
    """Make guards for folders; every one is released after the test."""
    made: list[SingleInstance] = []

    def make(folder: Path) -> SingleInstance:
        made.append(SingleInstance(folder))
        return made[-1]

    yield make
    for instance in made:
        instance.release()


def test_the_second_on_a_folder_hands_over_to_the_first(tmp_path, instances, qtbot):
    first, second = instances(tmp_path / "data"), instances(tmp_path / "data")
    assert first.acquire() and first.locked and first.listening
    assert not second.acquire()
    with qtbot.waitSignal(first.activationRequested, timeout=5000), \
            qtbot.waitSignal(first.messageReceived, timeout=5000) as message:
        assert second.hand_over()
    assert message.args == [b"show"]
    assert (tmp_path / "data" / LOCK_FILE).exists()


def test_other_messages_are_passed_on_without_showing(tmp_path, instances, qtbot):
    first, second = instances(tmp_path / "data"), instances(tmp_path / "data")
    assert first.acquire() and not second.acquire()
    with qtbot.assertNotEmitted(first.activationRequested), \
            qtbot.waitSignal(first.messageReceived, timeout=5000) as message:
        assert second.hand_over(b"open 42")
    assert message.args == [b"open 42"]
    with pytest.raises(ValueError):
        second.hand_over(b"two\nlines")


def test_different_folders_do_not_interfere(tmp_path, instances, qtbot):
    one, two = instances(tmp_path / "one"), instances(tmp_path / "two")
    assert one.acquire() and two.acquire()
    assert one.server_name != two.server_name
    knocking = instances(tmp_path / "two")
    assert not knocking.acquire()
    with qtbot.assertNotEmitted(one.activationRequested), \
            qtbot.waitSignal(two.activationRequested, timeout=5000):
        assert knocking.hand_over()


def test_after_the_first_releases_the_next_one_is_first(tmp_path, instances):
    first = instances(tmp_path / "data")
    assert first.acquire()
    first.release()
    first.release()  # twice is harmless
    assert not (tmp_path / "data" / LOCK_FILE).exists()
    assert not instances(tmp_path / "data").hand_over(timeout_ms=2000)  # nobody answers
    again = instances(tmp_path / "data")
    assert again.acquire() and again.listening


def test_a_lock_held_by_a_live_process_is_respected_until_it_is_killed(
        tmp_path, instances, qtbot):
    folder = tmp_path / "data"
    holder = subprocess.Popen([sys.executable, str(HOLDER), "hold", str(folder)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    watchdog = threading.Timer(LIMIT_S, holder.kill)
    watchdog.start()
    try:
        assert holder.stdout.readline().strip() == "ready"
        me = instances(folder)
        assert not me.acquire()
        assert me.owner().pid == holder.pid
        assert me.hand_over()  # the live holder answers
        os.kill(holder.pid, getattr(signal, "SIGKILL", signal.SIGTERM))
        holder.wait(timeout=LIMIT_S)
    finally:
        watchdog.cancel()
        if holder.poll() is None:
            holder.kill()
            holder.wait(timeout=LIMIT_S)
        holder.stdout.close()
        holder.stderr.close()
    assert (folder / LOCK_FILE).exists()  # the killed process could not clean up
    assert me.acquire() and me.locked
    assert me.listening  # its leftover socket was removed first
    with qtbot.waitSignal(me.activationRequested, timeout=5000):
        assert instances(folder).hand_over()


def test_a_lock_file_naming_a_dead_process_is_taken_over(tmp_path, instances):
    """The file as Qt writes it, but for a process that has exited."""
    folder = tmp_path / "data"
    folder.mkdir()
    lock = QLockFile(str(folder / LOCK_FILE))
    assert lock.tryLock(0)
    contents = (folder / LOCK_FILE).read_bytes()
    lock.unlock()
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, timeout=LIMIT_S)
    dead_pid = gone.stdout.strip()
    pid_line, rest = contents.split(b"\n", 1)
    assert pid_line == str(os.getpid()).encode()
    (folder / LOCK_FILE).write_bytes(dead_pid.encode() + b"\n" + rest)
    guard = instances(folder)
    assert guard.owner().pid == int(dead_pid)
    assert guard.acquire() and guard.locked
    assert guard.owner().pid == os.getpid()


def test_server_names_are_short_and_per_folder_and_user(tmp_path):
    deep = tmp_path.joinpath(*["a very long folder name ✓"] * 12)
    name = server_name(deep, user="1000")
    assert len(name) < 50 and name.isascii()
    assert name == server_name(deep / ".." / deep.name, user="1000")
    assert name != server_name(deep, user="1001")
    assert name != server_name(deep.parent, user="1000")


def test_a_folder_that_cannot_be_made_does_not_keep_the_app_out(tmp_path, instances):
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    guard = instances(blocker / "data")
    assert guard.acquire()
    assert not guard.locked


def test_claim_goes_on_when_first_and_stops_after_handing_over(tmp_path, qtbot, answers):
    guard, code = claim_folder(tmp_path / "data")
    assert guard is not None and code == 0 and guard.locked
    try:
        with qtbot.waitSignal(guard.activationRequested, timeout=5000):
            assert claim_folder(tmp_path / "data") == (None, 0)
    finally:
        guard.release()
    assert answers == []


def test_claim_says_so_when_the_holder_does_not_answer(tmp_path, answers):
    folder = tmp_path / "data"
    folder.mkdir()
    silent = QLockFile(str(folder / LOCK_FILE))  # holds the folder but never listens
    assert silent.tryLock(0)
    try:
        assert claim_folder(folder, wait_ms=0) == (None, 1)
    finally:
        silent.unlock()
    [(kind, title, text)] = answers
    assert kind == "error" and "already open" in title and str(folder) in text


def test_bring_to_front_restores_a_hidden_or_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    bring_to_front(window)  # hidden in the tray
    assert window.isVisible()
    window.showMaximized()
    window.setWindowState(window.windowState() | Qt.WindowState.WindowMinimized)
    bring_to_front(window)
    assert not window.isMinimized() and window.isMaximized()


SHARED = "postgres@db.example:5432/salon"


def test_a_desk_may_have_its_own_book_and_a_shared_book_open_at_once(tmp_path, instances):
    own, shared = instances(tmp_path / "data"), instances(tmp_path / "data")
    shared_guard = SingleInstance(tmp_path / "data", book=SHARED)
    try:
        assert own.acquire() and own.locked
        assert shared_guard.acquire() and shared_guard.locked
        assert shared_guard.server_name != own.server_name
        assert shared_guard.lock_path != own.lock_path
        assert own.lock_path.name == LOCK_FILE  # a file book's guard is as it always was
        other = SingleInstance(tmp_path / "data", book="postgres@db.example:5432/spa")
        assert other.acquire() and other.locked  # another shared book: another window
        other.release()
    finally:
        shared_guard.release()
    assert not shared.locked


def test_a_second_start_for_the_same_shared_book_raises_its_window(tmp_path, qtbot, answers):
    guard, code = claim_folder(tmp_path / "data", book=SHARED)
    assert guard is not None and code == 0 and guard.locked
    try:
        with qtbot.waitSignal(guard.activationRequested, timeout=5000):
            assert claim_folder(tmp_path / "data", book=SHARED) == (None, 0)
        mine, code = claim_folder(tmp_path / "data")  # the desk's own file: its own window
        assert mine is not None and code == 0
        mine.release()
    finally:
        guard.release()
    assert answers == []


def test_a_shared_book_held_but_not_answering_is_named_in_the_message(tmp_path, answers):
    folder = tmp_path / "data"
    guard = SingleInstance(folder, book=SHARED)
    folder.mkdir()
    silent = QLockFile(str(guard.lock_path))
    assert silent.tryLock(0)
    try:
        assert claim_folder(folder, wait_ms=0, book=SHARED) == (None, 1)
    finally:
        silent.unlock()
    [(kind, _title, text)] = answers
    assert kind == "error" and SHARED in text


def test_a_shared_books_lock_is_per_computer():
    assert lock_file(SHARED, host="FRONT") != lock_file(SHARED, host="OFFICE")
    assert lock_file(SHARED, host="FRONT") == lock_file(SHARED, host="FRONT")
    assert lock_file("", host="FRONT") == lock_file("", host="OFFICE") == LOCK_FILE

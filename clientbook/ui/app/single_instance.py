"""One ClientBook per book on this computer: a lock file says who is first, a local socket
wakes it up.

Two windows on the same book would each keep their own idea of today's reminders and nudge
twice, and a receptionist who starts ClientBook again (because the window is hidden in the
tray) wants the running window back, not a second one. So the first instance holds a
`QLockFile` in the data folder and listens on a `QLocalServer`; a second start finds the lock
taken, knocks on the server ("show") and exits, and the first raises its window.

The guard is per book and connection, not per data folder: a desk's own file (the folder's
`clientbook.lock`) and a book shared on a server (a lock named after the server's address) are
different books, so a desk may have both open, while a second start for either raises its
window. Nothing is held on the server: another computer's desk is never locked out, and a
desk that crashed leaves nothing behind there.

A first instance killed with SIGKILL (or a power cut) leaves its lock file and, on Unix, its
socket file behind. Qt's lock file records the holder's PID, program name and host, so with
`setStaleLockTime(0)` a lock whose process is gone is taken over at once (and one held by a
live process is never taken over, however old); the leftover socket is removed before
listening, which is only safe while we hold the lock.
"""

from __future__ import annotations

import contextlib
import getpass
import hashlib
import os
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEventLoop, QLockFile, QObject, QSysInfo, Qt, QTimer, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QWidget

from clientbook.domain.words import fill
from clientbook.paths import ensure_private_dir
from clientbook.ui import msgbox

# The lock file's name inside the data folder (Qt adds "<name>.rmlock" briefly on takeover).
LOCK_FILE = "clientbook.lock"
# The message a second start sends; the first answers every message it understood with OK.
SHOW = b"show"
_OK = b"ok\n"
# A knock is one short line; anything longer is not ClientBook and is hung up on.
_MAX_MESSAGE = 256
# How long a second start waits for the first one to answer.
HAND_OVER_TIMEOUT_MS = 5000
# How long a start whose knock went unanswered waits for the lock (the first may be quitting).
RETRY_LOCK_MS = 3000


@dataclass(frozen=True)
class LockOwner:
    """Who holds the lock, as Qt wrote it: for a message such as "open on FRONTDESK-2"."""

    pid: int
    hostname: str
    appname: str


def lock_file(book: str = "", host: str | None = None) -> str:
    """The lock file's name in the data folder: the desk's own file's, or a server book's
    (`book`, its address as services/shared_book.book_key gives it) on this computer, so
    desks sharing a data folder on a network drive never lock each other out of it."""
    if not book:
        return LOCK_FILE
    where = QSysInfo.machineHostName() if host is None else host
    digest = hashlib.sha256(f"{where}\0{book}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"clientbook-{digest[:16]}.lock"


def server_name(folder: Path, user: str | None = None, book: str = "") -> str:
    """The local server's name for this data folder, this user and this book (`book`: a
    server book's address; "" for the folder's own file).

    A hash, because the name becomes a socket path (at most ~100 bytes on Unix) or a pipe
    name, and a data folder's path can be long or hold any character. The user is part of it
    because sockets (in the shared temporary folder) and Windows pipes are machine-wide:
    another account's instance must neither answer our knock nor squat on our name.
    """
    where = os.path.normcase(str(folder.expanduser().resolve()))
    who = _user() if user is None else user
    key = f"{who}\0{where}" + (f"\0{book}" if book else "")
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()
    return f"clientbook-{digest[:32]}"


def _user() -> str:
    if hasattr(os, "getuid"):
        return str(os.getuid())
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):  # no login name in the environment
        return ""


class SingleInstance(QObject):
    """The data folder's single-instance guard; keep it alive as long as the window runs."""

    # A second start asked the running one to show its window.
    activationRequested = Signal()
    # Every message a second start sent (activationRequested also fires for b"show").
    messageReceived = Signal(bytes)

    def __init__(self, folder: Path, parent: QObject | None = None, book: str = "") -> None:
        super().__init__(parent)
        self.folder = Path(folder)
        self.server_name = server_name(self.folder, book=book)
        self.lock_path = self.folder / lock_file(book)
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None
        self._clients: dict[QLocalSocket, bytearray] = {}
        # Whether we hold the lock (False when the folder cannot hold a lock file at all).
        self.locked = False
        # Whether a second start can reach us (False if the name could not be taken).
        self.listening = False

    def acquire(self, timeout_ms: int = 0) -> bool:
        """True when this is the first instance for the folder (it then starts listening).

        False when another live process holds the lock: call hand_over() next. A lock left
        by a process that no longer exists is taken over here. If no lock file can be made
        at all (a read-only folder), there is nothing to guard with, so this answers True
        and leaves `locked` False rather than keep the receptionist out.
        """
        if self.locked or self._server is not None:
            return True
        try:
            ensure_private_dir(self.folder)
        except OSError:  # opening the book will say what is wrong with the folder
            return True
        lock = QLockFile(str(self.lock_path))
        lock.setStaleLockTime(0)  # never stale by age: only when its process is gone
        if not lock.tryLock(max(0, timeout_ms)):
            if lock.error() == QLockFile.LockError.LockFailedError:
                return False
            self._listen(remove_leftover=False)
            return True
        self._lock, self.locked = lock, True
        self._listen(remove_leftover=True)
        return True

    def owner(self) -> LockOwner | None:
        """Who holds the folder's lock now, if anyone (for a message when hand_over fails)."""
        probe = QLockFile(str(self.lock_path))
        pid, hostname, appname = probe.getLockInfo()
        return LockOwner(pid, hostname, appname) if pid > 0 else None

    def hand_over(self, message: bytes = SHOW, timeout_ms: int = HAND_OVER_TIMEOUT_MS) -> bool:
        """Ask the first instance to act on `message`; True once it answered.

        Runs a local event loop rather than blocking, so it also works when both instances
        live in one process (the tests) and never waits longer than `timeout_ms`.
        """
        if b"\n" in message or len(message) >= _MAX_MESSAGE:
            raise ValueError("a hand-over message is one short line")
        socket = QLocalSocket()
        loop = QEventLoop()
        answer = bytearray()
        finished = False

        def finish(*_args) -> None:
            nonlocal finished
            finished = True
            loop.quit()

        def read() -> None:
            answer.extend(bytes(socket.readAll().data()))
            if b"\n" in answer:
                finish()

        socket.connected.connect(lambda: socket.write(message + b"\n"))
        socket.readyRead.connect(read)
        socket.errorOccurred.connect(finish)
        socket.disconnected.connect(finish)
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(finish)
        try:
            socket.connectToServer(self.server_name)
            if not finished and socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
                timer.start(max(0, timeout_ms))
                loop.exec()
            answer.extend(bytes(socket.readAll().data()))  # if it hung up before we read
        finally:
            timer.stop()
            for signal in (
                socket.connected,
                socket.readyRead,
                socket.errorOccurred,
                socket.disconnected,
            ):
                with contextlib.suppress(RuntimeError):
                    signal.disconnect()
            socket.abort()
            socket.deleteLater()
        return answer.startswith(_OK)

    def release(self) -> None:
        """Stop listening and give the lock back (safe to call twice)."""
        if self._server is not None:
            self._server.close()
            self._server.deleteLater()
            self._server = None
        for client in list(self._clients):
            client.abort()
        self._clients.clear()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
        self.locked = self.listening = False

    def _listen(self, remove_leftover: bool) -> None:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if remove_leftover:  # a killed first instance's socket; only ours to remove
            QLocalServer.removeServer(self.server_name)
        server.newConnection.connect(self._accept)
        self.listening = server.listen(self.server_name)
        self._server = server

    def _accept(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            client = server.nextPendingConnection()
            if client is None:
                break
            self._clients[client] = bytearray()
            client.readyRead.connect(partial(self._read, client))
            client.disconnected.connect(partial(self._forget, client))
            self._read(client)  # the line may have arrived with the connection

    def _read(self, client: QLocalSocket) -> None:
        buffer = self._clients.get(client)
        if buffer is None:
            return
        buffer.extend(bytes(client.readAll().data()))
        if b"\n" not in buffer:
            if len(buffer) >= _MAX_MESSAGE:
                client.abort()
            return
        message = bytes(buffer.split(b"\n", 1)[0]).strip()
        del self._clients[client]
        client.write(_OK)
        client.flush()
        client.disconnectFromServer()
        self.messageReceived.emit(message)
        if message == SHOW:
            self.activationRequested.emit()

    def _forget(self, client: QLocalSocket) -> None:
        self._clients.pop(client, None)
        client.deleteLater()


def claim_folder(
    folder: Path, *, wait_ms: int = RETRY_LOCK_MS, book: str = ""
) -> tuple[SingleInstance | None, int]:
    """At start-up: (the guard, 0) to go on with the window, or (None, exit code) to stop.
    `book`: a server book's address as services/shared_book.book_key gives it ("" for the
    folder's own file).

    Stops with 0 when a running ClientBook on this folder was asked to come to the front,
    and with 1, after saying so, when one holds the folder but does not answer (busy, stuck,
    or on another computer sharing the folder) and does not let go within `wait_ms`.
    """
    guard = SingleInstance(folder, book=book)
    if guard.acquire():
        return guard, 0
    if guard.hand_over():
        return None, 0
    if guard.acquire(wait_ms):  # it was quitting, or died while we knocked
        return guard, 0
    msgbox.error(
        None,
        QApplication.translate("single_instance", "ClientBook is already open"),
        _not_answering(guard.owner(), book or folder),
    )
    return None, 1


def _not_answering(owner: LockOwner | None, folder: Path | str) -> str:
    if owner is not None and owner.hostname and owner.hostname != QSysInfo.machineHostName():
        return (
            fill(QApplication.translate(
                "single_instance",
                "ClientBook is already open with the data in %1 on the computer %2. Close "
                "it there first: two computers must not work on one book at the same "
                "time.",
            ), [folder, owner.hostname])
        )
    return fill(QApplication.translate(
        "single_instance",
        "ClientBook is already open with the data in %1 but does not answer. If it is "
        "stuck, close it (or end it in the task manager) and start ClientBook "
        "again.",
    ), [folder])


def bring_to_front(window: QWidget) -> None:
    """Show the window again (from the tray, minimised or behind others), keeping maximised.

    Desktops may refuse to hand over focus (Wayland without an activation token, Windows'
    focus-stealing rules); the window is then shown and flashes in the task bar instead.
    """
    window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()

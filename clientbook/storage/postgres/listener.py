"""Hear other desks' writes: LISTEN on a connection of its own, in a background thread.

Every write to a shared book sends notices on commit (the m011 triggers in
storage/postgres/schema.py). This thread passes their payloads on, without the book's own
(the session already broadcast those), and when the server goes away it says so, connects
again with growing pauses, LISTENs again and says it is back: what was sent meanwhile is
lost, so the desk then reads everything again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import psycopg

from clientbook.storage.postgres.schema import CHANNEL

# What the listener says about the server (the status bar words them).
LIVE, RECONNECTING, OFFLINE = "live", "reconnecting", "offline"
# Pauses between attempts to connect again, in seconds (the last one repeats).
BACKOFF = (0.5, 1.0, 2.0, 4.0, 8.0)
# How long one wait for notices lasts: the longest a stop waits for the thread.
POLL_S = 0.2
# A quiet connection is checked this often, so a server that vanished is noticed.
HEARTBEAT_S = 5.0
_CONNECT_TIMEOUT_S = 5
_log = logging.getLogger("clientbook")


class Listener:
    """`on_notices(payloads)` and `on_state(state, resumed)` are called on its thread."""

    def __init__(self, address: str, own: Callable[[int], bool],
                 on_notices: Callable[[list[str]], None],
                 on_state: Callable[[str, bool], None],
                 backoff: Sequence[float] = BACKOFF):
        self.address = address
        self._own = own
        self._on_notices = on_notices
        self._on_state = on_state
        self._backoff = tuple(backoff) or BACKOFF
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="clientbook-listener",
                                        daemon=True)
        self.state = LIVE  # the book was just opened on this server
        self.backend_pid: int | None = None
        """The listening connection's server process (tests end it to cut the line)."""
        self.connected = threading.Event()

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop listening and wait for the thread (at most about POLL_S)."""
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=POLL_S + _CONNECT_TIMEOUT_S)

    def _say(self, state: str, resumed: bool = False) -> None:
        if state == self.state and not resumed:
            return
        self.state = state
        self._tell(self._on_state, state, resumed)

    @staticmethod
    def _tell(callback: Callable, *values) -> None:
        try:
            callback(*values)
        except Exception:  # a bug (or a closed window) must not end the listening
            _log.exception("live updates: a notice could not be passed on")

    def _run(self) -> None:
        failures = 0
        first = True
        while not self._stop.is_set():
            try:
                conn = psycopg.connect(self.address, autocommit=True,
                                       connect_timeout=_CONNECT_TIMEOUT_S,
                                       application_name="ClientBook live")
            except psycopg.Error:
                self._say(OFFLINE)
                self._stop.wait(self._backoff[min(failures, len(self._backoff) - 1)])
                failures += 1
                continue
            try:
                with conn:
                    conn.execute(f"LISTEN {CHANNEL}")
                    self.backend_pid = conn.info.backend_pid
                    failures = 0
                    # Back after a loss (or after a first attempt failed): whatever other
                    # desks did meanwhile was not heard, so the desk reads everything again.
                    self._say(LIVE, resumed=not first or self.state == OFFLINE)
                    first = False
                    self.connected.set()
                    self._listen(conn)
            except psycopg.Error:
                self.connected.clear()
                if not self._stop.is_set():
                    self._say(RECONNECTING)

    def _listen(self, conn: psycopg.Connection) -> None:
        quiet = 0.0
        while not self._stop.is_set():
            batch = list(conn.notifies(timeout=POLL_S, stop_after=1))
            if not batch:
                quiet += POLL_S
                if quiet >= HEARTBEAT_S:
                    conn.execute("SELECT 1")
                    quiet = 0.0
                continue
            quiet = 0.0
            batch += conn.notifies(timeout=0)  # whatever else already arrived
            payloads = [n.payload for n in batch if not self._own(n.pid)]
            if payloads:
                self._tell(self._on_notices, payloads)

"""A TCP proxy on 127.0.0.1 that adds a fixed delay to every chunk, each way (a LAN's latency
without root, `tc` or netem): for the server benchmark's Today page at 2 ms. It runs in a
process of its own (`python -m bench.latency_proxy ADDRESS SECONDS` prints its port), so
the benchmark's own Python never competes with it for the interpreter lock.

Each chunk read from one side is written to the other side `delay` seconds after it arrived,
in order; chunks do not wait for each other (a pipe with latency, not a slower pipe). The
server side may be a TCP address or a Unix socket (a socket-only server gets a TCP face).
The proxy counts the chunks the desk sends: each is one request, so one round trip
(`requests()` asks it for the count so far).
"""

from __future__ import annotations

import asyncio
import contextlib
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs, urlsplit, urlunsplit


class LatencyProxy:
    """`with LatencyProxy(address, 0.002) as proxied:` — `proxied` is `address` through the
    proxy, which runs in a child process until the block ends."""

    def __init__(self, address: str, delay: float):
        self.address, self.delay = address, delay
        self._child: subprocess.Popen | None = None

    def __enter__(self) -> str:
        self._child = subprocess.Popen(
            [sys.executable, "-m", "bench.latency_proxy", self.address, str(self.delay)],
            stdout=subprocess.PIPE, text=True)
        assert self._child.stdout is not None
        port = int(self._child.stdout.readline())
        return proxied_address(self.address, port)

    def requests(self) -> int:
        """Chunks sent by the desks so far (each a round trip)."""
        assert self._child is not None and self._child.stdout is not None
        self._child.send_signal(signal.SIGUSR1)
        return int(self._child.stdout.readline())

    def __exit__(self, *exc: object) -> None:
        if self._child is not None:
            self._child.terminate()
            self._child.wait(timeout=10)


def _target(address: str) -> Callable[[], Any]:
    parts = urlsplit(address)
    query = parse_qs(parts.query)
    host = query.get("host", [parts.hostname or "localhost"])[0]
    port = parts.port or int(query.get("port", ["5432"])[0])
    if host.startswith("/"):
        return lambda: asyncio.open_unix_connection(f"{host}/.s.PGSQL.{port}")
    return lambda: asyncio.open_connection(host, port)


def proxied_address(address: str, port: int) -> str:
    """`address` with the proxy's host and port (and no TLS: the proxy only passes bytes)."""
    parts = urlsplit(address)
    kept = [f"{k}={v[0]}" for k, v in parse_qs(parts.query).items()
            if k not in ("host", "port", "sslmode")]
    user = f"{parts.username}@" if parts.username else ""
    return urlunsplit((parts.scheme, f"{user}127.0.0.1:{port}", parts.path,
                       "&".join([*kept, "sslmode=disable"]), ""))


_SENT = [0]  # chunks from the desks


async def _pipe(reader: asyncio.StreamReader, writer: asyncio.StreamWriter,
                delay: float, from_desk: bool) -> None:
    queue: asyncio.Queue[tuple[float, bytes]] = asyncio.Queue()

    async def deliver() -> None:
        while True:
            due, chunk = await queue.get()
            if not chunk:
                break
            wait = due - time.perf_counter()
            if wait > 0:
                await asyncio.sleep(wait)
            writer.write(chunk)
            await writer.drain()
        writer.close()

    sending = asyncio.ensure_future(deliver())
    try:
        while chunk := await reader.read(65536):
            queue.put_nowait((time.perf_counter() + delay, chunk))
            _SENT[0] += from_desk
    except (ConnectionError, OSError):
        pass
    queue.put_nowait((0.0, b""))
    with contextlib.suppress(ConnectionError, OSError):
        await sending


async def _serve(address: str, delay: float) -> None:
    connect = _target(address)

    async def one(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            server_reader, server_writer = await connect()
        except OSError:
            writer.close()
            return
        await asyncio.gather(_pipe(reader, server_writer, delay, True),
                             _pipe(server_reader, writer, delay, False))

    asyncio.get_running_loop().add_signal_handler(
        signal.SIGUSR1, lambda: print(_SENT[0], flush=True))
    server = await asyncio.start_server(one, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(_serve(sys.argv[1], float(sys.argv[2])))

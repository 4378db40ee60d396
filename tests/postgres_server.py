"""A throw-away PostgreSQL server for the tests: its own cluster in a temporary folder,
listening on a Unix socket only, stopped and removed at the end of the run.

`initdb` and `pg_ctl` refuse to run as root, so as root they run as the `postgres` user
(Debian's package makes one). Each test gets a database copied from a migrated, empty
template (`CREATE DATABASE … TEMPLATE`, about 0.2 s).
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

# Set by .ci/run: a missing server is then a failure, not a skip.
REQUIRED = os.environ.get("CLIENTBOOK_TEST_POSTGRES") == "require"
_TEMPLATE = "clientbook_template"
# The one role that must give a password (scram-sha-256), for the wrong-password test; every
# other role logs in on the socket without one (trust), as the other tests expect.
PASSWORD_ROLE = "clientbook_pw_test"


def _binaries() -> Path | None:
    for name in ("initdb", "pg_ctl"):
        if shutil.which(name) is None:
            break
    else:
        return Path(shutil.which("pg_ctl")).parent
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"), reverse=True)
    return Path(found[0]).parent if found else None


def database_name(address: str) -> str:
    return urlsplit(address).path.lstrip("/")


class ThrowAwayServer:
    def __init__(self) -> None:
        self.folder: Path | None = None
        self.why_not = ""
        self._numbers = itertools.count(1)
        self._user: str | None = None
        self.tcp_port: int | None = None

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self._user, "--"] if self._user else []
        subprocess.run([*prefix, *command], check=True, capture_output=True, text=True,
                       timeout=120)

    def start(self, tcp: bool = False) -> bool:
        """Start the cluster on its Unix socket; with `tcp`, on 127.0.0.1 too (a free port,
        for benchmarks that put latency between the desk and the server)."""
        bin_dir = _binaries()
        if bin_dir is None:
            self.why_not = ("PostgreSQL's initdb and pg_ctl are not installed (Debian: apt "
                            "install postgresql; .ci/run installs it when run as root)")
            return False
        if os.geteuid() == 0:
            try:
                pwd.getpwnam("postgres")
            except KeyError:
                self.why_not = "running as root and there is no postgres user to run initdb"
                return False
            self._user = "postgres"
        self._bin_dir = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="clientbook-pg-"))
        if self._user:
            shutil.chown(self.folder, self._user)
        data = self.folder / "data"
        try:
            self._run(str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                      "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
            hba = data / "pg_hba.conf"  # the first matching line wins: this one before trust
            hba.write_text(f"local all {PASSWORD_ROLE} scram-sha-256\n" + hba.read_text())
            listen = "''"
            if tcp:
                with socket.socket() as probe:
                    probe.bind(("127.0.0.1", 0))
                    self.tcp_port = probe.getsockname()[1]
                listen = f"127.0.0.1 -p {self.tcp_port}"
            options = (f"-k {self.folder} -c listen_addresses={listen} -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off")
            self._run(str(bin_dir / "pg_ctl"), "-D", str(data), "-o", options,
                      "-l", str(self.folder / "log"), "-w", "start")
        except (subprocess.SubprocessError, OSError) as exc:
            detail = getattr(exc, "stderr", "") or str(exc)
            self.why_not = f"the test server did not start: {detail.strip()[:300]}"
            self.stop()
            return False
        return True

    def address(self, database: str, user: str = "postgres") -> str:
        if self.tcp_port:
            return f"postgresql://{user}@127.0.0.1:{self.tcp_port}/{database}?sslmode=disable"
        return f"postgresql://{user}@/{database}?host={self.folder}"

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(self.address("postgres"), autocommit=True) as conn:
            conn.execute(sql)

    def make_template(self, open_book) -> None:
        """A migrated, empty ClientBook database that each test's database is copied from."""
        self._admin(f"CREATE DATABASE {_TEMPLATE}")
        open_book(self.address(_TEMPLATE)).close()

    def new_database(self) -> str:
        name = f"book_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name} TEMPLATE {_TEMPLATE}")
        return self.address(name)

    def empty_database(self) -> str:
        name = f"empty_{os.getpid()}_{next(self._numbers)}"
        self._admin(f"CREATE DATABASE {name}")
        return self.address(name)

    def drop(self, address: str) -> None:
        name = database_name(address)
        with contextlib.suppress(Exception):
            self._admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def stop(self) -> None:
        if self.folder is None:
            return
        with contextlib.suppress(subprocess.SubprocessError, OSError):
            if (self.folder / "data" / "postmaster.pid").exists():
                self._run(str(self._bin_dir / "pg_ctl"), "-D", str(self.folder / "data"),
                          "-m", "immediate", "-w", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None


def _on_same_server(address: str, database: str) -> str:
    parts = urlsplit(address)
    return parts._replace(path=f"/{database}").geturl()


def new_empty_database(address: str, name: str) -> str:
    """An empty database `name` beside the book at `address` (the same server, user and
    options), for benchmarks given a server of their own; drop it with drop_database."""
    import psycopg

    with psycopg.connect(_on_same_server(address, "postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {name}")
    return _on_same_server(address, name)


def drop_database(address: str) -> None:
    import psycopg

    with psycopg.connect(_on_same_server(address, "postgres"), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {database_name(address)} WITH (FORCE)")

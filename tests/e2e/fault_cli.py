"""Run the real command line with one storage fault injected (for tests/e2e/test_faults.py).

    python tests/e2e/fault_cli.py FAULT [CLIENTBOOK ARGUMENTS...]

FAULT is one of:
  disk-full     the data file may not grow by a single page (SQLite's max_page_count)
  read-only     the data file is opened the way a read-only file or disk allows (mode=ro)
  read-only-folder  opening for writing fails as in a read-only folder (the tests run as
                root, whom permissions do not stop); opening read-only works
  busy=SECONDS  how long a write waits for another program's lock (instead of 10 s)
  no-space      every file written through os.fdopen (exports, reports) finds the disk full
"""

from __future__ import annotations

import errno
import functools
import os
import sqlite3
import sys

from clientbook import __main__ as entry
from clientbook.storage import database, store


def inject(fault: str) -> None:
    if fault == "disk-full":
        real_open = store.open_database

        def open_full(path, read_only=False):
            db = real_open(path, read_only=read_only)
            pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
            db.conn.execute(f"PRAGMA max_page_count = {pages}")
            return db

        store.open_database = open_full
    elif fault == "read-only":
        database._connect = functools.partial(database._connect, read_only=True)
    elif fault == "read-only-folder":
        real_connect = database._connect

        def connect(path, read_only=False):
            if not read_only:
                error = sqlite3.OperationalError("attempt to write a readonly database")
                error.sqlite_errorcode = 8  # SQLITE_READONLY
                raise database.store_error(error, path, saving=False)
            return real_connect(path, read_only=True)

        database._connect = connect
    elif fault == "no-space":
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, file):
                self.file = file

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.file.close()

            def write(self, _text):
                raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

        os.fdopen = lambda *args, **kwargs: Full(real_fdopen(*args, **kwargs))
    elif fault.startswith("busy="):
        database.BUSY_TIMEOUT_S = float(fault.removeprefix("busy="))
    else:
        raise SystemExit(f"unknown fault {fault!r}")


if __name__ == "__main__":
    inject(sys.argv[1])
    sys.exit(entry.main(sys.argv[2:]))

"""Run the real command line with one storage fault injected (for tests/e2e/test_faults.py).

    python tests/e2e/fault_cli.py FAULT [CLIENTBOOK ARGUMENTS...]

FAULT is one of:
  disk-full     the data file may not grow by a single page (SQLite's max_page_count)
  read-only     the data file is opened the way a read-only file or disk allows (mode=ro)
  busy=SECONDS  how long a write waits for another program's lock (instead of 10 s)
"""

from __future__ import annotations

import functools
import sys

from clientbook import __main__ as entry
from clientbook.storage import database, store


def inject(fault: str) -> None:
    if fault == "disk-full":
        real_open = store.open_database

        def open_full(path):
            db = real_open(path)
            pages = db.conn.execute("PRAGMA page_count").fetchone()[0]
            db.conn.execute(f"PRAGMA max_page_count = {pages}")
            return db

        store.open_database = open_full
    elif fault == "read-only":
        database._connect = functools.partial(database._connect, read_only=True)
    elif fault.startswith("busy="):
        database.BUSY_TIMEOUT_S = float(fault.removeprefix("busy="))
    else:
        raise SystemExit(f"unknown fault {fault!r}")


if __name__ == "__main__":
    inject(sys.argv[1])
    sys.exit(entry.main(sys.argv[2:]))

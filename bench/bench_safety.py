"""Data-safety benchmark: checking, backing up, restoring and forgetting on a big store.

Run from the repository root: `.venv/bin/python -m bench.bench_safety [--clients N]`.
Works on a copy of the cached demo store (bench_foundation builds it), so the cache is never
changed. Exits non-zero when a budget is missed.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from bench.bench_foundation import Row, cached_store, print_rows, timed
from bench.build_store import TODAY, clock
from clientbook.services.book import Book
from clientbook.services.privacy import erasure
from clientbook.services.safety import backups
from clientbook.storage.database import DB_FILENAME

RUNS = 3


def measure(folder: Path) -> list[Row]:
    book = Book.open(folder, clock=clock)
    try:
        rows = [
            Row("quick check (start-up, own connection)",
                [timed(lambda: backups.files.check_file(folder / DB_FILENAME, False))[0]
                 for _ in range(RUNS)], 3000.0, "median"),
            Row("full integrity check (clientbook check)",
                [timed(lambda: backups.check(book, full=True))[0] for _ in range(RUNS)],
                None, "median"),
        ]
        made = []
        rows.append(Row("backup: copy, check, rename", [
            timed(lambda: made.append(backups.make_backup(book, backups.Reason.MANUAL)))[0]
            for _ in range(RUNS)], 5000.0, "median"))
        rows.append(Row("restore (keeps the present first)",
                        [timed(lambda: backups.restore(book, made[0]))[0]], 10000.0, "median"))
        ids = book.store.clients.all_ids()[:RUNS]
        rows.append(Row("forget one client (with VACUUM)",
                        [timed(lambda i=i: erasure.forget(book, i))[0] for i in ids],
                        15000.0, "median"))
    finally:
        book.close()
    return rows


def main(argv: list[str] | None = None) -> int:
    args, cached, info = cached_store(__doc__, argv)
    with tempfile.TemporaryDirectory(prefix="clientbook-bench-") as temp:
        folder = Path(temp)
        shutil.copy2(cached / DB_FILENAME, folder / DB_FILENAME)
        rows = measure(folder)
    size = info.get("db_bytes", 0) / 1e6
    print(f"ClientBook data-safety benchmark — {args.clients:,} clients, "
          f"{info.get('summary', {}).get('visits', 0):,} visits, {size:,.0f} MB, today {TODAY}")
    return 1 if print_rows(rows, 44) else 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Export benchmark: ClientBook's CSV export of ~1,000,000 visits against `sqlite3 -csv`.

Run from the repository root: `.venv/bin/python -m bench.bench_export [--clients N]`.

- time: `export_csv(book, "visits", …)` (best of `--runs`) against the sqlite3 shell running
  the very same SELECT (`storage.repositories.exports.export_sql`) with `-csv` into a file;
  budget: at most 3× the shell's time. The export also formats dates and money and
  neutralises formula cells, which the shell does not. Also shown: the same export with a
  progress callback (as the window runs it) and with `;` between cells; about 2% of the
  demo's visits have a `;` in their note, so nearly every batch holds lines to quote (the
  case of real notes full of the delimiter).
- memory: each size is exported in a fresh child process, which reports the tracemalloc peak
  of the export call and how far its peak RSS rose during the export. The store with ten
  times fewer clients (~100,000 visits) is the reference: "flat" means the 1,000,000-row
  export peaks no higher than twice the 100,000-row one.

Both stores are built once (see bench/build_store.py) and then copied to a temporary folder
for each run, so the cache is never migrated by a newer schema while it is being worked on.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from bench.bench_foundation import ensure_store
from bench.build_store import DATA_DIR, build_info, clock
from clientbook.services.book import Book
from clientbook.services.exporting.csv_export import export_csv
from clientbook.storage.database import DB_FILENAME
from clientbook.storage.repositories.exports import export_sql

SQLITE3 = "/usr/bin/sqlite3"
TIME_BUDGET = 3.0  # × sqlite3 -csv (issue 9)
RATIO_BUDGET = 2.0  # × sqlite3 -csv with the same separator, wall and CPU (issue 24)
SEPARATORS = {",": "comma", ";": "semicolon", "\t": "tab"}
FLAT_BUDGET = 2.0  # peak at 10× the rows ≤ this × the peak at 1×


def copy_store(folder: Path, into: Path) -> Path:
    into.mkdir(parents=True, exist_ok=True)
    shutil.copy2(folder / DB_FILENAME, into / DB_FILENAME)
    return into


def open_book(folder: Path) -> Book:
    """Open (and, if the schema is newer, migrate) the copy; the migration is not timed."""
    book = Book.open(folder, clock=clock)
    shutil.rmtree(folder / "backups", ignore_errors=True)  # taken before a migration
    return book


def time_sqlite3(db: Path, out: Path, runs: int, separator: str = ","
                 ) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of `sqlite3 -csv` writing the export's SELECT to a file (cells
    quoted for `separator`, as the shell does with `-separator`)."""
    sql, _params = export_sql("visits")
    walls, cpus = [], []
    for _ in range(runs):
        started = time.perf_counter()
        with open(out, "wb") as handle:
            child = subprocess.Popen([SQLITE3, "-csv", "-separator", separator, "-header",
                                      str(db), " ".join(sql.split())], stdout=handle)
            _pid, status, usage = os.wait4(child.pid, 0)
            child.returncode = os.waitstatus_to_exitcode(status)
        walls.append(time.perf_counter() - started)
        cpus.append(usage.ru_utime + usage.ru_stime)
        if child.returncode:
            raise SystemExit(f"sqlite3 failed with status {child.returncode}")
    return walls, cpus


def time_export(book: Book, out: Path, runs: int, **options
                ) -> tuple[list[float], list[float], int]:
    """Wall and CPU seconds of export_csv(book, "visits", out), and its row count."""
    walls, cpus, rows = [], [], 0
    for _ in range(runs):
        started, cpu = time.perf_counter(), time.process_time()
        rows = export_csv(book, "visits", out, **options)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, rows


def measure_memory(folder: Path, out: Path) -> dict:
    """In this (fresh) process: RSS rise and tracemalloc peak of exporting every visit."""
    book = open_book(folder)
    try:
        before_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        rows = export_csv(book, "visits", out, progress=lambda done, total: True)
        rss_rise_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before_kb
        tracemalloc.start()
        export_csv(book, "visits", out, progress=lambda done, total: True)
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
    finally:
        book.close()
    return {"rows": rows, "tracemalloc_peak_kb": peak // 1024, "rss_rise_kb": rss_rise_kb,
            "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}


def memory_in_child(folder: Path, out: Path) -> dict:
    result = subprocess.run(
        [sys.executable, "-m", "bench.bench_export", "--memory-child", str(folder), str(out)],
        check=True, capture_output=True, text=True)
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    parser.add_argument("--memory-child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.memory_child:
        print(json.dumps(measure_memory(*args.memory_child)))
        return 0

    big, _ = ensure_store(args.clients, args.seed, args.data_dir)
    small, _ = ensure_store(max(args.clients // 10, 1), args.seed, args.data_dir)
    summary = (build_info(big) or {}).get("summary", {})
    with tempfile.TemporaryDirectory(prefix="clientbook-bench-export-") as tmp:
        work = Path(tmp)
        big_copy = copy_store(big, work / "big")
        small_copy = copy_store(small, work / "small")
        open_book(small_copy).close()  # migrate now, so the child measures only the export
        book = open_book(big_copy)
        try:
            shell, shell_cpu = time_sqlite3(big_copy / DB_FILENAME, work / "sqlite3.csv",
                                            args.runs)
            plain, plain_cpu, rows = time_export(book, work / "clientbook.csv", args.runs)
            with_progress, _cpu, _rows = time_export(book, work / "progress.csv", args.runs,
                                                     progress=lambda done, total: True)
            semicolon, _cpu, _rows = time_export(book, work / "semicolon.csv", args.runs,
                                                 delimiter=";")
            # Issue 24: each separator against the shell with the same one, alternating.
            pairs = {sep: [(time_sqlite3(big_copy / DB_FILENAME, work / "s.csv", 1, sep),
                            time_export(book, work / "e.csv", 1, delimiter=sep)[:2])
                           for _ in range(args.runs)] for sep in SEPARATORS}
        finally:
            book.close()
        sizes = {"sqlite3": (work / "sqlite3.csv").stat().st_size,
                 "clientbook": (work / "clientbook.csv").stat().st_size}
        memory = {"small": memory_in_child(small_copy, work / "m.csv"),
                  "big": memory_in_child(big_copy, work / "m.csv")}

    ratio = min(plain) / min(shell)
    ratio_progress = min(with_progress) / min(shell)
    ratio_cpu = min(plain_cpu) / min(shell_cpu)
    small_peak = memory["small"]["tracemalloc_peak_kb"]
    big_peak = memory["big"]["tracemalloc_peak_kb"]
    flat = big_peak <= FLAT_BUDGET * max(small_peak, 1)

    def fmt(times: list[float]) -> str:
        return f"best {min(times):.2f} s  (runs: {', '.join(f'{t:.2f}' for t in times)})"

    print(f"ClientBook export benchmark — {args.clients:,} clients, "
          f"{summary.get('visits', rows):,} visits; Python {sys.version.split()[0]}, "
          f"{os.cpu_count()} CPUs")
    print(f"sqlite3 -csv, same SELECT           {fmt(shell)}  {sizes['sqlite3'] / 1e6:.0f} MB")
    print(f"export_csv visits ({rows:,} rows)  {fmt(plain)}  {sizes['clientbook'] / 1e6:.0f} MB")
    print(f"  with a progress callback          {fmt(with_progress)}")
    print(f"  with ';' (cells to quote)         {fmt(semicolon)}  "
          f"({min(semicolon) / min(shell):.2f}×)")
    print(f"CPU time, best: sqlite3 {min(shell_cpu):.2f} s, export {min(plain_cpu):.2f} s "
          f"({ratio_cpu:.2f}×)")
    print(f"ratio to sqlite3 (wall, best of {args.runs}): {ratio:.2f}× (with progress "
          f"{ratio_progress:.2f}×), budget ≤ {TIME_BUDGET:g}×  "
          f"{'PASS' if ratio <= TIME_BUDGET else 'FAIL'}")
    print()
    print(f"{'memory (fresh process each)':<30}{'rows':>12}{'tracemalloc peak':>20}"
          f"{'peak RSS':>12}{'RSS rise':>12}")
    for label, m in (("small store", memory["small"]), ("big store", memory["big"])):
        print(f"{label:<30}{m['rows']:>12,}{m['tracemalloc_peak_kb']:>17,} KB"
              f"{m['peak_rss_kb'] / 1024:>9.1f} MB{m['rss_rise_kb'] / 1024:>9.1f} MB")
    print(f"flat: peak at {memory['big']['rows'] / max(memory['small']['rows'], 1):.0f}× the "
          f"rows is {big_peak / max(small_peak, 1):.2f}× the peak, budget ≤ "
          f"{FLAT_BUDGET:g}×  {'PASS' if flat else 'FAIL'}")
    print()
    print(f"{'issue 24: ratio to sqlite3 -csv':<34}{'floor':>9}{'figure':>9}{'ratio':>8}"
          f"{'floor CPU':>11}{'figure CPU':>12}{'ratio':>8}  budget")
    within = True
    for sep, runs in pairs.items():
        floor_w = min(r[0][0][0] for r in runs)
        fig_w = min(r[1][0][0] for r in runs)
        floor_c = min(r[0][1][0] for r in runs)
        fig_c = min(r[1][1][0] for r in runs)
        ok = max(fig_w / floor_w, fig_c / floor_c) <= RATIO_BUDGET
        within &= ok
        print(f"{'export, ' + SEPARATORS[sep] + ' (best of ' + str(args.runs) + ')':<34}"
              f"{floor_w:>8.2f}s{fig_w:>8.2f}s{fig_w / floor_w:>7.2f}×{floor_c:>10.2f}s"
              f"{fig_c:>11.2f}s{fig_c / floor_c:>7.2f}×  ≤ {RATIO_BUDGET:g}× "
              f"{'PASS' if ok else 'FAIL'}")
    return 0 if ratio <= TIME_BUDGET and flat and within else 1


if __name__ == "__main__":
    raise SystemExit(main())

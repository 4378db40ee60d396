"""Build (or reuse) a large demo store for the benchmarks: `python -m bench.build_store`.

A store is cached under bench/.data/ (gitignored) in a folder named after its size
and seed; a `built.json` written last marks it complete, so an interrupted build is
rebuilt rather than measured half-full.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import resource
import shutil
import time
from datetime import date, datetime
from pathlib import Path

from clientbook.services.book import Book
from clientbook.services.demo.demo import fill_demo
from clientbook.storage.database import DB_FILENAME

DATA_DIR = Path(__file__).resolve().parent / ".data"
#: The demo's "today" (a Monday), fixed so every build and every run see the same book.
TODAY = date(2026, 11, 23)
#: Bump when fill_demo changes what it writes, so old caches are rebuilt.
FORMAT = 5
MARKER = "built.json"


def clock() -> datetime:
    """The benchmark's fixed "now": mid-morning on TODAY."""
    return datetime.combine(TODAY, datetime.min.time()).replace(hour=10)


def store_folder(path_dir: Path | str, clients: int, seed: int) -> Path:
    return Path(path_dir) / f"clients-{clients}-seed-{seed}"


def build_info(folder: Path) -> dict | None:
    """What the marker says about a finished build, or None when there is none."""
    try:
        return json.loads((folder / MARKER).read_text())
    except (OSError, ValueError):
        return None


def build(path_dir: Path | str, clients: int = 100_000, seed: int = 1) -> Path:
    """Return the data folder of a demo store with `clients` clients, building it if needed."""
    folder = store_folder(path_dir, clients, seed)
    wanted = {"clients": clients, "seed": seed, "today": TODAY.isoformat(), "format": FORMAT}
    info = build_info(folder)
    if info and {k: info.get(k) for k in wanted} == wanted and (folder / DB_FILENAME).exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    started = time.perf_counter()
    book = Book.open(folder, clock=clock)
    try:
        summary = fill_demo(book, clients=clients, seed=seed, today=TODAY)
    finally:
        book.close()
    seconds = time.perf_counter() - started
    info = {
        **wanted,
        "build_seconds": round(seconds, 2),
        "db_bytes": (folder / DB_FILENAME).stat().st_size,
        "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        "summary": dataclasses.asdict(summary),
    }
    (folder / MARKER).write_text(json.dumps(info, indent=2) + "\n")
    return folder


def store_parser(doc: str) -> argparse.ArgumentParser:
    """The options every benchmark on the cached store takes (--clients, --seed, --data-dir)."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = store_parser(__doc__).parse_args(argv)
    folder = build(args.data_dir, args.clients, args.seed)
    info = build_info(folder) or {}
    print(f"{folder / DB_FILENAME}: {info.get('db_bytes', 0) / 1e6:.0f} MB, "
          f"built in {info.get('build_seconds', 0):.1f} s; {info.get('summary')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

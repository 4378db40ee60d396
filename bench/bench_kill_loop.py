"""Kill loop: every write command SIGKILLed at random moments is all or nothing.

Run from the repository root: `.venv/bin/python -m bench.bench_kill_loop [--kills N]`.

A small book is prepared once (demo clients, a backup taken before some of them were
forgotten, one import to undo). Then, for each write command — import, undo-import, demo,
forget, restore, backup — a fresh copy of that book gets the command run in a forked child
(the parent has imported ClientBook already, so no interpreter start-up per kill), which is
SIGKILLed after a random (seeded) delay between its start and a little past its usual
duration (half of them in the last 40%, where commits, renames and clean-ups happen). After
every kill `clientbook check` runs on the copy, and the copy must be:

- sound: `check` exits 0;
- all or nothing: the book's counts (clients, forgotten clients, phones, preferences, visits,
  appointments, promises, imports not undone) equal those before the command or those after
  it ran whole; for `backup`, the backups folder has the old files or one more, each sound;
- forgotten clients stay forgotten: every id in forgotten-clients.txt has no name, phone or
  e-mail;
- no hidden copies left (`.clientbook-backup-*`) once `check` has started.

Exits non-zero when any kill breaks one of these.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import warnings
from pathlib import Path

from clientbook import __main__ as entry

SEED = 20261207
TODAY = "2026-11-22"
KILLS = 210
FORGOTTEN = 6
TABLES = ("clients", "phones", "preferences", "visits", "appointments", "promises")


def _fork() -> int:
    with warnings.catch_warnings():  # Python 3.12+ warns when forking a threaded process
        warnings.simplefilter("ignore", DeprecationWarning)
        return os.fork()


def cli(folder: Path, *args: str, kill_after: float | None = None) -> int | None:
    """Run `clientbook --data-dir folder ARGS` in a forked child; its exit status, or None
    when it was killed before it finished."""
    pid = _fork()
    if pid == 0:
        code = 99
        try:
            quiet = os.open(os.devnull, os.O_WRONLY)
            os.dup2(quiet, 1)
            os.dup2(quiet, 2)
            code = entry.main(["--data-dir", str(folder), *args]) or 0
        finally:
            os._exit(code)
    if kill_after is None:
        return os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1])
    deadline = time.perf_counter() + kill_after
    while time.perf_counter() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.001)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)
    return None


def counts(folder: Path) -> tuple[int, ...]:
    with contextlib.closing(sqlite3.connect(f"file:{folder / 'clientbook.db'}?mode=ro",
                                            uri=True)) as conn:
        found = [conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES]
        found.append(conn.execute(
            "SELECT count(*) FROM clients WHERE forgotten_at IS NOT NULL").fetchone()[0])
        found.append(conn.execute(
            "SELECT count(*) FROM imports WHERE undone_at IS NULL").fetchone()[0])
    return tuple(found)


def forgotten_list(folder: Path) -> list[int]:
    ledger = folder / "forgotten-clients.txt"
    return [int(x) for x in ledger.read_text().split()] if ledger.exists() else []


def resurrected(folder: Path, ids: list[int]) -> list[int]:
    """Those of `ids` (forgotten clients) that have a name, a phone or an e-mail again."""
    with contextlib.closing(sqlite3.connect(f"file:{folder / 'clientbook.db'}?mode=ro",
                                            uri=True)) as conn:
        return [i for i in ids if conn.execute(
            """SELECT forgotten_at IS NULL OR display_name <> 'Forgotten client' OR email <> ''
                      OR EXISTS (SELECT 1 FROM phones WHERE client_id = clients.id)
               FROM clients WHERE id = ?""", [i]).fetchone() in ((1,),)]


def sound(path: Path) -> bool:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    except sqlite3.Error:
        return False


def backups_in(folder: Path) -> set[str]:
    """The backups' names (hidden, unfinished copies are counted by `hidden`)."""
    return {p.name for p in (folder / "backups").glob("*.db") if not p.name.startswith(".")} \
        if (folder / "backups").is_dir() else set()


def hidden(folder: Path) -> list[Path]:
    return [p for f in (folder, folder / "backups") if f.is_dir()
            for p in f.glob(".clientbook-backup-*")]


def _contacts(path: Path, first: int, count: int) -> Path:
    lines = ["Name,Phone 1 - Type,Phone 1 - Value,E-mail 1 - Type,E-mail 1 - Value,Notes"]
    lines += [f"Guest {n},Mobile,+44 7700 9{n:05d},Home,guest{n}@example.org,likes tea"
              for n in range(first, first + count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def prepare(work: Path) -> tuple[Path, dict[str, list[str]]]:
    """The starting book, and each command's arguments."""
    base = work / "base"
    assert cli(base, "demo", "--clients", "150", "--seed", "3", "--today", TODAY) == 0
    old = work / "before-forgetting.db"
    assert cli(base, "backup", str(old)) == 0
    assert cli(base, "import", "contacts", str(_contacts(work / "first.csv", 0, 200))) == 0
    with contextlib.closing(sqlite3.connect(base / "clientbook.db")) as conn:
        ids = [r[0] for r in conn.execute(
            "SELECT DISTINCT client_id FROM phones ORDER BY client_id LIMIT ?",
            [FORGOTTEN + 1])]
    for client_id in ids[:FORGOTTEN]:
        assert cli(base, "forget", str(client_id), "--yes") == 0
    assert cli(base, "check") == 0
    commands = {
        "import": ["import", "contacts", str(_contacts(work / "second.csv", 1000, 400))],
        "undo-import": ["undo-import"],
        "demo": ["demo", "--force", "--clients", "60", "--seed", "9", "--today", TODAY],
        "forget": ["forget", str(ids[FORGOTTEN]), "--yes"],
        "restore": ["restore", str(old)],
        "backup": ["backup"],
    }
    return base, commands


def fresh(base: Path, work: Path) -> Path:
    folder = work / "book"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(base, folder)
    return folder


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=KILLS)
    parser.add_argument("--seed", type=int, default=SEED)
    options = parser.parse_args()
    rng = random.Random(options.seed)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="clientbook-kill-loop-") as name:
        work = Path(name)
        base, commands = prepare(work)
        before = counts(base)
        expected: dict[str, tuple[tuple[int, ...], float]] = {}
        for command, args in commands.items():  # each command once, whole: "after"
            folder = fresh(base, work)
            t0 = time.perf_counter()
            assert cli(folder, *args) == 0, command
            expected[command] = (counts(folder), time.perf_counter() - t0)
        per = {c: {"kills": 0, "finished": 0, "before": 0, "after": 0, "bad": 0}
               for c in commands}
        failures: list[str] = []
        forgotten = forgotten_list(base)
        runs, total = 0, 0
        while total < options.kills:
            command = list(commands)[runs % len(commands)]
            runs += 1
            folder = fresh(base, work)
            old_backups = backups_in(folder)
            after, duration = expected[command]
            # Half the kills anywhere, half late (where the commit, the rename and the
            # clean-up after it happen).
            late = rng.random() < 0.5
            delay = duration * rng.uniform(0.6 if late else 0.0, 1.05)
            code = cli(folder, *commands[command], kill_after=delay)
            row = per[command]
            row["kills" if code is None else "finished"] += 1
            total += code is None
            checked = cli(folder, "check")
            now = counts(folder)
            problems = []
            if checked != 0:
                problems.append(f"check exited {checked}")
            if command == "backup":
                new = backups_in(folder) - old_backups
                if now != before or len(new) > 1:
                    problems.append(f"backup changed the book or wrote {len(new)} files")
                problems += [f"backup {name} is not sound" for name in new
                             if not sound(folder / "backups" / name)]
                state = "after" if new else "before"
            else:
                state = "before" if now == before else "after" if now == after else ""
                if not state:
                    problems.append(f"partial: {now} is neither {before} nor {after}")
            # A killed `forget` may have listed its client before erasing them: that client
            # was never forgotten (the command did not finish), so only the earlier ones and,
            # once it finished, its own must be gone.
            must_be_gone = forgotten_list(folder) if state == "after" else forgotten
            if back := resurrected(folder, must_be_gone):
                problems.append(f"forgotten clients back: {back}")
            if left := hidden(folder):
                problems.append(f"hidden copies left: {[p.name for p in left]}")
            row["bad" if problems else state] += 1
            if problems:
                failures.append(f"run {runs} ({command}): " + "; ".join(problems))
        seconds = time.perf_counter() - started
    print(f"{'command':<12} {'killed':>6} {'done':>5} {'before':>6} {'after':>6} {'bad':>4}"
          f"  {'whole run':>9}")  # before/after: the state found after each run
    for command, row in per.items():
        print(f"{command:<12} {row['kills']:>6} {row['finished']:>5} {row['before']:>6} "
              f"{row['after']:>6} {row['bad']:>4}  {expected[command][1] * 1000:>7.0f} ms")
    print(f"{total} SIGKILLs in {runs} runs, {seconds:.0f} s; {len(failures)} broke "
          "something")
    for failure in failures:
        print("  " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

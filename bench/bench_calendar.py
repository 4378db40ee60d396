"""Appointment-book benchmark: `python -m bench.bench_calendar`.

The book: the cached 100,000-client demo store (bench/build_store.py), copied and given
20 designers with weekly hours and ten years of bookings (≈ 500,000: each working day
filled back to back with short gaps). Budgets (issue 16):
- day view built and painted ≤ 50 ms; week view ≤ 100 ms;
- day-to-day navigation, keypress to painted ≤ 50 ms;
- a clash check ≤ 5 ms; free-slot search over the next 30 days ≤ 100 ms.
Prints a table with PASS/FAIL and exits 1 when a budget fails.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import statistics
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.build_store import DATA_DIR, TODAY, build, clock
from clientbook.domain.models import Appointment
from clientbook.domain.scheduling.working_hours import WeekPattern
from clientbook.services.book import Book
from clientbook.storage.database import DB_FILENAME

DESIGNERS = 20
YEARS = 10
MARKER = "calendar.json"
STEP = 30  # minutes between possible starts


class Clock:
    """Wall time (the budget) and this process's CPU time (what the code costs, even when
    other programs share the machine)."""

    def __init__(self):
        self.wall: dict[str, list[float]] = {}
        self.cpu: dict[str, list[float]] = {}

    def __call__(self, key: str):
        clock = self

        class Timing:
            def __enter__(self):
                self.wall, self.cpu = time.perf_counter(), time.process_time()

            def __exit__(self, *exc):
                clock.wall.setdefault(key, []).append(time.perf_counter() - self.wall)
                clock.cpu.setdefault(key, []).append(time.process_time() - self.cpu)

        return Timing()


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def calendar_store(base: Path, seed: int = 1) -> Path:
    """A copy of the demo store with 20 designers and ten years of bookings (cached)."""
    folder = base.parent / f"{base.name}-calendar"
    wanted = {"designers": DESIGNERS, "years": YEARS, "format": 3, "seed": seed,
              "base": json.loads((base / "built.json").read_text())}
    try:
        if json.loads((folder / MARKER).read_text()) == wanted:
            return folder
    except (OSError, ValueError):
        pass
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    shutil.copy2(base / DB_FILENAME, folder / DB_FILENAME)
    book = Book.open(folder, clock=clock)
    rng = random.Random(seed)
    store = book.store
    client_ids = [r[0] for r in store.db.execute("SELECT id FROM clients WHERE archived = 0")]
    services = [(s.name, s.minutes, s.id) for s in store.calendar.services() if s.minutes <= 90]
    with store.write():
        staff = [s for s in store.staff.all() if s.role == "designer" and s.active]
        for n in range(len(staff), DESIGNERS):
            staff.append(book.staff.add(f"Designer {n + 1:02d}"))
        patterns = {}
        for i, person in enumerate(staff):
            pattern = WeekPattern.parse(["mon-sat 09:00-13:00,14:00-19:00", "sun off"]
                                        if i % 2 else ["tue-sun 10:00-19:00", "mon off"])
            store.calendar.set_pattern(person.id, pattern)
            patterns[person.id] = pattern
        rows = []
        first = TODAY - timedelta(days=365 * YEARS - 60)
        for offset in range(365 * YEARS):
            day = first + timedelta(days=offset)
            for person in staff:
                for a, b in patterns[person.id].days[day.weekday()]:
                    at = a + rng.choice((0, 0, 15, 30))
                    while True:  # back to back with short gaps, as a busy salon runs
                        name, minutes, service_id = rng.choice(services)
                        if at + minutes > b:
                            break
                        status = ("done" if day < TODAY else "booked") if rng.random() < 0.93 \
                            else rng.choice(("cancelled", "no_show"))
                        when = datetime.combine(day, datetime.min.time()) + timedelta(minutes=at)
                        rows.append((rng.choice(client_ids), when.isoformat(timespec="seconds"),
                                     minutes, person.id, name, status, "", service_id))
                        at += minutes + rng.choice((0, 0, 0, 15, 30))
        store.bulk_insert("appointments", ["client_id", "starts_at", "duration_min", "staff_id",
                                           "service", "status", "notes", "service_id"], rows)
    store.db.execute("ANALYZE")
    count = store.db.execute("SELECT count(*) FROM appointments").fetchone()[0]
    book.close()
    (folder / MARKER).write_text(json.dumps(wanted, indent=2) + "\n")
    print(f"built {folder}: {count:,} appointments")
    return folder


def measure(folder: Path) -> Clock:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from clientbook.ui.app.app import make_app
    from clientbook.ui.calendar.calendar_page import DAY, WEEK, CalendarPage
    from clientbook.ui.session import Session

    app = make_app()
    book = Book.open(folder, clock=clock)
    page = CalendarPage(Session(book))
    page.resize(1366, 700)
    page.show()
    app.processEvents()
    timed = Clock()
    rng = random.Random(2)
    for _ in range(30):
        day = TODAY + timedelta(days=rng.randint(-3000, 50))
        with timed("day"):
            page.go_to(day)
            page.view.repaint()
    page.set_mode(WEEK)
    for _ in range(20):
        day = TODAY + timedelta(days=rng.randint(-3000, 50))
        with timed("week"):
            page.go_to(day)
            page.week_view.viewport().repaint()
    page.set_mode(DAY)
    page.go_to(TODAY)
    page.view.setFocus()
    for i in range(30):
        with timed("navigate"):
            QTest.keyClick(page.view, Qt.Key.Key_PageDown if i % 2 else Qt.Key.Key_PageUp)
            page.view.repaint()
    staff = [s.id for s in book.staff.all() if s.role == "designer" and s.active]
    clients = [r[0] for r in book.store.db.execute("SELECT id FROM clients LIMIT 5000")]
    for _ in range(200):
        at = datetime.combine(TODAY + timedelta(days=rng.randint(-300, 30)),
                              datetime.min.time()).replace(hour=rng.randint(9, 17))
        proposal = Appointment(rng.choice(clients), at, 60, staff_id=rng.choice(staff))
        with timed("clash"):
            book.appointments.check(proposal)
    for _ in range(10):
        with timed("free30"):
            book.appointments.free_slots(90, None, clock(), days=30, count=10)
        with timed("free30one"):
            book.appointments.free_slots(480, [rng.choice(staff)], clock(), days=30, count=10)
    count = book.store.db.execute("SELECT count(*) FROM appointments").fetchone()[0]
    print(f"{count:,} appointments, {len(staff)} designers")
    book.close()
    return timed


BUDGETS = [
    ("day", "day view built and painted, p95", 0.050),
    ("week", "week view built and painted, p95", 0.100),
    ("navigate", "next/previous day keypress to painted, p95", 0.050),
    ("clash", "clash check, p95", 0.005),
    ("free30", "free slots, anyone, 30 days, p95", 0.100),
    ("free30one", "free slots, one designer, a whole day, 30 days, p95", 0.100),
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=100_000)
    parser.add_argument("--data-dir", type=Path, default=DATA_DIR)
    args = parser.parse_args(argv)
    folder = calendar_store(build(args.data_dir, clients=args.clients))
    timed = measure(folder)
    failed = False
    for key, name, budget in BUDGETS:
        value = p95(timed.wall[key])
        ok = value <= budget
        failed |= not ok
        print(f"{name:<52} {value * 1000:7.1f} ms (median "
              f"{statistics.median(timed.wall[key]) * 1000:5.1f}, CPU p95 "
              f"{p95(timed.cpu[key]) * 1000:5.1f})  budget {budget * 1000:4.0f} ms  "
              f"{'PASS' if ok else 'FAIL'}")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

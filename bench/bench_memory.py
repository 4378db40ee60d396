"""Memory of the front-desk window at 100,000 clients: `python -m bench.bench_memory`.

Issue 24, item 4. In a fresh child process: the main window on the cached benchmark store,
every page opened once (the Reports page until its report is in), then the peak RSS
(budget ≤ 250 MB). Then the leak check: 1,000 card openings (`MainWindow.open_client` for
random clients, each followed by what the event loop does: pending events and deferred
deletes); the resident set and the number of Python objects after the first 100 openings
(warm) and after all 1,000 (budget: at most 2 MB and 1% more). Both are printed with the
bare PySide6 window's peak RSS as the floor. Exits 1 when a budget is missed.
"""

from __future__ import annotations

import gc
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PEAK_BUDGET_MB = 250.0
GROWTH_BUDGET_MB = 2.0
OBJECTS_BUDGET = 0.01
OPENINGS = 1000

BARE_WINDOW = """
import resource
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("ClientBook"))
window.show()
app.processEvents()
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _resident_mb() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def in_child(folder: Path) -> dict:
    from PySide6.QtCore import QCoreApplication, QEvent, QSettings

    from bench.build_store import clock
    from clientbook.services.book import Book
    from clientbook.ui.app.app import make_app
    from clientbook.ui.app.main_window import MainWindow

    def settle() -> None:
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    app = make_app()
    book = Book.open(folder, clock=clock)
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(book, QSettings(str(Path(tmp) / "window.ini"),
                                            QSettings.Format.IniFormat))
        window.resize(1280, 800)
        window.show()
        settle()
        for index in range(window.pages.count()):
            window.pages.setCurrentIndex(index)
            settle()
        reports = window.reports
        while reports.working:  # worked out in a worker thread
            settle()
            time.sleep(0.01)
        settle()
        window.grab()
        pages_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        ids = random.Random(24).choices(range(1, book.clients.count() + 1), k=OPENINGS)
        marks = {}
        for n, client_id in enumerate(ids, 1):
            window.open_client(client_id)
            settle()
            if n in (100, OPENINGS):
                gc.collect()
                marks[n] = (_resident_mb(), len(gc.get_objects()))
        window.close()
        settle()
    book.close()
    return {"pages_peak_mb": pages_peak,
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "resident_100": marks[100][0], "resident_all": marks[OPENINGS][0],
            "objects_100": marks[100][1], "objects_all": marks[OPENINGS][1]}


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        print(json.dumps(in_child(Path(argv[1]))))
        return 0
    from bench.build_store import DATA_DIR, build

    folder = build(DATA_DIR, clients=100_000)
    result = json.loads(subprocess.run(
        [sys.executable, "-m", "bench.bench_memory", "--child", str(folder)], check=True,
        capture_output=True, text=True).stdout.splitlines()[-1])
    bare_mb = int(subprocess.run([sys.executable, "-c", BARE_WINDOW], check=True,
                                 capture_output=True, text=True).stdout) / 1024
    growth = result["resident_all"] - result["resident_100"]
    objects = result["objects_all"] / result["objects_100"] - 1
    peak_ok = result["pages_peak_mb"] <= PEAK_BUDGET_MB
    leak_ok = growth <= GROWTH_BUDGET_MB and objects <= OBJECTS_BUDGET
    print(f"bare PySide6 window peak RSS (floor)          {bare_mb:8.1f} MB")
    print(f"window, every page opened once, peak RSS      {result['pages_peak_mb']:8.1f} MB"
          f"  ({result['pages_peak_mb'] / bare_mb:.1f}× the floor)  budget "
          f"{PEAK_BUDGET_MB:g} MB  {'PASS' if peak_ok else 'FAIL'}")
    print(f"card openings 100 → {OPENINGS}: resident {result['resident_100']:.1f} → "
          f"{result['resident_all']:.1f} MB ({growth:+.1f} MB), Python objects "
          f"{result['objects_100']:,} → {result['objects_all']:,} ({objects:+.2%})  budget "
          f"≤ {GROWTH_BUDGET_MB:g} MB and ≤ {OBJECTS_BUDGET:.0%}  "
          f"{'PASS' if leak_ok else 'FAIL'}")
    print(f"peak RSS after the openings {result['peak_mb']:.1f} MB")
    return 0 if peak_ok and leak_ok else 1


if __name__ == "__main__":
    raise SystemExit(main())

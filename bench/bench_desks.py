"""Ten desks on one server book, each making a change every second (issue 23).

Run from the repository root: `.venv/bin/python -m bench.bench_desks [--desks 10]
[--seconds 60] [--quick]`. Starts a throw-away PostgreSQL cluster (tests/postgres_server.py),
opens the book once per desk (each its own Book, connection and thread) and has every desk,
once a second, do one of: add a note to one client every desk shares (read, think for up to
0.3 s as a person typing would, save over the version read), move one of a few shared
bookings, log a visit, or (every desk in the same second, one second in ten) import
three contacts. A save refused because
another desk saved first (ConflictError) is done again from the newer version, as a person
would after the conflict dialog; a write the server refused (BusyError: serialization
failure, deadlock) is run again.

Counted: changes saved, conflicts, retries, lost updates (a saved note missing at the end,
or two saves both acknowledged as the same version of one record: must be 0), deadlocks
left unretried (must be 0), and whether every desk reads the same book at the end.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from clientbook.domain.errors import BusyError, ConflictError
from clientbook.domain.models import Appointment, Client, Visit
from clientbook.services.book import Book
from tests.postgres_server import ThrowAwayServer

BOOKINGS = 6  # shared bookings every desk moves: few, so desks meet on them
TRIES = 100  # a person resolves conflicts until saved; a bench stops somewhere


class Tally:
    """What every desk saw, added up under one lock."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.counts: Counter[str] = Counter()
        self.notes: list[str] = []  # every note token a desk was told was saved
        self.versions: Counter[tuple[str, int, int]] = Counter()  # (kind, id, version) acks
        self.moves: dict[int, tuple[int, datetime]] = {}  # booking → newest acked move
        self.seconds: list[float] = []

    def add(self, key: str, n: int = 1) -> None:
        with self.lock:
            self.counts[key] += n


def _setup(address: str, folder: Path) -> tuple[int, list[int], list[int]]:
    book = Book.open(folder, database=address)
    try:
        shared = Client(display_name="Shared Client", notes="")
        book.clients.add(shared)
        others = []
        for n in range(20):
            client = Client(display_name=f"Client {n:02d}")
            book.clients.add(client)
            others.append(client.id)
        start = datetime.now().replace(second=0, microsecond=0) + timedelta(days=1)
        bookings = []
        for n in range(BOOKINGS):
            booking = Appointment(others[n], start + timedelta(hours=n))
            book.appointments.book(booking, allow_conflict=True)
            bookings.append(booking.id)
        return shared.id, others, bookings
    finally:
        book.close()


def _again(tally: Tally, change) -> bool:
    """Run `change()` until saved: again after a conflict (from the newer version) or a
    server refusal. False when it was given up."""
    busy = None
    for _ in range(TRIES):
        try:
            change()
            return True
        except ConflictError:
            tally.add("conflicts")
        except BusyError as exc:
            tally.add("server refusals retried")
            busy = exc
    tally.add("unretried refusals" if busy is not None else "given up")
    return False


def _desk(number: int, book: Book, shared: int, others: list[int], bookings: list[int],
          seconds: int, interval: float, tally: Tally, start: float, folder: Path) -> None:
    rng = random.Random(number)
    phase = rng.uniform(0, interval)
    for tick in range(seconds):
        delay = start + phase + tick * interval - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        began = time.perf_counter()
        action = rng.random()
        if tick % 10 == 5:  # every desk imports in the same second: they overlap
            path = folder / f"desk{number}-{tick}.csv"
            path.write_text("First Name,Last Name\r\n" + "".join(
                f"Desk{number},Tick{tick}-{n}\r\n" for n in range(3)), encoding="utf-8")
            kind = "imports" if _again(tally, lambda p=path: book.imports.from_file(
                "contacts", p)) else "failed"
        elif action < 0.4:
            token = f"[d{number}t{tick}]"

            def note(token=token) -> None:
                seen = book.clients.get(shared)
                mine = book.clients.get(shared)
                time.sleep(rng.uniform(0, 0.3 * interval))  # typing
                mine.notes = (mine.notes + " " + token).strip()
                book.clients.update(mine, seen=seen)
                with tally.lock:
                    tally.notes.append(token)
                    tally.versions[("client", shared, mine.version)] += 1

            kind = "notes" if _again(tally, note) else "failed"
        elif action < 0.75:
            booking_id = rng.choice(bookings)

            def move(booking_id=booking_id) -> None:
                seen = book.appointments.entry(booking_id).appointment
                time.sleep(rng.uniform(0, 0.2 * interval))  # dragging
                to = seen.starts_at.replace(hour=8) + timedelta(minutes=30 * rng.randrange(20))
                if to == seen.starts_at:
                    to += timedelta(minutes=30)
                if not book.appointments.move(booking_id, to, allow_conflict=True, seen=seen):
                    return  # another desk had just put it there: nothing to save, none lost
                with tally.lock:
                    tally.versions[("booking", booking_id, seen.version + 1)] += 1
                    newest = tally.moves.get(booking_id)
                    if newest is None or newest[0] < seen.version + 1:
                        tally.moves[booking_id] = (seen.version + 1, to)

            kind = "moves" if _again(tally, move) else "failed"
        else:
            visit = Visit(rng.choice(others), datetime.now().replace(microsecond=0),
                          "Cut", spend=Decimal(rng.randrange(20, 90)))
            kind = "visits" if _again(tally, lambda v=visit: book.history.add_visit(v)) \
                else "failed"
        tally.add(kind)
        with tally.lock:
            tally.seconds.append(time.perf_counter() - began)
    tally.add("server refusals retried (imports)", book.store.retries)


def _state(book: Book, shared: int, bookings: list[int]) -> tuple:
    client = book.clients.get(shared)
    moves = tuple((b, e.appointment.starts_at, e.appointment.version)
                  for b in bookings for e in [book.appointments.entry(b)])
    ids = book.store.clients.all_ids()
    visits = sum(book.store.records.visit_count(i) for i in ids)
    return client.notes, client.version, moves, len(ids), visits


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--desks", type=int, default=10)
    parser.add_argument("--seconds", type=int, default=60, help="changes per desk")
    parser.add_argument("--interval", type=float, default=1.0, help="seconds between changes")
    parser.add_argument("--quick", action="store_true", help="15 changes each, 0.5 s apart")
    args = parser.parse_args(argv)
    if args.quick:
        args.seconds, args.interval = 15, 0.5
    server = ThrowAwayServer()
    if not server.start():
        print(f"bench_desks: {server.why_not}", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-desks-"))
    try:
        address = server.empty_database()
        shared, others, bookings = _setup(address, work / "setup")
        desks = [Book.open(work / f"desk{n}", database=address) for n in range(args.desks)]
        for n, desk in enumerate(desks):
            desk.set_desk_name(f"desk-{n}")
        tally, start = Tally(), time.monotonic() + 0.5
        threads = [threading.Thread(target=_desk, args=(
            n, desk, shared, others, bookings, args.seconds, args.interval, tally, start,
            work)) for n, desk in enumerate(desks)]
        began = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        took = time.perf_counter() - began
        states = {_state(desk, shared, bookings) for desk in desks}
        notes, _, moves, clients, visits = next(iter(states))
        lost = [t for t in tally.notes if t not in notes.split()]
        lost += [k for k, n in tally.versions.items() if n > 1]
        lost += [("booking", b, "now", version, at, "last acknowledged", tally.moves.get(b))
                 for b, at, version in moves if tally.moves.get(b, (1, at)) != (version, at)]
        for desk in desks:
            desk.close()
    finally:
        server.stop()
    counts = tally.counts
    saved = counts["notes"] + counts["moves"] + counts["visits"] + counts["imports"]
    p95 = statistics.quantiles(tally.seconds, n=20)[18] if len(tally.seconds) > 1 else 0
    print(f"{args.desks} desks × {args.seconds} changes, one every {args.interval:g} s "
          f"({took:.1f} s)")
    print(f"  changes saved        {saved} (notes {counts['notes']}, moves "
          f"{counts['moves']}, visits {counts['visits']}, imports {counts['imports']})")
    print(f"  conflicts            {counts['conflicts']} (each saved again from the newer "
          "version)")
    print(f"  retries              {counts['server refusals retried']} writes + "
          f"{counts['server refusals retried (imports)']} import attempts refused by the "
          "server and run again")
    print(f"  lost updates         {len(lost)}" + (f": {lost}" if lost else ""))
    print(f"  deadlocks unretried  {counts['unretried refusals']}")
    print(f"  changes given up     {counts['given up']} (after {TRIES} conflicts in a row)")
    print(f"  change p95           {p95 * 1000:.0f} ms (read, think, save, any retries)")
    print(f"  desks agree          {'yes' if len(states) == 1 else 'NO'} "
          f"({clients} clients, {visits} visits, shared note of {len(notes)} characters)")
    ok = not lost and len(states) == 1 and not counts["unretried refusals"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())

"""Importing a calendar file: plan every event first, then save all of it at once, or nothing.

An event is remembered by its UID (and RECURRENCE-ID), so importing the same or a newer file
moves, cancels or leaves the bookings it made before; it never books them twice.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain import folding
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import AppointmentStatus
from clientbook.domain.scheduling.scheduling import MAX_MINUTES
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.calendar_io.calendar_saving import Saver
from clientbook.services.calendar_io.events import (
    BadEvent,
    CalEvent,
    instance_key,
    occurrences,
    read_events,
)
from clientbook.services.calendar_io.ics_reading import count_events
from clientbook.services.calendar_io.matching import Matcher
from clientbook.services.calendar_io.zones import Zones
from clientbook.services.changes import Changes

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable
    from datetime import tzinfo

    from clientbook.domain.scheduling.bookings import Entry
    from clientbook.services.book import Book

PAST_DAYS, NEXT_DAYS = 30, 180
DEFAULT_MINUTES = 60
BATCH = 500  # events planned together (their earlier bookings read in one query)
KEPT_STEPS = 1000  # steps a report keeps to show (it counts them all)
_STATUSES = frozenset(str(s) for s in AppointmentStatus)


@dataclass(frozen=True)
class Note:
    """An event left out or not matched, for the report: its line, what it said, and why."""

    line: int
    summary: str
    starts_at: datetime | None
    reason: str
    event: str = ""
    """The event's UID and RECURRENCE-ID (`event_key`): a client picked for it by hand
    (`import_calendar(chosen=…)`) books it on the next preview or import."""


def event_key(uid: str, recurrence: str) -> str:
    return f"{uid}\x1f{recurrence}"


@dataclass(slots=True)
class Step:
    """What importing one occurrence does (kept until the save: slots keep it small)."""

    action: str  # "new", "moved", "cancelled", "unchanged"
    uid: str
    recurrence: str
    starts_at: datetime
    minutes: int
    appointment_id: int | None = None
    client_id: int | None = None
    new_client: str = ""
    new_email: str = ""
    staff_id: int | None = None
    service: str = ""
    service_id: int | None = None
    status: str = "booked"


@dataclass
class CalendarReport:
    """What an import did or would do. `steps` keeps the first KEPT_STEPS steps (more than
    a preview lists): a large file is planned and saved a batch at a time and never held
    whole; `count()` and `new_clients` count every step."""

    source: str
    dry_run: bool
    steps: list[Step] = field(default_factory=list)
    unmatched: list[Note] = field(default_factory=list)
    skipped: list[Note] = field(default_factory=list)
    problems: list[tuple[int, str]] = field(default_factory=list)
    saved: bool = False
    import_id: int | None = None
    counts: Counter[str] = field(default_factory=Counter)
    new_names: set[str] = field(default_factory=set)

    def add(self, step: Step) -> None:
        self.counts[step.action] += 1
        if step.new_client:
            self.new_names.add(step.new_client)
        if len(self.steps) < KEPT_STEPS:
            self.steps.append(step)

    def count(self, action: str) -> int:
        return self.counts[action]

    @property
    def new_clients(self) -> int:
        return len(self.new_names)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        """ "3 new, 2 moved, 1 cancelled, 40 unchanged" (English, for the command line)."""
        return ", ".join(f"{self.count(a)} {a}" for a in ("new", "moved", "cancelled",
                                                            "unchanged"))


def _window(today: date, first: date | None, last: date | None) -> tuple[datetime, datetime]:
    start = first or today - timedelta(days=PAST_DAYS)
    end = last or today + timedelta(days=NEXT_DAYS)
    return datetime.combine(start, time()), datetime.combine(end, time()) + timedelta(days=1)


def _digest(uid: str, key: str) -> bytes:
    return hashlib.blake2b(f"{uid}\0{key}".encode("utf-8", "surrogatepass"),
                           digest_size=16).digest()


def _uid(event: CalEvent) -> str:
    if event.uid:
        return event.uid[:500]
    # No UID (rare, hand-made files): the same summary and start is the same event.
    seed = f"{event.summary}|{event.start.isoformat()}".encode("utf-8", "replace")
    return "no-uid-" + hashlib.sha1(seed, usedforsecurity=False).hexdigest()


class Planner:
    """Plans each event as it is read, a batch at a time (the bookings a batch re-imports
    are read in one query), so memory holds a batch of events, never the file."""

    def __init__(self, book: Book, zones: Zones, staff_id: int | None, unmatched_new: bool,
                 overridden: set[tuple[str, str]] | None = None,
                 chosen: dict[str, int] | None = None):
        self.book = book
        self.chosen = chosen or {}  # event_key → the client picked for it by hand
        self.zones = zones
        self.staff_id = staff_id
        self.unmatched_new = unmatched_new
        self.matcher = Matcher(book.store)
        # Each event planned, by a 128-bit digest of its UID and RECURRENCE-ID (about 70 bytes
        # an event instead of keeping every UID: a chance collision is ~1e-29 per import).
        self.seen: set[bytes] = set()
        # RECURRENCE-ID overrides: a recurring event leaves those occurrences to them.
        self.overridden: set[tuple[str, str]] = set(overridden or ())
        self.late_override = False  # an override came after its event was expanded
        self._expanded: set[str] = set()
        self._links: dict[tuple[str, str], int] = {}  # of the batch being planned
        self._entries: dict[int, Entry] = {}
        self._designers: dict[int, int | None] = {}
        self._planned: list[Step] = []  # the steps of the batch being planned

    def plan(self, report: CalendarReport, events: Iterable[CalEvent], first: datetime,
             last: datetime, windowed_singles: bool,
             write: Callable[[list[Step]], None] | None = None) -> None:
        """Plan every event, handing each batch's steps to `write`. If an override follows
        the recurring event it overrides, `late_override` is set: plan again with a Planner
        given `overridden`."""
        batch: list[tuple] = []
        for event in events:
            self._read(batch, event, first, last, windowed_singles)
            if len(batch) >= BATCH:
                self._run(report, batch, write)
                batch = []
        self._run(report, batch, write)

    def _add(self, report: CalendarReport, step: Step) -> None:
        report.add(step)
        self._planned.append(step)

    def _read(self, batch: list[tuple], event: CalEvent, first: datetime, last: datetime,
              windowed_singles: bool) -> None:
        """What the event does, in order: a note, a problem, or one occurrence to plan."""
        uid = _uid(event)
        if event.recurrence_id is not None:
            key = (uid, instance_key(event.recurrence_id))
            if key not in self.overridden:
                self.overridden.add(key)
                self.late_override |= uid in self._expanded
        note = self._left_out(event)
        if note:
            batch.append(("skipped", note))
            return
        if event.rrule:
            try:
                starts = occurrences(event, first, last, self.zones)
            except BadEvent as exc:
                batch.append(("problem", (event.line, str(exc))))
                return
            self._expanded.add(uid)
            for start in starts:
                key = instance_key(start)
                if (uid, key) not in self.overridden:
                    batch.append(("one", event, uid, key, start))
            return
        key = instance_key(event.recurrence_id) if event.recurrence_id else ""
        wall = self.zones.wall_clock(event.start)
        if (windowed_singles or key) and not first <= wall < last:
            return
        batch.append(("one", event, uid, key, event.start))

    def _run(self, report: CalendarReport, batch: list[tuple],
             write: Callable[[list[Step]], None] | None) -> None:
        store = self.book.store
        self._links = store.calendar_links.linked(
            [(item[2], item[3]) for item in batch if item[0] == "one"])
        self._entries = store.calendar.entries(list(self._links.values()))
        for item in batch:
            if item[0] == "skipped":
                report.skipped.append(item[1])
            elif item[0] == "problem":
                report.problems.append(item[1])
            else:
                self._one(report, *item[1:])
        if write is not None and self._planned:
            write(self._planned)
        self._planned = []

    def _left_out(self, event: CalEvent) -> Note | None:
        reason = ("all-day event" if event.all_day else
                  "free time (TRANSP:TRANSPARENT)" if event.transparent else "")
        return Note(event.line, event.summary, None, reason) if reason else None

    def _one(self, report: CalendarReport, event: CalEvent, uid: str, key: str,
             start: datetime) -> None:
        wall = self.zones.wall_clock(start).replace(second=0, microsecond=0)
        seen = _digest(uid, key)
        if seen in self.seen:
            report.skipped.append(Note(event.line, event.summary, wall,
                                       "the same event (UID) again in the file"))
            return
        self.seen.add(seen)
        linked = self._links.get((uid, key))
        entry = self._entries.get(linked) if linked is not None else None
        cancelled = event.status == "CANCELLED"
        if entry is not None:
            a = entry.appointment
            if cancelled:
                action = "unchanged" if a.status == AppointmentStatus.CANCELLED else "cancelled"
                self._add(report, Step(action, uid, key, a.starts_at, a.duration_min, a.id))
                return
            minutes = self._minutes(event, None) or a.duration_min
            named = self.matcher.staff_member(event)
            staff = self.staff_id or (named.id if named is not None else a.staff_id)
            same = (a.starts_at, a.duration_min, a.staff_id) == (wall, minutes, staff)
            action = "unchanged" if same and a.status != AppointmentStatus.CANCELLED \
                else "moved"
            self._add(report, Step(action, uid, key, wall, minutes, a.id, a.client_id,
                                   staff_id=staff, status=str(a.status)))
            return
        status = event.extra.get("STATUS", "").strip().lower()
        if cancelled and status != "cancelled":
            report.skipped.append(Note(event.line, event.summary, wall,
                                       "cancelled, and no booking of it to cancel"))
            return
        client_id = self.matcher.client(event)
        picked = self.chosen.get(event_key(uid, key))
        if client_id is None and picked is not None and self.book.store.clients.exists(picked):
            client_id = picked
        new_name = new_email = ""
        if client_id is None:
            if not self.unmatched_new or not event.summary.strip():
                report.unmatched.append(Note(event.line, event.summary, wall,
                                             "no client matches", event_key(uid, key)))
                return
            new_name = self.matcher.new_client_name(event)
            new_email = next((mail for cn, mail in event.people
                              if folding.name_key(cn) == folding.name_key(new_name)), "")
        service = self.matcher.service(event)
        minutes = self._minutes(event, service.minutes if service else None)
        if minutes is None:
            report.problems.append((event.line, f"a booking lasts 1 to {MAX_MINUTES} minutes"))
            return
        self._add(report, Step(
            "new", uid, key, wall, minutes, None, client_id, new_name, new_email[:200],
            self._staff(event, client_id), service.name if service else
            event.extra.get("SERVICE", "")[:120], service.id if service else None,
            status if status in _STATUSES else "booked"))

    def _minutes(self, event: CalEvent, default: int | None) -> int | None:
        minutes = event.minutes or default or DEFAULT_MINUTES
        return minutes if 0 < minutes <= MAX_MINUTES else None

    def _staff(self, event: CalEvent, client_id: int | None) -> int | None:
        if self.staff_id is not None:
            return self.staff_id
        found = self.matcher.staff_member(event)
        if found is not None:
            return found.id
        if client_id is None:
            return None
        if client_id not in self._designers:
            client = self.book.store.clients.get(client_id)
            self._designers[client_id] = client.designer_id if client else None
        return self._designers[client_id]


def import_calendar(book: Book, path: Path, *, dry_run: bool = False,
                    staff_id: int | None = None, unmatched_new: bool = False,
                    first: date | None = None, last: date | None = None,
                    skip_bad: bool = False, local_zone: tzinfo | None = None,
                    progress: Callable[[int, int], None] | None = None,
                    chosen: dict[str, int] | None = None
                    ) -> tuple[CalendarReport, Changes]:
    """Plan and save, all of it or nothing (nothing with `dry_run`, or any problem without
    `skip_bad`). `progress(events read, events in the file)` is called as the file is read.
    `chosen` books an event no client matched for the client picked for it (by its
    `Note.event`)."""
    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no file %1."), str(path))
    if first and last and last < first:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The calendar window ends before it starts."))
    total = count_events(path)
    window = _window(book.clock().date(), first, last)
    overridden: set[tuple[str, str]] = set()
    for again in (False, True):
        report = CalendarReport(str(path), dry_run)
        planner = Planner(book, Zones(local_zone), staff_id, unmatched_new, overridden, chosen)
        counted = _counted(progress, total) if not again else None
        try:
            changes = _run(book, path, report, planner, window, first is not None
                           or last is not None, counted, dry_run, skip_bad, final=again)
        except _PlanAgain:
            overridden = planner.overridden  # known now: plan once more with all of them
            continue
        break
    if progress:
        progress(total, total)
    return report, changes


class _PlanAgain(Exception):
    """An override came after the recurring event it overrides: plan the file again."""


class _Refused(Exception):
    """A bad event and no `skip_bad`: what was saved is rolled back."""


def _counted(progress: Callable[[int, int], None] | None, total: int
             ) -> Callable[[int], None] | None:
    return None if progress is None else lambda read: progress(min(read, total), total)


def _run(book: Book, path: Path, report: CalendarReport, planner: Planner,
         window: tuple[datetime, datetime], windowed_singles: bool,
         counted: Callable[[int], None] | None, dry_run: bool, skip_bad: bool,
         final: bool) -> Changes:
    """One planning (and saving) of the file. The second never asks for a third: an override
    it finds late was unreadable the first time (its zone defined further down the file)."""
    unreadable: list[tuple[int, str]] = []
    events = read_events(path, planner.zones, unreadable, counted)
    try:
        with contextlib.ExitStack() as stack:
            saver = None if dry_run else Saver(
                book, report, stack, lambda: bool(unreadable or report.problems)
                and not skip_bad, planner.matcher.made)
            with book.reading():
                planner.plan(report, events, *window, windowed_singles,
                             saver.write if saver else None)
            report.problems[:0] = unreadable  # the file's unreadable events first
            if planner.late_override and not final:
                raise _PlanAgain
            if saver is None:
                return Changes()
            if report.problems and not skip_bad:
                raise _Refused
            changes = saver.finish()
    except _Refused:
        report.import_id = None
        return Changes()
    report.saved = True
    return changes

"""Calendar events read from a file one at a time, and their occurrences inside a window."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import icalendar
from dateutil.rrule import rruleset, rrulestr

from clientbook.services.calendar_io.ics_reading import blocks
from clientbook.services.calendar_io.plain_events import Heads, plain_event
from clientbook.services.calendar_io.zones import Zones

PROGRESS_EVERY = 200  # events read between two calls of the progress callback
MAX_OCCURRENCES = 2000  # of one recurring event inside a window
MAX_STEPS = 200_000  # occurrences walked to reach the window (daily since 1500 fits)
_MAILTO = re.compile(r"^mailto:", re.IGNORECASE)


class BadEvent(ValueError):
    """An event that cannot be read: the message says why (in English, for the report)."""


@dataclass
class CalEvent:
    line: int
    uid: str
    start: datetime  # aware in its zone, or naive (floating)
    minutes: int
    summary: str = ""
    description: str = ""
    status: str = ""
    transparent: bool = False
    all_day: bool = False
    emails: list[str] = field(default_factory=list)
    names: list[str] = field(default_factory=list)
    people: list[tuple[str, str]] = field(default_factory=list)  # (CN, e-mail) of attendees
    rrule: str = ""
    exdates: list[datetime] = field(default_factory=list)
    rdates: list[datetime] = field(default_factory=list)
    recurrence_id: datetime | None = None
    extra: dict[str, str] = field(default_factory=dict)


def _moment(prop, zones: Zones, what: str) -> datetime | date:
    value = prop.dt
    if isinstance(value, datetime) and value.tzinfo is None:
        tzid = str(prop.params.get("TZID", ""))
        if tzid:
            zone = zones.zone(tzid)
            if zone is None:
                raise BadEvent(f"{what}: unknown time zone {tzid[:60]!r}")
            value = value.replace(tzinfo=zone)
    return value


def _moments(prop, zones: Zones) -> list[datetime]:
    """EXDATE or RDATE values (one or many lines); periods and plain dates are left out."""
    found = []
    for item in prop if isinstance(prop, list) else [prop]:
        zone = zones.zone(str(item.params.get("TZID", ""))) if item.params.get("TZID") else None
        for one in getattr(item, "dts", []):
            value = one.dt
            if isinstance(value, datetime):
                found.append(value.replace(tzinfo=zone) if value.tzinfo is None and zone
                             else value)
    return found


def read_event(component, line: int, zones: Zones) -> CalEvent:
    """The event's facts; raises BadEvent for a missing or impossible start."""
    if component.errors:
        raise BadEvent(f"{component.errors[0][0]}: {str(component.errors[0][1])[:80]}")
    if "DTSTART" not in component:
        raise BadEvent("no DTSTART (start time)")
    try:
        start = _moment(component["DTSTART"], zones, "DTSTART")
        end = (_moment(component["DTEND"], zones, "DTEND") if "DTEND" in component else None)
        length = component["DURATION"].dt if "DURATION" in component else None
    except (KeyError, ValueError, TypeError, AttributeError) as exc:
        raise BadEvent(str(exc)[:120] or "an invalid date") from exc
    uid = str(component.get("UID", "")).strip()
    event = CalEvent(line=line, uid=uid, start=datetime.min, minutes=0,
                     summary=str(component.get("SUMMARY", "")).strip(),
                     description=str(component.get("DESCRIPTION", "")).strip(),
                     status=str(component.get("STATUS", "")).strip().upper(),
                     transparent=str(component.get("TRANSP", "")).strip().upper()
                     == "TRANSPARENT")
    if not isinstance(start, datetime):
        event.all_day = True
        return event
    if isinstance(end, datetime):
        minutes = (end - start) if (end.tzinfo is None) == (start.tzinfo is None) else None
        if minutes is None:
            raise BadEvent("DTEND and DTSTART mix a zoned and a floating time")
        event.minutes = int(minutes.total_seconds() // 60)
    elif isinstance(length, timedelta):
        event.minutes = int(length.total_seconds() // 60)
    event.start = start
    if event.minutes < 0:
        raise BadEvent("it ends before it starts")
    for key in ("ATTENDEE", "ORGANIZER"):
        people = component.get(key)
        for person in people if isinstance(people, list) else [people] if people else []:
            address = _MAILTO.sub("", str(person)).strip()
            if "@" in address:
                event.emails.append(address)
            name = str(person.params.get("CN", "")).strip() if hasattr(person, "params") else ""
            if name:
                event.names.append(name)
            if key == "ATTENDEE" and "@" in address:
                event.people.append((name, address))
    if "RRULE" in component:
        rule = component["RRULE"]
        rule = rule[0] if isinstance(rule, list) else rule
        event.rrule = rule.to_ical().decode("utf-8", "replace")
    if "EXDATE" in component:
        event.exdates = _moments(component["EXDATE"], zones)
    if "RDATE" in component:
        event.rdates = _moments(component["RDATE"], zones)
    if "RECURRENCE-ID" in component:
        found = _moment(component["RECURRENCE-ID"], zones, "RECURRENCE-ID")
        if not isinstance(found, datetime):
            found = datetime.combine(found, start.timetz())
        event.recurrence_id = found
    for key, value in component.items():
        if key.startswith("X-CLIENTBOOK-"):
            event.extra[key[13:]] = _unescape(str(value))
    return event


def read_events(path: Path, zones: Zones, problems: list[tuple[int, str]],
                progress: Callable[[int], None] | None = None) -> Iterator[CalEvent]:
    """Each VEVENT of the file, one at a time; unreadable ones are noted in `problems` by
    line. A plain event is read property by property (plain_events); the rest, and every
    VTIMEZONE, by icalendar's full parser."""
    heads = Heads()
    read = 0
    for block in blocks(path):
        if block.kind == "VEVENT":
            read += 1
            if progress is not None and read % PROGRESS_EVERY == 0:
                progress(read)
        component = plain_event(block, heads) if block.kind == "VEVENT" else None
        if component is None:
            try:
                component = icalendar.Component.from_ical(block.text)
            except (ValueError, KeyError, TypeError, IndexError) as exc:
                problems.append((block.line, str(exc)[:160] or "unreadable"))
                continue
        if block.kind == "VTIMEZONE":
            zones.add(component)
            continue
        try:
            yield read_event(component, block.line, zones)
        except BadEvent as exc:
            problems.append((block.line, str(exc)))
        except (ValueError, KeyError, TypeError, AttributeError, OverflowError) as exc:
            problems.append((block.line, str(exc)[:160] or "unreadable"))


def _unescape(text: str) -> str:
    """RFC 5545 TEXT unescaped (icalendar leaves X- properties as written)."""
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1),
                  text)


def instance_key(moment: datetime) -> str:
    """How a recurrence is remembered: its original start in UTC (floating: as written)."""
    if moment.tzinfo is None:
        return moment.strftime("%Y%m%dT%H%M%S")
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def occurrences(event: CalEvent, first: datetime, last: datetime, zones: Zones
                ) -> list[datetime]:
    """The starts of a recurring event whose wall-clock time falls in [first, last).

    The rule is expanded on the event's own wall clock (naive), then each start is put back
    in the event's zone: a weekly 10:00 stays 10:00 across a change to summer time.
    """
    zone = event.start.tzinfo
    naive = event.start.replace(tzinfo=None)
    try:
        rules = rruleset()
        rules.rrule(rrulestr(event.rrule, dtstart=naive, ignoretz=True))
    except (ValueError, TypeError, OverflowError) as exc:
        raise BadEvent(f"RRULE: {str(exc)[:80]}") from exc
    for moment in event.rdates:
        rules.rdate(_in_zone(moment, zone))
    for moment in event.exdates:
        rules.exdate(_in_zone(moment, zone))
    found = []
    # A margin of a day either side: the window is the firm's wall clock, not the event's.
    # dateutil walks a rule from its start: a rule repeating every minute since 1900 would
    # never reach the window, so the walk is bounded and such an event reported.
    early, late = first - timedelta(days=1), last + timedelta(days=1)
    for steps, moment in enumerate(rules):
        if moment >= late or len(found) >= MAX_OCCURRENCES:
            break
        if steps > MAX_STEPS:
            raise BadEvent("it repeats too often to expand")
        if moment < early:
            continue
        aware = moment.replace(tzinfo=zone) if zone else moment
        if first <= zones.wall_clock(aware) < last:
            found.append(aware)
    return found


def _in_zone(moment: datetime, zone) -> datetime:
    if moment.tzinfo is None or zone is None:
        return moment.replace(tzinfo=None)
    return moment.astimezone(zone).replace(tzinfo=None)

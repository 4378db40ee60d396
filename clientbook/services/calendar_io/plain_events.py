"""A plain VEVENT read property by property with icalendar's own line and value parsers,
without building icalendar's whole component: the fast path of a large import.

`Component.from_ical` costs about 0.4 ms an event, most of it re-splitting the text, building
parameter dictionaries and wrapping every date in a property object the import never uses.
Here each content line is still split by icalendar's `Contentline` (its name and parameters,
cached per distinct "NAME;PARAM=…" head, so "ATTENDEE;CN=Ann", "DTSTART;TZID=Europe/London" or
Outlook's 'DTSTART;TZID="GMT Standard Time"' is split once per file) and each value parsed by
icalendar's type for that property. Anything out of the plain — a recurrence rule, an escaped
parameter, a value icalendar cannot parse, the same property twice — returns None, and the
caller hands the block to `Component.from_ical`: what the event means, and every error
message, stays icalendar's.
"""

from __future__ import annotations

from datetime import date, timedelta

import icalendar
from icalendar.parser import Contentline, Parameters, unescape_backslash
from icalendar.prop import vCalAddress, vDDDTypes, vText, vUnknown

from clientbook.services.calendar_io.ics_reading import Block

MAX_HEADS = 4096  # distinct "NAME;PARAMS" heads remembered; then forgotten (memory stays flat)
# Parsed the same way as icalendar's component parser (ComponentIcalParser.datetime_names).
_DATETIMES = frozenset({"DTSTART", "DTEND", "RECURRENCE-ID"})
_ONE_EACH = frozenset({"UID", "SUMMARY", "DESCRIPTION", "STATUS", "TRANSP", "DTSTART", "DTEND",
                       "DURATION", "RECURRENCE-ID"})
_MANY = frozenset({"ATTENDEE", "ORGANIZER"})
_TYPES = icalendar.Component.types_factory


class Moment:
    """A date, date-time or duration property as the import reads it: its value and
    parameters (icalendar's vDDDTypes wrapper, without its cost)."""

    __slots__ = ("dt", "params")

    def __init__(self, dt: date | timedelta, params: Parameters):
        self.dt = dt
        self.params = params


class PlainEvent(dict):
    """Property name → value, read like icalendar's Event (`in`, `[]`, `get`, `items`)."""

    errors: list = []  # noqa: RUF012 - never written: a plain event has no broken lines


class Heads:
    """Each distinct line head ("NAME;PARAM=value") split once by icalendar, with the value
    type icalendar gives that property; and each distinct attendee line read once."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, Parameters, type] | None] = {}
        self.addresses: dict[str, vCalAddress] = {}

    def split(self, head: str) -> tuple[str, Parameters, type] | None:
        known = self._known
        if head in known:
            return known[head]
        try:
            name, params, _ = Contentline(head + ":").parts()
            name = name.upper()
            found: tuple[str, Parameters, type] | None = (
                name, params, _TYPES.for_property(name, params.value))
        except ValueError:
            found = None
        if len(known) >= MAX_HEADS:
            known.clear()
        known[head] = found
        return found


def plain_event(block: Block, heads: Heads) -> PlainEvent | None:
    """The block's properties, or None when the block needs icalendar's full parser.

    TEXT values are unescaped as icalendar's parser does (`unescape_backslash`; its vText
    holds that string unchanged); dates and addresses are icalendar's own types.
    """
    lines = block.lines
    if lines[0] != "BEGIN:VEVENT" or lines[-1] != "END:VEVENT":
        return None
    event = PlainEvent()
    for line in lines[1:-1]:
        head, colon, raw = line.partition(":")
        if '"' in head:  # a quoted parameter may hold a colon: icalendar finds the value
            at = Contentline(line).value_separator_index()
            head, colon, raw = line[:at], ":" if at > 0 else "", line[at + 1:]
        # A backslash changes where icalendar's parser splits a line; a CR or a leading
        # blank changes how it unfolds the block: those lines take the full path.
        if not colon or not head or "\\" in head or "\r" in line or line[0] in " \t":
            return None
        split = heads.split(head)
        if split is None:
            return None
        name, params, kind = split
        if name in event and name not in _MANY:
            return None
        if kind is vText and name in _ONE_EACH:
            prop = unescape_backslash(raw)
        elif kind is vDDDTypes and name in _ONE_EACH:
            prop = _moment(name, unescape_backslash(raw), params)
        elif kind is vCalAddress and name in _MANY:
            prop = heads.addresses.get(line)
            if prop is None:
                prop = _typed(vCalAddress, unescape_backslash(raw), params)
                if prop is not None:
                    if len(heads.addresses) >= MAX_HEADS:
                        heads.addresses.clear()
                    heads.addresses[line] = prop
        elif kind is vUnknown and name.startswith("X-"):
            prop = _typed(vUnknown, vUnknown.get_value_from_content_line(Contentline(line)),
                          params)
        else:
            return None
        if prop is None:
            return None
        if name in event:
            earlier = event[name]
            event[name] = [*earlier, prop] if isinstance(earlier, list) else [earlier, prop]
        else:
            event[name] = prop
    return event


def _typed(kind, value: str, params: Parameters):
    try:
        prop = kind(kind.from_ical(value))
    except Exception:  # whatever it is, the full parser reports it
        return None
    prop.params = params
    return prop


def _moment(name: str, value: str, params: Parameters) -> Moment | None:
    tzid = params.get("TZID") if params and name in _DATETIMES else None
    try:
        parsed = (vDDDTypes.from_ical(value, tzid) if tzid else vDDDTypes.from_ical(value))
    except Exception:  # whatever it is, the full parser reports it
        return None
    if not isinstance(parsed, (date, timedelta)):  # a time or a period: icalendar's way
        return None
    return Moment(parsed, params)

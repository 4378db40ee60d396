"""Time zones of calendar files: IANA names, Windows names Outlook writes, embedded VTIMEZONEs,
UTC and floating times, all brought to the firm's wall-clock time."""

from __future__ import annotations

from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# The Windows names Outlook and Exchange write most, to their IANA zone (CLDR's table).
WINDOWS_ZONES = {
    "GMT Standard Time": "Europe/London",
    "Greenwich Standard Time": "Atlantic/Reykjavik",
    "W. Europe Standard Time": "Europe/Berlin",
    "Central Europe Standard Time": "Europe/Budapest",
    "Romance Standard Time": "Europe/Paris",
    "Central European Standard Time": "Europe/Warsaw",
    "E. Europe Standard Time": "Europe/Chisinau",
    "FLE Standard Time": "Europe/Kyiv",
    "GTB Standard Time": "Europe/Bucharest",
    "Russian Standard Time": "Europe/Moscow",
    "Eastern Standard Time": "America/New_York",
    "Central Standard Time": "America/Chicago",
    "Mountain Standard Time": "America/Denver",
    "Pacific Standard Time": "America/Los_Angeles",
    "China Standard Time": "Asia/Shanghai",
    "Tokyo Standard Time": "Asia/Tokyo",
    "AUS Eastern Standard Time": "Australia/Sydney",
    "UTC": "UTC",
}


def named_zone(name: str) -> tzinfo | None:
    """The zone an IANA or Windows name stands for, or None."""
    name = name.strip().strip('"')
    for candidate in (name, WINDOWS_ZONES.get(name, "")):
        if not candidate or candidate.startswith(("/", ".")) or ".." in candidate:
            continue
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            continue
    return None


class Zones:
    """The file's embedded VTIMEZONEs and the firm's zone (None: this computer's)."""

    def __init__(self, local: tzinfo | None = None):
        self.local = local
        self.embedded: dict[str, tzinfo] = {}

    def add(self, component) -> None:
        """Keep an embedded VTIMEZONE; a custom name is read from its rules."""
        tzid = str(component.get("TZID", "")).strip()
        if not tzid or named_zone(tzid) is not None:
            return
        try:
            self.embedded[tzid] = component.to_tz(lookup_tzid=False)
        except Exception:  # a broken VTIMEZONE: events naming it are reported, not guessed
            return

    def zone(self, tzid: str) -> tzinfo | None:
        return named_zone(tzid) or self.embedded.get(tzid.strip().strip('"'))

    def wall_clock(self, moment: datetime) -> datetime:
        """An aware time as the firm's naive wall-clock time; a floating one stays as it is."""
        if moment.tzinfo is None:
            return moment
        local = moment.astimezone(self.local) if self.local else moment.astimezone()
        return local.replace(tzinfo=None)

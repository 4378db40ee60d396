"""The calendar feed's address and choices, and how its last refresh went: private files in
the data folder, never the book (backups and exports of the book must not carry its token)."""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urlsplit

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.storage.safety.private_files import write_private

CONFIG_FILE = "calendar-feed.json"
STATUS_FILE = "calendar-feed-status.json"
DEFAULT_MINUTES = 15
MAX_MINUTES = 24 * 60
MAX_URL = 2000
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1"})


@dataclass(frozen=True)
class FeedConfig:
    """Where the feed is, whose bookings it holds (None: as a file import decides), how
    often it is read, and whether it is read at all."""

    url: str
    staff_id: int | None = None
    minutes: int = DEFAULT_MINUTES
    enabled: bool = True

    @property
    def host(self) -> str:
        return urlsplit(self.url).hostname or ""

    def masked(self) -> str:
        """The address as the window shows it: the site only, the secret part hidden."""
        return masked(self.url)


@dataclass
class FeedStatus:
    """When the feed was last tried and last read well, and what went wrong: in English
    (`error`) and as its marked template and values, for the window to translate."""

    last_try: datetime | None = None
    last_ok: datetime | None = None
    error: str = ""
    counts: dict[str, int] = field(default_factory=dict)
    error_template: str = ""
    error_values: list[str] = field(default_factory=list)
    unreachable: bool = False  # the site did not answer with the calendar (not its content)


def masked(url: str) -> str:
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    hidden = "/•••" if parts.path.strip("/") or parts.query else "/"
    return f"{parts.scheme}://{parts.hostname or ''}{port}{hidden}"


def check_url(url: str, allow_loopback_http: bool = False) -> str:
    """The address, trimmed, when it is an https:// one; a ValidationError saying why not.

    Plain http:// would send the feed's secret token (and the clients' names) readable by
    anyone on the way. Only tests, through an internal flag, may read http://127.0.0.1.
    """
    url = url.strip()
    if not url:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the feed's address."),
                              field="url")
    if len(url) > MAX_URL or any(c.isspace() for c in url):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "That is not a web address a calendar feed has."), field="url")
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        parts.port  # noqa: B018 (a bad port raises here)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "That is not a web address a calendar feed has."), field="url") from None
    scheme = parts.scheme.lower()
    if scheme == "webcal":  # what "subscribe" links say; the calendar is read over https
        url, scheme = "https" + url[len("webcal"):], "https"
    if scheme == "http" and allow_loopback_http and host in LOOPBACK:
        return url
    if scheme == "http":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The feed's address must begin with https://. Plain http:// would send "
                      "its secret token and your clients' names unprotected."), field="url")
    if scheme != "https":
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The feed's address must begin with https://."), field="url")
    if not host:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "That is not a web address a calendar feed has."), field="url")
    return url


def check_minutes(minutes: int) -> int:
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The feed is read every 1 to %1 minutes."), MAX_MINUTES, field="minutes")
    return minutes


def load(folder: Path) -> FeedConfig | None:
    """The saved feed, or None when there is none (or its file is unreadable)."""
    try:
        data = json.loads((folder / CONFIG_FILE).read_text(encoding="utf-8"))
        staff = data.get("staff_id")
        return FeedConfig(str(data["url"]), int(staff) if staff is not None else None,
                          int(data.get("minutes", DEFAULT_MINUTES)),
                          bool(data.get("enabled", True)))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def save(folder: Path, config: FeedConfig) -> None:
    write_private(folder / CONFIG_FILE, json.dumps(asdict(config), indent=1))


def forget(folder: Path) -> None:
    for name in (CONFIG_FILE, STATUS_FILE):
        with contextlib.suppress(FileNotFoundError):
            (folder / name).unlink()


def _moment(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def load_status(folder: Path) -> FeedStatus:
    try:
        data = json.loads((folder / STATUS_FILE).read_text(encoding="utf-8"))
        counts = {str(k): int(v) for k, v in dict(data.get("counts") or {}).items()}
        return FeedStatus(_moment(data.get("last_try")), _moment(data.get("last_ok")),
                          str(data.get("error") or ""), counts,
                          str(data.get("error_template") or ""),
                          [str(v) for v in data.get("error_values") or []],
                          bool(data.get("unreachable")))
    except (OSError, ValueError, TypeError, AttributeError):
        return FeedStatus()


def save_status(folder: Path, status: FeedStatus) -> None:
    data = {"last_try": status.last_try.isoformat() if status.last_try else None,
            "last_ok": status.last_ok.isoformat() if status.last_ok else None,
            "error": status.error, "counts": status.counts,
            "error_template": status.error_template, "error_values": status.error_values,
            "unreachable": status.unreachable}
    write_private(folder / STATUS_FILE, json.dumps(data, indent=1))

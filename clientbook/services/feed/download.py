"""Reading the feed over the network: ClientBook's only connection, made only for a feed.

https only, certificates verified, a time limit, a size limit, and redirects followed only
within the same site and scheme. Errors never carry the address (it holds a secret token).
"""

from __future__ import annotations

import ssl
import time
from http.client import HTTPException
from urllib.error import HTTPError, URLError
from urllib.parse import urlsplit
from urllib.request import HTTPRedirectHandler, HTTPSHandler, Request, build_opener

from clientbook import __version__
from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.feed.feed_config import LOOPBACK

MAX_BYTES = 20 * 1024 * 1024
TIMEOUT_S = 30.0
MAX_REDIRECTS = 5
CHUNK = 64 * 1024


class FeedError(ClientBookError):
    """The feed was not read: the message says why; nothing in the book changed."""


class FeedUnreachable(FeedError):
    """The feed's server could not be reached or did not answer with the calendar."""


def _origin(url: str) -> tuple[str, str, int | None]:
    parts = urlsplit(url)
    return parts.scheme.lower(), (parts.hostname or "").lower(), parts.port


class _SameSiteRedirects(HTTPRedirectHandler):
    """Follows a redirect only to the same scheme, host and port: a feed that moved to
    another site (or down to plain http) could hand its token or the clients to a stranger."""

    max_redirections = MAX_REDIRECTS

    def __init__(self, url: str):
        super().__init__()
        self.origin = _origin(url)

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        scheme, host, port = _origin(newurl)
        if (scheme, host, port) != self.origin:
            fp.close()  # not followed: its answer is not read either
        if scheme != "https" and scheme != self.origin[0]:
            raise FeedUnreachable(QT_TRANSLATE_NOOP(
                "Errors", "The feed sent ClientBook to an address that is not https:// (%1); "
                          "it was not followed."), host or "?")
        if (host, port) != self.origin[1:]:
            raise FeedUnreachable(QT_TRANSLATE_NOOP(
                "Errors", "The feed moved to another site (%1); it was not followed. If you "
                          "trust it, enter its new address in Settings → Calendar feed."),
                host or "?")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _scrubbed(text: str, url: str) -> str:
    """An operating system's or server's words, without the address or its secret parts."""
    parts = urlsplit(url)
    for secret in (url, parts.path, parts.query):
        if len(secret) > 1:
            text = text.replace(secret, "…")
    return text[:200]


def fetch(url: str, *, allow_loopback_http: bool = False, timeout: float = TIMEOUT_S,
          cap: int = MAX_BYTES) -> bytes:
    """The feed's bytes; a FeedError saying why not (too slow, refused, too big…)."""
    scheme, host, _port = _origin(url)
    if scheme != "https" and not (allow_loopback_http and scheme == "http"
                                  and host in LOOPBACK):
        raise FeedError(QT_TRANSLATE_NOOP("Errors",
                                          "The feed's address must begin with https://."))
    opener = build_opener(HTTPSHandler(context=ssl.create_default_context()),
                          _SameSiteRedirects(url))
    request = Request(url, headers={"User-Agent": f"ClientBook/{__version__}",
                                    "Accept": "text/calendar, */*;q=0.5"})
    deadline = time.monotonic() + timeout
    try:
        with opener.open(request, timeout=timeout) as answer:
            length = answer.headers.get("Content-Length", "")
            if length.isdigit() and int(length) > cap:
                raise _too_big(cap)
            chunks, total = [], 0
            while chunk := answer.read(CHUNK):
                total += len(chunk)
                if total > cap:
                    raise _too_big(cap)
                if time.monotonic() > deadline:
                    raise TimeoutError
                chunks.append(chunk)
            return b"".join(chunks)
    except FeedError:
        raise
    except HTTPError as exc:
        exc.close()
        raise FeedUnreachable(QT_TRANSLATE_NOOP(
            "Errors", "The feed's server answered %1 (%2) instead of the calendar."),
            exc.code, _scrubbed(str(exc.reason), url)) from None
    except (TimeoutError, URLError, OSError, HTTPException, ValueError) as exc:
        reason = exc.reason if isinstance(exc, URLError) else exc
        if isinstance(reason, TimeoutError):
            raise FeedUnreachable(QT_TRANSLATE_NOOP(
                "Errors", "The feed did not answer within %1 seconds."),
                f"{timeout:g}") from None
        if isinstance(reason, ssl.SSLCertVerificationError):
            raise FeedUnreachable(QT_TRANSLATE_NOOP(
                "Errors", "The feed's site (%1) could not prove who it is: its certificate "
                          "is not valid. Nothing was read."), host) from None
        raise FeedUnreachable(QT_TRANSLATE_NOOP(
            "Errors", "The feed's site (%1) could not be reached: %2"), host,
            _scrubbed(str(getattr(reason, "strerror", None) or reason), url)) from None


def _too_big(cap: int) -> FeedError:
    return FeedError(QT_TRANSLATE_NOOP(
        "Errors", "The feed is larger than %1 MB, more than a booking calendar holds; it was "
                  "not read."), cap // (1024 * 1024))

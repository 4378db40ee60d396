"""The one way ClientBook hands a link to the desktop (mail app, Messages, WhatsApp, a phone).

ClientBook opens no network connection itself: it gives the desktop a URI and the app that
handles it does the rest. Tests (and --no-dialogs runs) replace `replacement` to record the
links instead of opening them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QDesktopServices

# Set by tests to a callable(url: str) -> bool that records the link instead of opening it.
replacement: Callable[[str], bool] | None = None


def desktop_url(link: str) -> QUrl:
    """The QUrl for `link` exactly as encoded (Qt must not decode "%26" back into "&")."""
    return QUrl.fromEncoded(QByteArray(link.encode("ascii")), QUrl.ParsingMode.StrictMode)


def open_link(link: str) -> bool:
    """Open `link` (already percent-encoded ASCII) with the desktop's app; False if none."""
    if replacement is not None:
        return bool(replacement(link))
    url = desktop_url(link)
    return url.isValid() and QDesktopServices.openUrl(url)

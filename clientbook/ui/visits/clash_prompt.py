"""Ask before a booking that clashes: say what it clashes with, offer Book anyway."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clientbook.domain.scheduling.scheduling import Clash
from clientbook.domain.words import fill
from clientbook.ui import msgbox
from clientbook.ui.error_text import message_text

translate = QCoreApplication.translate


def confirm(parent: QWidget | None, found: list[Clash]) -> bool:
    """True when there is nothing to warn of, or the person chose "Book anyway"."""
    if not found:
        return True
    lines = "\n".join("• " + message_text(c.text) for c in found)
    return msgbox.choose(
        parent, translate("ClashPrompt", "This booking clashes"),
        fill(translate("ClashPrompt", "%1\n\nDouble bookings are sometimes meant (a colour "
                                      "processing while another client is cut)."), [lines]),
        translate("ClashPrompt", "&Book anyway"), translate("ClashPrompt", "&Pick another slot"))

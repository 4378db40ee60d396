"""This desk's name in Settings: shown in the change log and to other desks when two desks
change one record. Kept in this computer's data folder, never in the shared book."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.services.book import Book
from clientbook.services.history.desk import MAX_DESK_NAME, desk_name, saved_desk_name
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text


class DeskNameRow(QLineEdit):
    """Empty: the computer's name (shown as the placeholder)."""

    def __init__(self, book: Book, parent: QWidget | None = None):
        super().__init__(saved_desk_name(book.path.parent), parent)
        self.book = book
        self.setObjectName("deskName")
        self.setMaxLength(MAX_DESK_NAME)
        self.setPlaceholderText(desk_name())
        self.setToolTip(self.tr(
            "Who made a change, in the history and when two desks change the same record; "
            "kept on this computer (empty: the computer's name)"))

    def save(self) -> bool:
        """Keep the typed name; False (and the reason shown) when it cannot be kept."""
        if self.text().strip() == saved_desk_name(self.book.path.parent):
            return True
        try:
            self.book.set_desk_name(self.text())
        except (ClientBookError, OSError) as exc:
            msgbox.error(self, self.tr("Could not keep the desk name"), error_text(exc))
            return False
        return True

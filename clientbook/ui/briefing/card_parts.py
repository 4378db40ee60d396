"""The briefing card's building blocks: its look, the initials avatar, its text labels."""

from __future__ import annotations

import unicodedata
import zlib

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from clientbook.ui.widgets.formats import is_cjk
from clientbook.ui.widgets.labels import text_label as _text_label

# Muted colours that keep white initials readable; a name always gets the same one.
AVATAR_COLOURS = ("#5b7db1", "#3f8a7e", "#8e5f99", "#b0654a", "#5f8a3e", "#a85a73",
                  "#4f7590", "#7a64ad", "#2f7f95", "#93702f")

# Built-in look. Applied only when the application stylesheet does not theme the card,
# because a widget's own stylesheet would otherwise win over resources/ styles.
DEFAULT_STYLE = """
#briefingCard { background: #ffffff; border: 1px solid #d9dde3; border-radius: 10px; }
#briefingCard QLabel { color: #1f2933; font-size: 10pt; }
#cardScroll, #cardContent, #cardNotesScroll, #cardNotesBody {
    background: transparent; border: none; }
#briefingCard QLabel#cardName { font-size: 15pt; font-weight: bold; }
#briefingCard QLabel#cardGreet, #briefingCard QLabel#cardPhones { color: #52606d; }
#briefingCard QLabel#cardEmpty { color: #7b8794; font-size: 11pt; }
#briefingCard QLabel#cardHeading { color: #7b8794; font-size: 8pt; font-weight: bold; }
#briefingCard QLabel[role="tag"], #briefingCard QLabel[role="meta"] { color: #7b8794; }
#briefingCard QLabel[role="value"] { font-weight: bold; }
#briefingCard QLabel[role="quote"] { color: #52606d; font-style: italic; }
#briefingCard QLabel#cardBirthday { background: #fff6d8; border: 1px solid #f0d283;
    border-radius: 6px; padding: 5px 10px; color: #6b4e00; }
#briefingCard QLabel#cardBirthday[today="true"] { font-weight: bold; background: #ffefb8; }
#briefingCard QFrame#cardAvoid { background: #fff3ec; border-left: 3px solid #d9480f;
    border-radius: 4px; }
#briefingCard #cardAvoid QLabel { color: #7c2d12; }
#briefingCard #cardAvoid QLabel#cardHeading { color: #c2410c; }
#briefingCard #cardAvoid QLabel#cardConsentMissing { color: #9a3412; font-size: 9pt;
    font-style: italic; }
#briefingCard QLabel#cardDesignerWarning { color: #b45309; font-weight: bold; }
#briefingCard QLabel#cardOverdue { color: #ffffff; background: #c81e1e; border-radius: 4px;
    padding: 1px 6px; font-size: 9pt; font-weight: bold; }
#briefingCard QLabel[overdue="true"] { color: #b91c1c; }
#briefingCard QPushButton#cardPromiseDone { padding: 2px 10px; border: 1px solid #cbd2d9;
    border-radius: 4px; background: #f5f7fa; color: #1f2933; font-size: 9pt; }
#briefingCard QPushButton#cardPromiseDone:hover { background: #e4e7eb; }
#briefingCard QToolButton#cardPromiseMore { border: none; padding: 0 4px; color: #52606d; }
#briefingCard QFrame#cardReward { background: #e7f6ec; border: 1px solid #9fd8b0;
    border-radius: 6px; }
#briefingCard #cardReward QLabel { color: #14532d; font-weight: bold; }
#briefingCard QFrame#cardReward[given="true"] { background: #f2f8f4; border-color: #cfe8d7; }
#briefingCard #cardReward[given="true"] QLabel { font-weight: normal; }
#briefingCard QPushButton#cardRedeem, #briefingCard QPushButton#cardContactButton {
    padding: 2px 10px; border: 1px solid #cbd2d9; border-radius: 4px; background: #ffffff;
    color: #1f2933; font-size: 9pt; }
#briefingCard QPushButton#cardRedeem { border-color: #3f8a5a; color: #14532d;
    font-weight: bold; }
#briefingCard QLabel#cardDoNotContact { color: #ffffff; background: #c81e1e;
    border-radius: 4px; padding: 1px 6px; font-weight: bold; }
"""


def initials(name: str) -> str:
    """'ΘΒ' for 'Θανάσης Βλάχος'; for a CJK name its first character (the family name)."""
    name = unicodedata.normalize("NFC", name).strip()
    if name and is_cjk(name[0]):
        return name[0]
    firsts = [c for c in (next((c for c in w if c.isalnum()), "") for w in name.split()) if c]
    return (firsts[0] + firsts[-1] if len(firsts) > 1 else "".join(firsts) or "?").upper()


class InitialsAvatar(QWidget):
    """A photo-free avatar: the client's initials on a colour derived from their name."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardAvatar")
        self.name, self.letters = name, initials(name)
        side = round(self.fontMetrics().height() * 3)  # scales with the font, not pixels
        self.setFixedSize(QSize(side, side))

    def set_name(self, name: str) -> None:
        """The same avatar for another client: painted again, nothing else made."""
        if name != self.name:
            self.name, self.letters = name, initials(name)
            self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        colour = AVATAR_COLOURS[zlib.crc32(self.name.encode()) % len(AVATAR_COLOURS)]
        painter.setBrush(QColor(colour))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * (1.7 if len(self.letters) < 2 else 1.45))
        # Wide letters (МШ, WM) must stay inside the circle.
        while (QFontMetrics(font).horizontalAdvance(self.letters) > self.width() * 0.7
               and font.pointSizeF() > 6):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.letters)


_SELECT_ON_PRESS = "selectOnPress"


def text_label(text: str = "", name: str = "", role: str = "", wrap: bool = True) -> QLabel:
    """The card's text: selectable from the first press on it (select_from_press), not
    before — a selectable label builds a text document, and building the dozens of a card
    was a third of every opening."""
    label = _text_label(text, name, role, wrap, selectable=False)
    label.setProperty(_SELECT_ON_PRESS, True)
    return label


def unselectable(label: QLabel) -> None:
    """A card label that never selects, even when pressed (a heading)."""
    label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    label.setProperty(_SELECT_ON_PRESS, False)


def select_from_press(card: QWidget, event: QMouseEvent) -> bool:
    """A press on the card's text (which passes it up, unselectable): make that label
    selectable and hand it the press, so selecting starts with this very drag.
    False when the press was not on such a label."""
    label = card.childAt(event.position().toPoint())
    if not (isinstance(label, QLabel) and label.property(_SELECT_ON_PRESS)):
        return False
    label.setProperty(_SELECT_ON_PRESS, False)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    QApplication.sendEvent(label, QMouseEvent(
        event.type(), label.mapFrom(card, event.position()), event.globalPosition(),
        event.button(), event.buttons(), event.modifiers()))
    return True

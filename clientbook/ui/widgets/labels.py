"""Small shared widgets: a label that shows user text literally, a scroll area, a row."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget


def text_label(text: str = "", name: str = "", role: str = "", wrap: bool = True,
               selectable: bool = True) -> QLabel:
    """A label that shows user text literally: never rich text, never fetches anything.

    `selectable=False` for views that make a label selectable only when pressed (the
    briefing card): a selectable label carries a whole text document."""
    widget = QLabel()
    widget.setTextFormat(Qt.TextFormat.PlainText)
    widget.setText(text)
    widget.setWordWrap(wrap)
    if selectable:
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wrap:
        widget.setMinimumWidth(1)  # a very long word is clipped here, not widening the card
    if name:
        widget.setObjectName(name)
    if role:
        widget.setProperty("role", role)
    return widget


def scroll_area(name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def hbox_row(spacing: int = 6) -> tuple[QWidget, QHBoxLayout]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return row, layout

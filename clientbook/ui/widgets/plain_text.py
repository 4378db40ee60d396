"""User text on screen exactly as typed: Qt never reads a client's words as HTML.

Qt guesses rich text (`Qt.mightBeRichText`) for every tooltip and for labels left on
AutoText. A note holding `<img src="file:///…">` would make Qt open that file (on Windows a
`\\\\server\\share` path reaches the network), "latex <b>anaphylaxis</b>" would lose its
tags and "<table>" nested 200 deep can freeze the window. So labels that show user text are
PlainText (`plain`, or `card_parts.text_label`), and tooltips holding user text go through
`tooltip`: text Qt would take for HTML is escaped and wrapped in one paragraph, so it is
shown literally; any other text is already shown as it is and stays unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as GuiQt  # mightBeRichText lives in QtGui
from PySide6.QtWidgets import QLabel

# How `tooltip` opens and closes its paragraph: everything in between is escaped text.
TOOLTIP_START = '<p style="white-space: pre-wrap;">'
TOOLTIP_END = "</p>"


def tooltip(text: str) -> str:
    """Text for `setToolTip` or a model's ToolTipRole that Qt shows exactly as typed."""
    if not might_be_html(text):
        return text
    import html  # loads on first use: most text is not taken for HTML

    return f"{TOOLTIP_START}{html.escape(text, quote=False)}{TOOLTIP_END}"


def might_be_html(text: str) -> bool:
    """Whether a tooltip or an AutoText label would render `text` as rich text."""
    return bool(text) and GuiQt.mightBeRichText(text)


def plain(label: QLabel, text: str | None = None) -> QLabel:
    """`label` made plain text (and given `text`, when passed); returned for chaining."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    if text is not None:
        label.setText(text)
    return label


def window_title(text: str) -> str:
    """A title Qt shows as written: a lone "[*]" would be taken for the modified mark."""
    return text.replace("[*]", "[*][*]")

"""Texts the core makes for people, marked for Qt's translation tools without importing Qt.

The core stays Qt-free, so it cannot translate; it marks each sentence with QT_TRANSLATE_NOOP
(pyside6-lupdate finds those calls in plain Python and extracts the literal) and hands the
window a `Message`: the English text, plus the template and values to translate it with. The
window translates at display time (ui/error_text.py); the command line and logs print the
English. Templates use Qt's %1, %2… placeholders, never f-strings: lupdate extracts only
literals, and a translator may move a placeholder anywhere in the sentence.

Contexts: "Errors" for the messages of ClientBookError, "Undo" for what Ctrl+Z takes back,
"Messages" for other core texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

MESSAGES = "Messages"

# Qt's placeholders: %1 to %99 (so "%10" is the tenth value, never "%1" then "0").
_PLACEHOLDER = re.compile(r"%(\d\d?)")


class Phrase(str):
    """An English literal marked for translation, with the context it is translated in."""

    context: str

    def __new__(cls, text: str, context: str = MESSAGES) -> Phrase:
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase

    def __getnewargs__(self) -> tuple[str, str]:  # copy and pickle keep the context
        return str(self), self.context


def QT_TRANSLATE_NOOP(context: str, text: str) -> Phrase:  # lupdate looks for this name
    """Mark `text` (a literal) for translation in `context`; returns it as a Phrase."""
    return Phrase(text, context)


def fill(template: str, values: Sequence[object]) -> str:
    """`template` with %1, %2… replaced by `values`, in one pass.

    A value that itself contains "%2" is inserted as it is, never substituted again; a
    placeholder with no value (or %0) is left as written.
    """
    def put(match: re.Match[str]) -> str:
        number = int(match[1])
        return str(values[number - 1]) if 1 <= number <= len(values) else match[0]

    return _PLACEHOLDER.sub(put, template)


class Message(str):
    """A filled template: reads as its English text; keeps `template` and `values` so the
    window can show it translated.

    A value that is a Phrase or a Message is translated too; anything else (a name, a
    number, a file name, an operating system's own words) is inserted as it is.
    """

    template: str
    values: tuple[object, ...]

    def __new__(cls, template: str, *values: object) -> Message:
        message = super().__new__(cls, fill(template, values))
        message.template = template
        message.values = values
        return message

    def __getnewargs__(self) -> tuple[object, ...]:  # copy and pickle keep the parts
        return (self.template, *self.values)


def message(template: str, *values: object) -> Message:
    """A Message; a Message given alone is returned as it is (not wrapped in another)."""
    if isinstance(template, Message) and not values:
        return template
    return Message(template, *values)

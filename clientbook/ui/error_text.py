"""The core's messages in the person's language: errors, import problems, check results.

The core marks its English templates with QT_TRANSLATE_NOOP and keeps their values (see
domain/words.py); this is where they are translated, at the moment they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import Message, Phrase, fill


def message_text(text: object) -> str:
    """A core text as the window shows it.

    A Message is translated and filled with its values, each translated in turn when it is a
    Phrase or a Message; a Phrase is translated; anything else (a name, a path, text that
    is already translated) is shown as it is.
    """
    if isinstance(text, Message):
        return fill(_translated(text.template), [message_text(v) for v in text.values])
    if isinstance(text, Phrase):
        return _translated(text)
    return str(text)


def error_text(exc: BaseException) -> str:
    """What went wrong, for a message box or an error line: a ClientBookError translated,
    any other exception in its own words."""
    if isinstance(exc, ClientBookError):
        return message_text(exc.message)
    return str(exc)


def _translated(template: str) -> str:
    if isinstance(template, Phrase):
        return QCoreApplication.translate(template.context, template)
    return template

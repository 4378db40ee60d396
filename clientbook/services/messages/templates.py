"""The message templates: the shipped ones per occasion and language, and the firm's own edits."""

from __future__ import annotations

from dataclasses import dataclass

from clientbook.domain.errors import ValidationError
from clientbook.domain.messages.message_dates import MESSAGE_LANGUAGES, message_language
from clientbook.domain.messages.messages import Occasion, check_template, default_template
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.settings import read_setting
from clientbook.storage.store import Store


@dataclass(frozen=True)
class Template:
    kind: Occasion
    language: str
    text: str
    edited: bool
    """True when the firm wrote this text; False for the shipped one."""


def occasion(kind: str) -> Occasion:
    try:
        return Occasion(kind.strip().lower())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "There is no message kind %1; use one of %2."), repr(kind),
            ", ".join(o.value for o in Occasion), field="kind") from None


def language(code: str) -> str:
    found = message_language(code)
    if not found:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Messages can be written in %1."), ", ".join(MESSAGE_LANGUAGES),
            field="language")
    return found


class TemplateService:
    def __init__(self, store: Store):
        self.store = store

    def firm_language(self) -> str:
        return message_language(read_setting(self.store, "message_language")) or "en"

    def firm_name(self) -> str:
        return read_setting(self.store, "firm_name")

    def all(self) -> list[Template]:
        """Every occasion in every language, the firm's text where it wrote one."""
        own = self.store.messages.templates()
        found = []
        for kind in Occasion:
            for code in MESSAGE_LANGUAGES:
                text = own.get((kind.value, code))
                found.append(Template(kind, code, text or default_template(kind, code),
                                      text is not None))
        return found

    def get(self, kind: Occasion, code: str) -> Template:
        text = self.store.messages.template(str(kind), code)
        return Template(kind, code, text or default_template(kind, code), text is not None)

    def set(self, kind: str, code: str, text: str) -> Changes:
        """Save the firm's text for one occasion and language (placeholders checked first).

        The shipped text given back (or the same text) forgets the firm's edit.
        """
        found, code = occasion(kind), language(code)
        text = check_template(text)
        with self.store.write():
            self.store.messages.set_template(
                str(found), code, None if text == default_template(found, code) else text)
        return Changes(settings=True)

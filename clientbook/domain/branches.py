"""Branches of a chain sharing one server book: a branch and the rules for its name."""

from __future__ import annotations

from dataclasses import dataclass

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

MAX_NAME = 80


@dataclass(frozen=True)
class Branch:
    id: int
    name: str


def branch_name(text: str) -> str:
    """`text` as a branch's name (trimmed); a blank or overlong name is refused."""
    name = " ".join(text.split())
    if not name or len(name) > MAX_NAME:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A branch needs a name of 1 to %1 characters."), MAX_NAME, field="name")
    return name


def named(branches: list[Branch], name: str) -> Branch | None:
    """The branch called `name`, ignoring case and spacing; None when there is none."""
    wanted = " ".join(name.split()).casefold()
    return next((b for b in branches if b.name.casefold() == wanted), None)

"""The book's undo stack: each undoable write leaves how to take it back, named for the menu.

Undo belongs to the book, not the window: the service that makes an undoable change pushes
its inverse here, and Edit → Undo (Ctrl+Z) takes back the newest one and says which.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from clientbook.domain.words import Message
from clientbook.services.changes import Changes

# How many steps back a person can go; older ones are dropped.
LIMIT = 20


@dataclass(frozen=True)
class UndoStep:
    label: Message  # "Undo archive of %1": translated by the window, English elsewhere
    undo: Callable[[], Changes]
    client_id: int | None = None  # whose record the step touches


class UndoStack:
    def __init__(self, limit: int = LIMIT):
        self._steps: list[UndoStep] = []
        self._limit = limit

    def push(self, label: Message, undo: Callable[[], Changes],
             client_id: int | None = None) -> None:
        self._steps.append(UndoStep(label, undo, client_id))
        del self._steps[:-self._limit]

    def label(self) -> Message | None:
        """What Ctrl+Z would take back now, or None when there is nothing."""
        return self._steps[-1].label if self._steps else None

    def undo(self) -> Changes:
        """Take back the newest step. It leaves the stack even when taking it back fails
        (the record may be gone), so a failed step is never offered again."""
        if not self._steps:
            return Changes()
        return self._steps.pop().undo()

    def forget_client(self, client_id: int) -> None:
        """A forgotten client's steps can never be taken back: drop them."""
        self._steps = [s for s in self._steps if s.client_id != client_id]

    def __len__(self) -> int:
        return len(self._steps)

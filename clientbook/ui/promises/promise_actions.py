"""Keep, reschedule or cancel a promise: shared by the Today page, the card and the window.

Each function returns True when the book changed; a refusal from the core becomes a message,
never a traceback.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clientbook.domain.models import Promise
from clientbook.services.changes import Changes
from clientbook.services.followups.promises import PromiseLine
from clientbook.ui import msgbox
from clientbook.ui.session import Session

translate = QCoreApplication.translate


def _fill(template: str, *values: str) -> str:
    """Put values into %1, %2… in one pass, so a value containing "%2" stays as typed."""
    return re.sub(r"%(\d)", lambda m: values[int(m.group(1)) - 1], template)


def find_promise(session: Session, promise_id: int) -> PromiseLine | None:
    """The promise, still open, with its client's and owner's names; else None."""
    line = session.book.promises.line(promise_id)
    return line if line is not None and line.promise.is_open else None


def _apply(
    parent: QWidget | None, session: Session, title: str, write: Callable[[], Changes]
) -> bool:
    return bool(session.run(parent, title, write))


def complete_promise(parent: QWidget | None, session: Session, promise_id: int,
                     seen: Promise | None = None) -> bool:
    """Mark a promise kept, now; `seen`, the promise as the page showed it (another desk's
    newer version brings the conflict dialog)."""
    history = session.book.history
    return _apply(
        parent,
        session,
        translate("PromiseActions", "Could not mark the promise as done"),
        lambda: history.complete_promise(promise_id, seen=seen),
    )


def reschedule_promise(parent: QWidget | None, session: Session, promise_id: int) -> bool:
    """Ask for a new due time and move the promise there (the move is recorded)."""
    line = find_promise(session, promise_id)
    if line is None:
        msgbox.error(
            parent,
            translate("PromiseActions", "Could not reschedule the promise"),
            translate(
                "PromiseActions", "This promise is already done or cancelled, or no longer exists."
            ),
        )
        return False
    from clientbook.ui.promises.reschedule_dialog import RescheduleDialog  # first use

    dialog = RescheduleDialog(session, line, parent)
    try:
        return dialog.run() is not None and bool(dialog.changes)
    finally:
        dialog.deleteLater()


def cancel_promise(parent: QWidget | None, session: Session, promise_id: int,
                   seen: Promise | None = None) -> bool:
    """Cancel a promise that is no longer wanted, once the person confirms."""
    line = find_promise(session, promise_id)
    # The question's first line holds no user text, so a name like "<b>" is never read as
    # markup by the message box's rich-text guess.
    question = translate(
        "PromiseActions", "Cancel this promise? It will no longer be shown as due."
    )
    if line is not None:
        question += "\n\n" + _fill(
            translate("PromiseActions", "%1: “%2”"), line.client_name, line.promise.text
        )
    if not msgbox.ask(parent, translate("PromiseActions", "Cancel promise"), question):
        return False
    history = session.book.history
    return _apply(
        parent,
        session,
        translate("PromiseActions", "Could not cancel the promise"),
        lambda: history.cancel_promise(promise_id, seen=seen),
    )

"""File → Remove the sample data…: empty a book that holds only the demo, after asking."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session


def remove_sample_data(parent: QWidget | None, session: Session) -> bool:
    """Refuse (saying why) unless the book holds only sample data; confirm; then empty it."""
    title = QCoreApplication.translate("SampleData", "Remove the sample data")
    try:
        contents = session.book.demo.contents()
    except ClientBookError as exc:
        msgbox.error(parent, title, error_text(exc))
        return False
    question = fill(QCoreApplication.translate(
        "SampleData", "Remove the %1 sample clients with their visits, appointments and "
        "promises, and the demo team? The book is then empty, ready for your own clients. "
        "This cannot be undone."), [contents.clients])
    if not msgbox.ask(parent, title, question):
        return False
    book = session.book
    failure = QCoreApplication.translate("SampleData", "Could not remove the sample data")
    return session.run(parent, failure, lambda: book.demo.remove()) is not None

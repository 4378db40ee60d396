"""Every message box goes through here, so tests and --no-dialogs can replace them."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from clientbook.ui.error_text import message_text

# Set by tests (or --no-dialogs) to a callable(kind, title, text) -> bool answer.
replacement = None


def _show(kind: str, parent: QWidget | None, title: str, text: str,
          buttons: tuple[str, str] | None = None) -> bool:
    if kind == "error":  # the title only: the text may name a client
        logging.getLogger("clientbook.window").warning("message shown: %s", title)
    text = message_text(text)  # a message made in the core is shown translated
    if replacement is not None:
        return bool(replacement(kind, title, text))
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)  # a client named "<b>" is shown as typed
    box.setText(text)
    if kind == "question" and buttons is not None:
        box.setIcon(QMessageBox.Icon.Warning)
        yes = box.addButton(buttons[0], QMessageBox.ButtonRole.AcceptRole)
        no = box.addButton(buttons[1], QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(no)
        box.setEscapeButton(no)
        box.exec()
        return box.clickedButton() is yes
    if kind == "question":
        box.setIcon(QMessageBox.Icon.Question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes
    box.setIcon(QMessageBox.Icon.Warning if kind == "error" else QMessageBox.Icon.Information)
    box.exec()
    return True


def choice_box(parent: QWidget | None, title: str, text: str, first: str, second: str
               ) -> tuple[QMessageBox, QPushButton]:
    """A question answered by naming what happens; `first` is the default, Escape the second."""
    box = QMessageBox(parent)
    box.setObjectName("choiceBox")
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.setIcon(QMessageBox.Icon.Question)
    chosen = box.addButton(first, QMessageBox.ButtonRole.AcceptRole)
    other = box.addButton(second, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(chosen)
    box.setEscapeButton(other)
    return box, chosen


def offer(parent: QWidget | None, title: str, text: str, first: str, second: str) -> bool:
    """Two answers, the first the default (a first start's "Load the sample book"): True when
    the person picks `first`, False for `second`."""
    if replacement is not None:
        return bool(replacement("choice", title, f"{text}\n[{first}] / [{second}]"))
    box, chosen = choice_box(parent, title, text, first, second)
    box.exec()
    return box.clickedButton() is chosen


def error(parent: QWidget | None, title: str, text: str) -> None:
    _show("error", parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    _show("info", parent, title, text)


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question whose safe answer (No) is the default."""
    return _show("question", parent, title, text)


def choose(parent: QWidget | None, title: str, text: str, yes: str, no: str) -> bool:
    """A question with its own two answers ("Book anyway" / "Pick another slot"); the safe
    one (`no`) is the default and Esc."""
    return _show("question", parent, title, text, (yes, no))

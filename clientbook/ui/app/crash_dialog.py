"""When something unexpected goes wrong in the window: log it, say so, never just vanish.

PySide6 hands an exception raised in a slot to `sys.excepthook` and carries on, so the hook
decides what the person sees. A ClientBookError that got this far (a read that failed:
the disk, a lock) is the person's to fix and gets its own message; anything else is a bug:
the traceback goes to the log and a dialog says where the log is.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text

log = logging.getLogger("clientbook.window")
translate = QCoreApplication.translate
_showing = False  # one dialog at a time: an error in every repaint must not stack them


def crash_text(log_path: Path) -> str:
    return fill(translate(
        "CrashDialog",
        "ClientBook ran into a problem it did not expect. What was already saved is safe; "
        "a form that was open may not have been saved.\n\nThe details are in the log:\n%1\n\n"
        "If it happens again, send that file to whoever looks after your ClientBook."
    ), [log_path])


def show_crash(log_path: Path) -> None:
    """The crash dialog: where the log is, Open log folder, and Quit or carry on."""
    title = translate("CrashDialog", "ClientBook ran into a problem")
    if msgbox.replacement is not None:
        msgbox.error(None, title, crash_text(log_path))
        return
    box = QMessageBox(QMessageBox.Icon.Critical, title, crash_text(log_path),
                      parent=QApplication.activeWindow())
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    open_button = box.addButton(translate("CrashDialog", "&Open log folder"),
                                QMessageBox.ButtonRole.ActionRole)
    box.addButton(translate("CrashDialog", "&Keep working"), QMessageBox.ButtonRole.AcceptRole)
    quit_button = box.addButton(translate("CrashDialog", "&Quit ClientBook"),
                                QMessageBox.ButtonRole.DestructiveRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path.parent)))
    elif box.clickedButton() is quit_button:
        QApplication.quit()


def handle(log_path: Path, kind, exc, tb) -> None:
    """sys.excepthook for the window."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, exc, tb)
        return
    global _showing
    if isinstance(exc, ClientBookError):
        log.warning("%s", exc)
    else:
        log.error("Unexpected error", exc_info=(kind, exc, tb))
    if _showing:
        return
    _showing = True
    try:
        if isinstance(exc, ClientBookError):
            msgbox.error(QApplication.activeWindow(),
                         translate("CrashDialog", "ClientBook could not do that"),
                         error_text(exc))
        else:
            show_crash(log_path)
    finally:
        _showing = False


def install(log_path: Path) -> None:
    sys.excepthook = lambda kind, exc, tb: handle(log_path, kind, exc, tb)

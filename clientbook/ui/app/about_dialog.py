"""Help → About ClientBook: version, licence, where the data and the log are."""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, Qt, qVersion
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from clientbook import __version__, logs
from clientbook.domain.words import fill
from clientbook.ui import msgbox

translate = QCoreApplication.translate


def about_text(data_folder: Path) -> str:
    language = QLocale().nativeLanguageName() or QLocale().name()
    return "\n".join([
        fill(translate("AboutDialog", "ClientBook %1"), [__version__]),
        translate("AboutDialog", "A front desk's memory of every client."),
        "",
        translate("AboutDialog", "Free software under the MIT licence: you may use, copy, "
                  "change and share it. It comes with no warranty."),
        fill(translate("AboutDialog", "It uses Qt %1 and PySide6 %2 under the LGPL v3, and "
                  "Python %3."), [qVersion(), PySide6.__version__, platform.python_version()]),
        "",
        fill(translate("AboutDialog", "Data folder: %1"), [data_folder]),
        fill(translate("AboutDialog", "Log: %1"), [str(logs.log_file())]),
        fill(translate("AboutDialog", "Language: %1"), [language]),
    ])


def show_about(parent: QWidget | None, data_folder: Path) -> None:
    title = translate("AboutDialog", "About ClientBook")
    if msgbox.replacement is not None:
        msgbox.info(parent, title, about_text(data_folder))
        return
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setIconPixmap(QApplication.windowIcon().pixmap(64, 64))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setText(about_text(data_folder))
    box.exec()

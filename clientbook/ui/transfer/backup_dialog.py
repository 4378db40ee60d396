"""File → Back up now… and Restore from backup…: a checked copy anywhere, and putting one back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.safety import backups
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.busy_cursor import busy
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.labels import text_label

translate = QCoreApplication.translate

_PATH = Qt.ItemDataRole.UserRole


def choose_folder(parent: QWidget | None, title: str) -> str:
    """Replaced in tests."""
    return QFileDialog.getExistingDirectory(parent, title)


def choose_file(parent: QWidget | None, title: str, folder: str) -> str:
    """Replaced in tests."""
    return QFileDialog.getOpenFileName(
        parent, title, folder, translate("Backups", "ClientBook backups (*.db);;All files (*)")
    )[0]


def back_up_now(parent: QWidget | None, session: Session) -> Path | None:
    """A checked copy into a folder the person chooses (a USB stick, a network drive)."""
    folder = choose_folder(parent, translate("Backups", "Back up to which folder?"))
    if not folder:
        return None
    try:
        with busy():
            path = session.book.backups.into(Path(folder))
    except ClientBookError as exc:
        msgbox.error(parent, translate("Backups", "Backup failed"), error_text(exc))
        return None
    msgbox.info(
        parent,
        translate("Backups", "Backed up"),
        fill(translate("Backups", "The data was copied and checked:\n%1"), [path]),
    )
    return path


def when(at: datetime) -> str:
    """'22 Nov 2026 11:00' in the user's locale, with a four-digit year."""
    return f"{full_date(at.date())} {at:%H:%M}"


class RestoreDialog(QDialog):
    """Pick one of the automatic backups (newest first) or another file."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.session = session
        self.chosen: Path | None = None
        folder = backups.backup_folder(session.book.path.parent)
        self.folder = folder
        intro = text_label(
            self.tr(
                "Choose the backup to go back to. Everything entered since it was made is "
                "replaced; the data as it is now is kept as a backup first, so this can be "
                "undone by restoring that one."
            )
        )
        self.list = QListWidget(objectName="backupList")
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        for backup in backups.list_backups(session.book.path.parent):
            reason = self.reason_text(backup.reason)
            item = QListWidgetItem(f"{when(backup.at)} — {reason} ({backup.size / 1e6:.1f} MB)")
            item.setData(_PATH, str(backup.path))
            self.list.addItem(item)
        self.empty = text_label(self.tr("There are no automatic backups yet."))
        self.empty.setVisible(self.list.count() == 0)
        self.other = QPushButton(self.tr("&Other file…"))
        self.other.clicked.connect(self._choose_other)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(self.other, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self._accept_selected)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda row: self.restore_button.setEnabled(row >= 0))
        self.list.itemDoubleClicked.connect(lambda _item: self._accept_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.restore_button.setEnabled(self.list.count() > 0)
        self.resize(520, 360)

    def reason_text(self, reason: str) -> str:
        return {
            "daily": self.tr("Daily"),
            "before-import": self.tr("Before an import"),
            "before-restore": self.tr("Before a restore"),
            "before-upgrade": self.tr("Before an upgrade"),
            "manual": self.tr("Backed up by hand"),
        }.get(reason, reason)

    def _accept_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self.chosen = Path(item.data(_PATH))
            self.accept()

    def _choose_other(self) -> None:
        name = choose_file(self, self.tr("Restore which file?"), str(self.folder))
        if name:
            self.chosen = Path(name)
            self.accept()


def restore_from_backup(parent: QWidget | None, session: Session) -> bool:
    """Ask which backup, confirm, restore, and tell every page that everything changed."""
    dialog = RestoreDialog(session, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
            return False
        source = dialog.chosen
    finally:
        dialog.deleteLater()
    question = fill(translate(
        "Backups",
        "Replace all of ClientBook's data with the backup\n%1?\n\nThe data as it "
        "is now is kept as a backup first.",
    ), [source])
    return restore_file(parent, session, source, question)


def restore_file(parent: QWidget | None, session: Session, source: Path, question: str) -> bool:
    """Ask `question`; on Yes restore `source` and tell every page that everything changed."""
    if not msgbox.ask(parent, translate("Backups", "Restore from a backup"), question):
        return False
    restored: list[Path] = []

    def restore() -> Changes:
        with busy():
            kept, changes = session.book.backups.restore(source)
        restored.append(kept)
        return changes

    if session.run(parent, translate("Backups", "Restore failed"), restore) is None:
        return False
    kept = restored[0]
    msgbox.info(
        parent,
        translate("Backups", "Restored"),
        fill(translate("Backups", "The backup was restored. The data as it was is kept in\n%1"),
             [kept]),
    )
    return True

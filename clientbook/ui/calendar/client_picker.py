"""Choose the client for a new booking: search as you type, or add a new client."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.words import fill
from clientbook.ui.session import Session
from clientbook.ui.widgets.plain_text import plain

RESULTS = 30


class ClientPicker(QDialog):
    def __init__(self, session: Session, heading: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientPicker")
        self.setWindowTitle(self.tr("Book for which client?"))
        self.session = session
        self.chosen: int | None = None
        self.new_requested = False
        self.heading = plain(QLabel(), heading)
        self.search = QLineEdit(objectName="clientPickerSearch")
        self.search.setPlaceholderText(self.tr("Name, phone or e-mail"))
        self.search.setAccessibleName(self.tr("Search clients"))
        self.results = QListWidget(objectName="clientPickerResults")
        self.results.setAccessibleName(self.tr("Matching clients"))
        label = QLabel(self.tr("&Client:"))
        label.setBuddy(self.search)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.new_button = self.buttons.addButton(self.tr("&New client…"),
                                                 QDialogButtonBox.ButtonRole.ActionRole)
        self.new_button.clicked.connect(self._new_client)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._find)
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.search.returnPressed.connect(self.accept)
        self.resize(420, 380)

    def _find(self, text: str) -> None:
        self.results.clear()
        if not text.strip():
            return
        for r in self.session.book.search(text, limit=RESULTS):
            label = fill(self.tr("%1 — %2"), [r.name, r.phone]) if r.phone else r.name
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)

    def _new_client(self) -> None:
        self.new_requested = True
        super().accept()

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()

    @classmethod
    def pick(cls, parent: QWidget | None, session: Session, heading: str
             ) -> tuple[int | None, bool]:
        """(the chosen client's id or None, whether a new client was asked for)."""
        dialog = cls(session, heading, parent)
        dialog.exec()
        return dialog.chosen, dialog.new_requested

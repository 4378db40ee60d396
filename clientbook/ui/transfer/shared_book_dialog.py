"""File → Connect to a shared book…: this desk opens a book on a PostgreSQL server.

The server, database and user are typed in; the password is never asked for here, it comes
from PostgreSQL's password file. The book is tried before the choice is kept, and a problem
is said in the dialog with everything typed left in place.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services import shared_book
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.widgets.busy_cursor import busy


class SharedBookDialog(QDialog):
    def __init__(self, folder: Path, current: str | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.folder = folder
        self.chosen: str | None = None
        """The address kept when the dialog was accepted; None: the desk's own file."""
        self.setWindowTitle(self.tr("Connect to a shared book"))
        self.host = QLineEdit(objectName="sharedHost", placeholderText="server.local")
        self.port = QSpinBox(objectName="sharedPort", minimum=1, maximum=65535, value=5432)
        self.database = QLineEdit("clientbook", objectName="sharedDatabase")
        self.user = QLineEdit(objectName="sharedUser")
        self.tls = QComboBox(objectName="sharedTls")
        for mode, label in zip(shared_book.TLS_MODES, (
                self.tr("Required, and the server's certificate is checked"),
                self.tr("Required"), self.tr("When the server offers it"), self.tr("Off")),
                strict=True):
            self.tls.addItem(label, mode)
        form = QFormLayout()
        form.addRow(self.tr("&Server:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("&Encryption:"), self.tls)
        note = QLabel(self.tr(
            "ClientBook never asks for or keeps the password: put it in PostgreSQL's password "
            "file (.pgpass) on this computer. The first desk to connect to an empty database "
            "sets it up; a database holding anything else is refused."), wordWrap=True)
        self.problem = QLabel(objectName="sharedProblem", wordWrap=True)
        self.problem.setStyleSheet("color: #a40000;")
        self.problem.hide()
        buttons = QDialogButtonBox()
        self.connect_button = QPushButton(self.tr("Co&nnect"), objectName="sharedConnect")
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.own_button = QPushButton(self.tr("Use this desk's &own book"),
                                      objectName="sharedOwnBook")
        self.own_button.setVisible(current is not None)
        buttons.addButton(self.own_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.own_button.setAutoDefault(False)
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.try_connect)
        self.own_button.clicked.connect(self.use_own_book)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def try_connect(self) -> None:
        """Try the book; keep the choice only when it opens, else say why in the dialog."""
        try:
            address = shared_book.address_of(self.host.text(), self.port.value(),
                                             self.database.text(), self.user.text(),
                                             self.tls.currentData())
            with busy():
                location = shared_book.try_book(self.folder, address)
            shared_book.remember(self.folder, address)
        except (ClientBookError, OSError) as exc:
            self.problem.setText(error_text(exc))
            self.problem.show()
            return
        self.chosen = address
        msgbox.info(self, self.tr("Shared book"), fill(self.tr(
            "This desk opens the shared book %1 from its next start. Close ClientBook and "
            "start it again to work in it."), [location]))
        self.accept()

    def use_own_book(self) -> None:
        shared_book.remember(self.folder, None)
        self.chosen = None
        msgbox.info(self, self.tr("Shared book"), self.tr(
            "This desk opens its own book again from its next start."))
        self.accept()


def connect_shared_book(parent: QWidget, folder: Path, current: str | None) -> None:
    SharedBookDialog(folder, current, parent).exec()

"""A shared book's line to its server, in the main window's status bar while it is down."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMainWindow

from clientbook.services.live import OFFLINE, RECONNECTING
from clientbook.ui.session import Session


class ConnectionStatus(QLabel):
    """Hidden while the desk hears the server; "Reconnecting…" or "Offline — …" otherwise."""

    def __init__(self, session: Session):
        super().__init__(objectName="connectionStatus")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #b00020; font-weight: 600;")
        session.connection_changed.connect(self.show_state)
        self.show_state(session.connection)

    def show_state(self, state: str) -> None:
        if state == RECONNECTING:
            text = self.tr("Reconnecting…")
            tip = self.tr("The connection to the shared book's server was lost; ClientBook "
                          "is connecting again and then shows every desk's changes.")
        elif state == OFFLINE:
            text = self.tr("Offline — changes cannot be saved")
            tip = self.tr("The shared book's server cannot be reached: what you see may be "
                          "out of date and no change can be saved. ClientBook keeps trying "
                          "and shows everything again once it is back.")
        else:
            text = tip = ""
        self.setText(text)
        self.setToolTip(tip)
        self.setAccessibleName(text)
        self.setVisible(bool(text))


def install_connection_status(window: QMainWindow, session: Session) -> ConnectionStatus:
    label = ConnectionStatus(session)
    window.statusBar().addPermanentWidget(label)
    return label

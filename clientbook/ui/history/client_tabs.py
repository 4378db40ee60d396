"""The Clients page's right side: the client's card, and their History in a second tab."""

from __future__ import annotations

from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.history.history_panel import HistoryPanel
from clientbook.ui.session import Session


class ClientTabs(QTabWidget):
    def __init__(self, session: Session, card: BriefingCard, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientTabs")
        self.card = card
        self.history = HistoryPanel(session)
        self.client_id: int | None = None
        self.addTab(card, self.tr("Card"))
        self.addTab(self.history, self.tr("History"))
        self.currentChanged.connect(lambda _i: self.show_client(self.client_id))

    def show_client(self, client_id: int | None) -> None:
        """The History reads the client's history only while its tab shows."""
        self.client_id = client_id
        if self.currentWidget() is self.history and self.history.model.client_id != client_id:
            self.history.show_client(client_id)

    def open_history(self, splitter: QSplitter) -> None:
        """Show the History tab, focused, with the wider share of the page (a wide table)."""
        left, right = splitter.sizes()
        if left + right > 0 and right < (left + right) * 0.65:
            splitter.setSizes([(left + right) * 7 // 20, (left + right) * 13 // 20])
        self.setCurrentWidget(self.history)
        self.show_client(self.client_id)
        self.history.view.setFocus()

"""Today's appointments as a table model: time, client, service, designer, status, badges.

The words of each row are worked out once, when the day is loaded, and kept in Qt's own item
model: a view sizing its rows to their contents asks for every role of every cell dozens of
times (24,000 calls into Python for a dozen appointments at start-up, before).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QStandardItem, QStandardItemModel

from clientbook.domain.care.loyalty import LoyaltyMode
from clientbook.domain.models import AppointmentStatus
from clientbook.domain.words import fill
from clientbook.services.clients.agenda import AgendaItem, Badge
from clientbook.ui.widgets.plain_text import tooltip

COL_TIME, COL_CLIENT, COL_SERVICE, COL_STAFF, COL_STATUS, COL_ATTENTION = range(6)
ItemRole = Qt.ItemDataRole.UserRole
BadgesRole = Qt.ItemDataRole.UserRole + 1
SortRole = Qt.ItemDataRole.UserRole + 2
BadgeKindsRole = Qt.ItemDataRole.UserRole + 3

# Colour family of each badge, for the delegate.
_KIND = {
    Badge.BIRTHDAY_TODAY: "birthday",
    Badge.BIRTHDAY_SOON: "birthday",
    Badge.PROMISE_DUE: "promise",
    Badge.PROMISE_OVERDUE: "overdue",
    Badge.REWARD_DUE: "reward",
    Badge.REWARD_NEXT: "reward",
    Badge.DESIGNER_DIFFERS: "designer",
    Badge.CAUTION: "caution",
}

_GREYED = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.DONE)
_FLAGS = (Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
          | Qt.ItemFlag.ItemNeverHasChildren)


class TodayModel(QStandardItemModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(0, 6, parent)
        self._items: list[AgendaItem] = []
        self.setHorizontalHeaderLabels([
            self.tr("Time"), self.tr("Client"), self.tr("Service"), self.tr("Designer"),
            self.tr("Status"), self.tr("Needs attention")])

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.blockSignals(True)  # one reset, not a signal per cell
        try:
            self.setRowCount(0)
            self._items = list(items)
            for row, item in enumerate(self._items):
                self.insertRow(row, self._cells(item))
        finally:
            self.blockSignals(False)
        self.endResetModel()

    def _cells(self, item: AgendaItem) -> list[QStandardItem]:
        appt = item.appointment
        words = [self.badge_text(b, item) for b in item.badges]
        texts = (appt.starts_at.strftime("%H:%M"), item.client_name, appt.service,
                 item.staff_name, self.status_text(appt.status), " · ".join(words))
        # Compact pills: a caution's detail is in the tooltip and card.
        pills = [w.split(" (")[0] if b == Badge.CAUTION else w
                 for b, w in zip(item.badges, words, strict=True)]
        kinds = [_KIND[b] for b in item.badges]
        cells = []
        for col, text in enumerate(texts):
            cell = QStandardItem(text)
            cell.setFlags(_FLAGS)
            cell.setData(item, ItemRole)
            cell.setData(pills, BadgesRole)
            cell.setData(kinds, BadgeKindsRole)
            cell.setData(appt.starts_at.isoformat() if col == COL_TIME else text, SortRole)
            if appt.status == AppointmentStatus.CANCELLED:
                cell.setFont(self._struck())
            if appt.status in _GREYED:
                cell.setForeground(QColor("#7a7f87"))
            cells.append(cell)
        if words:  # caution texts are user text: shown literally, never as HTML
            cells[COL_ATTENTION].setToolTip(tooltip("\n".join(words)))
        return cells

    @staticmethod
    def _struck() -> QFont:
        font = QFont()
        font.setStrikeOut(True)
        return font

    def item(self, row: int) -> AgendaItem | None:  # type: ignore[override]
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def status_text(self, status: AppointmentStatus) -> str:
        return {
            AppointmentStatus.BOOKED: self.tr("Booked"),
            AppointmentStatus.ARRIVED: self.tr("Arrived"),
            AppointmentStatus.DONE: self.tr("Done"),
            AppointmentStatus.CANCELLED: self.tr("Cancelled"),
            AppointmentStatus.NO_SHOW: self.tr("No-show"),
        }[status]

    def badge_text(self, badge: Badge, item: AgendaItem) -> str:
        if badge == Badge.CAUTION and item.cautions:
            return fill(self.tr("Avoid: %1"), [item.cautions[0]])
        reward = item.reward
        if reward and reward.rule.mode == LoyaltyMode.VISITS and badge == Badge.REWARD_DUE:
            return fill(self.tr("Reward due: visit %1"), [reward.visit_number])
        if reward and reward.rule.mode == LoyaltyMode.SPEND and badge == Badge.REWARD_NEXT:
            return self.tr("Close to a reward")
        return {
            Badge.BIRTHDAY_TODAY: self.tr("Birthday today"),
            Badge.BIRTHDAY_SOON: self.tr("Birthday soon"),
            Badge.PROMISE_DUE: self.tr("Promise due"),
            Badge.PROMISE_OVERDUE: self.tr("Promise overdue"),
            Badge.REWARD_DUE: self.tr("Reward due"),
            Badge.REWARD_NEXT: self.tr("1 visit to a reward"),
            Badge.DESIGNER_DIFFERS: self.tr("Other designer"),
            Badge.CAUTION: self.tr("Caution"),
        }[badge]

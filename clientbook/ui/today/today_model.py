"""Today's appointments as a table model: time, client, service, designer, status, badges."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

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

_Index = QModelIndex | QPersistentModelIndex


class TodayModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[AgendaItem] = []

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> AgendaItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def items(self) -> list[AgendaItem]:
        return list(self._items)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        col, appt = index.column(), item.appointment
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                COL_TIME: appt.starts_at.strftime("%H:%M"),
                COL_CLIENT: item.client_name,
                COL_SERVICE: appt.service,
                COL_STAFF: item.staff_name,
                COL_STATUS: self.status_text(appt.status),
                COL_ATTENTION: " · ".join(self.badge_text(b, item) for b in item.badges),
            }[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_ATTENTION and item.badges:
            # Caution texts are user text: shown literally, never as HTML.
            return tooltip("\n".join(self.badge_text(b, item) for b in item.badges))
        if role == ItemRole:
            return item
        if role == BadgesRole:  # compact pills: a caution's detail is in the tooltip and card
            return [self.badge_text(b, item).split(" (")[0] if b == Badge.CAUTION
                    else self.badge_text(b, item) for b in item.badges]
        if role == BadgeKindsRole:
            return [_KIND[b] for b in item.badges]
        if role == SortRole:
            return appt.starts_at.isoformat() if col == COL_TIME else self.data(index)
        if role == Qt.ItemDataRole.FontRole and appt.status == AppointmentStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and appt.status in (
            AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.DONE
        ):
            return QColor("#7a7f87")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 6:
            return None
        return [self.tr("Time"), self.tr("Client"), self.tr("Service"), self.tr("Designer"),
                self.tr("Status"), self.tr("Needs attention")][section]

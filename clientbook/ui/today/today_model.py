"""Today's appointments as a table model: time, client, service, designer, status, badges.

The words of each row are worked out once, when the day is loaded: a view sizing its rows to
their contents asks for every role of every cell many times (thousands of calls for a dozen
appointments at start-up), and each answer must then be a look-up.
"""

from __future__ import annotations

from dataclasses import dataclass

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

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_ITEM, _BADGES, _SORT, _BADGE_KINDS = (int(r) for r in (ItemRole, BadgesRole, SortRole,
                                                         BadgeKindsRole))
_GREYED = (AppointmentStatus.CANCELLED, AppointmentStatus.NO_SHOW, AppointmentStatus.DONE)


@dataclass(frozen=True)
class _Row:
    """One appointment's answers, by role."""

    item: AgendaItem
    texts: tuple[str, ...]  # by column
    tooltip: str | None  # of the attention column
    pills: list[str]
    kinds: list[str]


class TodayModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[AgendaItem] = []
        self._rows: list[_Row] = []
        self._struck: QFont | None = None
        self._grey: QColor | None = None

    def set_items(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self._rows = [self._row(item) for item in self._items]
        self.endResetModel()

    def _row(self, item: AgendaItem) -> _Row:
        appt = item.appointment
        words = [self.badge_text(b, item) for b in item.badges]
        texts = (appt.starts_at.strftime("%H:%M"), item.client_name, appt.service,
                 item.staff_name, self.status_text(appt.status), " · ".join(words))
        # Caution texts are user text: shown literally, never as HTML.
        tip = tooltip("\n".join(words)) if words else None
        # Compact pills: a caution's detail is in the tooltip and card.
        pills = [w.split(" (")[0] if b == Badge.CAUTION else w
                 for b, w in zip(item.badges, words, strict=True)]
        return _Row(item, texts, tip, pills, [_KIND[b] for b in item.badges])

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
        row = index.row() if index.isValid() else -1
        if not 0 <= row < len(self._rows):
            return None
        answers, col, role = self._rows[row], index.column(), int(role)
        if role == _DISPLAY:
            return answers.texts[col]
        if role == _TOOLTIP:
            return answers.tooltip if col == COL_ATTENTION else None
        if role == _ITEM:
            return answers.item
        if role == _BADGES:
            return answers.pills
        if role == _BADGE_KINDS:
            return answers.kinds
        if role == _SORT:
            return (answers.item.appointment.starts_at.isoformat() if col == COL_TIME
                    else answers.texts[col])
        status = answers.item.appointment.status
        if role == _FONT and status == AppointmentStatus.CANCELLED:
            if self._struck is None:
                self._struck = QFont()
                self._struck.setStrikeOut(True)
            return self._struck
        if role == _FOREGROUND and status in _GREYED:
            if self._grey is None:
                self._grey = QColor("#7a7f87")
            return self._grey
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < 6:
            return None
        return [self.tr("Time"), self.tr("Client"), self.tr("Service"), self.tr("Designer"),
                self.tr("Status"), self.tr("Needs attention")][section]

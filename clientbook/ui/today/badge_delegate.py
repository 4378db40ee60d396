"""Paints a row's "needs attention" badges as small rounded pills."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from clientbook.ui.today.today_model import BadgesRole

_PAD_X, _GAP = 6, 4
# (background, text) by the badge text's first word, so colour is never the only cue.
_COLOURS = {
    "caution": ("#fbe3d6", "#8a3209"),
    "birthday": ("#fdf0c4", "#6b4e00"),
    "promise": ("#dbe9fb", "#123f7a"),
    "overdue": ("#c81e1e", "#ffffff"),
    "reward": ("#dcf5e3", "#14532d"),
}
_DEFAULT = ("#e6e9ee", "#2d333b")


def _colours(kind: str) -> tuple[str, str]:
    return _COLOURS.get(kind, _DEFAULT)


class BadgeDelegate(QStyledItemDelegate):
    def __init__(self, kinds_role: int, parent=None):
        super().__init__(parent)
        self.kinds_role = kinds_role

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        texts = index.data(BadgesRole) or []
        kinds = index.data(self.kinds_role) or ["" for _ in texts]
        style = option.widget.style() if option.widget else None
        if style is not None:
            plain = QStyleOptionViewItem(option)
            self.initStyleOption(plain, index)
            plain.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, plain, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        height = metrics.height() + 4
        x = option.rect.x() + _GAP
        y = option.rect.y() + (option.rect.height() - height) / 2
        for text, kind in zip(texts, kinds, strict=False):
            width = metrics.horizontalAdvance(text) + 2 * _PAD_X
            if x + width > option.rect.right():
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                          max(0, option.rect.right() - x - 2 * _PAD_X))
                width = metrics.horizontalAdvance(text) + 2 * _PAD_X
                if width <= 2 * _PAD_X + 4:
                    break
            background, foreground = _colours(kind)
            rect = QRectF(x, y, width, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(background))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor(foreground))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
            x += width + _GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        texts = index.data(BadgesRole) or []
        metrics = QFontMetrics(option.font)
        width = sum(metrics.horizontalAdvance(t) + 2 * _PAD_X + _GAP for t in texts) + _GAP
        return QSize(max(width, 80), metrics.height() + 12)

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
    """Pills that wrap onto more lines when the column is narrow: a caution is never hidden.

    The column asks for at most `WRAP_CHARS` average characters, so at 1024 px it keeps its
    place beside the client's name and the pills flow onto a second line instead.
    """

    WRAP_CHARS = 26

    def __init__(self, kinds_role: int, parent=None):
        super().__init__(parent)
        self.kinds_role = kinds_role

    @staticmethod
    def lines(texts: list[str], width: int, metrics: QFontMetrics) -> list[list[tuple[str, int]]]:
        """(text, pill width) per line; a pill wider than the whole line is shortened."""
        rows: list[list[tuple[str, int]]] = [[]]
        x = _GAP
        for text in texts:
            pill = metrics.horizontalAdvance(text) + 2 * _PAD_X
            if rows[-1] and x + pill > width:
                rows.append([])
                x = _GAP
            if x + pill > width:
                text = metrics.elidedText(text, Qt.TextElideMode.ElideRight,
                                          max(0, width - x - 2 * _PAD_X))
                pill = metrics.horizontalAdvance(text) + 2 * _PAD_X
            rows[-1].append((text, pill))
            x += pill + _GAP
        return rows

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        texts = index.data(BadgesRole) or []
        kinds = iter(index.data(self.kinds_role) or ["" for _ in texts])
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
        rows = self.lines(texts, option.rect.width(), metrics)
        y = option.rect.y() + (option.rect.height() - len(rows) * (height + _GAP) + _GAP) / 2
        for row in rows:
            x = option.rect.x() + _GAP
            for text, width in row:
                background, foreground = _colours(next(kinds, ""))
                rect = QRectF(x, y, width, height)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(background))
                painter.drawRoundedRect(rect, height / 2, height / 2)
                painter.setPen(QColor(foreground))
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
                x += width + _GAP
            y += height + _GAP
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem,
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        texts = index.data(BadgesRole) or []
        metrics = QFontMetrics(option.font)
        natural = sum(metrics.horizontalAdvance(t) + 2 * _PAD_X + _GAP for t in texts) + _GAP
        widest = max((metrics.horizontalAdvance(t) + 2 * _PAD_X + 2 * _GAP for t in texts),
                     default=0)
        width = min(natural, max(widest, metrics.averageCharWidth() * self.WRAP_CHARS))
        view = option.widget
        if hasattr(view, "columnWidth") and view.columnWidth(index.column()) > 0:
            rows = len(self.lines(texts, view.columnWidth(index.column()), metrics))
        else:
            rows = len(self.lines(texts, width, metrics))
        height = rows * (metrics.height() + 4 + _GAP) - _GAP + 8
        return QSize(max(width, 80), max(height, metrics.height() + 12))

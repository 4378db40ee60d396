"""Painting the day view: columns with working hours, the time rows, booking boxes and
their attention marks. Plain functions over the grid; the view decides what and when."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen, QPolygonF

from clientbook.ui.calendar.day_grid import STEP, Block, Grid

# (fill, border, text) per status; a cancelled or missed booking is also struck through.
_STATUS_COLOURS = {
    "booked": ("#dbe9fb", "#3b7dd8", "#0f2f5c"),
    "arrived": ("#d6f2df", "#2e9b55", "#0f3d22"),
    "done": ("#eceef1", "#8a929c", "#2d333b"),
    "cancelled": ("#f6f6f6", "#c4c8cd", "#6a717a"),
    "no_show": ("#fbe3e3", "#c84a4a", "#6b1414"),
}
# Badge kind -> colour of its mark; each kind also has its own shape.
_MARKS = {"birthday": "#d69e00", "promise": "#3b7dd8", "overdue": "#c81e1e",
          "reward": "#2e9b55", "designer": "#7a4fc4", "caution": "#d2571b"}


def paint_columns(p: QPainter, g: Grid, metrics: QFontMetrics) -> None:
    """Each designer's column: shaded outside their hours, their name on top."""
    shade = QColor("#eef0f3")
    top, bottom = g.y_of(g.first_minute), g.y_of(g.last_minute)
    for i, column in enumerate(g.columns):
        x, w = g.x_of(i), g.column_width
        p.fillRect(QRectF(x, top, w, bottom - top), shade)
        for start, end in column.open_spans:
            a, b = max(start, g.first_minute), min(end, g.last_minute)
            if b > a:
                p.fillRect(QRectF(x, g.y_of(a), w, g.y_of(b) - g.y_of(a)), QColor("#ffffff"))
        p.setPen(QColor("#1f2328"))
        name = metrics.elidedText(column.name, Qt.TextElideMode.ElideRight, int(w) - 8)
        p.drawText(QRectF(x + 4, 0, w - 8, g.header), Qt.AlignmentFlag.AlignVCenter
                   | Qt.AlignmentFlag.AlignHCenter, name)
        p.setPen(QColor("#c9ced4"))
        p.drawLine(QPointF(x, 0), QPointF(x, bottom))


def paint_rows(p: QPainter, g: Grid) -> None:
    """The 15-minute lines, darker on the hour, with the hour in the gutter."""
    right = g.x_of(len(g.columns))
    p.setPen(QColor("#c9ced4"))
    p.drawLine(QPointF(0, g.header), QPointF(right, g.header))
    for minute in range(g.first_minute, g.last_minute + 1, STEP):
        y = g.y_of(minute)
        hour = minute % 60 == 0
        p.setPen(QColor("#c9ced4" if hour else "#eceef1"))
        p.drawLine(QPointF(g.gutter if not hour else g.gutter - 6, y), QPointF(right, y))
        if hour and minute < g.last_minute:
            p.setPen(QColor("#5b636d"))
            p.drawText(QRectF(0, y, g.gutter - 8, g.row_height * 2),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                       f"{minute // 60:02d}:00")


def paint_block(p: QPainter, metrics: QFontMetrics, block: Block, rect: QRectF, first: str,
                second: str, marks: float, chosen: bool = False) -> None:
    """A booking: its box in the status's colours, its lines, struck through when gone."""
    fill, border, ink = _STATUS_COLOURS.get(block.status, _STATUS_COLOURS["booked"])
    p.setPen(QPen(QColor("#1f2328" if chosen else border), 2.5 if chosen else 1))
    p.setBrush(QColor(fill))
    p.drawRoundedRect(rect, 4, 4)
    p.setPen(QColor(ink))
    line = metrics.height()
    inner = rect.adjusted(5, 2, -4, -2)
    if block.badges:
        paint_marks(p, block, inner)
    p.drawText(QRectF(inner.x(), inner.y(), inner.width() - marks, line),
               Qt.AlignmentFlag.AlignLeft, first)
    if second:
        p.drawText(QRectF(inner.x(), inner.y() + line, inner.width(), line),
                   Qt.AlignmentFlag.AlignLeft, second)
    if block.status in ("cancelled", "no_show"):
        y = inner.y() + line / 2
        p.drawLine(QPointF(inner.x(), y), QPointF(inner.x() + min(
            metrics.horizontalAdvance(first), inner.width() - marks), y))


def paint_marks(p: QPainter, block: Block, inner: QRectF) -> float:
    """The attention marks, right-aligned on the first line; each kind its own shape."""
    size = 9.0
    x = inner.right() - size
    y = inner.y() + 3
    p.save()
    for kind in reversed(block.badges):
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor(_MARKS.get(kind, "#5b636d")))
        box = QRectF(x, y, size, size)
        if kind == "birthday":
            p.drawEllipse(box)
        elif kind in ("promise", "overdue"):
            p.drawRect(box)
        elif kind == "caution":
            p.drawPolygon(QPolygonF([QPointF(x + size / 2, y), QPointF(x + size, y + size),
                                     QPointF(x, y + size)]))
        elif kind == "reward":
            p.drawPolygon(QPolygonF([QPointF(x + size / 2, y), QPointF(x + size, y + size / 2),
                                     QPointF(x + size / 2, y + size),
                                     QPointF(x, y + size / 2)]))
        else:
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(QPen(QColor(_MARKS.get(kind, "#5b636d")), 2))
            p.drawEllipse(box.adjusted(1, 1, -1, -1))
        x -= size + 3
    p.restore()
    return inner.right() - x - size

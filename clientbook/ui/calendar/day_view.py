"""One day, a column per designer: paints the grid and bookings, and turns mouse and keys
into requests (create, move, resize, select, cancel) that the Calendar page carries out."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from clientbook.ui.calendar.day_grid import STEP, Block, Column, Grid, lay_out_lanes, paint_order
from clientbook.ui.calendar.day_painting import paint_block, paint_columns, paint_rows

EDGE = 6  # pixels at a block's bottom that resize instead of move
class DayView(QWidget):
    """Signals carry what the person asked for; nothing is written here."""

    selected = Signal(object)  # the selected Block, or None
    createRequested = Signal(object, object, int)  # staff_id, start, minutes (0: default)
    moveRequested = Signal(int, object, object, int)  # id, start, staff_id, minutes
    cancelRequested = Signal(int)
    menuRequested = Signal(object, object)  # Block, global QPoint
    dayRequested = Signal(int)  # -1 previous day, +1 next day, 0 today

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dayView")
        self.setAccessibleName(self.tr("Day calendar"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.grid = Grid(date.today(), [])
        self.blocks: list[Block] = []
        self.now: datetime | None = None
        self.selected_id: int | None = None
        self.empty_text = ""
        self.row_height = 14  # pixels per 15 minutes; Ctrl++ and Ctrl+- zoom
        self.describe: Callable[[Block], str] | None = None  # a booking's tooltip, on demand
        self._drag: dict | None = None  # what the mouse is doing, while a button is down
        # Per booking, what painting needs (its rectangle, its lines already elided): worked
        # out when the day or the width changes, so a repaint only draws.
        self._layout: list[tuple[Block, QRectF, str, str, float]] = []
        self.setMinimumWidth(320)

    # Content --------------------------------------------------------------------------
    def show_day(self, day: date, columns: list[Column], blocks: list[Block],
                 now: datetime, first_minute: int, last_minute: int) -> None:
        self.grid = Grid(day, columns, first_minute, last_minute, width=max(self.width(), 320),
                         row_height=self.row_height)
        self.blocks = blocks
        self.grid.lanes = lay_out_lanes(blocks)
        self.now = now
        if self.selected_id is not None and self.block(self.selected_id) is None:
            self.selected_id = None
        # Narrow columns scroll sideways rather than squeeze bookings to nothing.
        self.setMinimumSize(self.grid.gutter + 110 * max(1, len(columns)), self.grid.height)
        self._lay_out()
        self.updateGeometry()
        self.update()

    def _lay_out(self) -> None:
        metrics = QFontMetrics(self.font())
        self._layout = []
        for block in paint_order(self.blocks):
            r = self.grid.rect(block)
            if r is None:
                continue
            rect = QRectF(*r)
            inner = rect.adjusted(5, 2, -4, -2)
            marks = len(block.badges) * 12.0
            width = int(inner.width() - marks)
            start, end = block.start, block.end
            text = (f"{start.hour:02d}:{start.minute:02d}–{end.hour:02d}:{end.minute:02d}  "
                    f"{block.client}")
            first = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
            second = ""
            if block.service and inner.height() >= 2 * metrics.height():
                second = metrics.elidedText(block.service, Qt.TextElideMode.ElideRight,
                                            int(inner.width()))
            self._layout.append((block, rect, first, second, marks))

    def zoom(self, steps: int) -> None:
        """Taller or shorter rows (10 to 40 pixels per 15 minutes), the day kept as it is."""
        self.row_height = max(10, min(40, self.row_height + 4 * steps))
        g = self.grid
        self.show_day(g.day, g.columns, self.blocks, self.now or datetime.now(),
                      g.first_minute, g.last_minute)

    def block(self, block_id: int | None) -> Block | None:
        return next((b for b in self.blocks if b.id == block_id), None)

    def select(self, block_id: int | None) -> None:
        self.selected_id = block_id
        self.update()
        self.selected.emit(self.block(block_id))

    def sizeHint(self) -> QSize:
        return QSize(720, self.grid.height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.grid.width = event.size().width()
        self._lay_out()
        super().resizeEvent(event)

    def block_rect(self, block_id: int) -> QRectF | None:
        block = self.block(block_id)
        r = self.grid.rect(block) if block else None
        return QRectF(*r) if r else None

    def point_of(self, staff_id: int | None, moment: datetime) -> QPointF:
        """The middle of the row at `moment` in this designer's column (for tests, keys)."""
        g = self.grid
        column = g.column_of(staff_id) or 0
        return QPointF(g.x_of(column) + g.column_width / 2,
                       g.y_of(g.minutes_of(moment)) + g.row_height / 2)

    # Painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        g = self.grid
        painter.fillRect(self.rect(), QColor("#ffffff"))
        metrics = QFontMetrics(self.font())
        paint_columns(painter, g, metrics)
        paint_rows(painter, g)
        exposed = QRectF(event.rect())
        for laid_out in self._layout:
            if laid_out[1].intersects(exposed):
                paint_block(painter, metrics, *laid_out, chosen=laid_out[0].id == self.selected_id)
        self._paint_ghost(painter)
        self._paint_now(painter)
        if not g.columns and self.empty_text:
            painter.setPen(QColor("#5b636d"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
        painter.end()

    def _paint_ghost(self, p: QPainter) -> None:
        ghost = self._ghost()
        if ghost is None:
            return
        path = QPainterPath()
        path.addRoundedRect(ghost, 4, 4)
        p.setPen(QPen(QColor("#3b7dd8"), 1.5, Qt.PenStyle.DashLine))
        p.setBrush(QColor(59, 125, 216, 50))
        p.drawPath(path)

    def _paint_now(self, p: QPainter) -> None:
        g = self.grid
        if self.now is None or self.now.date() != g.day:
            return
        minute = g.minutes_of(self.now)
        if not g.first_minute <= minute <= g.last_minute:
            return
        y = g.y_of(minute) + (self.now.minute % STEP) * g.row_height / STEP
        p.setPen(QPen(QColor("#d22f2f"), 2))
        p.drawLine(QPointF(g.gutter - 4, y), QPointF(g.x_of(len(g.columns)), y))

    # Mouse ----------------------------------------------------------------------------
    def _hit(self, pos: QPointF) -> tuple[Block | None, bool]:
        block = self.grid.block_at(self.blocks, pos.x(), pos.y())
        if block is None:
            return None, False
        r = self.grid.rect(block)
        return block, r is not None and pos.y() >= r[1] + r[3] - EDGE

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus()
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        block, edge = self._hit(pos)
        if block is not None:
            self.select(block.id)
            movable = block.status in ("booked", "arrived")
            self._drag = {"mode": ("resize" if edge else "move") if movable else "none",
                          "block": block, "from": pos, "at": pos}
        elif self.grid.column_at(pos.x()) is not None and pos.y() > self.grid.header:
            self.select(None)
            self._drag = {"mode": "create", "from": pos, "at": pos}

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self._drag is None:
            block, edge = self._hit(pos)
            shape = (Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.OpenHandCursor
                     if block else Qt.CursorShape.ArrowCursor)
            self.setCursor(shape)
            return
        self._drag["at"] = pos
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        drag["at"] = event.position()
        self.update()
        if (drag["at"] - drag["from"]).manhattanLength() < 4:
            return  # a click: it selected, nothing more
        self._finish(drag)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        block, _ = self._hit(pos)
        column = self.grid.column_at(pos.x())
        if block is None and column is not None and pos.y() > self.grid.header:
            self._drag = None
            g = self.grid
            self.createRequested.emit(g.columns[column].staff_id, g.at(g.minute_at(pos.y())), 0)

    def _finish(self, drag: dict) -> None:
        target = self._target(drag)
        if target is None:
            return
        start, staff_id, minutes = target
        if drag["mode"] == "create":
            self.createRequested.emit(staff_id, start, minutes)
        elif drag["mode"] in ("move", "resize"):
            block: Block = drag["block"]
            if (start, staff_id, minutes) != (block.start, block.staff_id, block.minutes):
                self.moveRequested.emit(block.id, start, staff_id, minutes)

    def _target(self, drag: dict) -> tuple[datetime, int | None, int] | None:
        """Where the drag would put the booking: (start, staff_id, minutes)."""
        g = self.grid
        a, b = drag["from"], drag["at"]
        if drag["mode"] == "create":
            column = g.column_at(a.x())
            if column is None:
                return None
            low, high = sorted((g.minute_at(a.y()), g.minute_at(b.y())))
            return g.at(low), g.columns[column].staff_id, high - low + STEP
        block: Block | None = drag.get("block")
        if block is None or drag["mode"] == "none":
            return None
        rows = round((b.y() - a.y()) / g.row_height)
        if drag["mode"] == "resize":
            return block.start, block.staff_id, max(STEP, block.minutes + rows * STEP)
        column = g.column_at(b.x())
        staff_id = g.columns[column].staff_id if column is not None else block.staff_id
        return block.start + timedelta(minutes=rows * STEP), staff_id, block.minutes

    def _ghost(self) -> QRectF | None:
        if self._drag is None or (self._drag["at"] - self._drag["from"]).manhattanLength() < 4:
            return None
        target = self._target(self._drag)
        if target is None:
            return None
        start, staff_id, minutes = target
        ghost = Block(-1, 0, staff_id, start, minutes, "", "", "booked")
        r = self.grid.rect(ghost)
        return QRectF(*r) if r else None

    # Keys, menu and tooltips ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = mods & Qt.KeyboardModifier.AltModifier
        if key == Qt.Key.Key_PageUp or (alt and key == Qt.Key.Key_Left):
            self.dayRequested.emit(-1)
        elif key == Qt.Key.Key_PageDown or (alt and key == Qt.Key.Key_Right):
            self.dayRequested.emit(1)
        elif key == Qt.Key.Key_Home and alt:
            self.dayRequested.emit(0)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right) and (
                mods & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)):
            self._nudge_selected(key, bool(mods & Qt.KeyboardModifier.ShiftModifier))
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Right):
            self._step_selection(key)
        elif mods & Qt.KeyboardModifier.ControlModifier and key in (
                Qt.Key.Key_Plus, Qt.Key.Key_Equal, Qt.Key.Key_Minus):
            self.zoom(1 if key != Qt.Key.Key_Minus else -1)
        elif key == Qt.Key.Key_Delete and self.selected_id is not None:
            self.cancelRequested.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def _nudge_selected(self, key: int, resize: bool) -> None:
        """The keyboard's drag: Ctrl+Up/Down move the selected booking 15 minutes,
        Ctrl+Left/Right to the designer beside; Shift+Up/Down make it 15 minutes shorter or
        longer."""
        block = self.block(self.selected_id)
        if block is None or block.status not in ("booked", "arrived"):
            return
        later = 1 if key in (Qt.Key.Key_Down, Qt.Key.Key_Right) else -1
        start, staff_id, minutes = block.start, block.staff_id, block.minutes
        if resize and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            minutes = max(STEP, minutes + later * STEP)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            start += timedelta(minutes=later * STEP)
        else:
            column = (self.grid.column_of(staff_id) or 0) + later
            if not 0 <= column < len(self.grid.columns):
                return
            staff_id = self.grid.columns[column].staff_id
        if (start, staff_id, minutes) != (block.start, block.staff_id, block.minutes):
            self.moveRequested.emit(block.id, start, staff_id, minutes)

    def _step_selection(self, key: int) -> None:
        """Up/Down: the previous/next booking in time; Left/Right: the nearest in time in
        the column beside."""
        order = sorted(self.blocks, key=lambda b: (b.start, self.grid.column_of(b.staff_id) or 0,
                                                   b.id))
        if not order:
            return
        current = self.block(self.selected_id)
        if current is None:
            self.select(order[0].id)
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            i = order.index(current) + (1 if key == Qt.Key.Key_Down else -1)
            self.select(order[max(0, min(len(order) - 1, i))].id)
            return
        column = (self.grid.column_of(current.staff_id) or 0) + (
            1 if key == Qt.Key.Key_Right else -1)
        beside = [b for b in order if self.grid.column_of(b.staff_id) == column]
        if beside:
            nearest = min(beside, key=lambda b: abs((b.start - current.start).total_seconds()))
            self.select(nearest.id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Mouse:
            block, _ = self._hit(QPointF(event.pos()))
            if block is not None:
                self.select(block.id)
        else:
            block = self.block(self.selected_id)
            r = self.block_rect(block.id) if block else None
            if r is not None:
                event = QContextMenuEvent(event.reason(), r.center().toPoint(),
                                          self.mapToGlobal(r.center().toPoint()))
        if block is not None:
            self.menuRequested.emit(block, event.globalPos())

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            block, _ = self._hit(QPointF(event.pos()))
            text = "" if block is None else block.tooltip or (
                self.describe(block) if self.describe else "")
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

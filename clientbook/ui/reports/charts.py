"""Small charts drawn with QPainter for the Reports page and its PDF (QtCharts is deprecated).

Each chart is a plain widget whose `paintEvent` calls `render(painter, rect)`; the PDF calls the
same `render` on its own painter, so screen and paper show one drawing. Colour is never the only
cue: every series also has its own fill pattern, and the legend names it, so the charts read in
black-and-white print too. All text is given by the caller (already translated).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

AXIS = QColor("#52606d")
GRID = QColor("#e4e7eb")
TEXT = QColor("#1f2933")


@dataclass(frozen=True)
class Series:
    """One row of values and how it looks: a fill colour plus a pattern drawn over it."""

    name: str
    values: list[float]
    colour: str
    pattern: Qt.BrushStyle = Qt.BrushStyle.NoBrush


# The looks the page uses: dark solid, light hatched, mid cross-hatched.
LOST = ("#b4441b", Qt.BrushStyle.NoBrush)
WON = ("#9fd3df", Qt.BrushStyle.BDiagPattern)
NEW = ("#2f6f95", Qt.BrushStyle.NoBrush)
REPEAT = ("#2f6f95", Qt.BrushStyle.NoBrush)
FIRST = ("#f2c88f", Qt.BrushStyle.FDiagPattern)


# The value axis reaches a little above the tallest bar, so its label has room.
HEADROOM = 1.12


def nice_top(value: float) -> tuple[float, float]:
    """An axis top at or above `value` and a tick step, both round numbers (1, 2, 5 × 10ⁿ)."""
    if value <= 0:
        return 1.0, 1.0
    rough = value / 4
    magnitude = 10 ** math.floor(math.log10(rough))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= rough)
    if value < 4:
        step = 1.0
    return math.ceil(value / step) * step, step


def fill_bar(painter: QPainter, rect: QRectF, colour: str, pattern: Qt.BrushStyle) -> None:
    """A bar (or legend swatch): the colour, the series' pattern over it, a dark outline."""
    painter.fillRect(rect, QColor(colour))
    if pattern != Qt.BrushStyle.NoBrush:
        brush = QBrush(QColor("#1f2933"), pattern)
        painter.fillRect(rect, brush)
    painter.setPen(QPen(QColor("#1f2933"), 0.8))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


class Chart(QWidget):
    """Title, legend, axes and the category labels; subclasses draw the bars."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.title = ""
        self.categories: list[str] = []
        self.series: list[Series] = []
        self.empty_text = ""
        self.value_labels: list[tuple[str, QRectF]] = []
        self.setMinimumSize(220, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(360, 220)

    def set_data(self, title: str, categories: list[str], series: list[Series],
                 empty_text: str = "") -> None:
        self.title = title
        self.categories = list(categories)
        self.series = list(series)
        self.empty_text = empty_text
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
        """The chart in words, for screen readers: "Nov 2026: Lost 3, Won back 1; …"."""
        parts = []
        for i, category in enumerate(self.categories):
            values = ", ".join(f"{s.name} {self.value_text(s.values[i])}" for s in self.series
                               if i < len(s.values))
            parts.append(f"{category}: {values}")
        return "; ".join(parts)

    def value_text(self, value: float) -> str:
        return f"{value:g}"

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), QColor("#ffffff"))
            self.render(painter, QRectF(self.rect()))
        finally:
            painter.end()

    # Drawing --------------------------------------------------------------------------
    def _font(self, points: float, bold: bool = False) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(points)
        font.setBold(bold)
        return font

    def render(self, painter: QPainter, rect: QRectF) -> None:
        """Draw the whole chart into `rect` of any painter (widget, image or PDF page)."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        area = QRectF(rect).adjusted(6, 4, -6, -4)
        title_font, small = self._font(9.5, bold=True), self._font(8)
        painter.setFont(title_font)
        painter.setPen(TEXT)
        # A long (Spanish) title wraps onto a second line rather than losing its end.
        flags = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap
        title = QFontMetricsF(title_font).boundingRect(
            QRectF(area.left(), area.top(), area.width(), area.height()), flags, self.title)
        painter.drawText(QRectF(area.left(), area.top(), area.width(), title.height()), flags,
                         self.title)
        self.value_labels: list[tuple[str, QRectF]] = []  # what _bars wrote, for tests
        area.setTop(area.top() + title.height() + 2)
        painter.setFont(small)
        area.setTop(self._legend(painter, area, small) + 4)
        if not self.categories or area.height() < 40 or area.width() < 60:
            painter.setPen(AXIS)
            painter.drawText(area, Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.empty_text)
            painter.restore()
            return
        self._plot(painter, area, small)
        painter.restore()

    def _legend(self, painter: QPainter, area: QRectF, font: QFont) -> float:
        """Swatches with names, wrapping onto more lines; returns the y below the legend."""
        metrics = QFontMetricsF(font)
        box = metrics.height() * 0.9
        x, y = area.left(), area.top()
        for s in self.series:
            width = box + 4 + metrics.horizontalAdvance(s.name) + 14
            if x > area.left() and x + width > area.right():
                x, y = area.left(), y + metrics.height() + 2
            fill_bar(painter, QRectF(x, y + (metrics.height() - box) / 2, box, box),
                     s.colour, s.pattern)
            painter.setPen(TEXT)
            painter.drawText(QRectF(x + box + 4, y, width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, s.name)
            x += width
        return y + metrics.height()

    def _axis_labels(self) -> tuple[float, float, list[str]]:
        """Top of the value axis, its step, and the tick labels."""
        raise NotImplementedError

    def _plot(self, painter: QPainter, area: QRectF, font: QFont) -> None:
        metrics = QFontMetricsF(font)
        top, step, ticks = self._axis_labels()
        left = max(metrics.horizontalAdvance(t) for t in ticks) + 6
        label_h = metrics.height()
        plot = QRectF(area.left() + left, area.top() + label_h / 2,
                      area.width() - left - 2, area.height() - label_h * 1.5 - 4)
        if plot.height() < 20:
            return
        for i, tick in enumerate(ticks):
            y = plot.bottom() - plot.height() * (i * step) / top
            painter.setPen(QPen(GRID if i else AXIS, 0))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(AXIS)
            painter.drawText(QRectF(area.left(), y - label_h / 2, left - 5, label_h),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, tick)
        painter.setPen(QPen(AXIS, 0))
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        slot = plot.width() / len(self.categories)
        label_w = max(metrics.horizontalAdvance(c) for c in self.categories) + 6
        every = max(1, math.ceil(label_w / slot)) if slot > 0 else 1
        for i, category in enumerate(self.categories):
            x = plot.left() + slot * i
            self._bars(painter, QRectF(x + slot * 0.15, plot.top(), slot * 0.7, plot.height()),
                       i, top, metrics)
            if i % every == 0:
                painter.setPen(AXIS)
                painter.drawText(QRectF(x + slot / 2 - slot * every / 2, plot.bottom() + 2,
                                        slot * every, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                                 category)

    def _bars(self, painter: QPainter, slot: QRectF, index: int, top: float,
              metrics: QFontMetricsF) -> None:
        raise NotImplementedError


class BarChart(Chart):
    """Side-by-side bars per category, one per series (counts: lost, won back, new clients)."""

    def _axis_labels(self) -> tuple[float, float, list[str]]:
        most = max((v for s in self.series for v in s.values), default=0.0)
        top, step = nice_top(most * HEADROOM)  # room above the tallest bar for its value
        count = round(top / step)
        return top, step, [self.value_text(step * i) for i in range(count + 1)]

    def _bars(self, painter: QPainter, slot: QRectF, index: int, top: float,
              metrics: QFontMetricsF) -> None:
        if not self.series:
            return
        width = slot.width() / len(self.series)
        for n, s in enumerate(self.series):
            value = s.values[index] if index < len(s.values) else 0.0
            height = slot.height() * value / top if top else 0.0
            bar = QRectF(slot.left() + width * n, slot.bottom() - height, width, height)
            if height > 0:
                fill_bar(painter, bar, s.colour, s.pattern)
            text = self.value_text(value)
            if value and metrics.horizontalAdvance(text) <= width + 2:
                painter.setPen(TEXT)
                where = QRectF(bar.left() - 4, bar.top() - metrics.height(), width + 8,
                               metrics.height())
                if where.top() < slot.top() - metrics.height() / 2:  # no room above: inside
                    where.moveTop(bar.top())
                painter.drawText(where,
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 text)
                self.value_labels.append((text, where))


class StackedShareChart(Chart):
    """One bar per category split into the series' shares of its total (0–100 %).

    A category whose total is zero gets no bar: no revenue is not "0 % repeat".
    """

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(name, parent)
        self.percent_sign = "%"

    def _axis_labels(self) -> tuple[float, float, list[str]]:
        return 1.0, 0.25, [f"{p}{self.percent_sign}" for p in (0, 25, 50, 75, 100)]

    def shares(self, index: int) -> list[float]:
        values = [max(0.0, s.values[index]) if index < len(s.values) else 0.0
                  for s in self.series]
        total = sum(values)
        return [v / total for v in values] if total > 0 else []

    def describe(self) -> str:
        parts = []
        for i, category in enumerate(self.categories):
            shares = self.shares(i)
            text = ", ".join(f"{s.name} {round(share * 100)}{self.percent_sign}"
                             for s, share in zip(self.series, shares, strict=False))
            parts.append(f"{category}: {text or '—'}")
        return "; ".join(parts)

    def _bars(self, painter: QPainter, slot: QRectF, index: int, top: float,
              metrics: QFontMetricsF) -> None:
        bottom = slot.bottom()
        for s, share in zip(self.series, self.shares(index), strict=False):
            height = slot.height() * share
            if height <= 0:
                continue
            bar = QRectF(slot.left(), bottom - height, slot.width(), height)
            fill_bar(painter, bar, s.colour, s.pattern)
            bottom -= height

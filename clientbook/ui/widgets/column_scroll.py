"""A column of wrapped words that scrolls up and down rather than squeezing its contents."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class ColumnScroll(QScrollArea):
    """A column that scrolls, as tall as its wrapped words need at the width it is given
    (a scroll area alone sizes it for the width the words would like)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()  # its words changed: so may the height they need
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        column = self.widget()
        layout = column.layout() if column is not None else None
        if layout is not None and layout.hasHeightForWidth():
            column.setMinimumHeight(layout.totalHeightForWidth(self.viewport().width()))


def scrolling_column(column: QWidget, name: str) -> QWidget:
    """`column` in a frameless scroll area that scrolls only up and down."""
    area = ColumnScroll(objectName=name)
    column.installEventFilter(area)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(column)
    return area

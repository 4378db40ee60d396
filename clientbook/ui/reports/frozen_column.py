"""A table's first column kept in view while the rest scrolls sideways (on narrow screens)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QTableView


class FrozenColumn(QObject):
    """Lays a one-column copy of `view` over its left edge while the table is wider than its
    room, so the row's name ("2026-03") stays beside the figures scrolled into view; hidden
    when everything fits. It shares the model and the selection (Qt's frozen-column example)."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self.copy = QTableView(view, objectName=f"{view.objectName()}Frozen")
        copy = self.copy
        copy.setModel(view.model())
        copy.setSelectionModel(view.selectionModel())
        copy.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        copy.setSelectionBehavior(view.selectionBehavior())
        copy.setSelectionMode(view.selectionMode())
        copy.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        copy.setAlternatingRowColors(view.alternatingRowColors())
        copy.setWordWrap(False)
        copy.setAccessibleName(view.accessibleName())
        copy.verticalHeader().hide()
        copy.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        copy.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        copy.setVerticalScrollMode(view.verticalScrollMode())
        copy.setFrameShape(QFrame.Shape.NoFrame)
        copy.setStyleSheet(view.styleSheet() + " QTableView { border: none; "
                           "border-right: 1px solid #dde1e6; border-radius: 0; }")
        copy.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        copy.hide()

        view.horizontalScrollBar().rangeChanged.connect(self.update)
        view.horizontalHeader().sectionResized.connect(self.update)
        view.horizontalHeader().geometriesChanged.connect(self.update)
        view.verticalScrollBar().valueChanged.connect(copy.verticalScrollBar().setValue)
        copy.verticalScrollBar().valueChanged.connect(view.verticalScrollBar().setValue)
        view.model().modelReset.connect(self.update)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False

    @property
    def shown(self) -> bool:
        return not self.copy.isHidden()

    def update(self, *_args) -> None:
        view, copy = self.view, self.copy
        needed = view.horizontalScrollBar().maximum() > 0
        if not needed:
            copy.hide()
            return
        columns = view.model().columnCount()
        for c in range(columns):
            copy.setColumnHidden(c, c != 0)
        copy.setColumnWidth(0, view.columnWidth(0))
        header = view.horizontalHeader()
        copy.horizontalHeader().setFixedHeight(header.height())
        for row in range(view.model().rowCount()):
            copy.setRowHeight(row, view.rowHeight(row))
        frame = view.frameWidth()
        copy.setGeometry(frame, frame, view.columnWidth(0) + 1,
                         header.height() + view.viewport().height())
        copy.verticalScrollBar().setValue(view.verticalScrollBar().value())
        copy.show()
        copy.raise_()

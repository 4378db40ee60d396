"""The Reports page's "Per period" tab: eleven columns that fit the width, and their notes."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from clientbook.ui.followups.followups_models import figures_table
from clientbook.ui.reports.frozen_column import FrozenColumn
from clientbook.ui.reports.heading_fit import HeadingFit
from clientbook.ui.widgets.labels import text_label

ROWS_ALWAYS_SHOWN = 3


class PeriodsTab(QWidget):
    """The table of figures per period over the notes that define its columns. The headings
    wrap to fit (heading_fit); on a narrow screen the period column stays in view (frozen_column);
    on a short one the table keeps three rows and the notes scroll."""

    def __init__(self, model: QAbstractItemModel, accessible: str,
                 parent: QWidget | None = None):
        super().__init__(parent, objectName="periodsTab")
        self.view = figures_table(model, "reportPeriodsTable", accessible)
        # Narrower padding than other tables' headings: eleven columns share 1280 px.
        self.view.setStyleSheet("QHeaderView::section { padding: 4px 2px; }")
        self.fit = HeadingFit(self.view)
        self.frozen = FrozenColumn(self.view)
        self.note = text_label(name="periodsDefinition")
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        notes = _Notes(self.note)
        self.notes = notes
        box = QVBoxLayout(self)
        box.setContentsMargins(0, box.contentsMargins().top(), 0, 0)  # the table's full width
        box.addWidget(self.view, 1)
        box.addWidget(notes)
        self.view.horizontalHeader().geometriesChanged.connect(self._keep_rows)
        self._keep_rows()

    def set_note(self, text: str) -> None:
        self.note.setText(text)
        self.notes.updateGeometry()

    def _keep_rows(self) -> None:
        """The table never shrinks below its headings and a few rows (Greek at 1024×600 once
        showed the headings alone, the notes taking the rest)."""
        view = self.view
        rows = ROWS_ALWAYS_SHOWN * view.verticalHeader().defaultSectionSize()
        bar = view.horizontalScrollBar().sizeHint().height()
        view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + rows + bar
                              + 2 * view.frameWidth())


class _Notes(QScrollArea):
    """The notes, as tall as their wrapped lines when there is room; scrolling when not."""

    def __init__(self, label: QLabel):
        super().__init__(objectName="periodsDefinitionScroll")
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._width = 0

    def sizeHint(self) -> QSize:
        width = self.viewport().width() if self.isVisible() else self.widget().sizeHint().width()
        return QSize(super().sizeHint().width(), self.widget().heightForWidth(width))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:  # wrapped differently: another height
            self._width = event.size().width()
            self.updateGeometry()

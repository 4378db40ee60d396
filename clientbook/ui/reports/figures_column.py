"""The Reports page's left column: the latest period's headline figures and the loyal
clients', each a large value with its name and what it counts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.words import fill
from clientbook.services.reports.reports import Report
from clientbook.ui.followups.followups_models import NOTHING
from clientbook.ui.reports.report_words import ReportWords
from clientbook.ui.widgets.labels import text_label
from clientbook.ui.widgets.plain_text import tooltip


class FiguresColumn(QScrollArea):
    def __init__(self, words: ReportWords, parent: QWidget | None = None):
        super().__init__(parent, objectName="reportsFiguresScroll")
        self.words = words
        content = QWidget(objectName="reportsFigures")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        self.latest_box = QGroupBox(objectName="reportLatestBox")
        self.loyal_box = QGroupBox(self.tr("Loyal clients and repeat business"),
                                   objectName="reportLoyalBox")
        self.values: dict[str, QLabel] = {}
        self.definitions: dict[str, QLabel] = {}
        names = words.figure_names()
        for box, keys in ((self.latest_box, words.PERIOD_FIGURES),
                          (self.loyal_box, words.LOYAL_FIGURES)):
            grid = QGridLayout(box)
            grid.setHorizontalSpacing(14)
            for n, key in enumerate(keys):
                grid.addWidget(self._figure(key, names[key]), n // 2, n % 2)
            for c in range(2):
                grid.setColumnStretch(c, 1)
            column.addWidget(box)
        column.addStretch(1)
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setMinimumWidth(300)

    def _figure(self, key: str, name: str) -> QWidget:
        tile = QWidget(objectName=f"figure_{key}")
        box = QVBoxLayout(tile)
        box.setContentsMargins(0, 2, 0, 6)
        box.setSpacing(1)
        value = text_label(NOTHING, f"figureValue_{key}", wrap=False)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        value.setFont(font)
        title = text_label(name, f"figureName_{key}")
        title.setStyleSheet("font-weight: bold;")
        definition = text_label("", f"figureDefinition_{key}")
        definition.setStyleSheet("color: #52606d; font-size: 8pt;")
        value.setAccessibleName(name)
        for widget in (value, title, definition):
            box.addWidget(widget)
        box.addStretch(1)
        self.values[key] = value
        self.definitions[key] = definition
        return tile

    def show_report(self, report: Report, currency: str) -> None:
        values = self.words.figure_values(report, currency)
        meaning = self.words.definitions(report)
        for key, label in self.values.items():
            label.setText(values.get(key, NOTHING))
            definition = meaning.get(key, "")
            self.definitions[key].setText(definition)
            self.definitions[key].setVisible(bool(definition))
            label.setToolTip(tooltip(definition))
        latest = report.periods[-1].period.label if report.periods else NOTHING
        self.latest_box.setTitle(fill(self.tr("Latest period: %1"), [latest]))

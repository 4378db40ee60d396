"""The Follow-ups section on no-shows and late cancellations: a row per month, last 12 months."""

from __future__ import annotations

from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from clientbook.domain.no_shows import MissedMonth, NoShowRecord
from clientbook.domain.words import fill
from clientbook.ui.followups.followups_models import (
    FiguresModel,
    PromiseMonthsModel,
    figures_table,
    number,
)
from clientbook.ui.widgets.labels import text_label


class NoShowModel(FiguresModel):
    """Month by month, newest first (months with nothing due too), and the total under them."""

    COL_MONTH, COL_DUE, COL_NO_SHOWS, COL_RATE, COL_LATE = range(5)
    COLUMNS = 5
    NUMERIC = (COL_DUE, COL_NO_SHOWS, COL_RATE, COL_LATE)

    def headers(self) -> list[str]:
        return [self.tr("Month"), self.tr("Due"), self.tr("No-shows"), self.tr("Rate"),
                self.tr("Late cancellations")]

    def set_record(self, record: NoShowRecord) -> None:
        self._reset([*record.months, record.total])

    def display(self, obj: MissedMonth, col: int) -> str:
        if col == self.COL_MONTH:
            return PromiseMonthsModel.month_name(obj.month) if obj.month else self.tr("Total")
        if col == self.COL_RATE:
            return self.percent(obj.rate)
        counts = {self.COL_DUE: obj.due, self.COL_NO_SHOWS: obj.no_shows, self.COL_LATE: obj.late}
        return number(counts[col])

    def is_total(self, obj: MissedMonth) -> bool:
        return not obj.month

    def month(self, row: int) -> MissedMonth | None:
        return self.row_object(row)


class NoShowSection(QGroupBox):
    """The summary line, the table by month and what counts, in plain words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("No-shows and late cancellat&ions"))
        self.setObjectName("noShowsBox")
        self.model = NoShowModel(self)
        self.summary = text_label(name="noShowsSummary")
        self.view = figures_table(self.model, "noShowsTable",
                                  self.tr("No-shows and late cancellations, by month"))
        definition = text_label(self.tr(
            "Rate = no-shows ÷ bookings due that month. Bookings cancelled by the firm or in "
            "good time don't count; late cancellations do, and are shown beside."),
            "noShowsDefinition")
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.view, 1)
        box.addWidget(definition)

    def set_record(self, record: NoShowRecord) -> None:
        self.model.set_record(record)
        total = record.total
        if total.due:
            self.summary.setText(fill(self.tr(
                "Last 12 months: no-shows %1 of %2 due (%3); late cancellations %4."),
                [number(total.no_shows), number(total.due), self.model.percent(total.rate),
                 number(total.late)]))
        else:
            self.summary.setText(self.tr("No booking has fallen due in the last 12 months."))

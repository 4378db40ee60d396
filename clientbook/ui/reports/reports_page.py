"""The Reports page: is the firm keeping its clients? Figures, charts, tables and the win-back list.

The report runs over the whole book, so it is worked out only while the page is on screen:
when it is shown, and on changes while it is visible; changes that arrive while it is hidden
only mark it stale (as the Follow-ups page does).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGraphicsOpacityEffect,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.reports.reports import Report, WinBackRow
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.followups.followups_models import (
    chosen,
    figures_table,
    select_client,
    sorted_by_value,
)
from clientbook.ui.reports import report_files
from clientbook.ui.reports.charts import BarChart, StackedShareChart
from clientbook.ui.reports.figures_column import FiguresColumn
from clientbook.ui.reports.periods_tab import PeriodsTab
from clientbook.ui.reports.report_job import ReportRunner
from clientbook.ui.reports.report_words import ReportWords
from clientbook.ui.reports.reports_models import (
    DesignersModel,
    PeriodsModel,
    WinBackModel,
    fit_name_column,
)
from clientbook.ui.session import Session
from clientbook.ui.widgets.labels import text_label

# How many periods the picker starts with for each kind.
DEFAULT_COUNTS = {"month": 12, "quarter": 8, "year": 5}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsPage", text)


class ReportsPage(QWidget):
    """`contactRequested(client_id)`: log a contact with the selected win-back client.
    `promiseRequested(client_id)`: add a promise for them. Open card goes through
    `session.open_client`."""

    contactRequested = Signal(int)
    promiseRequested = Signal(int)

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.session = session
        self.words = ReportWords()
        self.report: Report | None = None
        self.stale = True
        """Work the report out again the next time the page is shown."""
        self.runner = ReportRunner(session.book, self)  # in the background
        self.runner.ready.connect(self._report_ready)

        self.periods_model = PeriodsModel(self)
        self.designers_model = DesignersModel(self)
        self.win_back_model = WinBackModel(self)
        self.win_back_proxy = sorted_by_value(self.win_back_model)

        layout = QVBoxLayout(self)
        layout.addLayout(self._controls())
        layout.addWidget(self.branch_row)
        charts = self._charts()
        layout.addWidget(charts)
        splitter = QSplitter(Qt.Orientation.Horizontal, objectName="reportsSplitter")
        self.figures = FiguresColumn(self.words)
        splitter.addWidget(self.figures)
        splitter.addWidget(self._tables())
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        # The tables need the room more than the text: eleven columns per period at 1280 px.
        splitter.setSizes([300, 1400])
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)
        self._results = (charts, splitter)
        self.setFocusProxy(self.kind_combo)

        self._fill_designers()
        self._fill_branches()
        session.changed.connect(self._on_changed)
        self._update_buttons()

    # Building -------------------------------------------------------------------------
    def _controls(self) -> QHBoxLayout:
        self.kind_combo = QComboBox(objectName="reportKind")
        for kind, label in self.words.kinds().items():
            self.kind_combo.addItem(label, kind)
        self.kind_combo.setAccessibleName(self.tr("Period length"))
        self.count_spin = QSpinBox(objectName="reportPeriods")
        self.count_spin.setRange(1, 60)
        self.count_spin.setValue(DEFAULT_COUNTS["month"])
        self.count_spin.setAccessibleName(self.tr("Number of periods"))
        self.designer_combo = QComboBox(objectName="reportDesigner")
        self.designer_combo.setAccessibleName(self.tr("Designer"))
        self.designer_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.csv_button = QPushButton(self.tr("E&xport tables to CSV…"),
                                      objectName="reportCsvButton")
        self.csv_button.setToolTip(self.tr("Write every table of this report as a CSV file "
                                           "into a folder"))
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"), objectName="reportPdfButton")
        self.pdf_button.setToolTip(self.tr("Save the figures, charts and tables as a PDF"))

        # Shown only on a book shared by branches, to a desk that sees more than one.
        self.branch_combo = QComboBox(objectName="reportBranch")
        self.branch_combo.setAccessibleName(self.tr("Branch"))
        self.branch_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToContents)

        row = QHBoxLayout()
        for text, buddy in ((self.tr("Per&iods:"), self.kind_combo),
                            (self.tr("Ho&w many:"), self.count_spin),
                            (self.tr("Desi&gner:"), self.designer_combo),
                            (self.tr("B&ranch:"), self.branch_combo)):
            label = QLabel(text)
            label.setBuddy(buddy)
            row.addWidget(label)
            row.addWidget(buddy)
            row.addSpacing(8)
            if buddy is self.designer_combo:
                # The branch goes on a row of its own: beside the rest, Greek needs 1,290 px.
                controls, row = row, QHBoxLayout()
        row.addStretch(1)
        self.branch_row = QWidget(objectName="reportBranchRow")
        self.branch_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        row = controls
        self.progress = QProgressBar(objectName="reportProgress")
        self.progress.setRange(0, 0)  # busy: how long SQLite takes is not known ahead
        self.progress.setMaximumWidth(120)
        # It takes the stretch's room: showing it never makes the page wider (Greek at 1024).
        self.progress.setMinimumWidth(0)
        self.progress.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Working the report out"))
        self.progress.hide()
        row.addWidget(self.progress)
        row.addStretch(1)
        row.addWidget(self.csv_button)
        row.addWidget(self.pdf_button)

        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.count_spin.valueChanged.connect(lambda _n: self.refresh())
        self.designer_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.branch_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.csv_button.clicked.connect(self.export_csv)
        self.pdf_button.clicked.connect(self.save_pdf)
        return row

    def _charts(self) -> QWidget:
        charts = QWidget(objectName="reportCharts")
        self.churn_chart = BarChart("churnChart")
        self.new_chart = BarChart("newClientsChart")
        self.revenue_chart = StackedShareChart("revenueChart")
        self.revenue_chart.percent_sign = self.tr("%")
        row = QHBoxLayout(charts)
        row.setContentsMargins(0, 0, 0, 0)
        for chart in self.charts():
            chart.setMinimumHeight(190)
            row.addWidget(chart, 1)
        return charts

    def _tables(self) -> QTabWidget:
        self.tabs = QTabWidget(objectName="reportTabs")
        self.win_back_view = figures_table(self.win_back_proxy, "winBackTable",
                                           self.tr("Lapsed clients worth winning back"))
        header = self.win_back_view.horizontalHeader()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.win_back_view.setSortingEnabled(True)  # unsorted: the service's order, by value
        self.win_back_text = text_label(name="winBackText")
        self.contact_button = QPushButton(self.tr("Log co&ntact…"),
                                          objectName="winBackContactButton")
        self.contact_button.setToolTip(self.tr("Note a call, text or e-mail to the selected "
                                               "client"))
        self.promise_button = QPushButton(self.tr("Add pro&mise…"),
                                          objectName="winBackPromiseButton")
        self.promise_button.setToolTip(self.tr("Promise the selected client something, "
                                               "with a date"))
        self.open_button = QPushButton(self.tr("Open card"), objectName="winBackOpenButton")
        self.open_button.setToolTip(self.tr("Show the selected client's card (Enter)"))
        buttons = QHBoxLayout()
        for button in (self.contact_button, self.promise_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        win_back = QWidget(objectName="winBackTab")
        box = QVBoxLayout(win_back)
        box.addWidget(self.win_back_text)
        box.addWidget(self.win_back_view, 1)
        box.addLayout(buttons)

        self.periods_tab = periods = PeriodsTab(self.periods_model,
                                                self.tr("Figures per period"))
        self.periods_text = periods.note
        self.designers_view = figures_table(self.designers_model, "reportDesignersTable",
                                            self.tr("Figures per designer"))
        self.designers_text = text_label(name="designersDefinition")
        designers = QWidget(objectName="designersTab")
        box = QVBoxLayout(designers)
        box.addWidget(self.designers_view, 1)
        box.addWidget(self.designers_text)
        self.tabs.addTab(win_back, self.tr("Win &back"))
        self.tabs.addTab(periods, self.tr("Per peri&od"))
        self.tabs.addTab(designers, self.tr("B&y designer"))

        self.win_back_view.activated.connect(lambda _index: self.open_card())
        self.win_back_view.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.contact_button.clicked.connect(self.log_contact)
        self.promise_button.clicked.connect(self.add_promise)
        self.open_button.clicked.connect(self.open_card)
        return self.tabs

    def _fill_designers(self) -> None:
        keep = self.designer_combo.currentData()
        self.designer_combo.blockSignals(True)
        self.designer_combo.clear()
        self.designer_combo.addItem(self.tr("All designers"), None)
        for staff in self.session.book.staff.all():
            self.designer_combo.addItem(staff.name, staff.id)
        found = self.designer_combo.findData(keep) if keep is not None else 0
        self.designer_combo.setCurrentIndex(max(0, found))
        self.designer_combo.blockSignals(False)

    def _fill_branches(self) -> None:
        branches = self.session.book.branches.all()
        keep = self.branch_combo.currentData()
        self.branch_combo.blockSignals(True)
        self.branch_combo.clear()
        self.branch_combo.addItem(self.tr("All branches"), None)
        for branch in branches:
            self.branch_combo.addItem(branch.name, branch.id)
        shown = len(branches) > 1
        found = self.branch_combo.findData(keep) if keep is not None and shown else 0
        self.branch_combo.setCurrentIndex(max(0, found))
        self.branch_combo.blockSignals(False)
        self.branch_row.setVisible(shown)

    # Data -----------------------------------------------------------------------------
    def kind(self) -> str:
        return self.kind_combo.currentData()

    def designer_id(self) -> int | None:
        return self.designer_combo.currentData()

    def _kind_changed(self, _index: int) -> None:
        self.count_spin.blockSignals(True)
        self.count_spin.setValue(DEFAULT_COUNTS.get(self.kind(), 12))
        self.count_spin.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        """Work the report out again for the chosen periods, designer and branch, in the
        background: the shown report stays, greyed, until the new one arrives."""
        self.stale = False
        self._set_working(True)
        self.runner.start(self.kind(), self.count_spin.value(), self.designer_id(),
                          branch_id=self.branch_combo.currentData())

    def _report_ready(self, report: Report | None, error: BaseException | None) -> None:
        self._set_working(False)
        if error is not None:
            if isinstance(error, ClientBookError):
                msgbox.error(self, self.tr("Report failed"), error_text(error))
                return
            raise error  # a bug: the crash handler reports it
        keep = self.selected()
        self.show_report(report)
        if keep is not None:
            select_client(self.win_back_view, keep.client_id)
        self._update_buttons()

    @property
    def working(self) -> bool:
        """A report is being worked out in the background (the shown one is greyed)."""
        return self.runner.working

    def _set_working(self, working: bool) -> None:
        self.progress.setVisible(working)
        for widget in (*self._results, self.csv_button, self.pdf_button):
            widget.setEnabled(not working)
        # The charts paint their own colours: faded, so they read as "previous" too.
        self._results[0].setGraphicsEffect(QGraphicsOpacityEffect(self, opacity=0.4)
                                           if working else None)

    def show_report(self, report: Report) -> None:
        self.report = report
        currency = self.session.book.setting("currency")
        w = self.words
        self.figures.show_report(report, currency)
        self.periods_model.set_rows(report.periods, currency)
        self.designers_model.set_rows(report.designers, currency)
        self.win_back_model.set_rows(report.win_back, currency)
        fit_name_column(self.win_back_view, [row.name for row in report.win_back])
        self.designers_text.setText(w.designers_note(report))
        self.periods_tab.set_note(w.periods_note(report))
        self.win_back_text.setText(w.win_back_note(report))
        total = max(report.win_back_total, len(report.win_back))  # the list shows the top ones
        self.tabs.setTabText(0, fill(self.tr("Win &back (%1)"), [total]))
        for chart, (title, categories, series, empty) in zip(
                (self.churn_chart, self.new_chart, self.revenue_chart), w.charts(report),
                strict=True):
            chart.set_data(title, categories, series, empty)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_staff():
            self._fill_designers()
        if changes.affects_branches():
            self._fill_branches()
        if not changes.affects_reports():
            return
        self.stale = True
        if self.isVisible():
            self.refresh()

    # Win-back actions -----------------------------------------------------------------
    def selected(self) -> WinBackRow | None:
        return chosen(self.win_back_view)

    def select(self, client_id: int) -> bool:
        return select_client(self.win_back_view, client_id)

    def log_contact(self) -> None:
        if (row := self.selected()) is not None:
            self.contactRequested.emit(row.client_id)

    def add_promise(self) -> None:
        if (row := self.selected()) is not None:
            self.promiseRequested.emit(row.client_id)

    def open_card(self) -> None:
        if (row := self.selected()) is not None:
            self.session.open_client.emit(row.client_id)

    def _update_buttons(self, *_args) -> None:
        chosen_row = self.selected() is not None
        for button in (self.contact_button, self.promise_button, self.open_button):
            button.setEnabled(chosen_row)

    def charts(self) -> list:
        return [self.churn_chart, self.new_chart, self.revenue_chart]

    # Export ---------------------------------------------------------------------------
    def export_csv(self) -> list[Path]:
        """Ask for a folder and write every table there; the files written."""
        return report_files.export_tables(self)

    def save_pdf(self) -> Path | None:
        """Ask where, then save the figures, charts and tables as a PDF; the path."""
        return report_files.save_pdf(self)

"""The Reports page: figures with definitions, pickers, tables, charts, CSV and PDF export."""

from __future__ import annotations

import csv
import threading
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt, QThreadPool, QTranslator
from PySide6.QtGui import QFontMetricsF, QImage, QPainter
from PySide6.QtWidgets import QWidget

from clientbook.domain.errors import StoreError
from clientbook.domain.models import ContactChannel, ContactEntry, ContactPreference
from clientbook.domain.retention import Rules
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.reports import reports as report_service
from clientbook.services.reports.reports import (
    DesignerFigures,
    Period,
    PeriodFigures,
    Report,
    WinBackRow,
)
from clientbook.ui.followups.followups_models import select_row
from clientbook.ui.reports import report_files
from clientbook.ui.reports.charts import BarChart, Series, StackedShareChart
from clientbook.ui.reports.report_job import ReportRunner
from clientbook.ui.reports.reports_models import WinBackModel
from clientbook.ui.reports.reports_page import ReportsPage

HOSTILE = '<img src="file:///etc/passwd"> Ζωή & <b>Олена</b>'


def period(month: int, lapsed: int, won: int, new: int, revenue: str = "1000",
           repeat: str = "700") -> PeriodFigures:
    start = date(2026, month, 1)
    end = date(2026 + month // 12, month % 12 + 1, 1)
    return PeriodFigures(Period(start, end, start.strftime("%b %Y")), 40, lapsed, won,
                         lapsed / 40, new, Decimal("55.50"), 0.5, 80, Decimal(revenue),
                         Decimal(repeat))


def hand_made() -> Report:
    return Report(
        kind="month",
        periods=[period(9, 4, 1, 6), period(10, 2, 3, 0), period(11, 5, 0, 3)],
        designers=[DesignerFigures(1, "Mei", 30, Decimal("900"), 0.8, None),
                   DesignerFigures(2, HOSTILE, 12, Decimal("400"), None, 0.5)],
        loyal_clients=12, loyal_tenure_days=800.0, loyal_revenue=Decimal("5000"),
        repeat_share=0.75,
        win_back=[WinBackRow(7, HOSTILE, Decimal("900"), date(2026, 6, 1), 35, "Mei",
                             ContactEntry(7, datetime(2026, 7, 2, 15), ContactChannel.CALL),
                             ContactPreference(ContactChannel.SMS, quiet_days=30),
                             date(2026, 8, 10)),
                  WinBackRow(9, "Bea", Decimal("300"), date(2026, 5, 2), None, "", None,
                             ContactPreference(do_not_contact=True), date(2026, 8, 1))],
        win_back_total=2, rules=Rules(factor=2.5, fixed_days=120, min_visits=4,
                                      loyal_visits=6),
        win_back_limit=500,
    )


@pytest.fixture
def calls(monkeypatch):
    """Replace the service: record the arguments, answer the hand-made report."""
    seen = []

    def fake(book, kind="month", periods=12, designer_id=None, **options):
        seen.append((kind, periods, designer_id))
        return hand_made()

    monkeypatch.setattr(report_service, "build_report", fake)
    return seen


def settled(qtbot, widget: ReportsPage) -> ReportsPage:
    """Wait for the report the page works out in the background."""
    qtbot.waitUntil(lambda: not widget.working, timeout=10_000)
    return widget


def shown_page(qtbot, session) -> ReportsPage:
    """The page shown at 1280×760, its first report worked out."""
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    qtbot.waitExposed(widget)
    return settled(qtbot, widget)


@pytest.fixture
def page(qtbot, session, calls):
    return shown_page(qtbot, session)


def test_computed_only_when_shown(qtbot, session, calls):
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    assert calls == []
    session.changed.emit(Changes(visits=True))
    assert calls == [] and widget.stale
    widget.show()
    assert settled(qtbot, widget).report is not None and calls == [("month", 12, None)]
    session.changed.emit(Changes(visits=True))
    settled(qtbot, widget)
    assert len(calls) == 2
    session.changed.emit(Changes(appointments=True))  # nothing the report counts
    assert not widget.working and len(calls) == 2


def test_figures_and_definitions_appear(page):
    assert page.figures.values["lapsed"].text() == "5"
    assert page.figures.values["won_back"].text() == "0"
    assert page.figures.values["new_clients"].text() == "3"
    assert page.figures.values["repeat_share"].text() == "75%"
    assert page.figures.values["loyal_clients"].text() == "12"
    assert "2.2" in page.figures.values["loyal_tenure_days"].text()
    # The definitions quote the thresholds the report was worked out with.
    lapsed = page.figures.definitions["lapsed"].text()
    assert "2.5 × their usual interval" in lapsed and "with 4 or more visits" in lapsed
    assert "120 days" in lapsed
    assert "6 or more visits" in page.figures.definitions["loyal_clients"].text()
    assert "within 90 days" in page.figures.definitions["new_returned_90d"].text()
    assert page.figures.definitions["churn_rate"].isVisible()
    assert page.figures.values["churn_rate"].toolTip()
    assert page.win_back_text.text().startswith("Clients lapsed today")
    assert "most valuable of" not in page.win_back_text.text()  # both lapsed clients listed
    assert "Nov 2026" in page.figures.latest_box.title()
    assert "(2)" in page.tabs.tabText(0)


def test_a_capped_win_back_list_says_how_many_are_left_out(page):
    page.show_report(replace(hand_made(), win_back_total=37))
    assert "The 2 most valuable of 37 are listed." in page.win_back_text.text()
    assert "(37)" in page.tabs.tabText(0)


def test_a_long_name_is_cut_short_not_pushing_contacts_out_of_sight(page):
    long_name = "Αικατερίνη Παπαδοπούλου-Καραγιαννοπούλου του Νικολάου 王小明 Шевченко"
    report = hand_made()
    row = replace(report.win_back[1], name=long_name)
    page.show_report(replace(report, win_back=[report.win_back[0], row]))
    view = page.win_back_view
    assert view.columnWidth(0) <= view.fontMetrics().averageCharWidth() * 26
    assert view.columnWidth(0) < view.fontMetrics().horizontalAdvance(long_name)
    shown = page.win_back_proxy.index(1, 0)
    assert shown.data() == long_name
    assert shown.data(Qt.ItemDataRole.ToolTipRole) == long_name  # whole on hover


class GreekDefinitions(QTranslator):
    """Translates the lapse definition only, keeping Qt's placeholders, as a .qm would."""

    def translate(self, context, source, disambiguation=None, n=-1):
        if context == "ReportWords" and source.startswith("Clients who went without"):
            return "Πελάτες χωρίς επίσκεψη πάνω από %1 × το συνηθισμένο διάστημα (%2+ " \
                   "επισκέψεις) ή %n ημέρες."
        return None

    def isEmpty(self):
        return False


def test_definitions_are_translated_with_the_report_numbers(qtbot, session, calls):
    translator = GreekDefinitions()
    QCoreApplication.installTranslator(translator)
    try:
        widget = ReportsPage(session)
        qtbot.addWidget(widget)
        widget.show()
        assert settled(qtbot, widget).figures.definitions["lapsed"].text() == (
            "Πελάτες χωρίς επίσκεψη πάνω από 2.5 × το συνηθισμένο διάστημα (4+ επισκέψεις) "
            "ή 120 ημέρες.")
    finally:
        QCoreApplication.removeTranslator(translator)


def test_period_picker_and_designer_filter_rebuild(page, calls, session, qtbot):
    assert calls[-1] == ("month", 12, None)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("quarter"))
    assert settled(qtbot, page) and calls[-1] == ("quarter", 8, None)
    page.count_spin.setValue(3)
    assert settled(qtbot, page) and calls[-1] == ("quarter", 3, None)
    staff = session.book.staff.all()[0]
    page.designer_combo.setCurrentIndex(page.designer_combo.findData(staff.id))
    assert settled(qtbot, page) and calls[-1] == ("quarter", 3, staff.id)
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("year"))
    assert settled(qtbot, page) and calls[-1] == ("year", 5, staff.id)
    assert page.designer_combo.itemText(0) == "All designers"


def test_tables_pass_the_model_tester(page, qtmodeltester):
    for model in (page.periods_model, page.designers_model, page.win_back_model,
                  page.win_back_proxy):
        qtmodeltester.check(model)
    assert page.periods_model.rowCount() == 3
    assert page.win_back_model.index(0, 0).data() == HOSTILE
    contact, prefers = WinBackModel.COL_CONTACT, WinBackModel.COL_PREFERS
    assert [(page.win_back_model.index(r, contact).data(),
             page.win_back_model.index(r, prefers).data()) for r in range(2)] == [
        ("2 Jul 2026 · phone call", "text message, at most once every 30 days"),
        ("never", "do not contact")]
    assert page.designers_model.index(1, 3).data() == "—"


def test_win_back_buttons_emit_the_client(page, qtbot, session):
    assert not page.contact_button.isEnabled()
    select_row(page.win_back_view, 1)
    assert page.contact_button.isEnabled()
    with qtbot.waitSignal(page.contactRequested) as contact:
        page.contact_button.click()
    assert contact.args == [9]
    with qtbot.waitSignal(page.promiseRequested) as promise:
        page.promise_button.click()
    assert promise.args == [9]
    with qtbot.waitSignal(session.open_client) as opened:
        page.open_button.click()
    assert opened.args == [9]


def test_csv_export_writes_readable_files(page, out, monkeypatch, answers):
    monkeypatch.setattr(report_files, "choose_folder", lambda parent, start: str(out))
    written = page.export_csv()
    assert len(written) == len(report_service.report_tables(hand_made())) >= 3
    assert all(p.name.startswith("report-") and p.name.endswith("-2026-11-22.csv")
               for p in written)
    cells = set()
    for path in written:
        assert path.read_bytes().startswith(b"\xef\xbb\xbf")
        with path.open(encoding="utf-8-sig", newline="") as file:
            rows = list(csv.reader(file))
        assert rows and rows[0]
        cells.update(cell for row in rows for cell in row)
    assert HOSTILE in cells
    assert answers and answers[-1][0] == "info"


def test_csv_export_cancelled_writes_nothing(page, out, monkeypatch):
    monkeypatch.setattr(report_files, "choose_folder", lambda parent, start: "")
    assert page.export_csv() == []
    assert list(out.iterdir()) == []


def test_pdf_written(page, out, monkeypatch):
    monkeypatch.setattr(report_files, "choose_pdf_path",
                        lambda parent, start: str(out / "report"))
    path = page.save_pdf()
    assert path == out / "report.pdf"
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 2000


def test_pdf_cancelled(page, monkeypatch):
    monkeypatch.setattr(report_files, "choose_pdf_path", lambda parent, start: "")
    assert page.save_pdf() is None


GREEK_PDF = {("ReportsPage", "Per period"): "Ανά περίοδο",
             ("Errors", "The disk is full."): "Ο δίσκος είναι γεμάτος."}


class GreekPdf(QTranslator):
    """Translates a table title and a core error, as a .qm would."""

    def translate(self, context, source, disambiguation=None, n=-1):
        return GREEK_PDF.get((context, source))

    def isEmpty(self):
        return False


@pytest.fixture
def greek_pdf(qapp):
    translator = GreekPdf()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_pdf_tables_are_titled_in_the_persons_language(page, out, greek_pdf, monkeypatch):
    monkeypatch.setattr(report_files, "choose_pdf_path", lambda parent, start: str(out / "r"))
    given = {}
    monkeypatch.setattr(report_files, "save_report_pdf",
                        lambda path, *args: given.update(tables=args[-2], subtitle=args[-4]))
    page.save_pdf()
    assert [title for title, _note, _model in given["tables"]] == [
        "Win back", "Ανά περίοδο", "Per designer"]
    assert given["subtitle"].endswith(page.designer_combo.currentText())


def test_pdf_that_cannot_be_saved_says_why_in_the_persons_language(page, out, answers,
                                                                   greek_pdf, monkeypatch):
    monkeypatch.setattr(report_files, "choose_pdf_path", lambda parent, start: str(out / "r"))

    def full(*args):
        raise StoreError(QT_TRANSLATE_NOOP("Errors", "The disk is full."))

    monkeypatch.setattr(report_files, "save_report_pdf", full)
    assert page.save_pdf() is None
    assert [text for _kind, _title, text in answers] == ["Ο δίσκος είναι γεμάτος."]
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("size", [(60, 40), (220, 160), (360, 220), (1200, 300)])
@pytest.mark.parametrize("values", [[], [0.0, 0.0, 0.0], [3.0, 0.0, 120.0]])
def test_charts_paint_at_any_size(qapp, size, values):
    labels = [f"P{i}" for i in range(len(values))]
    for chart in (BarChart("bars"), StackedShareChart("shares")):
        chart.set_data("Title", labels, [Series("A", values, "#b4441b"),
                                         Series("B", values[::-1], "#9fd3df",
                                                Qt.BrushStyle.BDiagPattern)], "Nothing")
        image = QImage(*size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        chart.render(painter, QRectF(0, 0, *size))
        painter.end()
        chart.resize(*size)
        assert not chart.grab().isNull()


def test_bar_chart_describes_itself(qapp):
    chart = BarChart("bars")
    chart.set_data("Lost", ["Oct", "Nov"], [Series("Lost", [2.0, 5.0], "#000")])
    assert chart.accessibleDescription() == "Oct: Lost 2; Nov: Lost 5"
    shares = StackedShareChart("shares")
    shares.set_data("Revenue", ["Oct", "Nov"], [Series("Repeat", [3.0, 0.0], "#000"),
                                               Series("First", [1.0, 0.0], "#fff")])
    assert shares.shares(0) == [0.75, 0.25] and shares.shares(1) == []


def test_real_report_on_demo_book(qtbot, session, qtmodeltester):
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    assert settled(qtbot, widget).report is not None and len(widget.report.periods) == 12
    assert widget.figures.definitions["lapsed"].text()
    for model in (widget.periods_model, widget.designers_model, widget.win_back_model):
        qtmodeltester.check(model)
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("year"))
    assert settled(qtbot, widget).report.kind == "year" and len(widget.report.periods) == 5


def test_csv_export_is_private_and_neutralises_every_line(page, qtbot, out, monkeypatch,
                                                          answers):
    formula = "=1+1\n=2+2\n@SUM(A1)"
    report = hand_made()
    report.win_back[1] = replace(report.win_back[1], name=formula)
    monkeypatch.setattr(report_service, "build_report", lambda *a, **k: report)
    page.refresh()
    settled(qtbot, page)
    folder = out / "new" / "reports"
    monkeypatch.setattr(report_files, "choose_folder", lambda parent, start: str(folder))
    written = page.export_csv()
    assert written and oct(folder.stat().st_mode & 0o777) == "0o700"
    assert all(oct(p.stat().st_mode & 0o777) == "0o600" for p in written)
    winback = next(p for p in written if "winback" in p.name)
    with winback.open(encoding="utf-8-sig", newline="") as file:
        cells = [cell for row in csv.reader(file) for cell in row]
    assert "'=1+1\n'=2+2\n'@SUM(A1)" in cells



@pytest.fixture
def held(monkeypatch):
    """A service that waits for the test's go-ahead per request: (kind, the event, thread)."""
    requests: list[tuple[str, threading.Event, object, int]] = []
    lock = threading.Lock()

    def slow(book, kind="month", periods=12, designer_id=None, **options):
        go = threading.Event()
        with lock:
            requests.append((kind, go, book, threading.get_ident()))
        assert go.wait(10)
        return replace(hand_made(), kind=kind)

    monkeypatch.setattr(report_service, "build_report", slow)
    yield requests
    for request in requests:
        request[1].set()
    QThreadPool.globalInstance().waitForDone(10_000)


def _requested(qtbot, held, count: int) -> None:
    qtbot.waitUntil(lambda: len(held) == count, timeout=10_000)


def test_the_report_is_worked_out_in_the_background_on_its_own_connection(
        qtbot, session, held):
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    widget.show()  # returns at once: the window never waits for the report
    assert widget.working and widget.progress.isVisible() and widget.report is None
    _requested(qtbot, held, 1)
    _kind, go, book, thread = held[0]
    assert thread != threading.get_ident()
    assert book is not session.book and book.store.db.conn is not session.book.store.db.conn
    go.set()
    settled(qtbot, widget)
    assert widget.report.kind == "month" and not widget.progress.isVisible()
    assert widget.csv_button.isEnabled() and widget.win_back_view.isEnabled()


def test_while_working_the_previous_report_stays_greyed(qtbot, session, held):
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    _requested(qtbot, held, 1)
    held[0][1].set()
    settled(qtbot, widget)
    shown = widget.figures.values["lapsed"].text()
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("quarter"))
    _requested(qtbot, held, 2)
    assert widget.working and widget.progress.isVisible()
    assert widget.report.kind == "month" and widget.figures.values["lapsed"].text() == shown
    assert not widget.win_back_view.isEnabled() and not widget.churn_chart.isEnabled()
    assert widget.findChild(QWidget, "reportCharts").graphicsEffect() is not None
    assert not widget.csv_button.isEnabled() and not widget.pdf_button.isEnabled()
    assert widget.kind_combo.isEnabled()  # the period can change again meanwhile
    held[1][1].set()
    assert settled(qtbot, widget).report.kind == "quarter"
    assert widget.win_back_view.isEnabled() and widget.churn_chart.isEnabled()
    assert widget.findChild(QWidget, "reportCharts").graphicsEffect() is None


def test_an_answer_to_an_older_period_is_never_shown(qtbot, session, held):
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    _requested(qtbot, held, 1)
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("year"))
    _requested(qtbot, held, 2)
    held[1][1].set()  # the newer request answers first
    assert settled(qtbot, widget).report.kind == "year"
    held[0][1].set()  # then the older one: ignored
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # the queued answer is delivered (and dropped)
    assert widget.report.kind == "year" and not widget.working


def test_a_report_that_fails_in_the_background_says_so(qtbot, session, monkeypatch, answers):
    def failing(book, *args, **kwargs):
        raise StoreError("The data file is locked.")

    monkeypatch.setattr(report_service, "build_report", failing)
    widget = ReportsPage(session)
    qtbot.addWidget(widget)
    widget.show()
    settled(qtbot, widget)
    assert [a[1] for a in answers] == ["Report failed"] and widget.report is None
    assert widget.kind_combo.isEnabled() and not widget.progress.isVisible()


def test_a_request_still_waiting_for_a_thread_is_dropped_for_a_newer_one(
        qtbot, session, held):
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    widget = ReportsPage(session)
    widget.runner = ReportRunner(session.book, widget, pool)
    widget.runner.ready.connect(widget._report_ready)
    qtbot.addWidget(widget)
    widget.show()
    _requested(qtbot, held, 1)  # month: running, the only thread busy
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("quarter"))  # waits
    widget.kind_combo.setCurrentIndex(widget.kind_combo.findData("year"))  # replaces it
    held[0][1].set()
    _requested(qtbot, held, 2)
    held[1][1].set()
    assert settled(qtbot, widget).report.kind == "year"
    pool.waitForDone(10_000)
    assert [kind for kind, *_rest in held] == ["month", "year"]


def paint(chart, width: int, height: int) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    chart.render(painter, QRectF(0, 0, width, height))
    painter.end()
    return image


@pytest.mark.parametrize("values", [[10.0, 3.0], [5.0, 5.0], [100.0, 40.0, 7.0]])
def test_the_tallest_bar_keeps_its_value_inside_the_chart(qapp, values):
    chart = BarChart("bars")
    chart.set_data("Lost", [f"P{i}" for i in range(len(values))],
                   [Series("Lost", values, "#b4441b")])
    paint(chart, 360, 220)
    written = dict(chart.value_labels)
    tallest = chart.value_text(max(values))
    assert tallest in written and written[tallest].top() >= 0


def test_a_long_title_wraps_instead_of_losing_its_end(qapp):
    title = "Clientes perdidos y recuperados por periodo (clientes que dejaron de venir)"
    chart = BarChart("bars")
    chart.set_data(title, ["Oct", "Nov"], [Series("Perdidos", [2.0, 5.0], "#000")])
    image = paint(chart, 300, 220)
    assert not image.isNull()
    metrics = QFontMetricsF(chart._font(9.5, bold=True))
    lines = metrics.boundingRect(QRectF(0, 0, 288, 400),
                                 Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap, title)
    assert lines.height() > metrics.height()  # it needed two lines, and got them
    assert [t for t, _r in chart.value_labels] == ["2", "5"]  # the bars still fit below


def test_the_progress_bar_never_makes_the_page_wider(page):
    """Greek at 1024 px: a wider row while the report was worked out grew the window past
    the screen, and it stayed that wide."""
    row = page.layout().itemAt(0)
    page.progress.hide()
    row.invalidate()
    resting = row.minimumSize().width()
    page.progress.show()
    row.invalidate()
    assert row.minimumSize().width() <= resting + row.spacing()  # the gap before it, no more

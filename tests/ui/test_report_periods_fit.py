"""The Reports page's per-period table: eleven columns fit 1280 px in every language with no
heading cut short; at 1024 px the headings wrap, the table scrolls and the period stays in view."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, QLocale, QSettings, Qt

from clientbook.languages import LANGUAGES
from clientbook.resource_paths import resource_path
from clientbook.services.reports import reports as report_service
from clientbook.services.reports.reports import Period, PeriodFigures
from clientbook.ui import translations
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.reports.heading_fit import words_of, wrappings
from clientbook.ui.reports.reports_models import PeriodsModel
from tests.ui.test_reports_page import hand_made
from tests.ui.test_small_screens import cut_short

SELECT_ROW = (QItemSelectionModel.SelectionFlag.ClearAndSelect
              | QItemSelectionModel.SelectionFlag.Rows)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    translations.compile_translations(folder)
    yield folder
    translations.install_language("en", QLocale.system(), folder)


def busy_month(month: int) -> PeriodFigures:
    """A busy salon's month: four-digit counts, five-digit takings."""
    start = date(2025 + month // 12, month % 12 + 1, 1)
    end = date(2025 + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return PeriodFigures(Period(start, end, start.strftime("%Y-%m")), 1_234, 87, 45, 0.071,
                         120, Decimal("123.45"), 0.42, 2_345, Decimal("98765.43"),
                         Decimal("87654.32"))


@pytest.fixture
def styled(qapp):
    """The app's own style sheet (bold headings, their padding), as people see the window."""
    qapp.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    yield
    qapp.setStyleSheet("")


@pytest.fixture
def busy(monkeypatch, styled):
    """The report of a busy book, as the service would work it out."""
    report = replace(hand_made(), periods=[busy_month(m) for m in range(12)])
    monkeypatch.setattr(report_service, "build_report", lambda *_a, **_k: report)
    return report


def periods_tab(session, qtbot, tmp_path, width: int, height: int):
    win = MainWindow(session.book, QSettings(str(tmp_path / "w.ini"),
                                             QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    win.resize(width, height)
    win.show()
    qtbot.waitExposed(win)
    win.pages.setCurrentIndex(win.pages.indexOf(win._reports_tab))
    qtbot.waitUntil(lambda: win.reports.periods_model.rowCount() > 0, timeout=10_000)
    win.reports.tabs.setCurrentIndex(1)
    tab = win.reports.periods_tab
    qtbot.waitUntil(tab.view.isVisible)
    qtbot.wait(10)
    return tab


def figures_cut_short(view) -> list[str]:
    """Columns whose figures are wider than the column (Qt would elide them "2.7…")."""
    header = view.horizontalHeader()
    return [f"column {c}: {view.sizeHintForColumn(c)} > {header.sectionSize(c)}"
            for c in range(header.count()) if view.sizeHintForColumn(c) > header.sectionSize(c)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_column_fits_1280_px_whole_in_every_language(session, qtbot, tmp_path, compiled,
                                                            busy, language):
    """Spanish, Greek and Ukrainian scrolled 1 to 3 columns sideways."""
    translations.install_language(language, QLocale("C"), compiled)
    tab = periods_tab(session, qtbot, tmp_path, 1280, 760)
    view = tab.view
    assert view.horizontalScrollBar().maximum() == 0
    problems = cut_short(tab) + figures_cut_short(view)
    assert not problems, "\n".join(problems)
    header = view.horizontalHeader()
    right = header.sectionViewportPosition(10) + header.sectionSize(10)
    assert right <= view.viewport().width()
    assert not tab.frozen.shown


@pytest.mark.parametrize("language", ["en", "el", "zh_CN"])
def test_at_1024_px_headings_wrap_and_the_period_stays_in_view(session, qtbot, tmp_path,
                                                               compiled, busy, language):
    translations.install_language(language, QLocale("C"), compiled)
    tab = periods_tab(session, qtbot, tmp_path, 1024, 600)
    view = tab.view
    problems = cut_short(tab) + figures_cut_short(view)
    assert not problems, "\n".join(problems)
    assert view.rowHeight(0) * 3 <= view.viewport().height()  # the notes never crowd it out
    bar = view.horizontalScrollBar()
    if bar.maximum() == 0:  # it fits (Chinese): nothing to keep in view
        assert not tab.frozen.shown
        return
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    frozen = tab.frozen.copy
    assert tab.frozen.shown and frozen.isVisible()
    assert frozen.columnWidth(0) == view.columnWidth(0) >= view.sizeHintForColumn(0)
    assert frozen.horizontalHeader().height() == view.horizontalHeader().height()
    header = view.horizontalHeader()
    assert header.sectionViewportPosition(10) + header.sectionSize(10) <= \
        view.viewport().width()  # the last column can be reached whole
    # The period over the figures of its own row, selected together.
    view.verticalScrollBar().setValue(1)
    view.selectionModel().select(view.model().index(2, 5), SELECT_ROW)
    assert frozen.selectionModel().isRowSelected(2)
    assert frozen.rowViewportPosition(2) == view.rowViewportPosition(2)


def test_headings_break_between_words_keeping_signs_and_numbers_with_their_unit():
    assert words_of("New returned ≤ 90 days") == ["New", " returned", " ≤ 90 days"]
    assert wrappings("New returned ≤ 90 days", 2) == ["New\nreturned ≤ 90 days",
                                                      "New returned\n≤ 90 days"]
    assert wrappings("Visits", 2) == []
    # Chinese breaks between characters, never inside "90 天".
    assert "来自\n回头客" in wrappings("来自回头客", 2)
    assert all("90 天" in text for text in wrappings("新客 90 天内回头", 3))


def test_revenue_shows_whole_amounts_with_the_cents_in_the_tooltip(qapp):
    model = PeriodsModel()
    rows = hand_made().periods
    rows[0] = replace(rows[0], revenue=Decimal("2706.50"))
    model.set_rows(rows, "EUR")
    revenue = model.index(0, PeriodsModel.COL_REVENUE)
    assert revenue.data() == "€2,707"
    assert revenue.data(Qt.ItemDataRole.ToolTipRole) == "€2,706.50"
    assert model.index(0, PeriodsModel.COL_FIRST_SPEND).data() == "€55.50"  # an average: cents

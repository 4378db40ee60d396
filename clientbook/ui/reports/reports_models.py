"""Table models of the Reports page: figures per period, per designer, and the win-back list."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QTableView

from clientbook.domain.models import ContactEntry, ContactPreference
from clientbook.services.reports.reports import DesignerFigures, PeriodFigures, WinBackRow
from clientbook.ui.briefing.briefing_words import BriefingWords
from clientbook.ui.followups.followups_models import NOTHING, FiguresModel, Index, number
from clientbook.ui.widgets.formats import CURRENCY_SYMBOLS, full_date, money
from clientbook.ui.widgets.plain_text import tooltip


class _MoneyModel(FiguresModel):
    """Rows with amounts in the book's currency."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.currency = "EUR"

    def set_rows(self, rows: list, currency: str = "EUR") -> None:
        self.currency = currency
        self._reset(list(rows))

    def amount(self, value: Decimal | None) -> str:
        return NOTHING if value is None else money(value, self.currency)

    def whole_amount(self, value: Decimal | None) -> str:
        """"€2,707" for 2,706.50: rounded to whole units (the cents are in the tooltip)."""
        if value is None:
            return NOTHING
        loc = QLocale()
        if loc.language() == QLocale.Language.C:  # as formats.money: C would print "45€"
            loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        whole = value.quantize(Decimal(1), ROUND_HALF_UP)
        symbol = CURRENCY_SYMBOLS.get(self.currency.upper(), self.currency)
        return loc.toCurrencyString(float(whole), symbol, 0)


def _natural(value) -> float:
    """A sort key that puts "—" (None) before every number (all figures are ≥ 0)."""
    return -1.0 if value is None else float(value)


class PeriodsModel(_MoneyModel):
    """One row per period, oldest first: lost, won back, churn, new clients, revenue."""

    (COL_PERIOD, COL_ACTIVE, COL_LAPSED, COL_WON, COL_CHURN, COL_NEW, COL_FIRST_SPEND,
     COL_RETURNED, COL_VISITS, COL_REVENUE, COL_REPEAT) = range(11)
    COLUMNS = 11
    NUMERIC = tuple(range(1, 11))

    def headers(self) -> list[str]:
        return [self.tr("Period"), self.tr("Active at start"), self.tr("Lost"),
                self.tr("Won back"), self.tr("Churn"), self.tr("New clients"),
                self.tr("First visit spend"), self.tr("New returned ≤ 90 days"),
                self.tr("Visits"), self.tr("Revenue"), self.tr("From repeat clients")]

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.heading_lines: list[str] = []
        """The headings broken into lines to fit the view (ui/reports/heading_fit.py)."""

    def set_heading_lines(self, texts: list[str]) -> None:
        self.heading_lines = list(texts)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        """Long headings on two or three lines, so eleven columns fit 1280 px."""
        text = super().headerData(section, orientation, role)
        if (role == Qt.ItemDataRole.DisplayRole and isinstance(text, str)
                and len(self.heading_lines) == self.COLUMNS):
            return self.heading_lines[section]
        return text

    def _value(self, p: PeriodFigures, col: int):
        return (p.period.label, p.active_at_start, p.lapsed, p.won_back, p.churn_rate,
                p.new_clients, p.new_first_spend_avg, p.new_returned_90d, p.visits, p.revenue,
                p.repeat_revenue)[col]

    def display(self, obj: PeriodFigures, col: int) -> str:
        value = self._value(obj, col)
        if col == self.COL_PERIOD:
            return value
        if col in (self.COL_CHURN, self.COL_RETURNED):
            return self.percent(value)
        if col == self.COL_FIRST_SPEND:
            return self.amount(value)
        if col in (self.COL_REVENUE, self.COL_REPEAT):
            return self.whole_amount(value)  # a month's takings need no cents
        return number(value)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if (role == Qt.ItemDataRole.ToolTipRole and index.isValid()
                and index.column() in (self.COL_REVENUE, self.COL_REPEAT)):
            obj = self.row_object(index.row())
            return None if obj is None else self.amount(self._value(obj, index.column()))
        return super().data(index, role)

    def sort_key(self, obj: PeriodFigures, col: int):
        if col == self.COL_PERIOD:
            return obj.period.start.isoformat()
        return _natural(self._value(obj, col))


class DesignersModel(_MoneyModel):
    """Visits and revenue per designer, how often their clients saw them, promises on time."""

    COL_NAME, COL_VISITS, COL_REVENUE, COL_CONSISTENCY, COL_ON_TIME = range(5)
    COLUMNS = 5
    NUMERIC = (COL_VISITS, COL_REVENUE, COL_CONSISTENCY, COL_ON_TIME)

    def headers(self) -> list[str]:
        return [self.tr("Designer"), self.tr("Visits"), self.tr("Revenue"),
                self.tr("Same designer"), self.tr("Promises on time")]

    def _value(self, d: DesignerFigures, col: int):
        return (d.name, d.visits, d.revenue, d.consistency, d.on_time)[col]

    def display(self, obj: DesignerFigures, col: int) -> str:
        value = self._value(obj, col)
        if col == self.COL_NAME:
            return value
        if col == self.COL_VISITS:
            return number(value)
        if col == self.COL_REVENUE:
            return self.amount(value)
        return self.percent(value)

    def sort_key(self, obj: DesignerFigures, col: int):
        if col == self.COL_NAME:
            return obj.name.casefold()
        return _natural(self._value(obj, col))


class WinBackModel(_MoneyModel):
    """Lapsed clients, most valuable first, with what the front desk needs to call them."""

    (COL_CLIENT, COL_VALUE, COL_LAST, COL_INTERVAL, COL_DESIGNER, COL_CONTACT,
     COL_PREFERS, COL_SINCE) = range(8)
    COLUMNS = 8
    NUMERIC = (COL_VALUE, COL_INTERVAL)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.words = BriefingWords(self)

    def row_of(self, client_id: int) -> int:
        return next((r for r, w in enumerate(self._rows) if w.client_id == client_id), -1)

    def headers(self) -> list[str]:
        return [self.tr("Client"), self.tr("Value"), self.tr("Last visit"),
                self.tr("Usually every"), self.tr("Designer"), self.tr("Last contact"),
                self.tr("Prefers"), self.tr("Lapsed since")]

    def interval(self, days: int | None) -> str:
        if days is None:
            return NOTHING
        return self.tr("%n days", "", days)

    def contact(self, entry: ContactEntry | None) -> str:
        """"4 Nov 2026 · text message"; "never"."""
        if entry is None:
            return self.tr("never")
        return f"{full_date(entry.at.date())} · {self.words.channel(entry.channel)}"

    def wishes(self, wishes: ContactPreference) -> str:
        """"text message, at most once every 30 days"; "do not contact"; "—" when unsaid."""
        if wishes.do_not_contact:
            return self.tr("do not contact")
        parts = [self.words.channel(wishes.channel)] if wishes.channel else []
        if wishes.quiet_days:
            parts.append(self.tr("at most once every %n days", "", wishes.quiet_days))
        elif wishes.quiet_days == 0:
            parts.append(self.tr("no limit on contact"))
        return ", ".join(parts) or NOTHING

    def display(self, obj: WinBackRow, col: int) -> str:
        if col == self.COL_CLIENT:
            return obj.name
        if col == self.COL_VALUE:
            return self.amount(obj.value)
        if col == self.COL_LAST:
            return full_date(obj.last_visit)
        if col == self.COL_INTERVAL:
            return self.interval(obj.usual_interval_days)
        if col == self.COL_DESIGNER:
            return obj.designer or NOTHING
        if col == self.COL_CONTACT:
            return self.contact(obj.last_contact)
        if col == self.COL_PREFERS:
            return self.wishes(obj.wishes)
        return full_date(obj.lapsed_since)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_CLIENT:
            obj = self.row_object(index.row()) if index.isValid() else None
            return None if obj is None else tooltip(obj.name)  # names cut short in the view
        return super().data(index, role)

    def sort_key(self, obj: WinBackRow, col: int):
        if col == self.COL_CLIENT:
            return obj.name.casefold()
        if col == self.COL_VALUE:
            return float(obj.value)
        if col == self.COL_LAST:
            return obj.last_visit.isoformat()
        if col == self.COL_INTERVAL:
            return _natural(obj.usual_interval_days)
        if col == self.COL_SINCE:
            return obj.lapsed_since.isoformat()
        if col == self.COL_CONTACT:  # never contacted first, then oldest to newest
            return "" if obj.last_contact is None else obj.last_contact.at.isoformat()
        return self.display(obj, col).casefold()


def fit_name_column(view: QTableView, names: list[str]) -> None:
    """Names as wide as they need, up to about 26 characters: a long name is cut short
    (its tooltip has it whole) rather than pushing contact and wishes out of sight.
    Measured here for the first hundred rows (as the other columns are): asking the view
    to do it measures every column of the table."""
    metrics, char = view.fontMetrics(), view.fontMetrics().averageCharWidth()
    widest = max((metrics.horizontalAdvance(name) for name in names[:100]), default=0)
    wanted = max(widest + 2 * char, view.horizontalHeader().sectionSizeHint(0))
    view.setColumnWidth(0, min(wanted, 26 * char))

"""What the Reports page (and its PDF) says: figure names, values, definitions, chart series."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, QObject

from clientbook.domain.words import fill
from clientbook.services.reports.reports import Report
from clientbook.ui.followups.followups_models import NOTHING
from clientbook.ui.reports.charts import FIRST, LOST, NEW, REPEAT, WON, Series
from clientbook.ui.widgets.formats import money


class ReportWords(QObject):
    """Translatable words of the report; numbers formatted in the user's locale."""

    PERIOD_FIGURES = ("lapsed", "won_back", "churn_rate", "new_clients", "new_first_spend_avg",
                      "new_returned_90d")
    LOYAL_FIGURES = ("loyal_clients", "loyal_tenure_days", "loyal_revenue", "repeat_share")

    def kinds(self) -> dict[str, str]:
        return {"month": self.tr("Months"), "quarter": self.tr("Quarters"),
                "year": self.tr("Years")}

    def span(self, kind: str, count: int) -> str:
        if kind == "quarter":
            return self.tr("%n quarters", "", count)
        if kind == "year":
            return self.tr("%n years", "", count)
        return self.tr("%n months", "", count)

    def figure_names(self) -> dict[str, str]:
        return {
            "lapsed": self.tr("Clients lost"),
            "won_back": self.tr("Won back"),
            "churn_rate": self.tr("Churn rate"),
            "new_clients": self.tr("New clients"),
            "new_first_spend_avg": self.tr("Average first-visit spend"),
            "new_returned_90d": self.tr("New clients back within 90 days"),
            "loyal_clients": self.tr("Loyal clients"),
            "loyal_tenure_days": self.tr("Average loyal tenure"),
            "loyal_revenue": self.tr("Revenue from loyal clients"),
            "repeat_share": self.tr("Revenue from repeat clients"),
        }

    def percent(self, share: float | None) -> str:
        if share is None:
            return NOTHING
        return fill(self.tr("%1%"), [str(int(share * 100 + 0.5))])

    def number(self, value: int) -> str:
        return QLocale().toString(value)

    def amount(self, value: Decimal | None, currency: str) -> str:
        return NOTHING if value is None else money(value, currency)

    def tenure(self, days: float | None) -> str:
        """"2.4 years", "8 months" or "20 days": a span people can picture."""
        if days is None:
            return NOTHING
        if days >= 365:
            return fill(self.tr("%1 years"), [QLocale().toString(days / 365.25, "f", 1)])
        if days >= 60:
            return self.tr("%n months", "", round(days / 30.44))
        return self.tr("%n days", "", round(days))

    def figure_values(self, report: Report, currency: str) -> dict[str, str]:
        values = {
            "loyal_clients": self.number(report.loyal_clients),
            "loyal_tenure_days": self.tenure(report.loyal_tenure_days),
            "loyal_revenue": self.amount(report.loyal_revenue, currency),
            "repeat_share": self.percent(report.repeat_share),
        }
        if report.periods:
            p = report.periods[-1]
            values.update({
                "lapsed": self.number(p.lapsed),
                "won_back": self.number(p.won_back),
                "churn_rate": self.percent(p.churn_rate),
                "new_clients": self.number(p.new_clients),
                "new_first_spend_avg": self.amount(p.new_first_spend_avg, currency),
                "new_returned_90d": self.percent(p.new_returned_90d),
            })
        return values

    def definitions(self, report: Report) -> dict[str, str]:
        """What each figure means, quoting the thresholds the report was worked out with."""
        rules, locale = report.rules, QLocale()
        window = report.return_window_days
        win_back = self.tr("Clients lapsed today, not archived or forgotten, most valuable "
                           "(total spend) first.")
        listed = len(report.win_back)
        if report.win_back_total > listed:
            win_back += " " + fill(self.tr("The %n most valuable of %1 are listed.", "", listed
                                      ), [locale.toString(report.win_back_total)])
        return {
            "usual_interval": self.tr("The median number of days between a client's visits."),
            "lapsed": fill(self.tr(
                "Clients who went without a visit for longer than %1 × their usual interval "
                "(with %2 or more visits) or %n days (fewer visits), counted in the period "
                "the threshold passed. Every lapse counts, including clients who joined in "
                "the period and a client who lapsed twice.", "", rules.fixed_days),
                    [locale.toString(rules.factor, "g"), locale.toString(rules.min_visits)]),
            "won_back": self.tr("Lapsed clients who came back, counted in the period of that "
                                "visit."),
            "active_at_start": self.tr("Clients who had visited before the period began and "
                                       "had not lapsed by then. Archived clients are left "
                                       "out."),
            "churn_rate": self.tr("Of the clients active at the period's start, the share who "
                                  "lapsed during it (each client once; never more than "
                                  "100 %)."),
            "new_clients": self.tr("Clients whose first visit fell in the period."),
            "new_first_spend_avg": self.tr("The average spend on those new clients' first "
                                           "visit."),
            "new_returned_90d": self.tr(
                "Share of the period's new clients who came back within %n days of their "
                "first visit (blank until every one of them has had that long).", "", window),
            "visits": self.tr("Visits in the period, including zero-spend visits."),
            "repeat_revenue": self.tr("Revenue from visits that were not a client's first."),
            "loyal_clients": self.tr("Clients with %n or more visits.", "",
                                     rules.loyal_visits),
            "loyal_tenure_days": self.tr("Their average time from first to latest visit."),
            "loyal_revenue": self.tr("Everything loyal clients have spent."),
            "repeat_share": self.tr("Share of all revenue ever from visits that were not a "
                                    "client's first."),
            "designer_visits": self.tr("Visits the designer did in the periods shown."),
            "designer_revenue": self.tr("Spend on those visits."),
            "consistency": self.tr("Of all visits by the designer's current clients, the "
                                   "share the designer did."),
            "on_time": self.tr("Promises the staff member kept by their due time."),
            "win_back": win_back,
            "archived": self.tr("Archived clients are left out of active, lapsed, won back, "
                                "churn, consistency and the win-back list; their visits and "
                                "spend still count."),
        }

    def _notes(self, report: Report, named: tuple[tuple[str, str], ...]) -> str:
        """"Name: definition" lines for the columns of a table (a bare line without a name)."""
        meaning = self.definitions(report)
        return "\n".join(f"{name}: {meaning[key]}" if name else meaning[key]
                         for key, name in named)

    def designers_note(self, report: Report) -> str:
        return self._notes(report, (
            ("designer_visits", self.tr("Visits")), ("designer_revenue", self.tr("Revenue")),
            ("consistency", self.tr("Same designer")),
            ("on_time", self.tr("Promises on time"))))

    def periods_note(self, report: Report) -> str:
        return self._notes(report, (
            ("active_at_start", self.tr("Active at start")), ("visits", self.tr("Visits")),
            ("repeat_revenue", self.tr("From repeat clients")), ("archived", "")))

    def win_back_note(self, report: Report) -> str:
        if not report.win_back:
            return self.tr("Nobody has lapsed: every client came back within their usual "
                           "time.")
        return self._notes(report, (("win_back", ""),
                                    ("usual_interval", self.tr("Usually every"))))

    def charts(self, report: Report) -> list[tuple[str, list[str], list[Series], str]]:
        """Title, categories, series and empty text of the three charts, in page order."""
        labels = [p.period.label for p in report.periods]
        none = self.tr("No periods to show.")
        lost = [float(p.lapsed) for p in report.periods]
        won = [float(p.won_back) for p in report.periods]
        new = [float(p.new_clients) for p in report.periods]
        repeat = [float(p.repeat_revenue) for p in report.periods]
        first = [float(p.revenue - p.repeat_revenue) for p in report.periods]
        return [
            (self.tr("Clients lost and won back"), labels,
             [Series(self.tr("Lost"), lost, *LOST), Series(self.tr("Won back"), won, *WON)],
             none),
            (self.tr("New clients"), labels, [Series(self.tr("New clients"), new, *NEW)], none),
            (self.tr("Share of revenue: repeat clients and first visits"), labels,
             [Series(self.tr("Repeat clients"), repeat, *REPEAT),
              Series(self.tr("First visits"), first, *FIRST)], none),
        ]

"""Retention insights: the figures behind the Reports page and `clientbook report`.

With a designer filter, every figure is restricted to the clients assigned to that designer
now (their visits, whoever did them); the designer table then shows who served those clients.
A branch filter (the owner of a book shared by branches) restricts them likewise to the
clients of that branch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from clientbook.domain.models import ContactEntry, ContactPreference
from clientbook.domain.retention import RETURN_WINDOW_DAYS, Rules, tally_summaries

if TYPE_CHECKING:
    from clientbook.services.book import Book

PeriodKind = Literal["month", "quarter", "year"]
KINDS: tuple[PeriodKind, ...] = ("month", "quarter", "year")
WIN_BACK_LIMIT = 500


@dataclass(frozen=True)
class Period:
    start: date
    end: date
    """Exclusive."""
    label: str


@dataclass(frozen=True)
class PeriodFigures:
    period: Period
    active_at_start: int
    lapsed: int
    won_back: int
    churn_rate: float | None
    new_clients: int
    new_first_spend_avg: Decimal | None
    new_returned_90d: float | None
    visits: int
    revenue: Decimal
    repeat_revenue: Decimal
    churned: int = 0
    """Of `active_at_start`, the clients who lapsed in the period (each once): churn's top."""


@dataclass(frozen=True)
class DesignerFigures:
    staff_id: int
    name: str
    visits: int
    revenue: Decimal
    consistency: float | None
    on_time: float | None


@dataclass(frozen=True)
class WinBackRow:
    client_id: int
    name: str
    value: Decimal
    last_visit: date
    usual_interval_days: int | None
    designer: str
    last_contact: ContactEntry | None
    """The latest contact logged with them (when and how); None if there was none."""
    wishes: ContactPreference
    """How they want to be reached (all defaults when they never said)."""
    lapsed_since: date


@dataclass(frozen=True)
class Report:
    kind: PeriodKind
    periods: list[PeriodFigures]
    designers: list[DesignerFigures]
    loyal_clients: int
    loyal_tenure_days: float | None
    loyal_revenue: Decimal
    repeat_share: float | None
    win_back: list[WinBackRow]
    win_back_total: int = 0
    """Every client lapsed today; `win_back` lists at most the limit, most valuable first."""
    rules: Rules = field(default_factory=Rules)
    """The thresholds the figures were worked out with (the page's definitions quote them)."""
    win_back_limit: int | None = WIN_BACK_LIMIT
    """At most this many clients in `win_back`; None: no limit."""
    return_window_days: int = RETURN_WINDOW_DAYS
    """New clients count as returned when they came back within this many days."""


def _money(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def period_of(day: date, kind: PeriodKind) -> Period:
    """The month, quarter or year holding `day`."""
    if kind == "year":
        return Period(date(day.year, 1, 1), date(day.year + 1, 1, 1), f"{day.year}")
    if kind == "quarter":
        first = (day.month - 1) // 3 * 3 + 1
        end = date(day.year + 1, 1, 1) if first == 10 else date(day.year, first + 3, 1)
        return Period(date(day.year, first, 1), end, f"{day.year}-Q{(first - 1) // 3 + 1}")
    end = date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)
    return Period(date(day.year, day.month, 1), end, f"{day.year}-{day.month:02d}")


def last_periods(today: date, kind: PeriodKind, count: int) -> list[Period]:
    """`count` periods, oldest first, the last one holding `today` (so it is still running)."""
    out = [period_of(today, kind)]
    while len(out) < count:
        out.append(period_of(date.fromordinal(out[-1].start.toordinal() - 1), kind))
    return out[::-1]


def _contact_text(entry: ContactEntry | None) -> str:
    """English, for CSV and the command line: "2026-11-12 sms" or "never"."""
    if entry is None:
        return "never"
    return f"{entry.at:%Y-%m-%d} {entry.channel.value.replace('_', ' ')}"


def _wishes_text(wishes: ContactPreference) -> str:
    """English, for CSV and the command line: "prefers sms, at most once every 30 days"."""
    if wishes.do_not_contact:
        return "do not contact"
    parts = [f"prefers {wishes.channel.value.replace('_', ' ')}"] if wishes.channel else []
    if wishes.quiet_days is not None:
        parts.append(f"at most once every {wishes.quiet_days} days")
    return ", ".join(parts) or "no preference"


def build_report(book: Book, kind: PeriodKind = "month", periods: int = 12,
                 designer_id: int | None = None, *, factor: float = 2.0, fixed_days: int = 90,
                 min_visits: int = 3, loyal_visits: int = 5,
                 win_back_limit: int | None = WIN_BACK_LIMIT,
                 branch_id: int | None = None) -> Report:
    """The figures for `periods` periods of `kind`, the last one holding today.

    `branch_id` limits them to one branch's clients (a book in a file has one branch, so
    there it changes nothing).

    The win-back list holds at most `win_back_limit` clients (None: all of them);
    `Report.win_back_total` counts them all.
    """
    if kind not in KINDS:
        raise ValueError(f"kind must be one of {', '.join(KINDS)}")
    rules = Rules(factor, fixed_days, min_visits, loyal_visits)
    today = book.now().date()
    spans = last_periods(today, kind, max(1, periods))
    starts = [p.start.toordinal() for p in spans] + [spans[-1].end.toordinal()]
    bounds = [p.start for p in spans] + [spans[-1].end]
    with book.reading():
        reads = book.store.report_reads()
        clients = reads.summaries(designer_id, rules, branch_id)
        totals = reads.totals(bounds, designer_id, branch_id)
        # While the first slice of clients is read: the small things.
        record = book.promises.record().by_staff
        staff = {s.id: s.name for s in book.staff.all()}
        figures = tally_summaries(clients, starts, today.toordinal(), rules,
                                  win_back_limit)
        total_rows = totals()
        lapsed = figures.lapsed_now
        last, wishes, names = reads.contact_facts([x.client_id for x in lapsed])
        branch_staff = reads.branch_staff(branch_id) if branch_id is not None else set()

    visits, cents = [0] * len(spans), [0] * len(spans)
    by_staff: dict[int, list[int]] = {}
    for i, staff_id, count, spend in total_rows:
        visits[i] += count
        cents[i] += spend
        if staff_id is not None:
            pair = by_staff.setdefault(staff_id, [0, 0])
            pair[0] += count
            pair[1] += spend

    rows = []
    for i, (p, t) in enumerate(zip(spans, figures.periods, strict=True)):
        complete = p.end.toordinal() - 1 + RETURN_WINDOW_DAYS <= today.toordinal()
        rows.append(PeriodFigures(
            p, t.active_at_start, t.lapsed, t.won_back,
            t.churned / t.active_at_start if t.active_at_start else None,
            t.new_clients,
            (_money(t.new_first_cents) / t.new_clients).quantize(Decimal("0.01"))
            if t.new_clients else None,
            t.new_returned / t.new_clients if t.new_clients and complete else None,
            visits[i], _money(cents[i]), _money(cents[i] - t.new_first_cents), t.churned))

    designers = []
    for sid in set(by_staff) | set(figures.consistency) | {s for s in record if s is not None}:
        if designer_id is not None and sid not in by_staff and sid != designer_id:
            continue
        if (branch_id is not None and sid not in by_staff and sid not in figures.consistency
                and sid not in branch_staff):
            continue  # another branch's designer, with promises but no visits here
        done, spend = by_staff.get(sid, (0, 0))
        kept, total = figures.consistency.get(sid, (0, 0))
        on_time = record.get(sid)
        designers.append(DesignerFigures(sid, staff.get(sid, f"#{sid}"), done, _money(spend),
                                         kept / total if total else None,
                                         on_time.rate if on_time is not None else None))
    designers.sort(key=lambda d: (d.name.casefold(), d.staff_id))

    win_back = []
    for x in lapsed:
        name, designer = names.get(x.client_id, (f"#{x.client_id}", None))
        win_back.append(WinBackRow(
            x.client_id, name, _money(x.value_cents), date.fromordinal(x.last_visit),
            x.usual_interval_days, staff.get(designer, "") if designer is not None else "",
            last.get(x.client_id), wishes.get(x.client_id, ContactPreference()),
            date.fromordinal(x.lapsed_since)))

    return Report(kind, rows, designers, figures.loyal_clients, figures.loyal_tenure_avg,
                  _money(figures.loyal_cents), figures.repeat_share, win_back,
                  win_back_total=figures.lapsed_now_total, rules=rules,
                  win_back_limit=win_back_limit)


def _pct(value: float | None) -> str:
    return "" if value is None else f"{value:.1%}"


def report_tables(report: Report) -> dict[str, tuple[list[str], list[list[str]]]]:
    """Every table as (header, rows of text): for CSV export and the command line."""
    retention = (["period", "start", "end", "active_at_start", "lapsed", "won_back",
                  "churned", "churn_rate", "new_clients", "new_first_spend_avg",
                  "new_returned_90d", "visits", "revenue", "repeat_revenue"],
                 [[p.period.label, p.period.start.isoformat(), p.period.end.isoformat(),
                   str(p.active_at_start), str(p.lapsed), str(p.won_back), str(p.churned),
                   _pct(p.churn_rate), str(p.new_clients),
                   "" if p.new_first_spend_avg is None else str(p.new_first_spend_avg),
                   _pct(p.new_returned_90d), str(p.visits), str(p.revenue),
                   str(p.repeat_revenue)] for p in report.periods])
    loyal = (["measure", "value"], [
        ["loyal_clients", str(report.loyal_clients)],
        ["loyal_tenure_days", "" if report.loyal_tenure_days is None
         else f"{report.loyal_tenure_days:.1f}"],
        ["loyal_revenue", str(report.loyal_revenue)],
        ["repeat_share", _pct(report.repeat_share)]])
    designers = (["staff_id", "designer", "visits", "revenue", "consistency", "on_time"],
                 [[str(d.staff_id), d.name, str(d.visits), str(d.revenue),
                   _pct(d.consistency), _pct(d.on_time)] for d in report.designers])
    win_back = (["client_id", "name", "value", "last_visit", "usual_interval_days",
                 "lapsed_since", "designer", "last_contact", "contact_preference"],
                [[str(w.client_id), w.name, str(w.value), w.last_visit.isoformat(),
                  "" if w.usual_interval_days is None else str(w.usual_interval_days),
                  w.lapsed_since.isoformat(), w.designer, _contact_text(w.last_contact),
                  _wishes_text(w.wishes)] for w in report.win_back])
    return {"retention": retention, "loyalty": loyal, "designers": designers,
            "winback": win_back}

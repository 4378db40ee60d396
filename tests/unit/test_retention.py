"""Retention figures on a hand-made history: every number below is worked out in the comments.

Today is 2026-11-22 (conftest NOW). Six monthly periods: Jun, Jul, Aug, Sep, Oct, Nov 2026.
Lapse rule: fewer than 3 visits → lapsed after more than 90 days (step 91: lapse dated last
visit + 91 days); 3+ visits → more than 2 × median gap.

A  one visit Jul 1 (50.00). Fixed rule → lapse Jul 1 + 91 = Sep 30. Active at start of Aug and
   Sep (Jul 1 < start ≤ Sep 30). New in Jul; never came back.
B  designer Ana, visits Aug 2, 12, 22, Oct 1, 11, 21 (100.00 each, all by Ana). Gaps 10, 10,
   40, 10, 10 → median 10 → lapsed after 20 days (step 21): lapse Aug 22 + 21 = Sep 12, won back
   Oct 1 (a period's first day: counted in Oct, and not active at the start of Oct), lapsed
   again Oct 21 + 21 = Nov 11. Active at start of Sep and Nov. New in Aug. Lapsed now.
   Under the fixed 90 days instead (min_visits=10) B never lapses.
C  Sep 1 (0.00, first day of Sep), Sep 15 (30.00). Fixed rule: lapse Dec 15, after today.
   New in Sep with a zero first spend; active at start of Oct and Nov.
D  archived: May 1 (70.00), Oct 5 (20.00). No part in active/lapsed/won back; its money counts.
E  Nov 1 (40.00, first day of Nov). New in Nov; too recent to lapse.
F  Oct 18, 25, Nov 1, 8, 15 (10, 10, 10, 0 — a zero-spend visit — 10). Median gap 7 → lapse
   after 14 days: Nov 15 + 15 = Nov 30, after today. New in Oct; active at start of Nov.
"""

from __future__ import annotations

import csv
from datetime import date, datetime
from decimal import Decimal

import pytest

from clientbook.domain.models import Client, ContactPreference, Visit
from clientbook.domain.retention import Rules, tally, usual_interval
from clientbook.services.followups.consistency import by_designer
from clientbook.services.reports.reports import build_report, last_periods, period_of, report_tables


def _client(book, name, designer=None):
    client = Client(display_name=name, designer_id=designer)
    book.clients.add(client)
    return client


def _visit(book, client, day, spend, staff=None):
    book.history.add_visit(Visit(client.id, datetime.combine(day, datetime.min.time())
                                 .replace(hour=10), staff_id=staff, spend=Decimal(spend)))


@pytest.fixture
def firm(book):
    ana = book.staff.add("Ana")
    a = _client(book, "A One")
    _visit(book, a, date(2026, 7, 1), "50")
    book.contacts.set_preference(a.id, ContactPreference(do_not_contact=True))
    b = _client(book, "B Regular", ana.id)
    for d in (date(2026, 8, 2), date(2026, 8, 12), date(2026, 8, 22), date(2026, 10, 1),
              date(2026, 10, 11), date(2026, 10, 21)):
        _visit(book, b, d, "100", ana.id)
    book.contacts.log(b.id, "sms", at=datetime(2026, 11, 12, 10))
    c = _client(book, "C New")
    _visit(book, c, date(2026, 9, 1), "0")
    _visit(book, c, date(2026, 9, 15), "30")
    d_ = _client(book, "D Archived")
    _visit(book, d_, date(2026, 5, 1), "70")
    _visit(book, d_, date(2026, 10, 5), "20")
    book.clients.set_archived(d_.id, True)
    e = _client(book, "E Recent")
    _visit(book, e, date(2026, 11, 1), "40")
    f = _client(book, "F Loyal")
    for d, s in ((date(2026, 10, 18), "10"), (date(2026, 10, 25), "10"),
                 (date(2026, 11, 1), "10"), (date(2026, 11, 8), "0"),
                 (date(2026, 11, 15), "10")):
        _visit(book, f, d, s)
    return book, ana, a, b


def _m(text):
    return Decimal(text)


def test_periods_by_hand(firm):
    book, *_ = firm
    report = build_report(book, "month", 6)
    got = [(p.period.label, p.active_at_start, p.lapsed, p.won_back, p.churn_rate,
            p.new_clients, p.new_first_spend_avg, p.new_returned_90d, p.visits, p.revenue,
            p.repeat_revenue) for p in report.periods]
    assert got == [
        # Jun: nothing yet.
        ("2026-06", 0, 0, 0, None, 0, None, None, 0, _m("0"), _m("0")),
        # Jul: A is new (first spend 50) and never returned; Jul 31 + 90 ≤ today → 0 %.
        ("2026-07", 0, 0, 0, None, 1, _m("50.00"), 0.0, 1, _m("50"), _m("0")),
        # Aug: A active at start; B new (100); B's 3 visits 300, of which 200 repeat.
        # Aug 31 + 90 = Nov 29 > today → the return share is not known yet.
        ("2026-08", 1, 0, 0, 0.0, 1, _m("100.00"), None, 3, _m("300"), _m("200")),
        # Sep: A and B active at start, both lapse (B Sep 12, A Sep 30) → churn 2/2.
        # C new with a zero first spend; C's visits 0 + 30.
        ("2026-09", 2, 2, 0, 1.0, 1, _m("0.00"), None, 2, _m("30"), _m("30")),
        # Oct: only C active at start (B came back on the 1st itself); B won back.
        # Visits: B 3 (300), archived D 1 (20), F 2 (20) = 6 / 340; F's first 10 → repeat 330.
        ("2026-10", 1, 0, 1, 0.0, 1, _m("10.00"), None, 6, _m("340"), _m("330")),
        # Nov: B, C, F active at start; B lapses Nov 11 → churn 1/3. E new (40).
        # Visits: E 1 (40), F 3 (10 + 0 + 10) = 4 / 60; repeat 60 − 40 = 20.
        ("2026-11", 3, 1, 0, pytest.approx(1 / 3), 1, _m("40.00"), None, 4, _m("60"),
         _m("20")),
    ]
    assert report.periods[0].period.start == date(2026, 6, 1)
    assert report.periods[-1].period.end == date(2026, 12, 1)


def test_loyal_and_repeat_share(firm):
    book, *_ = firm
    report = build_report(book, "month", 6)
    # Loyal (5+ visits): B (Aug 2 → Oct 21 = 80 days, 600) and F (Oct 18 → Nov 15 = 28, 40).
    assert report.loyal_clients == 2
    assert report.loyal_tenure_days == 54.0
    assert report.loyal_revenue == _m("640")
    # All spend 50 + 600 + 30 + 90 + 40 + 40 = 850; first visits 50+100+0+70+40+10 = 270.
    assert report.repeat_share == pytest.approx(580 / 850)


def test_win_back_list(firm):
    book, _ana, a, b = firm
    report = build_report(book, "month", 6)
    rows = [(w.client_id, w.name, w.value, w.last_visit, w.usual_interval_days, w.designer,
             w.last_contact and (w.last_contact.at, w.last_contact.channel),
             w.wishes.do_not_contact, w.lapsed_since) for w in report.win_back]
    assert rows == [
        (b.id, "B Regular", _m("600"), date(2026, 10, 21), 10, "Ana",
         (datetime(2026, 11, 12, 10), "sms"), False, date(2026, 11, 11)),
        (a.id, "A One", _m("50"), date(2026, 7, 1), None, "", None, True, date(2026, 9, 30)),
    ]
    # For CSV and the command line, in words.
    assert [row[-2:] for row in report_tables(report)["winback"][1]] == [
        ["2026-11-12 sms", "no preference"], ["never", "do not contact"]]


def test_fixed_days_instead_of_the_usual_interval(firm):
    book, _ana, a, _b = firm
    report = build_report(book, "month", 6, min_visits=10)
    # B now needs more than 90 days without a visit: never lapsed, never won back.
    assert [w.client_id for w in report.win_back] == [a.id]
    assert [(p.lapsed, p.won_back) for p in report.periods] == [
        (0, 0), (0, 0), (0, 0), (1, 0), (0, 0), (0, 0)]


def test_designers_and_consistency_match_the_follow_ups_page(firm):
    book, ana, *_ = firm
    report = build_report(book, "month", 6)
    assert [(d.staff_id, d.name, d.visits, d.revenue, d.consistency, d.on_time)
            for d in report.designers] == [(ana.id, "Ana", 6, _m("600"), 1.0, None)]
    assert [line.share for line in by_designer(book)] == [1.0]


def test_designer_filter_keeps_their_clients_only(firm):
    book, ana, _a, b = firm
    report = build_report(book, "month", 6, designer_id=ana.id)
    assert [p.visits for p in report.periods] == [0, 0, 3, 0, 3, 0]
    assert [w.client_id for w in report.win_back] == [b.id]


def test_quarters_and_years():
    assert period_of(date(2026, 11, 22), "quarter").label == "2026-Q4"
    assert period_of(date(2026, 11, 22), "year").end == date(2027, 1, 1)
    assert [p.label for p in last_periods(date(2026, 2, 1), "quarter", 3)] == [
        "2025-Q3", "2025-Q4", "2026-Q1"]


def test_quarter_report_adds_the_months(firm):
    book, *_ = firm
    report = build_report(book, "quarter", 2)
    assert [(p.period.label, p.visits, p.revenue, p.lapsed, p.won_back, p.new_clients)
            for p in report.periods] == [
        ("2026-Q3", 6, _m("380"), 2, 0, 3), ("2026-Q4", 10, _m("400"), 1, 1, 2)]


def test_tables_are_text(firm, out):
    book, *_ = firm
    tables = report_tables(build_report(book, "month", 6))
    assert set(tables) == {"retention", "loyalty", "designers", "winback"}
    for header, rows in tables.values():
        assert all(len(r) == len(header) and all(isinstance(c, str) for c in r) for r in rows)
    path = out / "retention.csv"
    with path.open("w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([tables["retention"][0], *tables["retention"][1]])
    with path.open(encoding="utf-8", newline="") as f:
        assert len(list(csv.reader(f))) == 7


def test_pure_tally_one_visit_and_median():
    assert usual_interval([1, 11, 21, 61]) == 10
    assert usual_interval([1, 3, 10, 20]) == 7
    d = date(2026, 7, 1).toordinal()
    starts = [date(2026, m, 1).toordinal() for m in (8, 9, 10)]
    t = tally([(1, False, True, None, 0, 500, 500, [d])], starts, d + 200, Rules())
    # Lapse on Jul 1 + 91 = Sep 30: active at start of Aug and Sep, lapsed in Sep.
    assert [(p.active_at_start, p.lapsed) for p in t.periods] == [(1, 0), (1, 1)]
    assert t.lapsed_now[0].lapsed_since == date(2026, 9, 30).toordinal()


def test_churn_counts_each_client_active_at_start_once(firm):
    book, *_ = firm
    report = build_report(book, "month", 6)
    # Sep: A and B (both active at start) lapse; Nov: B (active at start) lapses.
    assert [p.churned for p in report.periods] == [0, 0, 0, 2, 0, 1]
    year = build_report(book, "year", 1).periods[0]
    # 2026: nobody had visited before Jan 1. A joined and lapsed (Sep 30) and B joined and
    # lapsed twice (Sep 12, Nov 11): 3 lost, none of them churned from an active start.
    assert (year.active_at_start, year.lapsed, year.won_back, year.churned,
            year.churn_rate) == (0, 3, 1, 0, None)


def test_pure_churn_is_a_rate_over_a_year():
    """One year, 2026; today Dec 31. Fixed rule for everyone (min_visits=10): lapse 91 days on.

    P  one visit 2025-12-01 → lapses 2026-03-02: active at start, lost, churned.
    Q  joins 2026-02-01 (one visit) → lapses 2026-05-03: lost, not active at start.
    R  2025-12-15, 2026-05-01 (gap 137) → lapses 2026-03-16, back May 1, lapses again
       2026-07-31: active at start, lost twice, won back once, churned once.
    S  visits at most 86 days apart, the last 2026-12-15 → never lapses: active at start.
    Active at start P, R, S = 3; lost 4 (the old ratio would be 4/3); churned P, R = 2.
    """
    o = date.toordinal
    year = [o(date(2026, 1, 1)), o(date(2027, 1, 1))]
    s_days = [o(date(2025, 11, 1)), o(date(2026, 1, 15)), o(date(2026, 4, 10)),
              o(date(2026, 7, 1)), o(date(2026, 9, 25)), o(date(2026, 12, 15))]
    histories = [
        (1, False, True, None, 0, 100, 100, [o(date(2025, 12, 1))]),
        (2, False, True, None, 0, 200, 200, [o(date(2026, 2, 1))]),
        (3, False, True, None, 0, 300, 150, [o(date(2025, 12, 15)), o(date(2026, 5, 1))]),
        (4, False, True, None, 0, 600, 100, s_days),
    ]
    t = tally(histories, year, o(date(2026, 12, 31)), Rules(min_visits=10))
    p = t.periods[0]
    assert (p.active_at_start, p.lapsed, p.won_back, p.churned) == (3, 4, 1, 2)
    assert p.churned <= p.active_at_start
    assert sorted((x.client_id, date.fromordinal(x.lapsed_since)) for x in t.lapsed_now) == [
        (1, date(2026, 3, 2)), (2, date(2026, 5, 3)), (3, date(2026, 7, 31))]
    # Monthly, the same lapses land in Mar, May, Mar and Jul; churn never passes 100 %.
    months = [o(date(2026, m, 1)) for m in range(1, 13)] + [o(date(2027, 1, 1))]
    monthly = tally(histories, months, o(date(2026, 12, 31)), Rules(min_visits=10)).periods
    assert [m.lapsed for m in monthly] == [0, 0, 2, 0, 1, 0, 1, 0, 0, 0, 0, 0]
    assert all(m.churned <= m.active_at_start for m in monthly)
    assert (monthly[2].active_at_start, monthly[2].churned) == (4, 2)  # P, Q, R, S in Mar


def test_win_back_list_is_capped_and_counted(firm):
    book, _ana, _a, b = firm
    report = build_report(book, "month", 6, win_back_limit=1)
    assert [w.client_id for w in report.win_back] == [b.id]  # the most valuable
    assert report.win_back_total == 2
    assert report.win_back_limit == 1  # the page's definition quotes it
    everyone = build_report(book, "month", 6, win_back_limit=None)
    assert (len(everyone.win_back), everyone.win_back_total) == (2, 2)

"""Retention figures on a second hand-made history, built from the edge cases the issue names.

Today is 2026-11-22 (conftest NOW). Five monthly periods, Jul–Nov 2026 (starts Jul 1, Aug 1,
Sep 1, Oct 1, Nov 1; Dec 1 ends the window). Nobody has 3 visits, so the fixed rule holds for
all: lapsed once more than 90 days pass without a visit, the lapse dated last visit + 91 days.

P  Πέτρος, one visit Jul 2 (60.00). Jul 2 + 91 = Oct 1, a period's FIRST day: active at the
   start of Aug, Sep and Oct (not yet lapsed on Sep 30), lost and churned in Oct.
Q  Олена, Jul 2 (20.00) and Oct 1 (20.00): a gap of 91 days, so lapsed on Oct 1 and won back
   the same day. Active at the start of Aug, Sep, Oct (first stretch) and Nov (second).
   Back after 91 days: not "returned within 90 days".
R  王芳, Jul 2 (20.00) and Sep 30 (20.00): a gap of exactly 90 days is not longer than 90, so
   never lapsed. Returned within 90 days. Active at the start of Aug, Sep, Oct, Nov.
S  designer Mei; Sep 30 at 23:30 (45.00, by Olek) and Oct 1 at 00:15 (15.00, by Mei): the
   two sides of midnight on a period boundary. New in Sep; active at the start of Oct, Nov.
T  Aug 10 at 10:00 (30.00) and Aug 10 at 15:00 (0.00, refunded): the same day twice is not a
   return. Aug 10 + 91 = Nov 9: active at the start of Sep, Oct, Nov; lost and churned in Nov.
U  archived, one visit Jul 20 (25.00): new in Jul with its first spend, its money counts, but
   never active, lost or on the win-back list.
V  forgotten on request (which leaves an archived placeholder), one visit Jun 2 (10.00): like
   U, only its money counts.
W  one visit Nov 3 at 0.00 (a free consultation): new in Nov with a zero first spend.
X  Xénia, one visit Jun 1 (80.00): Jun 1 + 91 = Aug 31, a period's LAST day: active at the
   start of Jul and Aug, lost and churned in Aug.

Active at start: Jul X = 1; Aug P Q R X = 4; Sep P Q R T = 4; Oct P Q R S T = 5;
Nov Q R S T = 4. Lost: Aug X; Oct P, Q; Nov T. Churn: 0/1, 1/4, 0/4, 2/5, 1/4.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from clientbook.domain.models import Client, Visit
from clientbook.services.privacy.erasure import forget
from clientbook.services.reports.reports import build_report, report_tables


def _client(book, name, designer=None):
    client = Client(display_name=name, designer_id=designer)
    book.clients.add(client)
    return client


def _visit(book, client, when, spend, staff=None):
    book.history.add_visit(Visit(client.id, when, staff_id=staff, spend=Decimal(spend)))


@pytest.fixture
def edges(book):
    mei, olek = book.staff.add("Mei"), book.staff.add("Olek")
    p = _client(book, "Πέτρος Παπαδάκης")
    _visit(book, p, datetime(2026, 7, 2, 10), "60")
    q = _client(book, "Олена Шевченко")
    _visit(book, q, datetime(2026, 7, 2, 10), "20")
    _visit(book, q, datetime(2026, 10, 1, 10), "20")
    r = _client(book, "王芳")
    _visit(book, r, datetime(2026, 7, 2, 10), "20")
    _visit(book, r, datetime(2026, 9, 30, 10), "20")
    s = _client(book, "Sam Boundary", mei.id)
    _visit(book, s, datetime(2026, 9, 30, 23, 30), "45", olek.id)
    _visit(book, s, datetime(2026, 10, 1, 0, 15), "15", mei.id)
    t = _client(book, "Tom Twice")
    _visit(book, t, datetime(2026, 8, 10, 10), "30")
    _visit(book, t, datetime(2026, 8, 10, 15), "0")
    u = _client(book, "Una Archived")
    _visit(book, u, datetime(2026, 7, 20, 10), "25")
    book.clients.set_archived(u.id, True)
    v = _client(book, "Vera Forgotten")
    _visit(book, v, datetime(2026, 6, 2, 10), "10")
    forget(book, v.id)
    x = _client(book, "Xénia Lefèvre")
    _visit(book, x, datetime(2026, 6, 1, 10), "80")
    w = _client(book, "Wen Free")
    _visit(book, w, datetime(2026, 11, 3, 10), "0")
    return book, mei, olek, p, t, x


def _m(text):
    return Decimal(text)


def test_months_by_hand(edges):
    book, *_ = edges
    report = build_report(book, "month", 5)
    got = [(p.period.label, p.active_at_start, p.lapsed, p.churned, p.churn_rate, p.won_back,
            p.new_clients, p.new_first_spend_avg, p.new_returned_90d, p.visits, p.revenue,
            p.repeat_revenue) for p in report.periods]
    assert got == [
        # Jul: P, Q, R, U new, first spends 60 + 20 + 20 + 25 = 125 → 31.25 each; R alone came
        # back within 90 days → 1/4 (Jul 31 + 90 = Oct 29 ≤ today, so it is known). Only X
        # (Jun 1) was active at the start, and did not lapse in Jul.
        ("2026-07", 1, 0, 0, 0.0, 0, 4, _m("31.25"), 0.25, 4, _m("125"), _m("0")),
        # Aug: X lapses on the 31st → 1/4. T new; its two visits 30 + 0, the first the 30.
        # Aug 31 + 90 = Nov 29 > today: the return share is not known yet.
        ("2026-08", 4, 1, 1, 0.25, 0, 1, _m("30.00"), None, 2, _m("30"), _m("0")),
        # Sep: R (20) and S's 23:30 visit (45) on the 30th; S new, so 20 is repeat revenue.
        ("2026-09", 4, 0, 0, 0.0, 0, 1, _m("45.00"), None, 2, _m("65"), _m("20")),
        # Oct: P and Q lapse on the 1st (both active at the start): 2/5. Q back the same day.
        # Q (20) and S's 00:15 visit (15): 35, all repeat.
        ("2026-10", 5, 2, 2, 0.4, 1, 0, None, None, 2, _m("35"), _m("35")),
        # Nov: T lapses on the 9th → 1/4. W new with a zero first spend; revenue 0.
        ("2026-11", 4, 1, 1, 0.25, 0, 1, _m("0.00"), None, 1, _m("0"), _m("0")),
    ]


def test_quarters_by_hand(edges):
    book, *_ = edges
    report = build_report(book, "quarter", 2)
    got = [(p.period.label, p.active_at_start, p.lapsed, p.churned, p.won_back, p.new_clients,
            p.visits, p.revenue) for p in report.periods]
    # Q3 (Jul 1): only X active at the start, lost Aug 31. New P Q R U T S; visits 4 + 2 + 2.
    # Q4 (Oct 1): P Q R S T active (P's and Q's Oct 1 lapses are Q4's); P, Q, T lost.
    assert got == [("2026-Q3", 1, 1, 1, 0, 6, 8, _m("220")),
                   ("2026-Q4", 5, 3, 3, 1, 1, 3, _m("35"))]
    assert [p.churn_rate for p in report.periods] == [1.0, 0.6]


def test_win_back_leaves_out_archived_forgotten_and_returned(edges):
    book, _mei, _olek, p, t, x = edges
    report = build_report(book, "month", 5)
    # Lapsed today, most valuable first: X (80, since Aug 31), P (60, since Oct 1), T (30,
    # since Nov 9). Not V (forgotten) or U (archived), though their last visits are as old;
    # not Q, who came back. Fewer than 3 visits each, so no usual interval.
    assert [(w.client_id, w.name, w.value, w.lapsed_since.isoformat(), w.usual_interval_days)
            for w in report.win_back] == [
        (x.id, "Xénia Lefèvre", _m("80"), "2026-08-31", None),
        (p.id, "Πέτρος Παπαδάκης", _m("60"), "2026-10-01", None),
        (t.id, "Tom Twice", _m("30"), "2026-11-09", None)]
    assert report.win_back_total == 3


def test_loyalty_and_repeat_share_with_zero_spend(edges):
    book, *_ = edges
    report = build_report(book, "month", 5)
    # Nobody has 5 visits. All spend (P Q R S T U V W X) 60 + 40 + 40 + 60 + 30 + 25 + 10
    # + 0 + 80 = 345; first visits 60 + 20 + 20 + 45 + 30 + 25 + 10 + 0 + 80 = 290, so 55
    # came from returning visits.
    assert (report.loyal_clients, report.loyal_tenure_days, report.loyal_revenue) == (
        0, None, _m("0"))
    assert report.repeat_share == pytest.approx(55 / 345)


def test_designer_filter_on_the_boundary(edges):
    book, mei, *_ = edges
    report = build_report(book, "month", 5, designer_id=mei.id)
    # Mei's only client is S: Sep 30 23:30 (Olek, 45) and Oct 1 00:15 (Mei, 15).
    assert [(p.visits, p.revenue, p.new_clients) for p in report.periods] == [
        (0, _m("0"), 0), (0, _m("0"), 0), (1, _m("45"), 1), (1, _m("15"), 0),
        (0, _m("0"), 0)]
    # Who served her clients, and how often they saw her: 1 of S's 2 visits.
    assert [(d.name, d.visits, d.revenue, d.consistency) for d in report.designers] == [
        ("Mei", 1, _m("15"), 0.5), ("Olek", 1, _m("45"), None)]
    everyone = build_report(book, "month", 5)
    assert [(d.name, d.visits, d.revenue) for d in everyone.designers] == [
        ("Mei", 1, _m("15")), ("Olek", 1, _m("45"))]


def test_churned_is_a_column_of_the_retention_table(edges):
    book, *_ = edges
    header, rows = report_tables(build_report(book, "month", 5))["retention"]
    churned, rate = header.index("churned"), header.index("churn_rate")
    assert [(row[churned], row[rate]) for row in rows] == [
        ("0", "0.0%"), ("1", "25.0%"), ("0", "0.0%"), ("2", "40.0%"), ("1", "25.0%")]

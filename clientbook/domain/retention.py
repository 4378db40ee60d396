"""Retention maths: lapses, win-backs, new and loyal clients, in one pass over client histories.

Pure: days are proleptic ordinals (`date.toordinal()`), money is integer cents, and "today"
is passed in. The rules, in words (the Reports page shows the same text):

- A client's *usual interval* is the median gap, in days, between their visits (over their
  whole history as it stands today). With at least `min_visits` visits they are *lapsed* once
  more than usual interval × `factor` days have passed since a visit; with fewer visits, once
  more than `fixed_days` have. The lapse is dated on the first day past that threshold
  (last visit + floor(threshold) + 1), and counted in the period holding that day.
- A lapsed client who visits again is *won back* on that visit's day.
- A client is *active at the start* of a period when they first visited before that day and
  were not yet lapsed on the day before it (a lapse dated on the first day of the period is
  that period's, so every client lapsing in a period they started active in is counted).
- *Lapsed* in a period counts every lapse dated in it (a client who joins and lapses inside
  one period, or lapses, comes back and lapses again, counts each time); *churned* counts
  only the clients active at the period's start who lapsed in it, each once, so churn
  (churned ÷ active at start) is a true rate between 0 and 1.
- Archived clients take no part in active / lapsed / won back / churn or the win-back list;
  their visits and money still count (the money was earned, the history happened).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from heapq import nsmallest
from math import floor
from operator import sub

# One client's history, as the storage layer hands it over (tuples, so 100,000 are cheap):
# (client_id, archived, may_contact, designer_id, kept_with_designer, total_cents,
#  first_cents, days) — `days` sorted ascending, one ordinal per visit (repeats allowed).
ClientHistory = tuple[int, bool, bool, "int | None", int, int, int, Sequence[int]]

RETURN_WINDOW_DAYS = 90


@dataclass(frozen=True)
class Rules:
    factor: float = 2.0
    fixed_days: int = 90
    min_visits: int = 3
    loyal_visits: int = 5


@dataclass(frozen=True)
class Lapsed:
    """A client lapsed today: the win-back list before names and contacts are added."""

    client_id: int
    value_cents: int
    last_visit: int
    usual_interval_days: int | None
    lapsed_since: int


@dataclass
class PeriodTally:
    active_at_start: int = 0
    lapsed: int = 0
    won_back: int = 0
    new_clients: int = 0
    new_first_cents: int = 0
    new_returned: int = 0
    churned: int = 0
    """Of `active_at_start`, how many lapsed in the period (each client at most once)."""


@dataclass
class Tally:
    periods: list[PeriodTally]
    loyal_clients: int = 0
    loyal_tenure_days: int = 0
    loyal_cents: int = 0
    total_cents: int = 0
    first_visit_cents: int = 0
    consistency: dict[int, list[int]] = field(default_factory=dict)
    """Designer id → [their clients' visits done by them, all their clients' visits]."""
    lapsed_now: list[Lapsed] = field(default_factory=list)
    """Clients lapsed today, most valuable first (capped by `tally(keep=…)`)."""
    lapsed_now_total: int = 0
    """How many clients are lapsed today, whether listed in `lapsed_now` or not."""

    @property
    def loyal_tenure_avg(self) -> float | None:
        return self.loyal_tenure_days / self.loyal_clients if self.loyal_clients else None

    @property
    def repeat_share(self) -> float | None:
        """Share of all revenue from visits that were not a client's first."""
        if not self.total_cents:
            return None
        return (self.total_cents - self.first_visit_cents) / self.total_cents


def usual_interval(days: Sequence[int]) -> float:
    """The median gap between consecutive visits (needs at least two visits)."""
    gaps = sorted(map(sub, days[1:], days[:-1]))
    half = len(gaps) // 2
    return gaps[half] if len(gaps) % 2 else (gaps[half - 1] + gaps[half]) / 2


def threshold(days: Sequence[int], rules: Rules) -> tuple[float, float | None]:
    """(days without a visit after which the client is lapsed, their usual interval or None)."""
    if len(days) >= max(rules.min_visits, 2):
        interval = usual_interval(days)
        return interval * rules.factor, interval
    return float(rules.fixed_days), None


# One client's history boiled down to what the tally needs (how storage keeps it per client):
# (client_id, archived, may_contact, designer_id, kept_with_designer, total_cents, first_cents,
#  visits, first_day, second_day or None, last_day, median gap or None, gaps) —
# `gaps` the text "start,end,start,end…" ("" for none) of the gaps in time order that may be
# lapses under the rules in use: every gap with end - start ≥ the client's step must be there
# (more may be; the tally skips the shorter ones). Text, as storage keeps it: most clients
# never need theirs read.
ClientSummary = tuple[int, bool, bool, "int | None", int, int, int, int, int, "int | None", int,
                      "float | None", str]


def summarise(history: ClientHistory, rules: Rules = Rules()) -> ClientSummary:
    """A full history as a ClientSummary whose gaps are exactly its lapses under `rules`."""
    client_id, archived, may_contact, designer_id, kept, total, first_cents, days = history
    n = len(days)
    gaps = list(map(sub, days[1:], days[:-1]))
    median = usual_interval(days) if n >= 2 else None
    step = (floor(median * rules.factor) + 1 if median is not None
            and n >= max(rules.min_visits, 2) else rules.fixed_days + 1)
    later = bisect_right(days, days[0])
    return (client_id, archived, may_contact, designer_id, kept, total, first_cents, n,
            days[0], days[later] if later < n else None, days[-1], median,
            ",".join(f"{days[i]},{days[i + 1]}" for i, gap in enumerate(gaps) if gap >= step))


def tally(histories: Iterable[ClientHistory], starts: Sequence[int], today: int,
          rules: Rules = Rules(), keep: int | None = None) -> Tally:
    """`tally_summaries` over full histories (each summarised for `rules` first)."""
    return tally_summaries((summarise(h, rules) for h in histories), starts, today, rules, keep)


def tally_summaries(summaries: Iterable[ClientSummary], starts: Sequence[int], today: int,
                    rules: Rules = Rules(), keep: int | None = None) -> Tally:
    """Everything the report counts, in one pass over the clients.

    `starts` holds each period's first day, oldest first, then the day after the last period
    (so period i is starts[i] ≤ day < starts[i + 1]). `keep` caps `lapsed_now` at that many
    clients, the most valuable (`lapsed_now_total` still counts them all).

    Why it is quick: nothing here looks at single visits. A client's usual interval and first
    return come worked out; lapses and returns are walked over the few gaps long enough to be
    lapses, from the window on, and not at all for clients who lapsed for good before it.
    """
    count = len(starts) - 1
    first_starts = list(starts[:-1])
    window_start, window_end = starts[0], starts[-1]
    diff = [0] * (count + 1)
    lapsed_in, churned_in, won_in = [0] * count, [0] * count, [0] * count
    new_in, new_cents, new_back = [0] * count, [0] * count, [0] * count
    out = Tally([])
    consistency = out.consistency
    fixed_step, min_visits, factor = rules.fixed_days + 1, max(rules.min_visits, 2), rules.factor
    loyal_visits = rules.loyal_visits
    total_cents = first_cents_all = loyal_clients = loyal_days = loyal_cents = 0
    lapsed_now: list[tuple[int, int, int, float | None, int]] = []
    for (client_id, archived, may_contact, designer_id, kept, total, first_cents, n, first,
         second, last, interval, gaps) in summaries:
        total_cents += total
        first_cents_all += first_cents
        if n >= loyal_visits:
            loyal_clients += 1
            loyal_days += last - first
            loyal_cents += total
        if first < window_start:
            lo = 0  # the first period starting after `first`: see the stretches below
        else:
            lo = bisect_right(first_starts, first)
            if first < window_end:
                new_in[lo - 1] += 1
                new_cents[lo - 1] += first_cents
                if second is not None and second - first <= RETURN_WINDOW_DAYS:
                    new_back[lo - 1] += 1
        if archived:
            continue
        if designer_id is not None:
            pair = consistency.get(designer_id)
            if pair is None:
                consistency[designer_id] = [kept, n]
            else:
                pair[0] += kept
                pair[1] += n
        if n >= min_visits:
            step = floor(interval * factor) + 1
        else:
            step, interval = fixed_step, None
        final = last + step
        if final >= window_start:
            # One active stretch after another: each from the day after it began (`lo`: the
            # first period starting after that day) to its lapse (see _stretch). Lapses
            # before the window leave nothing in it (any earlier return day, like `first`,
            # lies before every period start), so gaps ending before it are skipped.
            if gaps:
                ends = map(int, gaps.split(","))
                for start, back in zip(ends, ends, strict=True):  # (start, end) pairs
                    if back < window_start or back - start < step:
                        continue
                    lapse_day = start + step  # _stretch, inlined: the hot path
                    hi = bisect_right(first_starts, lapse_day)
                    if lo < hi:
                        diff[lo] += 1
                        diff[hi] -= 1
                        if lapse_day < window_end:
                            lapsed_in[hi - 1] += 1
                            churned_in[hi - 1] += 1
                    elif hi and lapse_day < window_end:
                        lapsed_in[hi - 1] += 1
                    lo = bisect_right(first_starts, back)
                    if back < window_end:
                        won_in[lo - 1] += 1
            if final <= today:
                _stretch(diff, lapsed_in, churned_in, first_starts, window_end, lo, final)
            else:
                diff[lo] += 1
        if final <= today and may_contact:
            lapsed_now.append((-total, client_id, last, interval, final))
    running = 0
    for i in range(count):
        running += diff[i]
        out.periods.append(PeriodTally(running, lapsed_in[i], won_in[i], new_in[i],
                                       new_cents[i], new_back[i], churned_in[i]))
    out.total_cents, out.first_visit_cents = total_cents, first_cents_all
    out.loyal_clients, out.loyal_tenure_days, out.loyal_cents = (
        loyal_clients, loyal_days, loyal_cents)
    out.lapsed_now_total = len(lapsed_now)
    chosen = (sorted(lapsed_now) if keep is None or keep >= len(lapsed_now)
              else nsmallest(keep, lapsed_now))
    out.lapsed_now = [Lapsed(cid, -neg, last, None if iv is None else round(iv), since)
                      for neg, cid, last, iv, since in chosen]
    return out


def _stretch(diff: list[int], lapsed: list[int], churned: list[int], starts: Sequence[int],
             window_end: int, lo: int, lapse_day: int) -> None:
    """One active stretch, from the day after it began to its lapse on `lapse_day`; `lo` is
    the first period starting after the day it began (bisect_right of that day).

    The client is active at the start of every period whose first day s has
    began < s ≤ lapse_day. A lapse inside the window counts as lost in its period, and as
    churned only when the stretch began before that period did (active at its start): so a
    period's churned clients are a subset of its active-at-start clients, each at most once.
    """
    hi = bisect_right(starts, lapse_day)
    if lo < hi:
        diff[lo] += 1
        diff[hi] -= 1
        if lapse_day < window_end:
            lapsed[hi - 1] += 1
            churned[hi - 1] += 1
    elif hi and lapse_day < window_end:
        lapsed[hi - 1] += 1

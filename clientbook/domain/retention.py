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
- Archived clients take no part in active / lapsed / won back / churn or the win-back list;
  their visits and money still count (the money was earned, the history happened).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from math import floor
from operator import sub

#: One client's history, as the storage layer hands it over (tuples, so 100,000 are cheap):
#: (client_id, archived, may_contact, designer_id, kept_with_designer, total_cents,
#:  first_cents, days) — `days` sorted ascending, one ordinal per visit (repeats allowed).
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


def tally(histories: Iterable[ClientHistory], starts: Sequence[int], today: int,
          rules: Rules = Rules()) -> Tally:
    """Everything the report counts, in one pass over the clients.

    `starts` holds each period's first day, oldest first, then the day after the last period
    (so period i is starts[i] ≤ day < starts[i + 1]).
    """
    count = len(starts) - 1
    periods = [PeriodTally() for _ in range(count)]
    active_diff = [0] * (count + 1)
    window_start, window_end = starts[0], starts[-1]
    first_starts = starts[:-1]
    out = Tally(periods)
    consistency = out.consistency
    fixed, min_visits, factor = rules.fixed_days, max(rules.min_visits, 2), rules.factor
    for (client_id, archived, may_contact, designer_id, kept, total, first_cents,
         days) in histories:
        n = len(days)
        first, last = days[0], days[-1]
        out.total_cents += total
        out.first_visit_cents += first_cents
        if n >= rules.loyal_visits:
            out.loyal_clients += 1
            out.loyal_tenure_days += last - first
            out.loyal_cents += total
        if window_start <= first < window_end:
            p = periods[bisect_right(first_starts, first) - 1]
            p.new_clients += 1
            p.new_first_cents += first_cents
            later = next((d for d in days if d > first), None)
            if later is not None and later - first <= RETURN_WINDOW_DAYS:
                p.new_returned += 1
        if archived:
            continue
        if designer_id is not None:
            pair = consistency.get(designer_id)
            if pair is None:
                consistency[designer_id] = [kept, n]
            else:
                pair[0] += kept
                pair[1] += n
        interval: float | None = None
        if n >= min_visits:
            gaps = list(map(sub, days[1:], days[:-1]))
            ordered = sorted(gaps)
            half = len(ordered) // 2
            interval = (ordered[half] if len(ordered) % 2
                        else (ordered[half - 1] + ordered[half]) / 2)
            limit = interval * factor
        else:
            gaps = list(map(sub, days[1:], days[:-1])) if n > 1 else []
            limit = fixed
        step = floor(limit) + 1
        begun = first
        if gaps and max(gaps) >= step:
            for i, gap in enumerate(gaps):
                if gap < step:
                    continue
                lapse_day = days[i] + step
                back = days[i + 1]
                _count_interval(active_diff, first_starts, begun, lapse_day)
                if window_start <= lapse_day < window_end:
                    periods[bisect_right(first_starts, lapse_day) - 1].lapsed += 1
                if window_start <= back < window_end:
                    periods[bisect_right(first_starts, back) - 1].won_back += 1
                begun = back
        lapse_day = last + step
        if lapse_day <= today:
            _count_interval(active_diff, first_starts, begun, lapse_day)
            if window_start <= lapse_day < window_end:
                periods[bisect_right(first_starts, lapse_day) - 1].lapsed += 1
            if may_contact:
                out.lapsed_now.append(Lapsed(
                    client_id, total, last,
                    None if interval is None else round(interval), lapse_day))
        else:
            active_diff[bisect_right(first_starts, begun)] += 1
    running = 0
    for i, p in enumerate(periods):
        running += active_diff[i]
        p.active_at_start = running
    out.lapsed_now.sort(key=lambda x: (-x.value_cents, x.client_id))
    return out


def _count_interval(diff: list[int], starts: Sequence[int], begun: int, lapse_day: int) -> None:
    """Active at the start of every period whose first day s has begun < s ≤ lapse_day."""
    lo = bisect_right(starts, begun)
    hi = bisect_right(starts, lapse_day)
    if lo < hi:
        diff[lo] += 1
        diff[hi] -= 1

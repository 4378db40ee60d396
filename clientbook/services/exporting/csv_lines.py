"""Stored export rows → spreadsheet-safe CSV text, fast enough for a million rows.

`formatter(kind)` turns a stored row into text cells: ClientBook's formats (ISO dates with a
space, money with a dot, yes/no, empty for missing) and every text cell through `neutralise`
(ids, dates, money and minutes are the app's own and never start like a formula). `CsvLines`
then quotes exactly as `csv.writer` does (QUOTE_MINIMAL, CRLF line ends).

Speed: exporting is per-row Python work. Visits, the million-row kind, have their own path
(`visit_lines`): rows without joined names, each line built in one comprehension from a few
pieces, and each batch's services and notes tested for `neutralise`, quotes and the
delimiter in C-level scans, so a usual batch needs no per-cell test at all. Other kinds are
joined a batch at a time and checked with a few C-level scans; in a batch where some cells
hold the delimiter, the lines with one too many are found by C-level scans too, and only
those go through `csv.writer` (a batch holding a quote or a line break is tested line by
line).
"""

from __future__ import annotations

import csv
import json
import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, repeat
from operator import itemgetter

from clientbook.services.csv_format import (
    NEUTRALISE_FIRST,
    flatten_preferences,
    neutralise,
    preference_from_row,
    write_bool,
    write_datetime,
)
from clientbook.storage.convert import cents_to_money

LINE_END = "\r\n"  # RFC 4180, and what Excel writes

# How many distinct amounts a formatter remembers (prices repeat; memory stays bounded).
MONEY_CACHE = 4096


def _money(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}" if cents >= 0 else str(cents_to_money(cents))


def formatter(kind: str) -> Callable[[tuple], Sequence[str]]:
    """Stored row (storage.exports) → neutralised CSV cells, all text, not yet quoted.
    Visits, the million-row kind, have their own: visit_cells."""
    n, dt = neutralise, write_datetime

    def text(value: str | None) -> str:
        return n(value) if value else ""

    def clients(r: tuple) -> Sequence[str]:
        prefs = flatten_preferences(preference_from_row(*p) for p in json.loads(r[13] or "[]"))
        return (str(r[0]), *map(text, r[1:10]), write_bool(r[10]), dt(r[11]), dt(r[12]),
                *map(n, prefs), dt(r[14]))

    def preferences(r: tuple) -> Sequence[str]:
        return (str(r[0]), n(r[1]), n(r[2]), n(r[3]), n(r[4]), write_bool(r[5]))

    def appointments(r: tuple) -> Sequence[str]:
        return (str(r[0]), str(r[1]), n(r[2]), dt(r[3]), str(r[4]), text(r[5]), n(r[6]),
                n(r[7]), n(r[8]))

    def promises(r: tuple) -> Sequence[str]:
        return (str(r[0]), str(r[1]), n(r[2]), n(r[3]), dt(r[4]), text(r[5]), dt(r[6]),
                dt(r[7]), dt(r[8]))

    def contact_log(r: tuple) -> Sequence[str]:
        return (str(r[0]), str(r[1]), n(r[2]), dt(r[3]), n(r[4]), n(r[5]), text(r[6]))

    def contact_wishes(r: tuple) -> Sequence[str]:
        return (str(r[0]), n(r[1]), r[2] or "", write_bool(r[3]),
                "" if r[4] is None else str(r[4]))

    def rewards(r: tuple) -> Sequence[str]:
        return (str(r[0]), str(r[1]), n(r[2]), dt(r[3]), text(r[4]), str(r[5]), text(r[6]))

    def changes(r: tuple) -> Sequence[str]:
        return (str(r[0]), str(r[1]), n(r[2]), dt(r[3]), text(r[4]), n(r[5]), text(r[6]),
                text(r[7]))

    return {"clients": clients, "preferences": preferences, "appointments": appointments,
            "promises": promises, "contact_log": contact_log, "contact_wishes": contact_wishes,
            "rewards": rewards, "changes": changes}[kind]


# In the services (or notes) of a batch joined with NULs, one in front: a cell that starts
# like a formula (a line break anywhere is tested apart, with a faster scan).
_STARTS_LIKE_FORMULA = re.compile("\x00[" + re.escape("".join(sorted(NEUTRALISE_FIRST))) + "]")


def _scan(cells: list[str], delimiter: str) -> tuple[bool, bool]:
    """(whether a cell may need `neutralise` or holds a quote, whether one holds the
    delimiter): two questions about a whole column of a batch, in C-level scans."""
    blob = "\x00" + "\x00".join(cells)
    return ('"' in blob or "\n" in blob or "\r" in blob
            or _STARTS_LIKE_FORMULA.search(blob) is not None), delimiter in blob


def _holding(cells: list[str], delimiter: str) -> list[int]:
    """The indexes of the cells holding the delimiter, found by C-level scans."""
    text, ends = "".join(cells), list(accumulate(map(len, cells)))
    found = []
    at = text.find(delimiter)
    while at >= 0:
        k = bisect_right(ends, at)
        found.append(k)
        at = text.find(delimiter, ends[k])
    return found


def _awkward(text: str) -> bool:
    """A name whose cell csv.writer would quote for more than a delimiter in it."""
    return '"' in text or "\n" in text or "\r" in text


# A batch's lines as CsvLines.join takes them: (lines, `cells(i)` giving line i's cells for
# quoting) — or (lines already quoted where needed, None).
Lines = tuple[list[str], "Callable[[int], Sequence[str]] | None"]


def visit_lines(staff: dict[int, str], delimiter: str
                ) -> Callable[[list[tuple], dict[int, str]], Lines]:
    """(a batch of storage's visit_batches, its clients' names) → its lines for
    CsvLines.join.

    The hot path of a million-row export, so one comprehension per batch and no call per
    row, building each line from as few pieces as it can: the client's id and name (once
    per batch), the staff member's name (once per export) and the amount (remembered) come
    with their separators. Staff and client names are neutralised once, and the services
    and notes of a batch are tested in a few C-level scans. In the usual batch no cell needs
    `neutralise` or holds a quote or a line break: then the few lines with the delimiter in
    a cell (2% of the demo's visits have a `;` in their note) are found by the same scans
    and quoted here, as csv.writer does (such a cell is put in quotes, nothing else). Any
    other batch is made cell by cell and quoted by CsvLines.
    """
    n, first, d = neutralise, NEUTRALISE_FIRST, delimiter
    who = {sid: n(name) if name else "" for sid, name in staff.items()}
    between: defaultdict[int | None, str] = defaultdict(lambda: d + d)
    between.update((sid, f"{d}{name}{d}") for sid, name in who.items())
    amounts: dict[int, str] = {}
    services, notes = itemgetter(4), itemgetter(6)
    staff_holding = {sid for sid, name in who.items() if d in name}
    staff_awkward = any(map(_awkward, who.values()))

    def money(cents: int) -> str:
        text = f"{d}{_money(cents)}{d}"
        if len(amounts) < MONEY_CACHE:
            amounts[cents] = text
        return text

    def lines(batch: list[tuple], names: dict[int, str]) -> Lines:
        names = {cid: n(x) if x[:1] in first or "\n" in x or "\r" in x else x
                 for cid, x in names.items()}
        column_s, column_n = list(map(services, batch)), list(map(notes, batch))
        (odd_s, held_s), (odd_n, held_n) = _scan(column_s, d), _scan(column_n, d)
        if odd_s or odd_n or staff_awkward or any(map(_awkward, names.values())):
            rows = [(str(i), str(c), names[c], at.replace("T", " "), who.get(s, ""), n(sv),
                     _money(cents), n(nt)) for i, c, at, s, sv, cents, nt in batch]
            return list(map(d.join, rows)), rows.__getitem__
        held = set(_holding(column_s, d) if held_s else ()).union(
            _holding(column_n, d) if held_n else ())
        named = {cid for cid, name in names.items() if d in name}
        if named or staff_holding:
            held.update(k for k, row in enumerate(batch)
                        if row[1] in named or row[3] in staff_holding)
        client = {cid: f"{d}{cid}{d}{name}{d}" for cid, name in names.items()}
        made = [f"{i}{client[c]}{at.replace('T', ' ')}{between[s]}{sv}"
                f"{amounts.get(cents) or money(cents)}{nt}"
                for i, c, at, s, sv, cents, nt in batch]
        for k in held:
            i, c, at, s, sv, cents, nt = batch[k]
            made[k] = d.join(f'"{x}"' if d in x else x for x in (
                str(i), str(c), names[c], at.replace("T", " "), who.get(s, ""), sv,
                _money(cents), nt))
        return made, None

    return lines


class _Sink(list):
    """Where the fallback csv.writer puts each line."""

    write = list.append


class CsvLines:
    """Rows of text cells → CSV text, identical to what `csv.writer(delimiter=…)` writes."""

    def __init__(self, delimiter: str, columns: int):
        self.delimiter = delimiter
        self.separators = columns - 1
        self._sink = _Sink()
        # The line end must be CRLF here too: csv quotes cells holding its characters.
        self._quoting = csv.writer(self._sink, delimiter=delimiter, lineterminator=LINE_END)
        self._other_count = re.compile(b"[^" + re.escape(bytes([self.separators])) + b"]")

    def text(self, rows: Iterable[Sequence[str]]) -> str:
        """The lines of `rows`, each ending in CRLF."""
        rows = list(rows)
        return self.join(list(map(self.delimiter.join, rows)), rows.__getitem__)

    def join(self, lines: list[str], cells: Callable[[int], Sequence[str]] | None) -> str:
        """`lines` (each its cells joined by the delimiter, not yet quoted), each ending in
        CRLF, quoted where needed; `cells(i)` gives line i's cells when it needs quoting.
        Without `cells` the lines are already quoted where needed."""
        d, separators = self.delimiter, self.separators
        count = len(lines)
        lines.append("")
        if cells is None:
            return LINE_END.join(lines)
        blob = LINE_END.join(lines)
        marks = '"' in blob or blob.count("\n") != count or blob.count("\r") != count
        # Exactly the expected delimiters and no quote or line break: no cell needs quoting.
        if blob.count(d) == separators * count and not marks:
            return blob
        body = lines[:count]
        if marks:  # a quote or a line break somewhere (rare): test every line
            wrong = [i for i, line in enumerate(body) if line.count(d) != separators
                     or '"' in line or "\n" in line or "\r" in line]
        else:  # only cells holding the delimiter (8% of real notes hold a `;`)
            wrong = self._miscounted(list(map(str.count, body, repeat(d))))
        for i in wrong:
            self._quoting.writerow(cells(i))
            lines[i] = self._sink.pop()[: -len(LINE_END)]
        return LINE_END.join(lines)

    def _miscounted(self, counts: list[int]) -> list[int]:
        """The lines whose delimiter count is not the row's: one C-level scan of the counts
        as bytes (a Python loop over every line made `;` 40% slower than `,`)."""
        try:
            as_bytes = bytes(counts)
        except ValueError:  # a line with 256 delimiters or more
            return [i for i, n in enumerate(counts) if n != self.separators]
        return [m.start() for m in self._other_count.finditer(as_bytes)]

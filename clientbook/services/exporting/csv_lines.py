"""Stored export rows → spreadsheet-safe CSV text, fast enough for a million rows.

`formatter(kind)` turns a stored row into text cells: ClientBook's formats (ISO dates with a
space, money with a dot, yes/no, empty for missing) and every text cell through `neutralise`
(ids, dates, money and minutes are the app's own and never start like a formula). `CsvLines`
then quotes exactly as `csv.writer` does (QUOTE_MINIMAL, CRLF line ends).

Speed: exporting is per-row Python work, so the hot formatter checks a cell's first
character inline before calling `neutralise`, amounts are remembered, and a whole batch is
joined in one go and checked with a few C-level scans; in a batch where some cells hold the
delimiter, the lines with one too many are found by C-level scans too, and only those go
through `csv.writer` (a batch holding a quote or a line break is tested line by line).
"""

from __future__ import annotations

import csv
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from itertools import repeat
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


# A service or note that may need `neutralise`: in the cells of a batch joined with NULs (and
# one in front), a line break anywhere or a cell starting like a formula.
_MAY_NEED = re.compile("[\r\n]|\x00[" + re.escape("".join(sorted(NEUTRALISE_FIRST))) + "]")


def visit_lines(staff: dict[int, str], delimiter: str
                ) -> Callable[[list[tuple], dict[int, str]], tuple[list[str], Callable]]:
    """(a batch of storage's visit_batches, its clients' names) → (its lines, not yet
    quoted, and `cells(i)`: line i's cells, for the few lines that need quoting).

    The hot path of a million-row export, so one comprehension per batch and no call per
    row: staff names are neutralised once per export, client names once per batch, and the
    services and notes of a batch are tested in two C-level scans; only a batch where one
    may need `neutralise` (a line break, or a cell starting like a formula) is formatted
    cell by cell.
    """
    n, first, d = neutralise, NEUTRALISE_FIRST, delimiter
    who: defaultdict[int | None, str] = defaultdict(str)
    who.update((sid, n(name) if name else "") for sid, name in staff.items())
    amounts: dict[int, str] = {}
    services, notes = itemgetter(4), itemgetter(6)

    def money(cents: int) -> str:
        text = _money(cents)
        if len(amounts) < MONEY_CACHE:
            amounts[cents] = text
        return text

    def lines(batch: list[tuple], names: dict[int, str]) -> tuple[list[str], Callable]:
        names = {cid: n(x) if x[:1] in first or "\n" in x or "\r" in x else x
                 for cid, x in names.items()}

        def cells(row: tuple) -> tuple[str, ...]:
            i, c, at, s, sv, cents, nt = row
            return (str(i), str(c), names[c], at.replace("T", " "), who[s], n(sv),
                    amounts.get(cents) or money(cents), n(nt))

        if (_MAY_NEED.search("\x00" + "\x00".join(map(services, batch)))
                or _MAY_NEED.search("\x00" + "\x00".join(map(notes, batch)))):
            rows = list(map(cells, batch))
            return list(map(d.join, rows)), rows.__getitem__
        return ([f"{i}{d}{c}{d}{names[c]}{d}{at.replace('T', ' ')}{d}{who[s]}{d}{sv}{d}"
                 f"{amounts.get(cents) or money(cents)}{d}{nt}"
                 for i, c, at, s, sv, cents, nt in batch],
                lambda i: cells(batch[i]))

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

    def join(self, lines: list[str], cells: Callable[[int], Sequence[str]]) -> str:
        """`lines` (each its cells joined by the delimiter, not yet quoted), each ending in
        CRLF, quoted where needed; `cells(i)` gives line i's cells when it needs quoting."""
        d, separators = self.delimiter, self.separators
        count = len(lines)
        lines.append("")
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

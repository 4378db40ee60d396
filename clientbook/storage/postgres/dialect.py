"""The repositories' SQL, written once with SQLite's `?` and `:name` marks, as psycopg takes it.

Marks inside string literals, quoted names and comments are left alone; every `%` is doubled
(even inside a literal), since psycopg reads `%` as the start of a mark anywhere. SQLite's
null-safe `a IS b` between values becomes PostgreSQL's `IS NOT DISTINCT FROM`.
"""

from __future__ import annotations

import functools
import re

# A string literal, a quoted name, a comment, a :name mark, a ? mark, a % or a `x IS y`
# between two columns (SQLite's null-safe comparison; IS NULL and IS NOT are left alone).
_TOKEN = re.compile(
    r"""('(?:[^']|'')*')"""
    r"""|("(?:[^"]|"")*")"""
    r"""|(--[^\n]*|/\*.*?\*/)"""
    r"""|(?<![:\w]):([A-Za-z_]\w*)"""
    r"""|(\?)"""
    r"""|(%)"""
    r"""|\bIS\s+(?!NULL\b|NOT\b|DISTINCT\b|TRUE\b|FALSE\b)(?=[A-Za-z_?:])""",
    re.S | re.I,
)


@functools.lru_cache(maxsize=2048)
def translate(sql: str) -> str:
    """`sql` with psycopg's `%s` / `%(name)s` marks."""

    def replace(match: re.Match) -> str:
        literal, quoted, comment, name, mark, percent = match.groups()
        if literal or quoted or comment:
            return match[0].replace("%", "%%")
        if name:
            return f"%({name})s"
        if mark:
            return "%s"
        if percent:
            return "%%"
        return "IS NOT DISTINCT FROM "

    return _TOKEN.sub(replace, sql)

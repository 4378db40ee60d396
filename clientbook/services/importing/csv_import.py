"""Import a file in one call, as the command line does: check every row, then save or refuse.

Any contacts file (ClientBook CSV, Google, Outlook, vCard, a spreadsheet) is recognised by
import_source; `kind` says what the caller expects, so a visits file is not read as clients.
"""

from __future__ import annotations

import shlex
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError, FileFormatError
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.services.csv_format import COLUMNS, IMPORT_KINDS
from clientbook.services.importing.date_order import DateReading
from clientbook.services.importing.import_apply import MERGE, ImportResult, forecast, run_import
from clientbook.services.importing.import_plan import check_import
from clientbook.services.importing.import_source import open_source

if TYPE_CHECKING:
    from clientbook.services.book import Book


@dataclass(frozen=True)
class Problem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportReport:
    kind: str
    layout: str = ""
    encoding: str = ""
    result: ImportResult | None = None
    problems: list[Problem] = field(default_factory=list)
    dry_run: bool = False
    skip_bad: bool = False
    saved: bool = False
    dates: DateReading | None = None
    """How dates that read two ways were read, and why."""
    years_dropped: list[tuple[int, int]] = field(default_factory=list)
    """(line, year) of birthdays kept without a year that was not plausible."""

    @property
    def ok(self) -> bool:
        """Saved, or (dry run) would be saved."""
        return self.saved or (self.dry_run and (self.skip_bad or not self.problems))

    @property
    def added(self) -> int:
        return self.result.added if self.result else 0

    @property
    def updated(self) -> int:
        return self.result.updated if self.result else 0

    @property
    def new_staff(self) -> list[str]:
        return self.result.new_staff if self.result else []


def import_csv(book: Book, kind: str, path: Path, dry_run: bool = False, *,
               skip_bad: bool = False, duplicates: str = MERGE, encoding: str | None = None,
               delimiter: str | None = None, day_first: bool | None = False,
               default_day_first: bool = False, merge_notes: bool = True) -> ImportReport:
    """Import `path` as `kind`: all good rows in one transaction, or nothing.

    Without skip_bad, one bad row refuses the whole file and the report lists every problem.
    """
    if kind not in IMPORT_KINDS:
        raise ClientBookError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot import %1; choose one of %2."), repr(kind), ", ".join(IMPORT_KINDS))
    source = open_source(path, encoding, delimiter)
    expected = "clients" if kind == "contacts" else kind
    if source.layout.kind != expected or (kind == "clients" and not source.layout.is_own):
        if kind == "clients" and _is_contacts(source.layout.key, source.header):
            raise FileFormatError(QT_TRANSLATE_NOOP(
                "Errors", "%1 looks like %2, not ClientBook clients CSV. Import it as contacts: "
                "clientbook import contacts %3 (in the window: File → Import contacts…)."),
                path.name, source.layout.name, _shell_word(str(path)))
        raise FileFormatError(_wrong_kind(path, kind, source.header, source.layout.name))
    plan = check_import(book, source, day_first=day_first,
                        default_day_first=default_day_first)
    if plan.file_problem:
        raise FileFormatError(plan.file_problem)
    report = ImportReport(kind, source.layout.name, source.encoding, dry_run=dry_run,
                          skip_bad=skip_bad,
                          problems=[Problem(r.line, r.problem) for r in plan.problems],
                          dates=plan.dates,
                          years_dropped=[(r.line, r.item.year_dropped)  # type: ignore[union-attr]
                                         for r in plan.years_dropped])
    if dry_run or (report.problems and not skip_bad):
        report.result = forecast(plan, skip_bad=skip_bad, duplicates=duplicates)
        return report
    report.result = run_import(book, plan, skip_bad=skip_bad, duplicates=duplicates,
                               merge_notes=merge_notes)
    report.saved = True
    return report


def _is_contacts(layout_key: str, header: list[str]) -> bool:
    """A Google, Outlook or vCard file, or a spreadsheet with none of ClientBook's columns
    (one with some of them is ClientBook CSV gone wrong: its columns are listed instead)."""
    if layout_key in ("google", "google_old", "outlook", "vcard"):
        return True
    own = set(COLUMNS["clients"])
    return layout_key == "spreadsheet" and not any(h.strip().lower() in own for h in header)


def _shell_word(text: str) -> str:
    """The path as it can be pasted into a shell."""
    return shlex.quote(text)


def _wrong_kind(path: Path, kind: str, header: list[str], found: str) -> Message:
    if kind in COLUMNS:
        unknown = [h for h in header if h.strip().lower() not in COLUMNS[kind]]
        if unknown:
            return Message(QT_TRANSLATE_NOOP(
                "Errors", "%1 is not ClientBook %2 CSV (it looks like %3): unknown column(s) "
                "%4; the columns are: %5."), path.name, kind, found,
                ", ".join(repr(h) for h in unknown[:5]), ", ".join(COLUMNS[kind]))
        return Message(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not ClientBook %2 CSV (it looks like %3): a column it needs is "
            "missing; the columns are: %4."), path.name, kind, found, ", ".join(COLUMNS[kind]))
    return Message(QT_TRANSLATE_NOOP(
        "Errors", "%1 looks like ClientBook %2 CSV, not contacts; import it as that kind."),
        path.name, found.removeprefix("ClientBook "))

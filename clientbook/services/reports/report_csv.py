"""Report tables as CSV files, safe to open in a spreadsheet and private to this user.

The window's "Export tables to CSV…" and `clientbook report --csv` both write here: every
cell neutralised as in every ClientBook export (a client named "=HYPERLINK(…)" stays text,
on every line of the cell), quoted as `csv.writer` does, each file 0600 in a folder made
0700 when ClientBook creates it.
"""

from __future__ import annotations

from pathlib import Path

from clientbook.services.csv_format import neutralise
from clientbook.services.exporting.csv_export import safe_file_name
from clientbook.services.exporting.csv_lines import CsvLines
from clientbook.services.reports.reports import Report, report_tables
from clientbook.storage.safety.private_files import private_folder, write_private


def write_table(path: Path, header: list[str], rows: list[list[str]], *,
                bom: bool = False) -> Path:
    """One table as a private, neutralised CSV file at `path` (its folder must exist)."""
    lines = CsvLines(",", len(header))
    text = lines.text([[neutralise(str(c)) for c in header]]) + lines.text(
        [neutralise(str(cell)) for cell in row] for row in rows)
    return write_private(path, text, "utf-8-sig" if bom else "utf-8")


def write_tables(tables: dict[str, tuple[list[str], list[list[str]]]], folder: Path,
                 names: dict[str, str], *, bom: bool = False) -> list[Path]:
    """Each table `names` lists into `folder` (created private if missing) under its name."""
    private_folder(folder)
    return [write_table(folder / file_name, *tables[name], bom=bom)
            for name, file_name in names.items()]


def write_report_tables(report: Report, folder: Path, stamp: str) -> list[Path]:
    """One CSV per table, UTF-8 with a BOM so spreadsheets read accents. Returns the files
    written."""
    tables = report_tables(report)
    names = {name: f"{safe_file_name(f'report-{name}-{stamp}')}.csv" for name in tables}
    return write_tables(tables, folder, names, bom=True)

"""The Reports page's tables as CSV files, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

from clientbook.services.csv_format import neutralise
from clientbook.services.exporting.csv_export import safe_file_name
from clientbook.services.reports.reports import Report, report_tables


def write_report_tables(report: Report, folder: Path, stamp: str) -> list[Path]:
    """One CSV per table, UTF-8 with a BOM so spreadsheets read accents, formula-looking
    cells neutralised as in every ClientBook export (a client named "=HYPERLINK(…)" stays
    text). Returns the files written."""
    written = []
    for name, (headers, rows) in report_tables(report).items():
        path = folder / f"{safe_file_name(f'report-{name}-{stamp}')}.csv"
        with path.open("w", encoding="utf-8-sig", newline="") as out:
            writer = csv.writer(out)
            writer.writerow([neutralise(h) for h in headers])
            writer.writerows([neutralise(cell) for cell in row] for row in rows)
        written.append(path)
    return written

"""Report tables written as CSV are safe to open in a spreadsheet."""

import csv
from datetime import timedelta
from decimal import Decimal

from clientbook.domain.models import Client, Visit
from clientbook.services.reports.report_csv import write_report_tables
from clientbook.services.reports.reports import build_report

from ..conftest import NOW


def test_a_formula_looking_name_in_the_win_back_table_stays_text(book, tmp_path):
    client = Client(display_name="=HYPERLINK(\"http://x\";\"Ζωή\")")
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, NOW - timedelta(days=200), "Cut",
                                 spend=Decimal("40")))
    report = build_report(book)
    assert [row.name for row in report.win_back] == [client.display_name]
    files = write_report_tables(report, tmp_path, "2026-11-22")
    winback = next(p for p in files if "winback" in p.name)
    assert winback.read_bytes().startswith(b"\xef\xbb\xbf")
    with winback.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert "'=HYPERLINK(\"http://x\";\"Ζωή\")" in rows[1]

"""The visits export (names looked up per batch, lines built per batch) writes exactly what
`csv.writer` writes for the joined rows, cell by cell neutralised, for every separator."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientbook.domain.models import Client, Visit
from clientbook.services.csv_format import COLUMNS, neutralise
from clientbook.services.exporting import csv_export
from clientbook.services.exporting.csv_export import export_csv
from clientbook.storage.repositories.exports import export_sql

from ..conftest import NOW

TEXT = st.text(alphabet="ab ;,\t\"'=+-@\r\nΖω王", max_size=8)


def reference(book, delimiter: str) -> bytes:
    """The file as csv.writer writes the joined query's rows, every text cell neutralised."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS["visits"])
    sql, params = export_sql("visits")
    for i, client_id, name, at, staff, service, cents, notes in book.store.db.execute(sql, params):
        money = f"{cents // 100}.{cents % 100:02d}" if cents >= 0 else str(
            (Decimal(cents) / 100).quantize(Decimal("0.01")))
        writer.writerow([str(i), str(client_id), neutralise(name), at.replace("T", " "),
                         neutralise(staff) if staff else "", neutralise(service), money,
                         neutralise(notes)])
    return b"\xef\xbb\xbf" + out.getvalue().encode()


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@settings(max_examples=12, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(visits=st.lists(st.tuples(st.integers(0, 3), TEXT, TEXT, st.integers(0, 99_999),
                                 st.booleans()), min_size=1, max_size=25),
       names=st.lists(TEXT.filter(str.strip), min_size=4, max_size=4))
def test_visit_lines_are_what_the_csv_module_writes(book, tmp_path, monkeypatch, delimiter,
                                                    visits, names):
    monkeypatch.setattr(csv_export, "PROGRESS_EVERY", 7)  # several batches, some all safe
    with book.store.write():
        book.store.db.execute("DELETE FROM clients")
        book.store.db.execute("DELETE FROM staff")
    staff = book.staff.add("=Mei; \"M\"")
    clients = [Client(display_name=name) for name in names]
    for client in clients:
        book.clients.add(client)
    for k, (who, service, notes, cents, by_staff) in enumerate(visits):
        book.history.add_visit(Visit(clients[who].id, NOW - timedelta(days=k), service,
                                     staff.id if by_staff else None,
                                     Decimal(cents).scaleb(-2), notes))
    path = tmp_path / "visits.csv"
    assert export_csv(book, "visits", path, delimiter=delimiter) == len(visits)
    assert path.read_bytes() == reference(book, delimiter)


def test_one_clients_visits_and_plain_batches_are_exact(book, tmp_path, monkeypatch):
    monkeypatch.setattr(csv_export, "PROGRESS_EVERY", 3)
    ann, bob = Client(display_name="Ann; Lee"), Client(display_name="Bob")
    book.clients.add(ann)
    book.clients.add(bob)
    for k in range(10):
        book.history.add_visit(Visit((ann if k % 2 else bob).id,
                                     datetime(2026, 11, 1, 9) + timedelta(days=k),
                                     "cut", None, Decimal(k), "note; with a semicolon"
                                     if k == 4 else ""))
    for delimiter in (",", ";"):
        export_csv(book, "visits", tmp_path / "all.csv", delimiter=delimiter)
        assert (tmp_path / "all.csv").read_bytes() == reference(book, delimiter)
    written = csv_export.export_client(book, bob.id, tmp_path / "bob")
    visits = next(p for p in written if p.name.endswith("-visits.csv"))
    lines = visits.read_bytes().split(b"\r\n")
    assert len(lines) == 2 + 5 and all(b",Bob," in line for line in lines[1:-1])

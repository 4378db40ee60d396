"""The history commands, run in-process: visits, visit log/edit/delete, changes."""

from __future__ import annotations

import json

import pytest

from clientbook.__main__ import main
from clientbook.domain.models import Appointment, Client, Visit
from clientbook.services.book import Book

from ..conftest import NOW


@pytest.fixture
def setup(isolated_data_dir):
    book = Book.open(isolated_data_dir, clock=lambda: NOW)
    oksana = book.staff.add("Oksana")
    anna = Client("Anna Smith", designer_id=oksana.id)
    book.clients.add(anna)
    appointment = Appointment(anna.id, NOW.replace(hour=10), staff_id=oksana.id, service="Colour")
    book.history.add_appointment(appointment)
    book.history.add_visit(Visit(anna.id, NOW.replace(day=1), "Cut", oksana.id))
    book.close()
    return anna.id, appointment.id


def cli(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_logging_a_visit_twice_for_an_appointment_points_to_the_first(setup, capsys):
    client_id, appointment_id = setup
    code, out, _ = cli(capsys, "visit", "log", str(client_id), "--appointment",
                       str(appointment_id), "--spend", "80", "--notes", "6N + 20 vol")
    assert code == 0 and "Logged visit" in out
    code, _, err = cli(capsys, "visit", "log", str(client_id), "--appointment",
                       str(appointment_id))
    assert code == 1 and "already has its visit" in err and "visit edit" in err
    _, out, _ = cli(capsys, "visits", str(client_id), "--json")
    visits = json.loads(out)
    assert [v["service"] for v in visits] == ["Colour", "Cut"]
    assert visits[0]["notes"] == "6N + 20 vol" and visits[0]["appointment_id"] == appointment_id


def test_a_visit_is_corrected_and_deleted_only_with_yes(setup, capsys):
    client_id, _ = setup
    _, out, _ = cli(capsys, "visits", "Anna Smith", "--json")
    visit_id = json.loads(out)[0]["id"]
    code, out, _ = cli(capsys, "visit", "edit", str(visit_id), "--service", "Cut and blow-dry",
                       "--spend", "45,50", "--with", "none", "--at", "2026-11-01 11:30")
    assert code == 0 and "Corrected" in out
    _, out, _ = cli(capsys, "visits", str(client_id), "--json")
    assert json.loads(out)[0] | {"id": 0} == {
        "id": 0, "at": "2026-11-01 11:30", "service": "Cut and blow-dry", "staff": None,
        "spend": "45.50", "notes": "", "appointment_id": None}
    code, _, err = cli(capsys, "visit", "delete", str(visit_id))
    assert code == 1 and "--yes" in err and "Cut and blow-dry" in err
    assert len(json.loads(cli(capsys, "visits", str(client_id), "--json")[1])) == 1
    code, out, _ = cli(capsys, "visit", "delete", str(visit_id), "--yes")
    assert code == 0 and "Deleted visit" in out
    assert cli(capsys, "visits", str(client_id))[1] == f"Client {client_id} has no visits yet.\n"
    code, _, err = cli(capsys, "visit", "edit", str(visit_id), "--service", "X")
    assert code == 1 and "no visit with id" in err
    _, out, _ = cli(capsys, "changes", str(client_id), "--json")
    fields = [e["field"] for e in json.loads(out)]
    assert fields[0] == "visit" and "visit.service" in fields and "visit.spend" in fields


def test_bad_input_is_refused_and_nothing_changes(setup, capsys):
    client_id, _ = setup
    logged = cli(capsys, "changes", "--json")[1]  # the visit logged by the set-up
    visit_id = json.loads(cli(capsys, "visits", str(client_id), "--json")[1])[0]["id"]
    code, _, err = cli(capsys, "visit", "edit", str(visit_id), "--spend", "-5")
    assert code == 1 and err
    code, _, err = cli(capsys, "visit", "edit", str(visit_id), "--with", "Nobody")
    assert code == 1 and "Oksana" in err
    code, _, err = cli(capsys, "visit", "edit", str(visit_id))
    assert code == 1 and "say what to correct" in err
    assert cli(capsys, "changes", "--json")[1] == logged

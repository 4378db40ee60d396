"""The appointment book from the command line: menu, hours, book, clash, move, cancel, slots."""

import json

import pytest

from .test_cli import run

DAY = "2027-02-02"  # a Tuesday well after the demo's own bookings


@pytest.fixture(scope="module")
def salon(tmp_path_factory):
    folder = tmp_path_factory.mktemp("salon")
    run("demo", "--clients", "12", "--seed", "3", "--today", "2026-11-22", data_dir=folder)
    found = json.loads(run("search", "a", "--json", data_dir=folder).stdout)
    return folder, found[0], found[1]


def cli(folder, *args, check=True):
    return run(*args, data_dir=folder, check=check)


def test_the_appointment_book_end_to_end(salon):
    folder, first, second = salon
    assert cli(folder, "services", "add", "Beard trim", "--minutes", "30",
               "--price", "15").stdout.strip().isdigit()
    menu = json.loads(cli(folder, "services", "--json").stdout)
    trim = next(s for s in menu if s["name"] == "Beard trim")
    assert (trim["minutes"], trim["price"]) == (30, "15.00")

    hours = json.loads(cli(folder, "staff", "hours", "Carlos", "--set", "tue-sat 09:00-19:00",
                           "--set", "mon off", "--off", "2027-02-24..2027-02-26",
                           "--json").stdout)
    assert hours["hours"] == ["mon off", "tue-sat 09:00-19:00", "sun off"]
    assert hours["time_off"] == [{"from": "2027-02-24", "to": "2027-02-26"}]

    booked = json.loads(cli(folder, "book", str(first["id"]), "--at", f"{DAY} 17:00",
                            "--minutes", "90", "--with", "Carlos", "--json").stdout)
    assert (booked["starts_at"], booked["minutes"], booked["staff"], booked["status"]) == (
        f"{DAY} 17:00", 90, "Carlos", "booked")

    clash = cli(folder, "book", str(second["id"]), "--at", f"{DAY} 17:30", "--with", "Carlos",
                check=False)
    assert clash.returncode == 1
    assert clash.stderr.strip().splitlines() == [
        f"clientbook: Carlos has {first['name']} 17:00–18:30"]
    day = json.loads(cli(folder, "appointments", "--day", DAY, "--json").stdout)
    assert [a["id"] for a in day] == [booked["id"]]
    assert set(day[0]) == {"id", "client_id", "client", "starts_at", "minutes", "staff",
                           "service", "status", "notes"}

    second_id = int(cli(folder, "book", str(second["id"]), "--at", f"{DAY} 17:30", "--with",
                        "Carlos", "--service", "Beard trim", "--allow-conflict").stdout)
    cli(folder, "move", str(booked["id"]), "--at", f"{DAY} 11:00", "--minutes", "60")
    cli(folder, "cancel", str(second_id), "--reason", "late")
    cli(folder, "no-show", str(booked["id"]))
    day = json.loads(cli(folder, "appointments", "--from", DAY, "--to", DAY, "--with",
                         "Carlos", "--json").stdout)
    assert [(a["starts_at"], a["minutes"], a["status"], a["service"]) for a in day] == [
        (f"{DAY} 11:00", 60, "no_show", None), (f"{DAY} 17:30", 30, "cancelled", "Beard trim")]

    slots = json.loads(cli(folder, "free-slots", "--service", "Beard trim", "--with", "Carlos",
                           "--from", DAY, "--count", "2", "--json").stdout)
    assert slots == [{"starts_at": f"{DAY} 09:00", "minutes": 30, "staff": "Carlos"},
                     {"starts_at": f"{DAY} 09:15", "minutes": 30, "staff": "Carlos"}]

    card = json.loads(cli(folder, "briefing", str(first["id"]), "--today", "2027-03-01",
                          "--json").stdout)
    assert (card["no_shows_12m"], card["late_cancellations_12m"]) == (1, 0)
    card = json.loads(cli(folder, "briefing", str(second["id"]), "--today", "2027-03-01",
                          "--json").stdout)
    assert card["late_cancellations_12m"] == 1


def test_bad_input_says_so_on_one_line_and_changes_nothing(salon):
    folder, first, _second = salon
    before = cli(folder, "staff", "hours", "Mei", "--json").stdout
    bad = cli(folder, "staff", "hours", "Mei", "--set", "mon 9-5", check=False)
    assert bad.returncode == 1 and "is not a working-hours line" in bad.stderr
    bad = cli(folder, "staff", "hours", "Mei", "--set", "mon 10:00-12:00", "--off", "nope",
              check=False)
    assert bad.returncode == 1
    assert cli(folder, "staff", "hours", "Mei", "--json").stdout == before
    assert cli(folder, "book", str(first["id"]), "--at", "tomorrow",
               check=False).returncode == 2
    missing = cli(folder, "book", str(first["id"]), "--at", f"{DAY} 10:00", "--service",
                  "Nope", check=False)
    assert missing.returncode == 1 and "no service called 'Nope'" in missing.stderr
    assert cli(folder, "cancel", "999999", check=False).stderr.strip() == (
        "clientbook: This appointment no longer exists.")
    assert json.loads(cli(folder, "appointments", "--day", "2027-03-02", "--json").stdout) == []

"""CSV export: spreadsheet-safe cells, BOM and delimiter options, promises, one-client
exports for data-access requests, and cancelling a long export."""

from __future__ import annotations

import csv
import io
from datetime import datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clientbook.cli import main as cli
from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ClientBookError, NotFoundError
from clientbook.domain.models import (
    Appointment,
    Client,
    ContactChannel,
    ContactPreference,
    Preference,
    PreferenceCategory,
    Promise,
    Reward,
    Visit,
)
from clientbook.services.csv_format import (
    CLIENT_ONLY_COLUMNS,
    COLUMNS,
    DERIVED_CLIENT_COLUMNS,
    KINDS,
    neutralise,
    restore,
)
from clientbook.services.exporting import csv_export
from clientbook.services.exporting.csv_export import (
    ExportCancelled,
    count_rows,
    default_delimiter,
    export_client,
    export_csv,
    safe_file_name,
)
from clientbook.services.exporting.csv_lines import CsvLines

from ..conftest import NOW

BOM = b"\xef\xbb\xbf"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\n")
NAMES = ["Ζωή Παπαδοπούλου", "Олена Ґудзь-Коваленко", "王小明", "José Núñez Åström"]


def read(path, delimiter=","):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


def by_column(path, delimiter=","):
    header, *rows = read(path, delimiter)
    return [dict(zip(header, row, strict=True)) for row in rows]


@pytest.fixture
def zoi(book):
    mei = book.staff.add("Mei")
    client = Client(
        display_name="Ζωή Παπαδοπούλου", phones=["+30 21 0123 4567", "+30 69 1234 5678"],
        email="zoi@example.gr", birthday=Birthday(2, 29), designer_id=mei.id,
        notes="Likes quiet; no perfume",
        preferences=[
            Preference(PreferenceCategory.MUSIC, "jazz"),
            Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar"),
            Preference(PreferenceCategory.DRINK, "Green tea"),
            Preference(PreferenceCategory.CONVERSATION, "small talk", avoid=True),
            Preference(PreferenceCategory.HEALTH, "nut allergy"),
            Preference(PreferenceCategory.PRODUCTS, "Olaplex"),
        ],
    )
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, NOW, "Colour", mei.id, Decimal("1234.50"), "ok"))
    book.history.add_appointment(Appointment(client.id, datetime(2026, 12, 1, 10, 30), 45,
                                             "Cut", mei.id))
    book.history.add_promise(Promise(client.id, "Call about the new colour",
                                     datetime(2026, 11, 25, 12, 0), mei.id))
    book.contacts.log(client.id, ContactChannel.CALL, "Confirmed Tuesday", mei.id,
                      at=datetime(2026, 11, 20, 16, 5))
    return client


@pytest.fixture
def olena(book, zoi):
    """Another client, whose records must never leak into Zoi's one-client export."""
    client = Client(display_name="Олена Шевченко", phones=["+380 44 123 4567"],
                    preferences=[Preference(PreferenceCategory.DRINK, "Uzvar")])
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, NOW, "Manicure", None, Decimal("30"), "Olena's"))
    book.history.add_promise(Promise(client.id, "Olena's promise", NOW))
    book.contacts.log(client.id, ContactChannel.SMS, "Olena's text", at=NOW)
    return client


# Formula neutralising --------------------------------------------------------------------

@pytest.mark.parametrize(("text", "written"), [
    ("=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"),
    ("+30 21 0123 4567", "'+30 21 0123 4567"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("\tindented", "'\tindented"),
    ("\nnew line first", "'\nnew line first"),
    ("'=already quoted", "''=already quoted"),
    ("''+twice", "'''+twice"),
    ("'plain apostrophe", "'plain apostrophe"),
    ("O'Brien = fine", "O'Brien = fine"),
    ("", ""),
    ("2026-11-22", "2026-11-22"),
])
def test_neutralise_quotes_exactly_the_formula_cells(text, written):
    assert neutralise(text) == written
    assert restore(written) == text


formula_heavy = st.text(alphabet=st.sampled_from(["'", "=", "+", "-", "@", "\t", "\r", "\n",
                                                   "a", " ", "1", "Ζ"]), max_size=8)


@given(st.one_of(st.text(), formula_heavy))
def test_restore_undoes_neutralise_for_any_text(text):
    assert restore(neutralise(text)) == text


@given(st.one_of(st.text(), formula_heavy))
def test_no_neutralised_cell_starts_like_a_formula(text):
    assert not neutralise(text).startswith(TRIGGERS)


def test_hostile_text_in_every_column_of_every_kind_is_neutralised(book, tmp_path):
    evil = "=cmd|' /C calc'!A0"
    staff = book.staff.add("@staff")
    client = Client(display_name=evil, given_name="+given", family_name="-family",
                    address_as="\taddress", phones=["+44 20 7946 0958"], email="=e@x.org",
                    notes="\nnotes", designer_id=staff.id,
                    preferences=[Preference(PreferenceCategory.OTHER, "=value", "+detail")])
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, NOW, "=service", staff.id, Decimal("0"), "@n"))
    book.history.add_appointment(Appointment(client.id, NOW, 30, "-svc", staff.id,
                                             notes="=n"))
    book.history.add_promise(Promise(client.id, "=promise", NOW, staff.id))
    book.contacts.log(client.id, ContactChannel.EMAIL, "=note", staff.id, at=NOW)
    cells = []
    for kind in KINDS:
        export_csv(book, kind, tmp_path / f"{kind}.csv")
        cells += [c for row in read(tmp_path / f"{kind}.csv")[1:] for c in row]
    for path in export_client(book, client.id, tmp_path / "one"):
        cells += [c for row in read(path)[1:] for c in row]
    assert "'" + evil in cells and "'=note" in cells and "'+44 20 7946 0958" in cells
    assert [c for c in cells if c.startswith(TRIGGERS)] == []


# File options ----------------------------------------------------------------------------

def test_bom_by_default_and_none_on_request(book, zoi, tmp_path):
    export_csv(book, "clients", tmp_path / "bom.csv")
    export_csv(book, "clients", tmp_path / "plain.csv", bom=False)
    with_bom, plain = (tmp_path / "bom.csv").read_bytes(), (tmp_path / "plain.csv").read_bytes()
    assert with_bom.startswith(BOM + b"id,display_name,")
    assert plain.startswith(b"id,display_name,")
    assert with_bom[len(BOM):] == plain


def test_semicolon_delimiter_quotes_cells_that_contain_it(book, zoi, tmp_path):
    path = tmp_path / "clients.csv"
    export_csv(book, "clients", path, delimiter=";")
    first_line = path.read_bytes()[len(BOM):].split(b"\r\n")[0].decode()
    assert first_line == ";".join(COLUMNS["clients"])
    row = by_column(path, delimiter=";")[0]
    assert row["phones"] == "'+30 21 0123 4567; +30 69 1234 5678"
    assert row["notes"] == "Likes quiet; no perfume"


def test_an_unknown_delimiter_or_kind_is_refused(book, out):
    with pytest.raises(ClientBookError, match="semicolon"):
        export_csv(book, "visits", out / "v.csv", delimiter="|")
    with pytest.raises(ClientBookError, match="promises"):
        export_csv(book, "staff", out / "s.csv")
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(("decimal_point", "delimiter"), [(",", ";"), (".", ","), ("", ",")])
def test_default_delimiter_follows_the_decimal_separator(decimal_point, delimiter):
    assert default_delimiter(decimal_point) == delimiter


def test_money_has_a_dot_and_dates_are_iso(book, zoi, tmp_path):
    book.history.add_visit(Visit(zoi.id, datetime(2025, 1, 2, 3, 4), "", None, Decimal("0.05")))
    export_csv(book, "visits", tmp_path / "v.csv", delimiter=";")
    rows = by_column(tmp_path / "v.csv", delimiter=";")
    assert [(r["visited_at"], r["spend"]) for r in rows] == [
        ("2026-11-22 09:00:00", "1234.50"), ("2025-01-02 03:04:00", "0.05")]


def test_names_in_every_script_are_written_byte_exactly(book, tmp_path):
    for name in NAMES:
        book.clients.add(Client(display_name=name))
    for bom in (True, False):
        path = tmp_path / f"clients-{bom}.csv"
        export_csv(book, "clients", path, bom=bom)
        data = path.read_bytes()
        for name in NAMES:
            assert name.encode("utf-8") in data
        assert [r["display_name"] for r in by_column(path)] == NAMES


# What each kind contains ------------------------------------------------------------------

def test_clients_carry_preferences_flattened_like_the_briefing_card(book, zoi, tmp_path):
    export_csv(book, "clients", tmp_path / "c.csv")
    row = by_column(tmp_path / "c.csv")[0]
    derived = COLUMNS["clients"][-len(DERIVED_CLIENT_COLUMNS) - 1:-1]
    assert derived == DERIVED_CLIENT_COLUMNS  # then health_consent_at, added later at the end
    assert row["have_ready"] == "drink: Earl Grey (no sugar); drink: Green tea; music: jazz"
    assert row["cautions"] == "avoid: small talk; health: nut allergy"
    assert row["other_likes"] == "products: Olaplex"
    assert (row["designer"], row["birthday"], row["archived"]) == ("Mei", "'--02-29", "no")


def test_preferences_file_keeps_one_row_per_preference(book, zoi, tmp_path):
    export_csv(book, "preferences", tmp_path / "p.csv")
    rows = by_column(tmp_path / "p.csv")
    assert [(r["category"], r["value"], r["avoid"]) for r in rows][2:4] == [
        ("drink", "Green tea", "no"), ("conversation", "small talk", "yes")]


def test_promises_export(book, zoi, tmp_path):
    done = Promise(zoi.id, "Send the price list", datetime(2026, 11, 1, 9, 0))
    book.history.add_promise(done)
    book.history.complete_promise(done.id)
    dropped = Promise(zoi.id, "Samples", datetime(2026, 11, 30, 9, 0))
    book.history.add_promise(dropped)
    book.history.cancel_promise(dropped.id)
    count = export_csv(book, "promises", tmp_path / "promises.csv")
    rows = by_column(tmp_path / "promises.csv")
    assert count == 3
    assert list(rows[0]) == COLUMNS["promises"]
    assert rows[0] == {
        "id": "1", "client_id": str(zoi.id), "client": "Ζωή Παπαδοπούλου",
        "text": "Call about the new colour", "due_at": "2026-11-25 12:00:00", "staff": "Mei",
        "done_at": "", "created_at": "2026-11-22 09:00:00", "cancelled_at": ""}
    assert (rows[1]["staff"], rows[1]["done_at"]) == ("", "2026-11-22 09:00:00")
    assert (rows[2]["done_at"], rows[2]["cancelled_at"]) == ("", "2026-11-22 09:00:00")


# One client -------------------------------------------------------------------------------

def test_one_client_export_has_everything_about_them_and_nothing_else(book, zoi, olena,
                                                                      tmp_path):
    folder = tmp_path / "request"
    book.clients.update(zoi, contact=ContactPreference(ContactChannel.SMS, quiet_days=14))
    book.store.rewards.add(Reward(zoi.id, datetime(2026, 10, 3, 11), "free tea", 10))
    book.desk = "desk-1"
    visit = book.timeline.page(zoi.id, ("visit",))[0]
    book.corrections.edit_visit(visit.id, service="Colour and cut")
    book.corrections.edit_visit(visit.id, service="Colour")
    paths = export_client(book, zoi.id, folder, bom=False, delimiter=";")
    prefix = f"{zoi.id}-Ζωή-Παπαδοπούλου-"
    assert [p.name for p in paths] == [f"{prefix}{part}.csv" for part in (
        "client", "preferences", "visits", "appointments", "promises", "contact-log",
        "contact-wishes", "rewards", "changes")]
    assert sorted(folder.iterdir()) == sorted(paths)
    files = {p.name[len(prefix):-4]: by_column(p, delimiter=";") for p in paths}
    assert [r["id"] for r in files["client"]] == [str(zoi.id)]
    assert len(files["preferences"]) == 6
    assert [r["service"] for r in files["visits"]] == ["Colour"]
    assert [r["starts_at"] for r in files["appointments"]] == ["2026-12-01 10:30:00"]
    assert [r["text"] for r in files["promises"]] == ["Call about the new colour"]
    assert files["contact-log"] == [{
        "id": "1", "client_id": str(zoi.id), "client": "Ζωή Παπαδοπούλου",
        "at": "2026-11-20 16:05:00", "channel": "call", "note": "Confirmed Tuesday",
        "staff": "Mei"}]
    assert read(paths[5], ";")[0] == CLIENT_ONLY_COLUMNS["contact_log"]
    assert files["contact-wishes"] == [{
        "client_id": str(zoi.id), "client": "Ζωή Παπαδοπούλου", "preferred_channel": "sms",
        "do_not_contact": "no", "quiet_days": "14"}]
    assert files["rewards"] == [{
        "id": "1", "client_id": str(zoi.id), "client": "Ζωή Παπαδοπούλου",
        "redeemed_at": "2026-10-03 11:00:00", "reward": "free tea", "visit_number": "10",
        "staff": ""}]
    # The fixture's visit, booking and promise are logged too (by this computer's desk).
    assert {r["field"] for r in files["changes"] if r["who"] != "desk-1"} == {
        "visit", "appointment", "promise"}
    assert [(r["who"], r["field"], r["old"], r["new"]) for r in files["changes"]
            if r["who"] == "desk-1"] == [
        ("desk-1", "visit.service", "Colour", "Colour and cut"),
        ("desk-1", "visit.service", "Colour and cut", "Colour")]
    everything = b"".join(p.read_bytes() for p in paths)
    assert "Олена".encode() not in everything and b"Olena" not in everything
    assert b"Uzvar" not in everything and b"Manicure" not in everything


def test_one_client_export_of_a_client_with_no_history_writes_header_only_files(
        book, tmp_path):
    lone = Client(display_name="A/B: C?")
    book.clients.add(lone)
    paths = export_client(book, lone.id, tmp_path)
    assert paths[0].name == f"{lone.id}-A-B-C-client.csv"
    assert [len(read(p)) for p in paths] == [2, 1, 1, 1, 1, 1, 1, 1, 1]


def test_one_client_export_of_nobody_writes_nothing(book, out):
    with pytest.raises(NotFoundError):
        export_client(book, 999, out / "request")
    assert list(out.iterdir()) == []


def test_one_client_export_is_all_or_nothing(book, zoi, out, monkeypatch):
    real = csv_export.formatter

    def broken(kind):
        def fail(row):
            raise OSError("disk full")  # while the promises file is being written

        return fail if kind == "promises" else real(kind)

    monkeypatch.setattr(csv_export, "formatter", broken)
    with pytest.raises(OSError, match="disk full"):
        export_client(book, zoi.id, out / "request")
    assert list(out.iterdir()) == []  # not even the folder it created


@pytest.mark.parametrize(("name", "safe"), [
    ("Ζωή Παπαδοπούλου", "Ζωή-Παπαδοπούλου"), ("王小明", "王小明"),
    ("../../etc/passwd", "etc-passwd"), ("Mr. O'Brien, Jr.", "Mr-O-Brien-Jr"),
    ("***", "client"), ("CON", "CON"),
])
def test_file_names_keep_letters_of_every_script_and_nothing_path_like(name, safe):
    assert safe_file_name(name) == safe


# Progress and cancel ----------------------------------------------------------------------

@pytest.fixture
def many_visits(book, zoi, monkeypatch):
    monkeypatch.setattr(csv_export, "PROGRESS_EVERY", 3)
    for day in range(1, 10):
        book.history.add_visit(Visit(zoi.id, datetime(2026, 1, day, 10), "Cut"))
    return 10


def test_progress_reports_done_of_total(book, many_visits, tmp_path):
    calls = []
    count = export_csv(book, "visits", tmp_path / "v.csv",
                       progress=lambda done, total: calls.append((done, total)) or True)
    assert count == many_visits == count_rows(book, "visits")
    assert calls == [(0, 10), (3, 10), (6, 10), (9, 10), (10, 10)]


def test_cancel_midway_leaves_no_file(book, many_visits, out):
    calls = []

    def cancel_second_time(done, total):
        calls.append(done)
        return len(calls) < 3

    with pytest.raises(ExportCancelled):
        export_csv(book, "visits", out / "v.csv", progress=cancel_second_time)
    assert calls == [0, 3, 6]
    assert list(out.iterdir()) == []


def test_cancel_leaves_an_existing_file_untouched(book, many_visits, out):
    target = out / "visits.csv"
    target.write_bytes(b"yesterday's export")
    with pytest.raises(ExportCancelled):
        export_csv(book, "visits", target, progress=lambda done, total: done == 0)
    assert target.read_bytes() == b"yesterday's export"
    assert [p.name for p in out.iterdir()] == ["visits.csv"]


def test_a_finished_export_replaces_the_old_file(book, many_visits, tmp_path):
    target = tmp_path / "visits.csv"
    target.write_bytes(b"yesterday's export")
    export_csv(book, "visits", target)
    assert len(read(target)) == many_visits + 1


def test_export_writes_crlf_lines_spreadsheets_expect(book, zoi, tmp_path):
    export_csv(book, "visits", tmp_path / "v.csv", bom=False)
    text = (tmp_path / "v.csv").read_bytes().decode()
    assert text.count("\r\n") == 2
    assert list(csv.reader(io.StringIO(text, newline="")))[1][-1] == "ok"


# Writing ---------------------------------------------------------------------------------

cell_text = st.text(alphabet=st.sampled_from([",", ";", "\t", '"', "\r", "\n", " ", "a", "Ζ",
                                              "王", "'", "=", "+", "-", "@"]), max_size=6)


@given(st.sampled_from([",", ";", "\t"]),
       st.lists(st.lists(cell_text, min_size=3, max_size=3), max_size=5))
def test_fast_lines_are_exactly_what_the_csv_module_writes(delimiter, rows):
    expected = io.StringIO(newline="")
    csv.writer(expected, delimiter=delimiter).writerows(rows)
    assert CsvLines(delimiter, 3).text(rows) == expected.getvalue()


delimited_text = st.one_of(
    st.text(alphabet=st.sampled_from([",", ";", "\t", " ", "a", "Ζ", "'", "="]), max_size=6),
    st.sampled_from([";" * 255, ";" * 256, "," * 300, "\t" * 257]))


@given(st.sampled_from([",", ";", "\t"]),
       st.lists(st.lists(delimited_text, min_size=3, max_size=3), max_size=8))
def test_lines_with_the_delimiter_but_no_quote_are_quoted_as_the_csv_module_does(
        delimiter, rows):
    """The path that finds the lines with too many delimiters by their counts alone,
    including a line with 256 or more (too many for the quick scan)."""
    expected = io.StringIO(newline="")
    csv.writer(expected, delimiter=delimiter).writerows(rows)
    assert CsvLines(delimiter, 3).text(rows) == expected.getvalue()


def test_command_line_delimiter_follows_the_locale(monkeypatch):
    monkeypatch.setattr(cli.locale, "localeconv", lambda: {"decimal_point": ","})
    assert cli._locale_delimiter() == ";"
    monkeypatch.setattr(cli.locale, "localeconv", lambda: {"decimal_point": "."})
    assert cli._locale_delimiter() == ","

    def no_such_locale(*args):
        raise cli.locale.Error("unsupported locale setting")

    monkeypatch.setattr(cli.locale, "setlocale", no_such_locale)
    assert cli._locale_delimiter() == ","

"""Importing contacts: layouts recognised, duplicates merged or skipped, all or nothing, undo."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import Client, Visit
from clientbook.services.importing.contact_layouts import detect_layout, guess_mapping
from clientbook.services.importing.csv_import import import_csv
from clientbook.services.importing.import_apply import (
    SKIP,
    last_import,
    run_import,
    undo_last_import,
)
from clientbook.services.importing.import_plan import ImportCancelled, check_import
from clientbook.services.importing.import_source import open_source

from ..conftest import NOW

OUTLOOK = ("First Name,Middle Name,Last Name,Title,E-mail Address,Mobile Phone,Home Phone,"
           "Birthday,Notes\r\n")
GOOGLE = ("Name,Given Name,Family Name,Birthday,Notes,E-mail 1 - Type,E-mail 1 - Value,"
          "Phone 1 - Type,Phone 1 - Value\n")


def write(tmp_path, text, name="contacts.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def plan_for(book, path, **options):
    return check_import(book, open_source(path), **options)


def everyone(book):
    return {c.display_name: c for c in map(book.clients.get, book.store.clients.all_ids())}


def test_outlook_rows_become_clients_with_names_phones_and_birthdays(book, tmp_path):
    path = write(tmp_path, OUTLOOK
                 + "José,María,Núñez,Mr.,jose@example.es,+34 600 111 222,,3/15/1985,"
                   "\"Café solo\nno sugar\"\r\n"
                 + "Олена,,Коваленко,,,+380 67 123 4567,044 222 3344,0/0/00,\r\n",
                 encoding="cp1252" if False else "utf-8")
    source = open_source(path)
    assert source.layout.key == "outlook"
    plan = check_import(book, source)
    assert not plan.problems
    result = run_import(book, plan)
    assert (result.added, result.merged) == (2, 0)
    clients = everyone(book)
    jose = clients["José María Núñez"]
    assert (jose.given_name, jose.family_name, jose.email) == ("José", "Núñez", "jose@example.es")
    assert jose.birthday == Birthday(3, 15, 1985)
    assert jose.address_as == "Mr. Núñez"
    assert jose.notes == "Café solo\nno sugar"
    olena = clients["Олена Коваленко"]
    assert olena.phones == ["+380 67 123 4567", "044 222 3344"]
    assert olena.birthday is None


def test_google_joins_several_values_and_chinese_names_read_family_first(book, tmp_path):
    path = write(tmp_path, "First Name,Last Name,Phone 1 - Label,Phone 1 - Value,"
                           "E-mail 1 - Label,E-mail 1 - Value\n"
                           "小明,王,Mobile,+86 138 0013 8000 ::: +86 10 6552 9988,Home,"
                           "a@example.cn ::: b@example.cn\n")
    source = open_source(path)
    assert source.layout.key == "google"
    run_import(book, check_import(book, source))
    wang = everyone(book)["王小明"]
    assert wang.phones == ["+86 138 0013 8000", "+86 10 6552 9988"]
    assert wang.email == "a@example.cn"
    assert "b@example.cn" in wang.notes  # a second e-mail is kept, not lost


def test_a_spreadsheet_with_greek_headings_is_mapped_by_meaning(book, tmp_path):
    path = write(tmp_path, "Όνομα;Επώνυμο;Τηλέφωνο;Γενέθλια\nΖωή;Παπαδοπούλου;210 123 4567;"
                           "15.03.1990\n")
    source = open_source(path)
    assert source.delimiter == ";"
    assert source.mapping == ["given_name", "family_name", "phone", "birthday"]
    run_import(book, check_import(book, source, day_first=True))
    assert everyone(book)["Ζωή Παπαδοπούλου"].birthday == Birthday(3, 15, 1990)


def test_layouts_are_told_apart_by_their_headings():
    assert detect_layout(["Name", "Given Name", "Family Name", "E-mail 1 - Value"]).key \
        == "google_old"
    assert detect_layout(["id", "client_id", "client", "visited_at"]).key == "clientbook_visits"
    assert detect_layout(["Name", "Phone"]).key == "spreadsheet"
    layout = detect_layout(["Nombre", "Apellidos", "Teléfono"])
    assert guess_mapping(["Nombre", "Apellidos", "Teléfono"], layout) == \
        ["given_name", "family_name", "phone"]


def test_a_mapping_without_a_name_is_refused_before_anything_is_read(book, tmp_path):
    path = write(tmp_path, "Phone,Email\n555 1234,a@example.com\n")
    with pytest.raises(ClientBookError, match="name"):
        plan_for(book, path)


def test_bad_rows_are_listed_by_line_and_refuse_the_file_unless_skipped(book, tmp_path):
    path = write(tmp_path, "Name,Phone,Birthday\nAnna,555 1234,1990-01-01\n,555 9999,\n"
                           "Bea,555 4444,1990-02-31\nCleo,555 5555,\n")
    plan = plan_for(book, path)
    assert [(r.line, r.problem) for r in plan.problems] == [
        (3, "The name is empty."),
        (4, plan.problems[1].problem),
    ]
    assert "1990-02-31" in plan.problems[1].problem
    with pytest.raises(ClientBookError, match=r"rows with problems \(2\)"):
        run_import(book, plan)
    assert book.clients.count() == 0
    result = run_import(book, plan, skip_bad=True)
    assert (result.added, result.skipped_bad) == (2, 2)
    assert set(everyone(book)) == {"Anna", "Cleo"}


@pytest.fixture
def anna(book):
    client = Client("Anna Smith", phones=["+44 20 7946 0958"], notes="Earl Grey")
    book.clients.add(client)
    return client


def test_a_row_with_an_existing_phone_is_merged_never_doubled(book, tmp_path, anna):
    path = write(tmp_path, "Name,Phone,Email,Notes\nAnna S.,020 7946 0958,anna@example.com,"
                           "Prefers mornings\n")
    book.set_setting("phone_region", "GB")
    plan = plan_for(book, path)
    assert [(r.duplicate_of, r.duplicate_why) for r in plan.duplicates] == [
        (anna.id, "same phone")]
    result = run_import(book, plan)
    assert (result.added, result.merged) == (0, 1)
    merged = book.clients.get(anna.id)
    assert merged.display_name == "Anna Smith"  # what the firm wrote is kept
    assert merged.email == "anna@example.com"  # what was missing is filled in
    assert merged.notes == "Earl Grey\nPrefers mornings"
    assert book.clients.count() == 1


def test_skipping_duplicates_leaves_the_existing_client_untouched(book, tmp_path, anna):
    path = write(tmp_path, "Name,Phone,Email\nAnna,+44 20 7946 0958,anna@example.com\n"
                           "Ben,555 1234,\n")
    result = run_import(book, plan_for(book, path), duplicates=SKIP)
    assert (result.added, result.skipped_duplicates) == (1, 1)
    assert book.clients.get(anna.id).email == ""


def test_same_email_and_same_name_with_birthday_are_duplicates_too(book, tmp_path):
    book.clients.add(Client("Mei Lin", email="MEI@example.com"))
    book.clients.add(Client("Zoë Brontë", birthday=Birthday(7, 30, 1988)))
    path = write(tmp_path, "Name,Email,Birthday\nM. Lin,mei@example.com,\n"
                           "Zoe Bronte,,--07-30\nZoë Brontë,,1988-07-31\n")
    plan = plan_for(book, path)
    assert [(r.line, r.duplicate_why) for r in plan.duplicates] == [
        (2, "same e-mail"), (3, "same name and birthday")]


def test_the_same_person_twice_in_one_file_is_added_once(book, tmp_path):
    path = write(tmp_path, "Name,Phone,Email\nTaras,+380 67 000 1111,\n"
                           "Taras Shevchenko,+380670001111,taras@example.ua\n")
    plan = plan_for(book, path)
    assert plan.duplicates[0].duplicate_line == 2
    result = run_import(book, plan)
    assert (result.added, result.merged) == (1, 1)
    (taras,) = everyone(book).values()
    assert taras.email == "taras@example.ua"


def test_cancel_part_way_leaves_the_book_as_it_was(book, tmp_path, anna):
    rows = "".join(f"Client {i},555 {i:04d}\n" for i in range(1200))
    plan = plan_for(book, write(tmp_path, "Name,Phone\n" + rows))
    calls = []

    def cancel_second_time(done, total):
        calls.append(done)
        return len(calls) < 2

    with pytest.raises(ImportCancelled):
        run_import(book, plan, progress=cancel_second_time)
    assert calls == [500, 1000]
    assert book.clients.count() == 1
    assert last_import(book) is None


def test_a_failure_part_way_saves_nothing(book, tmp_path, monkeypatch):
    plan = plan_for(book, write(tmp_path, "Name\nA\nB\nC\n"))
    real_insert = book.store.clients.insert

    def insert_twice_then_fail(client):
        if book.store.clients.count() >= 2:
            raise OSError("disk full")
        return real_insert(client)

    monkeypatch.setattr(book.store.clients, "insert", insert_twice_then_fail)
    with pytest.raises(OSError):
        run_import(book, plan)
    assert book.clients.count() == 0


def test_undo_removes_exactly_what_the_import_added_and_restores_merges(book, tmp_path, anna):
    mei = book.staff.add("Mei")
    before = book.clients.get(anna.id)
    path = write(tmp_path, "display_name,phones,email,designer\n"
                           "Anna,+44 20 7946 0958,anna@example.com,Mei\n"
                           "Dora,555 0000,,Kim\n", name="clients.csv")
    result = run_import(book, plan_for(book, path))
    assert (result.added, result.merged, result.new_staff) == (1, 1, ["Kim"])
    assert book.clients.get(anna.id).designer_id == mei.id  # filled in: she had none
    dora = everyone(book)["Dora"]
    book.history.add_visit(Visit(dora.id, NOW, "Cut"))

    preview = last_import(book)
    assert (preview.source, preview.added, preview.merged) == ("clients.csv", 1, 1)
    # Dora has been seen since: she stays, and the summary says why.
    assert [(k.name, k.why) for k in preview.kept_clients] == [("Dora", ("visits",))]
    undone, changes = undo_last_import(book)
    assert undone.source == "clients.csv"
    assert set(everyone(book)) == {"Anna Smith", "Dora"}
    assert book.store.records.visit_count(dora.id) == 1
    assert book.clients.get(anna.id) == before
    # Kim was the import's, but Dora (kept) has Kim as her designer
    assert sorted(s.name for s in book.staff.all()) == ["Kim", mei.name]
    assert anna.id in changes.clients
    assert last_import(book) is None
    with pytest.raises(ClientBookError, match="was already undone"):
        undo_last_import(book)


def test_undo_of_a_visits_import_removes_only_those_visits(book, tmp_path, anna):
    book.history.add_visit(Visit(anna.id, NOW, "Before"))
    path = write(tmp_path, f"client_id,visited_at,service,spend\n{anna.id},2026-11-01 10:00,"
                           "Colour,80.00\n", name="visits.csv")
    plan = plan_for(book, path)
    assert plan.kind == "visits"
    run_import(book, plan)
    assert book.store.records.visit_count(anna.id) == 2
    undo_last_import(book)
    assert [v.service for v in book.store.records.visits_for(anna.id)] == ["Before"]


def _snapshot(book):
    return [(c.id, c.display_name, c.phones, c.email, c.notes)
            for c in map(book.clients.get, book.store.clients.all_ids())]


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(
    st.binary(max_size=400),
    st.lists(st.lists(st.text(max_size=12), min_size=1, max_size=5), min_size=1, max_size=8)
    .map(lambda rows: "\n".join(",".join(row) for row in [["Name", "Phone", "Birthday"], *rows])
         .encode("utf-8")),
))
def test_random_files_import_whole_or_not_at_all_and_never_crash(book, tmp_path, data):
    if not book.store.clients.count():
        book.clients.add(Client("Anchor Client", phones=["555 0000"]))
    before = _snapshot(book)
    path = tmp_path / "random.csv"
    path.write_bytes(data)
    try:
        report = import_csv(book, "contacts", path)
    except ClientBookError as exc:
        assert str(exc)
        assert _snapshot(book) == before
        return
    if report.saved:
        assert book.clients.count() == len(before) + report.added
        undo_last_import(book)
    assert _snapshot(book) == before


def test_a_dry_run_forecasts_what_skipping_and_merging_would_do(book, tmp_path, anna):
    path = write(tmp_path, "Name,Phone\nAnna,+44 20 7946 0958\n,555\nBea,555 0102\n")
    report = import_csv(book, "contacts", path, dry_run=True, skip_bad=True)
    assert report.ok
    r = report.result
    assert (r.added, r.merged, r.skipped_bad) == (1, 1, 1)
    assert book.clients.count() == 1


def test_checking_a_long_file_can_be_cancelled(book, tmp_path):
    rows = "".join(f"Client {i}\n" for i in range(1200))
    source = open_source(write(tmp_path, "Name\n" + rows))
    with pytest.raises(ImportCancelled):
        check_import(book, source, progress=lambda done, total: False)


def test_undo_puts_back_clients_a_clientbook_file_updated_by_id(book, tmp_path, anna):
    book.clients.add(Client("Bea", phones=["+44 20 7946 0958"]))  # shares Anna's phone
    before = book.clients.get(anna.id)
    path = write(tmp_path, f"id,display_name,email\n{anna.id},Anna S.,anna@example.com\n"
                           "99,Cleo,\n", name="clients.csv")
    result = run_import(book, plan_for(book, path))
    assert (result.updated, result.added, result.merged) == (1, 1, 0)
    assert book.clients.get(anna.id).email == "anna@example.com"
    assert book.clients.get(anna.id).phones == before.phones  # no phones column: kept
    assert book.clients.get(99).display_name == "Cleo"  # the file's id is kept
    undo_last_import(book)
    assert book.clients.get(anna.id) == before
    assert not book.clients.exists(99)


def test_undo_of_a_preferences_import_restores_each_clients_list(book, tmp_path, anna):
    book.clients.add(Client("Bea"))
    path = write(tmp_path, f"client_id,category,value,avoid\n{anna.id},drink,Green tea,no\n"
                           f"{anna.id},conversation,small talk,yes\n", name="preferences.csv")
    result = run_import(book, plan_for(book, path))
    assert result.added == 2
    assert [p.value for p in book.clients.get(anna.id).preferences] == [
        "Green tea", "small talk"]
    undo_last_import(book)
    assert book.clients.get(anna.id).preferences == []

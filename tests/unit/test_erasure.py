"""Forgetting a client: no trace of them in the file, anonymous statistics kept; retention."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from decimal import Decimal

import pytest

from clientbook.domain.errors import NotFoundError, ValidationError
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
from clientbook.services.importing.csv_import import import_csv
from clientbook.services.importing.import_apply import undo_last_import
from clientbook.services.privacy.erasure import (
    forget,
    forget_client,
    not_seen,
    preview,
    years_before,
)
from clientbook.storage.safety import erasure as erasure_storage

from ..conftest import NOW

NAME = "Zyxwquorth Ζυξκουορθίδου 王小明"
EMAIL = "zyxwquorth.mail@example.org"
#: Every spelling of the person that could sit in the file: as typed, folded and
#: transliterated (the search index), FTS prefixes, phone digits, e-mail, note words.
TRACES = ["Zyxwquorth", "zyxwquorth", "zyxw", "Ζυξκουορθίδου", "ζυξκουορθιδου",
          "zyxkouorthidou", "王小明", "wangxiaoming", "xiaoming", "6973141592", "697 314 1592",
          "13912345678", "Qwvbnt", "qwvbnt", "Ploughkeepsie"]
GOOGLE = ("Name,Given Name,Family Name,Birthday,Notes,E-mail 1 - Type,E-mail 1 - Value,"
          "Phone 1 - Type,Phone 1 - Value\n")


def file_bytes(book) -> dict[str, bytes]:
    """The database file and its WAL as they are on disk right now."""
    found = {}
    for suffix in ("", "-wal", "-journal"):
        path = book.path.with_name(book.path.name + suffix)
        if path.exists():
            found[path.name] = path.read_bytes()
    return found


def traces_in(book) -> list[tuple[str, str]]:
    return [(name, trace) for name, data in file_bytes(book).items() for trace in TRACES
            if trace.encode("utf-8") in data]


@pytest.fixture
def staff(book):
    return book.staff.add("Mei")


@pytest.fixture
def other(book):
    client = Client("Olena Kovalenko", phones=["+380 67 123 4567"], notes="Likes green tea")
    book.clients.add(client)
    book.history.add_visit(Visit(client.id, datetime(2026, 3, 1, 10), "Cut"))
    return client


@pytest.fixture
def person(book, tmp_path, staff, other):
    """A client in three scripts, imported from a file, merged from a second one named after
    them, with a record of every kind that can mention them."""
    first = tmp_path / "contacts.csv"
    first.write_text(GOOGLE + f"{NAME},Zyxwquorth,Ζυξκουορθίδου,,Zyxwquorth's notes: "
                     f"Qwvbnt,,{EMAIL},Mobile,+30 697 314 1592\n", encoding="utf-8")
    assert import_csv(book, "contacts", first).added == 1
    client_id = book.search("Zyxwquorth")[0].id
    second = tmp_path / "zyxwquorth 王小明.csv"
    second.write_text(GOOGLE + f"{NAME},,,1985-03-15,Lives in Ploughkeepsie,,,Mobile,"
                      "+30 697 314 1592\nSecond Line,,,,,,,Home,+44 20 7946 0000\n",
                      encoding="utf-8")
    report = import_csv(book, "contacts", second)
    assert (report.result.merged, report.added) == (1, 1)

    client = book.clients.get(client_id)
    client.address_as = "Mx Zyxwquorth"
    client.phones.append("+86 139 1234 5678")
    client.designer_id = staff.id
    client.preferences = [
        Preference(PreferenceCategory.DRINK, "Zyxwquorth blend tea", "no sugar"),
        Preference(PreferenceCategory.HEALTH, "Latex allergy", "told us 王小明"),
    ]
    book.clients.update(client, ContactPreference(ContactChannel.SMS, quiet_days=30))
    for day, spend in ((5, "40.00"), (6, "55.50"), (7, "12.00")):
        book.history.add_visit(Visit(client_id, datetime(2026, 11, day, 10), "Colour",
                                     staff.id, Decimal(spend), notes="Zyxwquorth was happy"))
    book.history.add_appointment(Appointment(client_id, datetime(2026, 11, 1, 15),
                                             notes="Zyxwquorth early", staff_id=staff.id))
    book.history.add_appointment(Appointment(client_id, datetime(2026, 11, 22, 8, 30),
                                             notes="Zyxwquorth today"))
    book.history.add_appointment(Appointment(client_id, datetime(2026, 12, 1, 15),
                                             notes="Zyxwquorth next"))
    book.history.add_promise(Promise(client_id, "Call Zyxwquorth back",
                                     datetime(2026, 11, 23, 10), staff.id))
    kept = Promise(client_id, "Send 王小明 the sample", datetime(2026, 11, 10, 10), staff.id)
    book.history.add_promise(kept)
    book.history.complete_promise(kept.id)
    book.contacts.log(client_id, ContactChannel.CALL, "Zyxwquorth asked about 王小明's hair")
    # A corrected visit: the change log keeps old → new values that name the person.
    first_visit = book.timeline.page(client_id, ("visit",))[-1]
    book.corrections.edit_visit(first_visit.id, notes="Qwvbnt Zyxwquorth, corrected")
    assert any("Zyxwquorth" in e.old + e.new for e in book.change_log.entries(client_id))
    with book.store.write():
        book.store.rewards.add(Reward(client_id, datetime(2026, 11, 7, 11), "Free coffee", 10,
                                      staff.id))
    return client_id


@pytest.mark.file_only
def test_the_person_is_in_the_file_before(book, person):
    assert {trace for _, trace in traces_in(book)} >= {"Zyxwquorth", "王小明", "Qwvbnt"}


def test_forgetting_leaves_no_trace_in_the_file_or_its_wal(book, person):
    done = forget(book, person)
    assert done.file_clean
    assert traces_in(book) == []
    assert book.change_log.entries(person) == []
    # ... and still none after the book is closed and opened again (WAL replayed, checkpoint)
    book.close()
    assert traces_in(book) == []


def test_search_finds_nothing_and_the_client_is_anonymous(book, person, other):
    forget_client(book, person)
    for query in ("Zyxwquorth", "王小明", "Ζυξκουορθίδου", "zyx", "6973141592", EMAIL,
                  "Ploughkeepsie", "blend tea", "Forgotten"):
        assert book.search(query, include_archived=True) == [], query
    assert [r.id for r in book.search("Olena")] == [other.id]
    client = book.clients.get(person)
    assert client.display_name == "Forgotten client"
    assert client.archived
    assert (client.given_name, client.family_name, client.address_as, client.email,
            client.notes) == ("", "", "", "", "")
    assert (client.birthday, client.phones, client.preferences, client.designer_id) == (
        None, [], [], None)
    assert book.contacts.preference(person) == ContactPreference()
    assert book.contacts.history(person) == []


def test_visit_statistics_are_kept_without_their_notes(book, person, staff):
    forget_client(book, person)
    visits = book.store.records.visits_for(person)
    assert [(v.visited_at.day, v.spend, v.staff_id, v.service, v.notes) for v in visits] == [
        (7, Decimal("12.00"), staff.id, "Colour", ""),
        (6, Decimal("55.50"), staff.id, "Colour", ""),
        (5, Decimal("40.00"), staff.id, "Colour", "")]
    assert [r.reward for r in book.loyalty.history(person)] == ["Free coffee"]


def test_future_appointments_and_open_promises_go_past_ones_stay_anonymous(book, person):
    forget_client(book, person)
    appointments = book.store.db.execute(
        "SELECT starts_at, notes FROM appointments WHERE client_id = ?", [person]).fetchall()
    assert appointments == [("2026-11-01T15:00:00", "")]
    promises = book.store.db.execute(
        "SELECT text, done_at IS NOT NULL FROM promises WHERE client_id = ?", [person]
    ).fetchall()
    assert promises == [("(forgotten)", 1)]
    record = book.promises.record()
    assert record.total.due == 1  # the kept promise still counts for Mei


def test_they_leave_every_list_and_reminder(book, person):
    forget_client(book, person)
    assert person not in [row[0] for row in book.clients.page(limit=1000)]
    assert person not in [b.client_id for b in book.birthdays(days=365)]
    assert all(item.appointment.client_id != person for item in book.agenda())
    board = book.promises.board()
    assert all(line.promise.client_id != person for line in [*board.overdue,
                                                             *board.due_today])
    assert all(w.client_id != person for w in book.loyalty.waiting())
    card = book.briefing(person)
    assert "Zyxwquorth" not in repr(card) and "王小明" not in repr(card)


def test_undoing_the_merging_import_does_not_bring_them_back(book, person):
    forget_client(book, person)
    undo_last_import(book)
    client = book.clients.get(person)
    assert client.display_name == "Forgotten client"
    assert client.phones == [] and client.notes == ""
    sources = [r[0] for r in book.store.db.execute("SELECT source FROM imports")]
    assert sources[0] == "contacts.csv"
    assert "zyxwquorth" not in sources[1].casefold()


@pytest.mark.file_only
def test_an_unknown_client_is_refused_and_nothing_changes(book, person):
    before = list(book.store.db.conn.iterdump())
    with pytest.raises(NotFoundError):
        forget(book, 9999)
    with pytest.raises(NotFoundError):
        preview(book, 9999)
    assert list(book.store.db.conn.iterdump()) == before


def test_forgetting_twice_is_harmless(book, person):
    first = forget(book, person)
    later = book.clock
    book.clock = lambda: datetime(2027, 1, 1, 12)
    try:
        again = forget(book, person)
    finally:
        book.clock = later
    assert again.visits_kept == first.visits_kept == 3
    assert preview(book, person).forgotten_at == NOW
    assert traces_in(book) == []


def test_the_preview_counts_what_goes_and_what_stays(book, person):
    p = preview(book, person)
    assert (p.name, p.forgotten_at) == (NAME, None)
    assert (p.phones, p.preferences, p.contacts, p.open_promises, p.closed_promises) == (
        2, 2, 1, 1, 1)
    assert (p.coming_appointments, p.past_appointments, p.visits, p.rewards) == (2, 1, 3, 1)


@pytest.mark.file_only
def test_a_reader_elsewhere_delays_the_wal_clean_up_until_it_closes(book, person,
                                                                     monkeypatch):
    monkeypatch.setattr(erasure_storage, "CHECKPOINT_WAIT_MS", 50)
    with contextlib.closing(sqlite3.connect(book.path)) as reader:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM clients").fetchone()
        done = forget(book, person)
        reader.execute("COMMIT")
    assert done.cleanup_problem == "another program is reading the book"
    assert book.search("Zyxwquorth", include_archived=True) == []
    book.close()  # the last connection checkpoints and removes the WAL
    assert traces_in(book) == []


# Retention ------------------------------------------------------------------------------------
def _client(book, name, created, visits=(), appointments=()):
    client = Client(name, created_at=created)
    book.clients.add(client)
    for when in visits:
        book.history.add_visit(Visit(client.id, when))
    for when, status in appointments:
        book.history.add_appointment(Appointment(client.id, when, status=status))
    return client.id


def test_retention_lists_active_clients_not_seen_for_the_years(book):
    old = datetime(2019, 1, 1)
    gone = _client(book, "Gone Since 2021", old, visits=[datetime(2021, 5, 3, 10)])
    never = _client(book, "Never Came", old)
    _client(book, "Came Last Month", old, visits=[datetime(2026, 10, 20, 10)])
    last_year = _client(book, "Seen Last Year", old, visits=[datetime(2025, 6, 1, 10)])
    _client(book, "Booked For December", old,
            appointments=[(datetime(2026, 12, 1, 10), "booked")])
    no_show = _client(book, "Only No Shows", old,
                      appointments=[(datetime(2026, 1, 5, 10), "no_show")])
    _client(book, "Added Last Week", datetime(2026, 11, 15))
    archived = _client(book, "Archived Long Ago", old)
    book.clients.set_archived(archived, True)

    assert not_seen(book).years == 0 and not_seen(book).clients == []  # off by default
    report = not_seen(book, 3)
    assert report.cutoff == datetime(2023, 11, 22, 9, 0)
    # A no-show is not a visit; longest unseen first (never seen: since they were added).
    assert [(u.client_id, u.last_seen) for u in report.clients] == [
        (never, None), (no_show, None), (gone, datetime(2021, 5, 3, 10))]
    book.set_setting("retention_years", "1")
    flagged = not_seen(book).clients
    assert [u.client_id for u in flagged] == [never, no_show, gone, last_year]
    assert (flagged[-1].name, flagged[-1].visits) == ("Seen Last Year", 1)


def test_a_forgotten_client_is_never_flagged_even_if_unarchived(book, person):
    forget_client(book, person)
    book.clients.set_archived(person, False)
    assert person not in [u.client_id for u in not_seen(book, 1).clients]


@pytest.mark.parametrize("value", ["-1", "31", "two", "1.5"])
def test_the_retention_setting_is_checked(book, value):
    with pytest.raises(ValidationError):
        book.set_setting("retention_years", value)
    assert book.setting("retention_years") == "0"


def test_years_before_a_leap_day():
    assert years_before(datetime(2028, 2, 29, 9), 1) == datetime(2027, 2, 28, 9)
    assert years_before(datetime(2026, 11, 22), 5) == datetime(2021, 11, 22)

"""The demo client book: realistic, multilingual, anchored on today, and never destructive."""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from decimal import Decimal

import pytest

from clientbook.domain.errors import StoreError, ValidationError
from clientbook.domain.models import AppointmentStatus, Client
from clientbook.services.book import Book
from clientbook.services.demo.demo import DemoSummary, fill_demo

NOW = datetime(2026, 11, 22, 9, 0)
TABLES = ("staff", "clients", "phones", "preferences", "visits", "appointments", "promises",
          "contact_log")


def open_book(folder) -> Book:
    return Book.open(folder, clock=lambda: NOW)


@pytest.fixture
def demo(tmp_path):
    book = open_book(tmp_path / "demo")
    summary = fill_demo(book, clients=40)
    yield book, summary
    book.close()


def counts(book: Book) -> dict[str, int]:
    return {t: book.store.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def dump(book: Book) -> dict[str, list[tuple]]:
    return {t: book.store.db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def all_clients(book: Book) -> list[Client]:
    return [book.clients.get(i) for i in book.store.clients.all_ids()]


def todays_appointments(book: Book):
    start = datetime.combine(NOW.date(), datetime.min.time())
    return book.store.records.appointments_between(start, start + timedelta(days=1))


def test_summary_matches_what_was_stored(demo):
    book, summary = demo
    stored = counts(book)
    assert summary == DemoSummary(
        clients=40, staff=stored["staff"], visits=stored["visits"],
        appointments=stored["appointments"], promises=stored["promises"],
        contacts=stored["contact_log"],
    )
    assert stored["clients"] == 40
    assert 200 <= summary.visits <= 800  # about ten visits per client
    assert summary.contacts > 0


def test_staff_are_designers_and_a_receptionist_with_one_gone(demo):
    book, _ = demo
    staff = book.staff.all()
    assert 4 <= len(staff) <= 6
    assert {"Mei", "Carlos", "Sofia", "Oksana"} <= {s.name for s in staff}
    assert [s.role for s in staff].count("receptionist") == 1
    assert sum(not s.active for s in staff) == 1


def test_names_are_in_all_five_scripts(demo):
    book, _ = demo
    names = [c.display_name for c in all_clients(book)]

    def count(script: str) -> int:
        return sum(any(unicodedata.name(ch, "").startswith(script) for ch in n) for n in names)

    assert count("CJK UNIFIED") >= 4
    assert count("GREEK") >= 4
    assert count("CYRILLIC") >= 4
    assert count("LATIN") >= 8  # English and Spanish
    assert any("\u0301" in unicodedata.normalize("NFD", n) for n in names)  # tonos, á


def test_clients_look_like_real_people(demo):
    book, _ = demo
    clients = all_clients(book)
    for client in clients:
        assert client.given_name and client.family_name
        assert 1 <= len(client.phones) <= 2
        assert all(p.startswith(("+", "0")) for p in client.phones)
        assert client.email.isascii()
        assert 2 <= len(client.preferences) <= 7
    phones = " ".join(p for c in clients for p in c.phones)
    for code in ("+34", "+86", "+30", "+380"):
        assert code in phones
    assert sum(bool(c.email) for c in clients) > len(clients) / 2
    assert sum(c.birthday is not None for c in clients) > len(clients) * 0.6
    assert sum(c.designer_id is not None for c in clients) > len(clients) / 2
    assert any(p.avoid for c in clients for p in c.preferences)
    assert any(c.address_as for c in clients)


def test_birthdays_today_and_this_week(demo):
    book, _ = demo
    today = book.birthdays(days=0)
    assert len(today) >= 2
    assert all(b.days_until == 0 for b in today)
    week = book.birthdays(days=7)
    assert len([b for b in week if b.days_until > 0]) >= 4
    assert any(c.birthday and (c.birthday.month, c.birthday.day) == (2, 29)
               for c in all_clients(book))


def test_a_busy_day_is_booked_today(demo):
    book, _ = demo
    appointments = todays_appointments(book)
    assert len(appointments) >= 6
    assert all(9 <= a.starts_at.hour < 18 for a in appointments)
    statuses = [a.status for a in appointments]
    assert statuses.count(AppointmentStatus.BOOKED) > len(statuses) / 2
    assert {AppointmentStatus.DONE, AppointmentStatus.ARRIVED} & set(statuses)
    designers = {a.client_id: book.clients.get(a.client_id).designer_id for a in appointments}
    assert any(a.staff_id != designers[a.client_id] for a in appointments)
    assert any(a.staff_id == designers[a.client_id] for a in appointments)


def test_history_has_visits_past_bookings_and_promises(demo):
    book, _ = demo
    visits = [v for c in book.store.clients.all_ids() for v in book.store.records.visits_for(c)]
    assert all(Decimal("30") <= v.spend <= Decimal("180") for v in visits)
    assert all(NOW - timedelta(days=731) < v.visited_at < NOW for v in visits)
    past = book.store.records.appointments_between(NOW - timedelta(days=30), NOW.replace(hour=0))
    assert {AppointmentStatus.DONE, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED} <= {
        a.status for a in past
    }
    briefings = [book.briefing(i) for i in book.store.clients.all_ids()]
    overdue = [p for b in briefings for p in b.open_promises if p.id in b.overdue_promise_ids]
    assert len(overdue) >= 2
    assert any(p.due_at.date() >= NOW.date() for b in briefings for p in b.open_promises)
    done = book.store.db.execute("SELECT count(*) FROM promises WHERE done_at IS NOT NULL")
    assert done.fetchone()[0] >= 1


def test_sets_a_phone_region_only_when_none_is_set(tmp_path):
    book = open_book(tmp_path / "a")
    fill_demo(book, clients=10)
    assert book.setting("phone_region") == "GB"
    book.close()
    other = open_book(tmp_path / "b")
    other.set_setting("phone_region", "ES")
    fill_demo(other, clients=10)
    assert other.setting("phone_region") == "ES"
    other.close()


def test_refuses_a_book_that_has_data_and_changes_nothing(demo):
    book, _ = demo
    before = dump(book)
    with pytest.raises(ValidationError, match="already has data; use --force"):
        fill_demo(book, clients=40)
    assert dump(book) == before


def test_refuses_a_book_with_one_real_client(tmp_path):
    book = open_book(tmp_path / "real")
    book.clients.add(Client(display_name="Anna Smith"))
    with pytest.raises(ValidationError):
        fill_demo(book)
    assert counts(book)["clients"] == 1
    assert counts(book)["visits"] == 0
    book.close()


def test_force_adds_without_deleting_or_duplicating_staff(demo):
    book, _ = demo
    before = counts(book)
    first_client = book.clients.get(1)
    summary = fill_demo(book, clients=40, seed=7, force=True)
    after = counts(book)
    assert summary.staff == 0
    assert after["staff"] == before["staff"]
    assert after["clients"] == before["clients"] + 40
    assert after["visits"] == before["visits"] + summary.visits
    assert book.clients.get(1) == first_client


def test_same_seed_same_book_other_seed_other_book(tmp_path):
    books = [open_book(tmp_path / name) for name in ("one", "two", "three")]
    for book, seed in zip(books, (5, 5, 6), strict=True):
        fill_demo(book, clients=40, seed=seed)
    one, two, three = (dump(b) for b in books)
    assert one == two
    assert one["clients"] != three["clients"]
    assert one["visits"] != three["visits"]
    for book in books:
        book.close()


def test_today_can_be_given(tmp_path):
    book = open_book(tmp_path / "x")
    later = NOW + timedelta(days=3)
    fill_demo(book, clients=20, today=later.date())
    start = later.replace(hour=0)
    assert len(book.store.records.appointments_between(start, start + timedelta(days=1))) >= 6
    assert len(book.birthdays(days=0, today=later.date())) >= 2
    book.close()


def test_a_failure_part_way_leaves_the_book_empty(tmp_path, monkeypatch):
    book = open_book(tmp_path / "fail")
    real = book.store.bulk_insert

    def failing(table, columns, rows):
        if table == "promises":
            raise StoreError("disk full")
        real(table, columns, rows)

    monkeypatch.setattr(book.store, "bulk_insert", failing)
    with pytest.raises(StoreError):
        fill_demo(book, clients=20)
    assert set(counts(book).values()) == {0}
    assert book.is_empty()
    assert book.setting("phone_region") == ""
    book.close()


@pytest.mark.parametrize("size", [0, 1, 3])
def test_tiny_books_work(tmp_path, size):
    book = open_book(tmp_path / "tiny")
    summary = fill_demo(book, clients=size)
    assert summary.clients == counts(book)["clients"] == size
    book.close()


def test_negative_size_is_refused(tmp_path):
    book = open_book(tmp_path / "neg")
    with pytest.raises(ValidationError):
        fill_demo(book, clients=-1)
    book.close()

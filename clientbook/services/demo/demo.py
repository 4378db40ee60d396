"""Fill a client book with realistic sample data, for trying the app and for benchmarks.

Deterministic for a seed and a day: everything comes from one random.Random(seed) and
dates are placed relative to `today`, so a demo always has birthdays today, people
booked in today and promises running late. Large books (100,000 clients) take the
storage fast path: clients through the repository (keeping phones, preferences and the
search index right), history through Store.bulk_insert, all in one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from clientbook.domain import folding
from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import (
    Client,
    ContactChannel,
    Preference,
    Staff,
)
from clientbook.domain.validation import clean_client
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.demo import demo_pools as pools
from clientbook.services.demo.demo_bookings import SLOTS, DemoBookings
from clientbook.services.demo.demo_calendar import ensure_hours, ensure_menu
from clientbook.services.demo.demo_memory import add_service_memory
from clientbook.services.settings import loyalty_rule
from clientbook.storage.store import Store

if TYPE_CHECKING:
    from clientbook.services.book import Book

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "Errors", "This client book already has data; use --force to add demo data anyway.")
# The setting that marks a book holding only sample data (what `remove_demo` may empty).
DEMO_BOOK = "demo_book"
BATCH = 20_000
HISTORY_DAYS = 730
_SERVICE_DRAW = tuple(s for s in pools.SERVICES for _ in range(s[1]))
_VISIT_COLUMNS = ["client_id", "visited_at", "staff_id", "service", "spend_cents", "notes"]
_PROMISE_COLUMNS = ["client_id", "text", "due_at", "done_at", "staff_id", "created_at"]
_CONTACT_COLUMNS = ["client_id", "at", "channel", "note", "staff_id"]


@dataclass(frozen=True)
class DemoSummary:
    """How many records the demo added."""

    clients: int
    staff: int
    visits: int
    appointments: int
    promises: int
    contacts: int = 0


def fill_demo(
    book: Book,
    *,
    clients: int = 60,
    seed: int = 1,
    today: date | None = None,
    force: bool = False,
) -> DemoSummary:
    """Add `clients` sample clients with staff, history, bookings and promises.

    Refuses a book that already holds data unless `force`; then it only adds.
    """
    if clients < 0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The number of demo clients cannot be negative."), field="clients")
    was_empty = book.is_empty()
    if not force and not was_empty:
        raise ValidationError(NOT_EMPTY)
    today = today or book.clock().date()
    with book.store.write():
        if not book.store.settings.get("phone_region"):
            book.set_setting("phone_region", "GB")
        staff, added_staff = _ensure_staff(book.store)
        menu = ensure_menu(book.store)
        ensure_hours(book.store, staff, today)
        demo = _Generator(book.store, random.Random(seed), today, staff)
        demo.menu = menu
        demo.add_clients(clients)
        demo.add_appointments()
        demo.add_promises()
        add_service_memory(book.store, seed, today, demo.client_ids,
                           loyalty_rule(book.store).every_visits)
        if was_empty:  # a book that holds only sample data may be emptied again
            ids = demo.client_ids or [0]
            book.store.settings.set(DEMO_BOOK, f"{min(ids)}-{max(ids)}")
    return DemoSummary(clients, added_staff, demo.visits, demo.appointments, demo.promises,
                       demo.contacts)


def _ensure_staff(store: Store) -> tuple[list[Staff], int]:
    """The demo team, reusing members who already exist by name."""
    team, added = [], 0
    for name, role, active in pools.STAFF:
        member = store.staff.by_name(name)
        if member is None:
            member = Staff(name=name, role=role, active=active)
            store.staff.insert(member)
            added += 1
        team.append(member)
    return team, added


def _ascii(text: str) -> str:
    return "".join(c for c in folding.transliterate(folding.fold(text)) if c.isalnum())


def _phone(rng: random.Random, lang: str) -> str:
    """A number with the country code of the client's language, written as people do."""
    template = rng.choice(pools.PHONE_FORMATS[lang])
    count = template.count("#")
    digits = iter(f"{rng.randrange(10**count):0{count}d}")
    return "".join(next(digits) if ch == "#" else ch for ch in template)


def _names(rng: random.Random, lang: str, female: bool) -> tuple[str, str, str, str]:
    """(display name, given, family, address_as) in the client's own language and script."""
    c = rng.choice
    if lang == "en":
        given, family = c(pools.EN_FEMALE if female else pools.EN_MALE), c(pools.EN_FAMILY)
        title = c(("Mrs", "Ms", "Ms", "Dr")) if female else c(("Mr", "Mr", "Dr"))
        greet = c((f"{title} {family}", given))
        return f"{given} {family}", given, family, greet
    if lang == "es":
        given = c(pools.ES_FEMALE if female else pools.ES_MALE)
        first, second = rng.sample(pools.ES_FAMILY, 2)
        family = f"{first} {second}" if rng.random() < 0.7 else first
        greet = c((f"Señora {first}", f"Doña {given}") if female
                  else (f"Señor {first}", f"Don {given}"))
        return f"{given} {family}", given, family, greet
    if lang == "zh":
        family, given = c(pools.ZH_FAMILY), c(pools.ZH_FEMALE if female else pools.ZH_MALE)
        latin = _ascii(family).capitalize()
        greet = c((f"{family}女士", f"Ms {latin}") if female else (f"{family}先生", f"Mr {latin}"))
        return f"{family}{given}", given, family, greet
    if lang == "el":
        male_family, female_family = c(pools.EL_FAMILY)
        if female:
            given = c(pools.EL_FEMALE)
            return f"{given} {female_family}", given, female_family, f"Κυρία {given}"
        given, vocative = c(pools.EL_MALE)
        return f"{given} {male_family}", given, male_family, f"Κύριε {vocative}"
    male_family, female_family = c(pools.UK_FAMILY)
    given = c(pools.UK_FEMALE if female else pools.UK_MALE)
    family = female_family if female else male_family
    return f"{given} {family}", given, family, f"{'пані' if female else 'пан'} {given}"


def _as_readme_client(client: Client, index: int) -> None:
    """Give a generated client the name the README searches for ("olena", "zoi", "小明")."""
    display, given, family, greet = pools.README_CLIENTS[index]
    client.display_name, client.given_name, client.family_name = display, given, family
    client.address_as = greet if client.address_as else ""
    if client.email:
        client.email = f"{_ascii(given)}.{_ascii(family)}@example.com"


def _email(rng: random.Random, given: str, family: str) -> str:
    g, f = _ascii(given), _ascii(family.split()[0])
    local = rng.choice((f"{g}.{f}", f"{g}{f}{rng.randint(1, 99)}", f"{g[:1]}.{f}", f"{f}.{g}"))
    return f"{local}@{rng.choice(pools.EMAIL_DOMAINS)}"


def _preferences(rng: random.Random, female: bool) -> list[Preference]:
    chosen: list[Preference] = []
    for category in rng.sample(list(pools.PREFERENCES), rng.randint(2, 5)):
        options = [o for o in pools.PREFERENCES[category] if female or o[0] != "Pregnant"]
        value, detail = rng.choice(options)
        chosen.append(Preference(category, value, detail))
    if any(p.value == "Nut allergy" for p in chosen):
        chosen = [p for p in chosen if "Almond" not in p.value]
    avoid_count = rng.choices((0, 1, 2), (55, 30, 15))[0]
    for category, value, detail in rng.sample(pools.AVOID, avoid_count):
        chosen.append(Preference(category, value, detail, avoid=True))
    return chosen


def _random_birthday(rng: random.Random, today: date) -> Birthday:
    year = today.year - rng.randint(18, 85)
    if rng.random() < 0.005:
        return Birthday(2, 29, year - year % 4)
    when = date(2001, 1, 1) + timedelta(days=rng.randrange(365))
    return Birthday(when.month, when.day, None if rng.random() < 0.12 else year)


def _birthday_in(rng: random.Random, today: date, ahead: int) -> Birthday:
    """A birthday `ahead` days from today (with a year that makes it a real date)."""
    when = today + timedelta(days=ahead)
    year = today.year - rng.randint(20, 80)
    if (when.month, when.day) == (2, 29):
        year -= year % 4
    return Birthday(when.month, when.day, year)


class _Generator(DemoBookings):
    """Writes one demo book: clients with history, then bookings and promises."""

    def __init__(self, store: Store, rng: random.Random, today: date, staff: list[Staff]):
        self.store, self.rng, self.today = store, rng, today
        designers = [s.id for s in staff if s.role == "designer"]
        self.active = [s.id for s in staff if s.role == "designer" and s.active]
        if len(self.active) < 2:
            self.active = designers
        self.history_staff = designers
        self.desk = [s.id for s in staff if s.active] or designers
        self.days = [(today - timedelta(days=k)).isoformat() for k in range(HISTORY_DAYS + 1)]
        self.client_ids: list[int] = []
        self.designer_of: dict[int, int | None] = {}
        self.bookable: list[int] = []
        self.visits = self.appointments = self.promises = self.contacts = 0
        self.menu: dict[str, int] = {}
        self.hours = store.calendar.patterns()
        self.busy: dict[tuple[int, date], list[tuple[int, int]]] = {}

    # Clients, their visits and contacts ------------------------------------------------
    def add_clients(self, count: int) -> None:
        rng = self.rng
        planted: dict[int, Birthday] = {}
        if count >= 10:
            picks = rng.sample(range(count), 8)
            offsets = [0, 0, *sorted(rng.sample(range(1, 8), 5))]
            for index, ahead in zip(picks, offsets, strict=False):
                planted[index] = _birthday_in(rng, self.today, ahead)
            planted[picks[7]] = Birthday(2, 29, rng.choice((1964, 1976, 1988, 1992, 1996)))
        visits: list[tuple] = []
        contacts: list[tuple] = []
        for index in range(count):
            client = self._client(planted.get(index))
            if index < len(pools.README_CLIENTS):
                _as_readme_client(client, index)  # the README's searches find them
            if index in planted or index < len(pools.README_CLIENTS):
                client.archived = False
            history = self._visit_history(client.designer_id)
            first = history[0][0] if history else self.days[0]
            client.created_at = datetime.fromisoformat(first[:10] + "T09:00:00")
            client.updated_at = datetime.fromisoformat(history[-1][0] if history else first)
            self.store.clients.insert(clean_client(client))
            cid = client.id
            self.client_ids.append(cid)
            self.designer_of[cid] = client.designer_id
            if not client.archived:
                self.bookable.append(cid)
            visits.extend((cid, *v) for v in history)
            contacts.extend((cid, *c) for c in self._contacts())
            if len(visits) >= BATCH:
                self._flush("visits", _VISIT_COLUMNS, visits)
        self._flush("visits", _VISIT_COLUMNS, visits)
        self._flush("contact_log", _CONTACT_COLUMNS, contacts)

    def _client(self, birthday: Birthday | None) -> Client:
        rng = self.rng
        lang = rng.choice(("en", "es", "zh", "el", "uk"))
        female = rng.random() < 0.75
        display, given, family, greet = _names(rng, lang, female)
        phones = [_phone(rng, lang) for _ in range(1 if rng.random() < 0.7 else 2)]
        if birthday is None and rng.random() < 0.85:
            birthday = _random_birthday(rng, self.today)
        return Client(
            display_name=display,
            given_name=given,
            family_name=family,
            address_as=greet if rng.random() < 0.45 else "",
            phones=phones,
            email=_email(rng, given, family) if rng.random() < 0.8 else "",
            birthday=birthday,
            notes=rng.choice(pools.CLIENT_NOTES) if rng.random() < 0.2 else "",
            designer_id=rng.choice(self.active) if rng.random() < 0.85 else None,
            preferences=_preferences(rng, female),
            archived=rng.random() < 0.02,
        )

    def _visit_history(self, designer: int | None) -> list[tuple]:
        """(visited_at, staff, service, cents, notes), oldest first."""
        rng = self.rng
        kind = rng.random()
        count = (rng.randint(1, 2) if kind < 0.2 else rng.randint(4, 14) if kind < 0.75
                 else rng.randint(15, 28))
        rows = []
        for ago in sorted(rng.sample(range(1, HISTORY_DAYS + 1), count), reverse=True):
            service, _, low, high, _ = rng.choice(_SERVICE_DRAW)
            staff = designer if designer is not None and rng.random() < 0.8 else None
            if staff is None:
                staff = rng.choice(self.history_staff if ago > 365 else self.active)
            rows.append((
                f"{self.days[ago]}T{rng.choice(SLOTS)}", staff, service,
                rng.randrange(low, high + 1, 50),
                rng.choice(pools.VISIT_NOTES) if rng.random() < 0.08 else "",
            ))
        return rows

    def _contacts(self) -> list[tuple]:
        rng = self.rng
        if rng.random() >= 0.25:
            return []
        rows = []
        for _ in range(rng.randint(1, 3)):
            channel = rng.choice(tuple(ContactChannel))
            at = f"{self.days[rng.randint(1, 365)]}T{rng.choice(SLOTS)}"
            rows.append((at, str(channel), rng.choice(pools.CONTACT_NOTES[channel]),
                         rng.choice(self.desk)))
        return rows

    # Promises --------------------------------------------------------------------------
    def add_promises(self) -> None:
        rng, pool = self.rng, self.bookable
        if not pool:
            return
        count = len(self.client_ids)
        total = max(6, count // 10) if count >= 10 else count
        kinds = ["overdue", "overdue", "today", "done"]
        kinds += rng.choices(("later", "today", "overdue", "done"), (45, 10, 20, 25),
                             k=max(0, total - len(kinds)))
        rows = []
        for kind in kinds[:total]:
            due, done = self._promise_dates(kind)
            created = min(due, done or due, self.today) - timedelta(days=rng.randint(1, 14))
            rows.append((
                rng.choice(pool), rng.choice(pools.PROMISES),
                _stamp(due, time(17, 0)), _stamp(done, time(12, 0)) if done else None,
                rng.choice(self.desk), _stamp(created, time(10, 30)),
            ))
        self._flush("promises", _PROMISE_COLUMNS, rows)

    def _promise_dates(self, kind: str) -> tuple[date, date | None]:
        rng, today = self.rng, self.today
        if kind == "overdue":
            return today - timedelta(days=rng.randint(1, 21)), None
        if kind == "today":
            return today, None
        if kind == "later":
            return today + timedelta(days=rng.randint(1, 30)), None
        due = today - timedelta(days=rng.randint(2, 60))
        return due, due - timedelta(days=rng.randint(0, 3))

    def _flush(self, table: str, columns: list[str], rows: list[tuple]) -> None:
        """Write a batch and count it; empties `rows` for reuse."""
        if not rows:
            return
        self.store.bulk_insert(table, columns, rows)
        counter = {"visits": "visits", "appointments": "appointments",
                   "promises": "promises", "contact_log": "contacts"}[table]
        setattr(self, counter, getattr(self, counter) + len(rows))
        rows.clear()


def _stamp(day: date, at: time) -> str:
    return datetime.combine(day, at).isoformat(timespec="seconds")

"""The reminder scheduler with a fake clock: tests move the clock and call check_now()."""

from datetime import date, datetime

import pytest

from clientbook.domain.birthdays import Birthday
from clientbook.domain.care.reminders import ReminderLedger
from clientbook.domain.errors import StoreLockedError
from clientbook.domain.models import Appointment, AppointmentStatus, Client
from clientbook.services.followups import reminders as reminder_service
from clientbook.ui.reminders.reminder_scheduler import ReminderScheduler
from clientbook.ui.session import Session


class Clock:
    """The book's clock, moved by the test."""

    def __init__(self, now: datetime):
        self.now = now

    def __call__(self) -> datetime:
        return self.now


ANNOUNCING = ("dayChanged", "birthdaysDue", "nudgeDue")


class Heard:
    """What a scheduler emitted, in order (by default what it announces, not list updates)."""

    def __init__(self, scheduler: ReminderScheduler, kinds: tuple[str, ...] = ANNOUNCING):
        self.events: list[tuple[str, object]] = []
        for name in kinds:
            getattr(scheduler, name).connect(
                lambda value, name=name: self.events.append((name, value)))

    def take(self) -> list[tuple[str, object]]:
        taken, self.events = self.events, []
        return taken


@pytest.fixture
def clock(book):
    fake = Clock(datetime(2026, 11, 22, 9, 0))  # a Sunday
    book.clock = fake
    return fake


@pytest.fixture
def desk(book, clock, qapp, answers):
    return Session(book)


def _client(book, name, birthday=None):
    client = Client(name, birthday=Birthday.parse(birthday) if birthday else None)
    book.clients.add(client)
    return client.id


def _names(event):
    kind, reminders = event
    assert kind == "birthdaysDue"
    return [r.name for r in reminders]


@pytest.fixture
def people(book):
    """Birthdays today, on Thursday, next Monday (day 8) and tomorrow (not in a 0-day window)."""
    return {"anna": _client(book, "Anna Smith", "1992-11-22"),
            "wang": _client(book, "王小明", "--11-26"),
            "zoe": _client(book, "Ζωή Παπαδοπούλου", "1990-11-30"),
            "nobody": _client(book, "No Birthday")}


def test_the_start_up_check_announces_the_week_and_a_second_check_is_silent(
        qtbot, desk, people, clock):
    scheduler = ReminderScheduler(desk)
    with qtbot.waitSignal(scheduler.birthdaysDue) as signal:
        scheduler.check_now()
    assert [(r.name, r.days_until, r.age) for r in signal.args[0]] == [
        ("Anna Smith", 0, 34), ("王小明", 4, None)]
    assert [r.name for r in scheduler.today()] == ["Anna Smith"]
    heard = Heard(scheduler)
    clock.now = datetime(2026, 11, 22, 17, 45)
    scheduler.check_now()
    assert heard.take() == []  # no duplicate the same day, and no day change


def test_midnight_announces_the_new_day_once(qtbot, desk, people, clock):
    scheduler = ReminderScheduler(desk)
    scheduler.check_now()
    heard = Heard(scheduler)
    clock.now = datetime(2026, 11, 22, 23, 59, 30)
    scheduler.check_now()
    assert heard.take() == []
    clock.now = datetime(2026, 11, 23, 0, 0, 0)
    with qtbot.waitSignal(scheduler.dayChanged) as signal:
        scheduler.check_now()
    assert signal.args == [date(2026, 11, 23)]
    events = heard.take()
    assert events[0] == ("dayChanged", date(2026, 11, 23))
    # Anna's birthday was yesterday; the window now reaches Zoe's on Monday.
    assert _names(events[1]) == ["王小明", "Ζωή Παπαδοπούλου"]
    assert len(events) == 2
    clock.now = datetime(2026, 11, 23, 0, 0, 30)
    scheduler.check_now()
    assert heard.take() == []


def test_a_wake_three_days_later_jumps_to_that_day_and_catches_up_nudges(
        qtbot, desk, book, people, clock):
    scheduler = ReminderScheduler(desk)
    scheduler.check_now()
    book.history.add_appointment(Appointment(people["zoe"], datetime(2026, 11, 25, 9, 5)))
    book.history.add_appointment(Appointment(people["anna"], datetime(2026, 11, 25, 8, 50)))
    clock.now = datetime(2026, 11, 22, 18, 0)
    scheduler.check_now()
    heard = Heard(scheduler)
    clock.now = datetime(2026, 11, 25, 9, 0)  # the lid opens on Wednesday morning
    scheduler.check_now()
    events = heard.take()
    assert [kind for kind, _ in events] == ["dayChanged", "birthdaysDue", "nudgeDue"]
    assert events[0][1] == date(2026, 11, 25)
    reminders = events[1][1]
    assert [(r.name, r.days_until) for r in reminders] == [("王小明", 1),
                                                           ("Ζωή Παπαδοπούλου", 5)]
    assert reminders[1].appointment == datetime(2026, 11, 25, 9, 5)
    nudge = events[2][1]
    assert (nudge.client_name, nudge.starts_at) == ("Ζωή Παπαδοπούλου",
                                                    datetime(2026, 11, 25, 9, 5))
    # Anna's 8:50 appointment had already started when the machine woke: no nudge.


def test_a_nudge_comes_at_14_20_for_14_30_and_only_once(qtbot, desk, book, clock):
    mei = book.staff.add("Mei").id
    anna = _client(book, "Anna Smith", "1992-11-22")
    appt = Appointment(anna, datetime(2026, 11, 22, 14, 30), staff_id=mei)
    book.history.add_appointment(appt)
    book.history.add_appointment(Appointment(anna, datetime(2026, 11, 22, 14, 25),
                                             status=AppointmentStatus.CANCELLED))
    assert book.setting("nudge_minutes") == "10"
    scheduler = ReminderScheduler(desk)
    scheduler.check_now()
    heard = Heard(scheduler)
    clock.now = datetime(2026, 11, 22, 14, 19)
    scheduler.check_now()
    assert heard.take() == []
    clock.now = datetime(2026, 11, 22, 14, 20)
    with qtbot.waitSignal(scheduler.nudgeDue) as signal:
        scheduler.check_now()
    nudge = signal.args[0]
    assert (nudge.appointment_id, nudge.client_name, nudge.staff_name,
            nudge.birthday_today) == (appt.id, "Anna Smith", "Mei", True)
    heard.take()
    for minute, second in ((20, 30), (25, 0), (29, 59), (30, 0)):
        clock.now = datetime(2026, 11, 22, 14, minute, second)
        scheduler.check_now()
    assert heard.take() == []


def test_the_ledger_round_trips_through_the_callables(qtbot, desk, book, people, clock):
    saved: list[str] = []
    book.history.add_appointment(Appointment(people["anna"], datetime(2026, 11, 22, 9, 5)))
    first = ReminderScheduler(desk, store_ledger=saved.append, load_ledger=lambda: "")
    with qtbot.waitSignal(first.nudgeDue):
        first.check_now()
    assert saved and ReminderLedger.from_json(saved[-1]) == first.ledger

    # The app restarts the same morning: nothing is announced twice.
    again = ReminderScheduler(desk, store_ledger=saved.append, load_ledger=lambda: saved[-1])
    heard = Heard(again)
    again.check_now()
    assert heard.take() == []
    # The next day it announces again.
    clock.now = datetime(2026, 11, 23, 8, 0)
    again.check_now()
    assert [kind for kind, _ in heard.take()] == ["dayChanged", "birthdaysDue"]


def test_without_callables_the_ledger_lives_in_memory_and_bad_saved_text_is_ignored(
        qtbot, desk, people):
    memory = ReminderScheduler(desk)
    with qtbot.waitSignal(memory.birthdaysDue):
        memory.check_now()
    with qtbot.assertNotEmitted(memory.birthdaysDue):
        memory.check_now()
    broken = ReminderScheduler(desk, load_ledger=lambda: "{not json")
    with qtbot.waitSignal(broken.birthdaysDue):
        broken.check_now()


def test_asking_again_re_announces_today_even_when_there_is_nothing(qtbot, desk, book, clock):
    scheduler = ReminderScheduler(desk)
    with qtbot.waitSignal(scheduler.birthdaysDue) as nothing:
        assert scheduler.ask_again() == []
    assert nothing.args == [[]]
    _client(book, "Anna Smith", "1992-11-22")
    scheduler.check_now()
    with qtbot.waitSignal(scheduler.birthdaysDue) as signal:
        scheduler.ask_again()
    assert _names(("birthdaysDue", signal.args[0])) == ["Anna Smith"]
    heard = Heard(scheduler)
    scheduler.check_now()
    assert heard.take() == []


def test_an_edit_refreshes_the_list_without_announcing(qtbot, desk, people):
    scheduler = ReminderScheduler(desk)
    scheduler.check_now()
    heard = Heard(scheduler, (*ANNOUNCING, "remindersChanged"))
    with qtbot.waitSignal(scheduler.remindersChanged) as signal:
        desk.apply(lambda: desk.book.clients.set_archived(people["anna"], True))
    assert [r.name for r in signal.args[0]] == ["王小明"]
    assert [r.name for r in scheduler.birthdays()] == ["王小明"]
    assert [kind for kind, _ in heard.take()] == ["remindersChanged"]
    desk.apply(lambda: desk.book.set_setting("currency", "GBP"))
    assert heard.take() == []


def test_a_locked_file_skips_the_check_and_the_next_one_catches_up(
        qtbot, desk, people, monkeypatch):
    def locked(*_args, **_kwargs):
        raise StoreLockedError("Another program is using the file.")

    real = reminder_service.birthday_reminders
    monkeypatch.setattr(reminder_service, "birthday_reminders", locked)
    scheduler = ReminderScheduler(desk)
    heard = Heard(scheduler)
    scheduler.check_now()
    assert heard.take() == [] and scheduler.day is None
    monkeypatch.setattr(reminder_service, "birthday_reminders", real)
    with qtbot.waitSignal(scheduler.birthdaysDue):
        scheduler.check_now()


def test_start_checks_at_once_and_runs_the_timer(qtbot, desk, people):
    scheduler = ReminderScheduler(desk)
    with qtbot.waitSignal(scheduler.birthdaysDue):
        scheduler.start(interval_ms=60_000)
    assert scheduler.timer.isActive() and scheduler.timer.interval() == 60_000
    scheduler.stop()
    assert not scheduler.timer.isActive()


def test_the_whole_window_is_published_for_the_in_window_list(qtbot, desk, people, clock):
    """`remindersChanged` carries every birthday of the window (announced or not), so the
    Today banner and the Birthdays panel can show them with or without a tray."""
    saved: list[str] = []
    first = ReminderScheduler(desk, store_ledger=saved.append)
    first.check_now()
    restarted = ReminderScheduler(desk, load_ledger=lambda: saved[-1])
    heard = Heard(restarted, ("birthdaysDue", "remindersChanged"))
    restarted.check_now()  # nothing new to announce, but the list is there
    assert [(kind, [r.name for r in value]) for kind, value in heard.take()] == [
        ("remindersChanged", ["Anna Smith", "王小明"])]
    clock.now = datetime(2026, 11, 23, 7, 0)
    restarted.check_now()
    assert [kind for kind, _ in heard.take()] == ["remindersChanged", "birthdaysDue"]

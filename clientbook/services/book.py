"""The opened client book: one store, one clock, and the services over them."""

from __future__ import annotations

import functools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from clientbook.domain.birthdays import UpcomingBirthday
from clientbook.domain.care.briefing import Briefing
from clientbook.paths import ensure_private_dir
from clientbook.services.branches import BranchService
from clientbook.services.calendar_io import Calendars
from clientbook.services.changes import Changes
from clientbook.services.clients import briefings
from clientbook.services.clients.agenda import AgendaItem, agenda
from clientbook.services.clients.clients import ClientService
from clientbook.services.clients.history import HistoryService
from clientbook.services.clients.search import SearchResult, SearchService
from clientbook.services.clients.staff import StaffService
from clientbook.services.demo import Demo
from clientbook.services.exporting import Exports
from clientbook.services.feed import Feed
from clientbook.services.followups import FollowUps
from clientbook.services.followups.contacts import ContactService
from clientbook.services.followups.loyalty import LoyaltyService
from clientbook.services.followups.promises import PromiseService
from clientbook.services.history.change_log import ChangeLogService
from clientbook.services.history.desk import desk_name, save_desk_name, saved_desk_name
from clientbook.services.importing import Imports
from clientbook.services.privacy import Privacy
from clientbook.services.reports import Reports
from clientbook.services.safety import Backups
from clientbook.services.settings import check_setting, read_setting
from clientbook.services.undo import UndoStack
from clientbook.storage.store import Store

if TYPE_CHECKING:
    from clientbook.services.appointments.booking import AppointmentService
    from clientbook.services.appointments.day_plan import DayPlanner
    from clientbook.services.appointments.hours import StaffHours
    from clientbook.services.appointments.menu import ServicesMenu
    from clientbook.services.history.corrections import CorrectionService
    from clientbook.services.history.timeline import TimelineService
    from clientbook.services.messages.composer import MessageService
    from clientbook.services.messages.wishes import WishesService


class Book:
    def __init__(self, store: Store, clock: Callable[[], datetime] = datetime.now):
        self.store = store
        # Every service reads the time through the book, so replacing `book.clock` (tests
        # moving time) moves it everywhere at once.
        now = self.now
        self.undo = UndoStack()
        self.clients = ClientService(store, now, self.undo)
        self.history = HistoryService(store, now)
        self.staff = StaffService(store)
        self.loyalty = LoyaltyService(store, now, self.undo)
        self.contacts = ContactService(store, now, self.undo)
        self.promises = PromiseService(store, now)
        self._search = SearchService(store)
        self.branches = BranchService(store)
        # Every use case hangs off the book, so the window and the command line call the same
        # object; each of these loads its modules when first used.
        self.imports = Imports(self)
        self.exports = Exports(self)
        self.calendars = Calendars(self)
        self.feed = Feed(self)
        self.backups = Backups(self)
        self.reports = Reports(self)
        self.privacy = Privacy(self)
        self.followups = FollowUps(self)
        self.demo = Demo(self)
        self.clock = clock
        # Who changes things, for the change log and the versions of records: this desk's
        # name (Settings), by default the computer's user and name.
        self.desk = saved_desk_name(store.path.parent) or desk_name()
        store.desk = self.desk
        self.change_log = ChangeLogService(store, now, lambda: self.desk)
        self.clients.change_log = self.change_log
        self.history.change_log = self.change_log

    # Services the first screen does not use are made (and their modules loaded) when first
    # asked for: the window opens sooner.
    @functools.cached_property
    def messages(self) -> MessageService:
        from clientbook.services.messages.composer import MessageService

        return MessageService(self.store, self.now, self.undo, self.contacts)

    @functools.cached_property
    def wishes(self) -> WishesService:
        from clientbook.services.messages.wishes import WishesService

        return WishesService(self.store)

    @functools.cached_property
    def staff_hours(self) -> StaffHours:
        from clientbook.services.appointments.hours import StaffHours

        return StaffHours(self.store)

    @functools.cached_property
    def services_menu(self) -> ServicesMenu:
        from clientbook.services.appointments.menu import ServicesMenu

        return ServicesMenu(self.store)

    @functools.cached_property
    def appointments(self) -> AppointmentService:
        from clientbook.services.appointments.booking import AppointmentService

        service = AppointmentService(self.store, self.now, self.undo, self.staff_hours)
        service.change_log = self.change_log
        return service

    @functools.cached_property
    def day_plans(self) -> DayPlanner:
        from clientbook.services.appointments.day_plan import DayPlanner

        return DayPlanner(self.store, self.now, self.loyalty, self.staff_hours)

    @functools.cached_property
    def corrections(self) -> CorrectionService:
        from clientbook.services.history.corrections import CorrectionService

        return CorrectionService(self.store, self.change_log, self.undo)

    @functools.cached_property
    def timeline(self) -> TimelineService:
        from clientbook.services.history.timeline import TimelineService

        return TimelineService(self.store)

    def now(self) -> datetime:
        return self.clock()

    @classmethod
    def open(cls, folder: Path, clock: Callable[[], datetime] = datetime.now,
             read_only: bool = False, database: str | None = None) -> Book:
        """Open the book in `folder`; `read_only` (a read-only folder): reads only.

        `database`, a postgresql://… address, opens the book shared on that server instead
        (the folder then keeps this desk's own settings, logs and backups).
        """
        folder = ensure_private_dir(folder)
        if database:
            return cls(Store.on_server(database, folder), clock)
        return cls(Store.in_folder(folder, read_only), clock)

    @property
    def address(self) -> str | None:
        """The server's postgresql://… address of a shared book; None for a file."""
        return self.store.address

    @property
    def location(self) -> str:
        """Where the book is, for people: its file, or user@server/database."""
        if self.store.address is None:
            return str(self.store.path)
        from clientbook.storage.postgres.address import describe

        return describe(self.store.address)

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def reader(self) -> Book:
        """This book read-only on a connection of its own, with the same clock: for work in
        another thread (SQLite connections serve the thread that made them). Close it there."""
        return Book(Store.reader(self.store.path, self.store.address), self.clock)

    def writer(self) -> Book:
        """This book on a connection of its own that may write, with the same clock: for a
        write in another thread (the calendar feed). Close it there."""
        if self.store.address is not None:  # a book on a server
            writer = Book(Store.on_server(self.store.address, self.store.path.parent),
                          self.clock)
            self.store.hear_as_own(writer.store)
            return writer
        return Book(Store(self.store.path), self.clock)

    @property
    def path(self) -> Path:
        return self.store.path

    def reading(self):
        """Wrap reads so a locked or damaged file gives a StoreError with what to do."""
        return self.store.reading()

    def network_warning(self) -> str | None:
        """A warning when the data folder is on a network share (None on a local disk)."""
        return self.store.network_warning()

    def is_empty(self) -> bool:
        return self.store.is_empty()

    def search(self, query: str, limit: int = 20, include_archived: bool = False
               ) -> list[SearchResult]:
        return self._search.search(query, limit, include_archived)

    def briefing(self, client_id: int) -> Briefing:
        return briefings.briefing(self.store, client_id, self.clock(), self.loyalty)

    def birthdays(self, days: int | None = None, today: date | None = None
                  ) -> list[UpcomingBirthday]:
        days = int(self.setting("birthday_days")) if days is None else days
        return briefings.upcoming_birthdays(self.store, today or self.clock().date(), days)

    def agenda(self, day: date | None = None) -> list[AgendaItem]:
        """The appointments of `day` (default today) with their attention badges."""
        now = self.clock()
        return agenda(self.store, day or now.date(), now, self.loyalty)

    def set_desk_name(self, name: str) -> None:
        """Name this desk (kept in its own data folder, not in the shared book); an empty
        name goes back to the computer's."""
        save_desk_name(self.store.path.parent, name)
        self.desk = saved_desk_name(self.store.path.parent) or desk_name()
        self.store.desk = self.desk

    def setting(self, key: str) -> str:
        return read_setting(self.store, key)

    def set_setting(self, key: str, value: str) -> Changes:
        return self.update_settings({key: value})

    def update_settings(self, values: dict[str, str]) -> Changes:
        """Check every value first, then save together only those that differ.

        Only what changed is written: a new phone region re-derives every client's phone keys.
        """
        checked = {key: check_setting(key, value) for key, value in values.items()}
        changed = {key: value for key, value in checked.items() if self.setting(key) != value}
        if not changed:
            return Changes()
        with self.store.write():
            for key, value in changed.items():
                if key == "phone_region":
                    self.store.set_phone_region(value)
                else:
                    self.store.settings.set(key, value)
        return Changes(settings=True)

    def listen(self, on_changes: Callable[[Changes], None], on_state: Callable[[str], None],
               backoff: tuple[float, ...] = ()) -> bool:
        """Hear other desks' writes until closed (services/live.py); False on a file."""
        from clientbook.services.live import listen

        return listen(self.store, on_changes, on_state, backoff)

    def close(self) -> None:
        self.store.close()

"""What a write changed, so views refresh only what they show (see DESIGN.md).

A view asks a change a named question (`affects_agenda()`, `affects_briefing(id)`) instead of
reading the raw flags, so what each view depends on is written down once, here, and tested.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass
class Changes:
    clients: set[int] = field(default_factory=set)
    staff: bool = False
    visits: bool = False
    appointments: bool = False
    promises: bool = False
    contacts: bool = False
    rewards: bool = False
    settings: bool = False
    feed: bool = False  # the calendar feed's address or choices (kept outside the book)
    branches: bool = False  # a shared book's branches, or which desk roles belong to them
    # Any client at all may have changed: what other desks did while this one was away.
    all_clients: bool = False

    @classmethod
    def everything(cls) -> Changes:
        """Everything in the book may have changed (a desk back after a lost connection did
        not hear what other desks did meanwhile): every view reads again."""
        return cls(all_clients=True, staff=True, visits=True, appointments=True,
                   promises=True, contacts=True, rewards=True, settings=True,
                   branches=True)

    def merge(self, other: Changes) -> Changes:
        """Both changes together (sets are united, flags or-ed): a new field is one edit."""
        values = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            values[f.name] = mine | theirs if isinstance(mine, set) else (mine or theirs)
        return Changes(**values)

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def _client(self, client_id: int | None = None) -> bool:
        """A client's records changed (`client_id`'s, or anyone's when None)."""
        return self.all_clients or (bool(self.clients) and (
            client_id is None or client_id in self.clients))

    # -- what each view asks ----------------------------------------------------------------
    def affects_agenda(self) -> bool:
        """Today's list: appointments with their clients, badges (rewards, promises, visits)
        and designers, and the settings that word them."""
        return bool(self.appointments or self._client() or self.promises or self.visits
                    or self.staff or self.rewards or self.settings)

    def affects_calendar(self) -> bool:
        """The Calendar page: bookings with their badges (as on Today), and the designers'
        hours and time off (staff changes)."""
        return self.affects_agenda()

    def affects_briefing(self, client_id: int | None = None) -> bool:
        """A briefing card: everything on it comes from the client's own records; `client_id`
        narrows client edits to that client (None: any client)."""
        if self._client(client_id):
            return True
        return bool(self.visits or self.promises or self.appointments or self.staff
                    or self.settings or self.rewards or self.contacts)

    def affects_feed(self) -> bool:
        """The calendar feed's reader: read the feed again now (its address or choices
        changed)."""
        return self.feed

    def affects_client_list(self) -> bool:
        """The Clients page's list and the status bar's count."""
        return self._client()

    def affects_promises(self) -> bool:
        """The promises panel: open promises with their clients and staff."""
        return bool(self.promises or self._client() or self.staff or self.settings)

    def affects_reminders(self) -> bool:
        """Birthday and appointment reminders (tray and banner)."""
        return bool(self._client() or self.appointments or self.settings)

    def affects_rewards(self) -> bool:
        """Who is due a reward, and who has something booked."""
        return bool(self._client() or self.visits or self.appointments or self.rewards
                    or self.settings)

    def affects_reports(self) -> bool:
        """The Reports page: visit history, designers, last contacts, promises kept."""
        return bool(self._client() or self.visits or self.staff or self.contacts or self.promises
                    or self.settings or self.branches)

    def affects_promise_record(self) -> bool:
        """Promises kept on time, per month and per staff member."""
        return bool(self.promises or self.staff)

    def affects_no_show_record(self) -> bool:
        """No-shows and late cancellations per month (bookings and their status; a client's
        erasure takes their bookings with them)."""
        return bool(self.appointments or self._client())

    def affects_designer_share(self) -> bool:
        """Each designer's share of their clients' visits."""
        return bool(self._client() or self.visits or self.staff)

    def affects_long_unseen(self) -> bool:
        """Clients not seen for the retention period (Follow-ups → Privacy)."""
        return bool(self._client() or self.visits or self.appointments or self.settings)

    def affects_messages(self) -> bool:
        """The composer and tomorrow's reminders: clients, their wishes and contact log,
        appointments, staff names, and the settings and templates that word a message."""
        return bool(self._client() or self.contacts or self.appointments or self.staff
                    or self.settings)

    def affects_history(self, client_id: int | None = None) -> bool:
        """A client's History: every record of theirs, the change log, and staff names;
        `client_id` narrows client edits to that client (None: any client)."""
        if self._client(client_id):
            return True
        return bool(self.visits or self.appointments or self.promises or self.contacts
                    or self.rewards or self.staff)

    def affects_branches(self) -> bool:
        """The branches a desk may choose between (the Reports page's branch chooser)."""
        return self.branches

    def affects_staff(self) -> bool:
        return self.staff

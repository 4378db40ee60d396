"""What a write changed, so views refresh only what they show (see DESIGN.md)."""

from __future__ import annotations

from dataclasses import dataclass, field


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

    def merge(self, other: Changes) -> Changes:
        return Changes(
            clients=self.clients | other.clients,
            staff=self.staff or other.staff,
            visits=self.visits or other.visits,
            appointments=self.appointments or other.appointments,
            promises=self.promises or other.promises,
            contacts=self.contacts or other.contacts,
            rewards=self.rewards or other.rewards,
            settings=self.settings or other.settings,
        )

    def __bool__(self) -> bool:
        return bool(
            self.clients or self.staff or self.visits or self.appointments or self.promises
            or self.contacts or self.rewards or self.settings
        )

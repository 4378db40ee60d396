"""Same designer: of the visits by each designer's clients, the share that designer did.

A client belongs to the designer they are assigned to *now* (not whoever they had when they
visited); archived clients are left out. Every visit of a designer's current clients counts,
whoever did it, so the share says how often those clients actually saw their own designer.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from clientbook.storage.store import Store

if TYPE_CHECKING:
    from clientbook.services.book import Book


@dataclass(frozen=True)
class DesignerConsistency:
    staff_id: int
    name: str
    with_designer: int
    """Visits of this designer's clients that this designer did."""
    total: int
    """All visits of this designer's current, active clients."""
    active: bool = True
    """False for a designer who has been deactivated but still has clients assigned."""

    @property
    def share(self) -> float | None:
        """with_designer / total, or None when their clients have no visits."""
        return self.with_designer / self.total if self.total else None


def designer_consistency(store: Store) -> list[DesignerConsistency]:
    """One line per designer whose current clients have visits, in name order."""
    staff = {s.id: s for s in store.staff.all()}
    lines = []
    for staff_id, (kept, total) in store.records.designer_consistency().items():
        person = staff.get(staff_id)
        name = person.name if person is not None else f"#{staff_id}"
        lines.append(DesignerConsistency(staff_id, name, kept, total,
                                         person.active if person is not None else False))
    return sorted(lines, key=lambda line: (line.name.casefold(), line.staff_id))


def by_designer(book: Book) -> list[DesignerConsistency]:
    """The same figures for an opened book (what the window calls)."""
    return designer_consistency(book.store)

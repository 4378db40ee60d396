"""The firm's people: add, rename, deactivate. History survives a removal."""

from __future__ import annotations

from clientbook.domain.errors import NotFoundError, ValidationError
from clientbook.domain.models import Staff
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.versions import conflict, versioned_write
from clientbook.storage.store import Store


class StaffService:
    def __init__(self, store: Store):
        self.store = store

    def all(self, active_only: bool = False) -> list[Staff]:
        return [s for s in self.store.staff.all() if s.active or not active_only]

    def add(self, name: str, role: str = "designer") -> Staff:
        name = name.strip()
        if not name:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A staff member needs a name."), field="name")
        staff = Staff(name=name, role=role.strip() or "designer")
        with self.store.write():
            self.store.staff.insert(staff)
        return staff

    def get(self, staff_id: int) -> Staff | None:
        return self.store.staff.get(staff_id)

    def by_name(self, name: str) -> Staff | None:
        return self.store.staff.by_name(name)

    def save(self, staff: Staff, seen: Staff | None = None) -> Changes:
        """Save over `staff.version` only: when another desk saved a newer one, nothing is
        written and a ConflictError carries theirs, mine and `seen` (as this desk read it)."""
        if staff.id is None or self.store.staff.get(staff.id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This staff member no longer exists."))
        if not staff.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A staff member needs a name."), field="name")
        staff_id = staff.id

        def refused():
            theirs = self.store.staff.get(staff_id)
            return conflict(self.store, "staff", theirs, staff, seen,
                            lambda mine: self.save(mine, theirs), Changes(staff=True))

        with versioned_write(self.store, refused) as saved:
            saved(self.store.staff.update(staff, staff.version))
        staff.version += 1
        return Changes(staff=True)

    def remove(self, staff_id: int) -> Changes:
        """Delete a staff member; their visits and appointments stay, with no one assigned."""
        if self.store.staff.get(staff_id) is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "This staff member no longer exists."))
        with self.store.write():
            self.store.staff.delete(staff_id)
        return Changes(staff=True, clients=set())

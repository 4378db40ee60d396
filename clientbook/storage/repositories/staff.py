"""Staff members. Removing one keeps their history: records point to nobody instead."""

from __future__ import annotations

from clientbook.domain.models import Staff
from clientbook.storage import versions
from clientbook.storage.connection import Database


class StaffRepository:
    def __init__(self, db: Database):
        self.db = db

    def insert(self, staff: Staff) -> int:
        staff.id = self.db.insert_id(
            "INSERT INTO staff (id, name, role, active) VALUES (?, ?, ?, ?)",
            [staff.id, staff.name, staff.role, int(staff.active)],
        )
        return staff.id

    def update(self, staff: Staff, version: int | None = None) -> bool:
        """False when `version` is given and another desk saved a newer one."""
        return versions.update(self.db, "staff", "name = ?, role = ?, active = ?",
                               [staff.name, staff.role, int(staff.active)], staff.id, version)

    def delete(self, staff_id: int) -> None:
        self.db.execute("DELETE FROM staff WHERE id = ?", [staff_id])

    def all(self) -> list[Staff]:
        rows = self.db.execute(
            "SELECT id, name, role, active, version FROM staff ORDER BY name, id")
        return [Staff(id=r[0], name=r[1], role=r[2], active=bool(r[3]), version=r[4])
                for r in rows]

    def get(self, staff_id: int) -> Staff | None:
        return next((s for s in self.all() if s.id == staff_id), None)

    def by_name(self, name: str) -> Staff | None:
        row = self.db.execute(
            "SELECT id, name, role, active, version FROM staff WHERE lower(name) = lower(?) "
            "ORDER BY active DESC, id LIMIT 1",
            [name.strip()],
        ).fetchone()
        if row is None:
            return None
        return Staff(id=row[0], name=row[1], role=row[2], active=bool(row[3]), version=row[4])

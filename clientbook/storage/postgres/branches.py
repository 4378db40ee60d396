"""A server book's branches and which desk roles belong to them (`store.branches`).

What a desk sees here is what the server lets it see (storage/postgres/branch_rules.py):
its own branches, or every branch for the owner. Granting a role a branch also makes it a
member of `clientbook_desk`, the group role holding the table privileges (revoking the
branch leaves that).
"""

from __future__ import annotations

from clientbook.domain.branches import Branch
from clientbook.storage.postgres.connection import PgDatabase

DESK_GROUP = "clientbook_desk"


class BranchRepository:
    def __init__(self, db: PgDatabase):
        self.db = db

    def all(self) -> list[Branch]:
        """The branches this desk sees, in the order they were made."""
        return [Branch(i, name) for i, name in
                self.db.execute("SELECT id, name FROM branches ORDER BY id")]

    def add(self, name: str) -> int:
        return self.db.insert_id("INSERT INTO branches (name) VALUES (?)", [name])

    def rename(self, branch_id: int, name: str) -> None:
        self.db.execute("UPDATE branches SET name = ? WHERE id = ?", [name, branch_id])

    def sees_all(self) -> bool:
        """Whether this desk's user is the book's owner (every branch, may manage them)."""
        return bool(self.db.execute("SELECT clientbook_sees_all()").fetchone()[0])

    def role_exists(self, role: str) -> bool:
        return self.db.execute("SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?)",
                               [role]).fetchone()[0]

    def members(self) -> list[tuple[str, int]]:
        """(role, branch id) for every membership this desk sees, by role."""
        return [(role, branch) for role, branch in self.db.execute(
            "SELECT role, branch_id FROM branch_members ORDER BY role, branch_id")]

    def is_desk(self, role: str) -> bool:
        """Whether `role` has the desks' table privileges (is in the desk group)."""
        return self.db.execute(
            """SELECT EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ?
                              AND pg_has_role(?::text, g.oid, 'MEMBER'))""",
            [DESK_GROUP, role]).fetchone()[0]

    def may_admit(self) -> bool:
        """Whether this user may make a role a member of the desk group."""
        return self.db.execute(
            """SELECT EXISTS (SELECT 1 FROM pg_roles g WHERE g.rolname = ?
                              AND pg_has_role(current_user, g.oid,
                                              'MEMBER WITH ADMIN OPTION'))""",
            [DESK_GROUP]).fetchone()[0]

    def grant(self, role: str, branch_id: int) -> bool:
        """Make `role` a member of the branch (and of the desk group); False: it was."""
        added = self.db.execute(
            """INSERT INTO branch_members (role, branch_id) VALUES (?, ?)
               ON CONFLICT DO NOTHING RETURNING role""", [role, branch_id]).fetchone()
        if self.role_exists(DESK_GROUP) and not self.is_desk(role):
            grant = self.db.execute("SELECT format('GRANT %I TO %I', ?::text, ?::text)",
                                    [DESK_GROUP, role]).fetchone()[0]
            self.db.execute(grant)
        return added is not None

    def revoke(self, role: str, branch_id: int) -> bool:
        """Take the branch from `role`; False: it was not a member. The role stays in the
        desk group (it sees no rows of the branch any more); the administrator revokes
        that, or drops the role, to shut the desk out altogether."""
        gone = self.db.execute(
            "DELETE FROM branch_members WHERE role = ? AND branch_id = ? RETURNING role",
            [role, branch_id]).fetchone()
        return gone is not None

"""The branches of a chain sharing one server book, and which desks belong to them;
`book.branches` is the way in.

The server enforces who sees what (row-level security); this service lists the branches a
desk may see, and lets the book's owner add and rename branches and grant or take a
PostgreSQL role's membership. A book in a file has one branch and nothing to manage.
"""

from __future__ import annotations

from clientbook.domain.branches import Branch, branch_name, named
from clientbook.domain.errors import ClientBookError, NotFoundError, ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.storage.store import Store


class NotSharedError(ClientBookError):
    """Branches asked of a book kept in a file."""


class BranchService:
    def __init__(self, store: Store):
        self._store = store

    @property
    def shared(self) -> bool:
        """Whether the book has branches to manage (a book on a server)."""
        return self._store.branches is not None

    def all(self) -> list[Branch]:
        """The branches this desk sees (its own; the owner: every one); [] for a file."""
        repo = self._store.branches
        if repo is None:
            return []
        with self._store.reading():
            return repo.all()

    def named(self, name: str) -> Branch:
        """The branch called `name` (case and spacing ignored)."""
        if not self.shared:
            raise self._not_shared()
        found = named(self.all(), name)
        if found is None:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no branch called %1 (clientbook branches lists them)."),
                name)
        return found

    def members(self) -> dict[int, list[str]]:
        """Branch id → the roles that belong to it (as far as this desk may see)."""
        repo = self._manager(owner_only=False)
        out: dict[int, list[str]] = {}
        with self._store.reading():
            for role, branch_id in repo.members():
                out.setdefault(branch_id, []).append(role)
        return out

    def add(self, name: str) -> tuple[Branch, Changes]:
        repo = self._manager()
        name = branch_name(name)
        if named(self.all(), name) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is already a branch called %1."), name, field="name")
        with self._store.write():
            new_id = repo.add(name)
        return Branch(new_id, name), Changes(branches=True)

    def rename(self, old: str, new: str) -> tuple[Branch, Changes]:
        repo = self._manager()
        branch = self.named(old)
        name = branch_name(new)
        other = named(self.all(), name)
        if other is not None and other.id != branch.id:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "There is already a branch called %1."), name, field="name")
        with self._store.write():
            repo.rename(branch.id, name)
        return Branch(branch.id, name), Changes(branches=True)

    def grant(self, role: str, branch: str) -> tuple[bool, Changes]:
        """Make the PostgreSQL role `role` a desk of `branch`; False when it already was."""
        repo = self._manager()
        found = self.named(branch)
        self._known_role(role)
        with self._store.reading():
            admitted = repo.is_desk(role) or repo.may_admit()
        if not admitted:
            raise ClientBookError(QT_TRANSLATE_NOOP(
                "Errors", "The role %1 does not have the desks' table privileges and this "
                "user may not give them: ask the administrator to run GRANT clientbook_desk "
                "TO %1."), role)
        with self._store.write():
            added = repo.grant(role, found.id)
        return added, Changes(branches=True) if added else Changes()

    def revoke(self, role: str, branch: str) -> Changes:
        """Take `branch` from the role; it is refused when the role was not a member."""
        repo = self._manager()
        found = self.named(branch)
        self._known_role(role)
        with self._store.write():
            if not repo.revoke(role, found.id):
                raise NotFoundError(QT_TRANSLATE_NOOP(
                    "Errors", "The role %1 is not a member of the branch %2."),
                    role, found.name)
        return Changes(branches=True)

    def _known_role(self, role: str) -> None:
        repo = self._store.branches
        assert repo is not None
        with self._store.reading():
            exists = repo.role_exists(role)
        if not exists:
            raise NotFoundError(QT_TRANSLATE_NOOP(
                "Errors", "There is no role called %1 on the PostgreSQL server. Create it "
                "first (CREATE ROLE … LOGIN), then grant it a branch."), role)

    def _manager(self, owner_only: bool = True):
        repo = self._store.branches
        if repo is None:
            raise self._not_shared()
        if owner_only:
            with self._store.reading():
                owner = repo.sees_all()
            if not owner:
                raise ClientBookError(QT_TRANSLATE_NOOP(
                    "Errors", "Only the book's owner may manage branches: a member of the "
                    "role clientbook_owner, the database's owner or a superuser."))
        return repo

    @staticmethod
    def _not_shared() -> NotSharedError:
        return NotSharedError(QT_TRANSLATE_NOOP(
            "Errors", "Branches belong to books shared on a PostgreSQL server; this book is "
            "a file on one computer, so it has one branch."))

"""How the file's migrations are registered and run: in order, through sqlite-utils'
`Migrations`, which is loaded only when a step is due (a normal start never imports it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database


class Steps:
    """The migrations in order, registered like sqlite-utils' `Migrations` (`@MIGRATIONS()`).

    sqlite-utils' own `Migrations` is built from them only when a step is due, so a normal
    start never imports sqlite-utils (see storage/connection.py).
    """

    def __init__(self, name: str):
        self.name = name
        self.steps: list[tuple[str, Callable[[Database], None]]] = []

    def __call__(self, *, name: str | None = None) -> Callable:
        def register(step: Callable[[Database], None]) -> Callable[[Database], None]:
            self.steps.append((name or step.__name__, step))
            return step
        return register

    def _sqlite_utils(self):
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(self.name)
        for name, step in self.steps:
            migrations(name=name)(step)
        return migrations

    def pending(self, db: Any) -> list:
        return self._sqlite_utils().pending(_full(db))

    def apply(self, db: Any, **options: Any) -> None:
        self._sqlite_utils().apply(_full(db), **options)


def _full(db: Any) -> Database:
    """sqlite-utils' Database on the same connection (the migrations use its table API)."""
    from sqlite_utils import Database

    return db if isinstance(db, Database) else Database(db.conn, execute_plugins=False)

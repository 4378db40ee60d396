"""A server book's address (postgresql://user@host:port/database?…), read without secrets.

Loads no driver until an address is actually taken apart, so a desk on a file never pays
for PostgreSQL support.
"""

from __future__ import annotations

from clientbook.domain.errors import StoreError
from clientbook.domain.words import QT_TRANSLATE_NOOP

PREFIXES = ("postgresql://", "postgres://")


def is_server_address(text: str | None) -> bool:
    return bool(text) and text.startswith(PREFIXES)


def parts(address: str) -> dict[str, str]:
    """The address's settings (host, port, dbname, user, password, sslmode, …)."""
    import psycopg
    from psycopg.conninfo import conninfo_to_dict

    try:
        return {k: str(v) for k, v in conninfo_to_dict(address).items()}
    except psycopg.ProgrammingError as exc:
        raise StoreError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not a PostgreSQL address ClientBook can use (%2). Write it like "
            "postgresql://user@host/database."), address.split("@")[-1], exc) from exc


def describe(address: str) -> str:
    """user@host:port/database for messages and the window title: never a password."""
    try:
        found = parts(address)
    except StoreError:
        return address.split("@")[-1].split("?")[0]
    host = found.get("host") or "localhost"
    where = f"{host}:{found['port']}" if found.get("port") else host
    user = f"{found['user']}@" if found.get("user") else ""
    return f"{user}{where}/{found.get('dbname', '')}"

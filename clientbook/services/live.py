"""Other desks' writes to a shared book, as the same `Changes` this desk's own writes give.

The server's notices (storage/postgres/listener.py) name a table and, where a row is about
one client, the client; `NOTICE_CHANGES` says once, for every table, what a view must read
again. After a lost connection the desk refreshes everything (what was sent meanwhile is
lost).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence

from clientbook.services.changes import Changes
from clientbook.storage.store import Store

# A notice's table → the flag it raises (None: only the client named in the notice).
NOTICE_CHANGES: dict[str, str | None] = {
    "clients": None, "phones": None, "preferences": None,
    "contact_prefs": "contacts", "contact_log": "contacts",
    "visits": "visits", "appointments": "appointments", "services": "appointments",
    "promises": "promises", "promise_reschedules": "promises", "rewards": "rewards",
    "staff": "staff", "staff_hours": "staff", "time_off": "staff",
    "settings": "settings", "message_templates": "settings",
    "branches": "branches", "branch_members": "branches",
}
# The desk's line to the server, as the status bar says it.
LIVE, RECONNECTING, OFFLINE = "live", "reconnecting", "offline"


def changes_from_notices(payloads: Iterable[str]) -> Changes:
    """What the notices of other desks' writes changed, together; an unknown or garbled
    notice (a newer ClientBook's, hand-written) refreshes everything rather than nothing."""
    flags: set[str] = set()
    clients: set[int] = set()
    for payload in payloads:
        try:
            notice = json.loads(payload)
            table, client = notice["table"], notice.get("client")
        except (ValueError, TypeError, KeyError):
            return Changes.everything()
        if table not in NOTICE_CHANGES:  # "*": a bulk write (an import) changed much
            return Changes.everything()
        if NOTICE_CHANGES[table]:
            flags.add(NOTICE_CHANGES[table])
        if isinstance(client, int):
            clients.add(client)
    return Changes(clients=clients, **dict.fromkeys(flags, True))


def listen(store: Store, on_changes: Callable[[Changes], None],
           on_state: Callable[[str], None], backoff: Sequence[float] = ()) -> bool:
    """Hear other desks' writes to `store` until it is closed: `on_changes` gets what they
    changed (everything after a reconnect) and `on_state` the line's state, both on the
    listener's thread. False for a book no other desk writes to (a file)."""

    def state(now: str, resumed: bool) -> None:
        on_state(now)
        if resumed:
            on_changes(Changes.everything())

    def notices(payloads: list[str]) -> None:
        changes = changes_from_notices(payloads)
        if changes:
            on_changes(changes)

    return store.listen(notices, state, backoff) is not None

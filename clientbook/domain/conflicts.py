"""Two desks' versions of one record compared field by field: what the other desk changed
since this desk read it, what this desk changed, and a merge when the two do not overlap."""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from clientbook.domain.models import Appointment, Client, Promise, Staff, Visit

# What the person chose when they keep the other desk's version (the conflict dialog).
KEEP_THEIRS = object()

# The fields a person edits, per kind of record, in the order the conflict dialog shows them.
FIELDS: dict[type, tuple[str, ...]] = {
    Client: ("display_name", "given_name", "family_name", "address_as", "phones", "email",
             "birthday", "notes", "designer_id", "preferences", "archived",
             "health_consent_at"),
    Appointment: ("starts_at", "duration_min", "staff_id", "service", "status", "notes"),
    Promise: ("text", "due_at", "staff_id", "done_at", "cancelled_at"),
    Visit: ("visited_at", "staff_id", "service", "spend", "notes"),
    Staff: ("name", "role", "active"),
}


def value(record: Any, field: str) -> Any:
    """A field's value to compare: preferences by what they say (their ids change on save)."""
    found = getattr(record, field)
    if field == "preferences":
        return tuple((str(p.category), p.value, p.detail, p.avoid) for p in found)
    if isinstance(found, list):
        return tuple(found)
    return found


@dataclass(frozen=True)
class FieldChange:
    """One field that differs: as this desk read it, as the other desk saved it, as mine."""

    field: str
    base: Any
    theirs: Any
    mine: Any
    known_base: bool = True

    @property
    def theirs_changed(self) -> bool:
        return not self.known_base or self.base != self.theirs

    @property
    def mine_changed(self) -> bool:
        return not self.known_base or self.base != self.mine

    @property
    def overlaps(self) -> bool:
        """Both desks changed it, to different values: only a person can choose."""
        return self.theirs_changed and self.mine_changed and self.theirs != self.mine


def compare(base: Any, theirs: Any, mine: Any) -> list[FieldChange]:
    """Every field either desk changed (every field that differs when `base` is None)."""
    found = []
    for field in FIELDS[type(theirs)]:
        t, m = value(theirs, field), value(mine, field)
        b = value(base, field) if base is not None else None
        change = FieldChange(field, b, t, m, base is not None)
        if (base is None and t != m) or (base is not None and (b != t or b != m)):
            found.append(change)
    return found


def can_merge(changes: list[FieldChange]) -> bool:
    """A merge is possible when the version read is known and no field overlaps."""
    return all(c.known_base and not c.overlaps for c in changes)


def merged(base: Any, theirs: Any, mine: Any) -> Any:
    """Theirs with the fields this desk changed taken from mine (call when `can_merge`);
    it carries theirs' version, so it saves over theirs."""
    result = copy.deepcopy(theirs)
    for change in compare(base, theirs, mine):
        if change.mine_changed and change.base != change.mine:
            setattr(result, change.field, copy.deepcopy(getattr(mine, change.field)))
    return result


def over(record: Any, theirs: Any) -> Any:
    """`record` to be saved over theirs: the same fields, theirs' version."""
    result = copy.deepcopy(record)
    result.version = theirs.version
    return result

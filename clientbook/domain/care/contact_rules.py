"""Before staff contact a client: would this call, text or e-mail break their wishes?

Only reaching out counts (a call, a text, an e-mail); talking to a client who is in the room
is never over-contacting, so in-person entries neither warn nor start a quiet period.
The checks are warnings, not blocks: the client may have asked to be called back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from clientbook.domain.errors import ValidationError
from clientbook.domain.models import ContactChannel, ContactEntry, ContactPreference
from clientbook.domain.words import QT_TRANSLATE_NOOP

DEFAULT_QUIET_DAYS = 7
MAX_QUIET_DAYS = 365
REACHING_OUT = (ContactChannel.CALL, ContactChannel.SMS, ContactChannel.EMAIL)


class ContactIssue(StrEnum):
    DO_NOT_CONTACT = "do_not_contact"
    ALREADY_TODAY = "already_today"
    """Somebody already called, texted or e-mailed them today."""
    QUIET_PERIOD = "quiet_period"
    OTHER_CHANNEL = "other_channel"


@dataclass(frozen=True)
class ContactCheck:
    issues: tuple[ContactIssue, ...]
    last: ContactEntry | None
    """The latest call, text or e-mail (what the quiet period counts from)."""
    today: tuple[ContactEntry, ...]
    """Every call, text or e-mail already made today, oldest first."""
    quiet_days: int
    days_since_last: int | None
    preferred: ContactChannel | None

    @property
    def ok(self) -> bool:
        return not self.issues


def check_preference(pref: ContactPreference) -> ContactPreference:
    """The wishes as given, or ValidationError when the quiet period is out of range."""
    if pref.quiet_days is not None and not 0 <= pref.quiet_days <= MAX_QUIET_DAYS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The quiet period is 0 to %1 days."),
                              MAX_QUIET_DAYS, field="quiet_days")
    return pref


def quiet_days_for(pref: ContactPreference, firm_default: int) -> int:
    return firm_default if pref.quiet_days is None else pref.quiet_days


def check_contact(pref: ContactPreference, firm_quiet_days: int,
                  history: list[ContactEntry], channel: ContactChannel | None, now: datetime
                  ) -> ContactCheck:
    """What to warn about before contacting a client by `channel` at `now`.

    `channel` None asks what applies to reaching out by any channel (all but OTHER_CHANNEL).
    `history` is the client's contact log in any order; entries after `now` are ignored.
    """
    outreach = sorted((e for e in history if e.channel in REACHING_OUT and e.at <= now),
                      key=lambda e: e.at)
    last = outreach[-1] if outreach else None
    today = tuple(e for e in outreach if e.at.date() == now.date())
    quiet = quiet_days_for(pref, firm_quiet_days)
    since = None if last is None else (now.date() - last.at.date()).days
    issues: list[ContactIssue] = []
    if channel is None or channel in REACHING_OUT:
        if pref.do_not_contact:
            issues.append(ContactIssue.DO_NOT_CONTACT)
        if today:
            issues.append(ContactIssue.ALREADY_TODAY)
        elif since is not None and since < quiet:
            issues.append(ContactIssue.QUIET_PERIOD)
        if channel is not None and pref.channel is not None and pref.channel != channel:
            issues.append(ContactIssue.OTHER_CHANNEL)
    return ContactCheck(tuple(issues), last, today, quiet, since, pref.channel)

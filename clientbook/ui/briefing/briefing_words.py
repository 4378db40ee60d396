"""The briefing's words and formats, shared by the on-screen card and the printed card."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject

from clientbook.domain.care.briefing import Briefing
from clientbook.domain.care.loyalty import LoyaltyMode
from clientbook.domain.models import (
    Client,
    ContactChannel,
    ContactEntry,
    PreferenceCategory,
    Promise,
    Visit,
)
from clientbook.ui.widgets.formats import day_month, full_date, is_cjk, money


class BriefingWords(QObject):
    """The card's sentences, shared by the screen card and the printed card."""

    def category(self, category: PreferenceCategory) -> str:
        P = PreferenceCategory
        return {P.DRINK: self.tr("Drink"), P.FOOD: self.tr("Snack"), P.ROOM: self.tr("Room"),
                P.MUSIC: self.tr("Music"), P.CONVERSATION: self.tr("Conversation"),
                P.HEALTH: self.tr("Health"), P.PRODUCTS: self.tr("Products"),
                P.CONTACT: self.tr("Contact")}.get(category, self.tr("Other"))

    def headings(self) -> dict[str, str]:
        return {"ready": self.tr("Have ready"), "avoid": self.tr("⚠ Please avoid"),
                "designer": self.tr("Designer"), "visits": self.tr("Last visit"),
                "promises": self.tr("Promises"), "likes": self.tr("Also likes"),
                "notes": self.tr("Notes"), "contact": self.tr("Contact")}

    def greet(self, client: Client) -> str:
        return self.tr("Greet as “{name}”").format(name=client.address_as)

    def birthday(self, b: Briefing) -> str | None:
        note = b.birthday
        if note is None:
            return None
        if note.days_until == 0:
            name = b.client.display_name  # a CJK given name alone is too familiar
            if b.client.given_name and not is_cjk(name[0]):
                name = b.client.given_name
            if note.age is None:
                return self.tr("Wish {name} a happy birthday today").format(name=name)
            return self.tr("Wish {name} a happy birthday — {age} today").format(
                name=name, age=note.age)
        when = day_month(note.date)
        if note.age is None:
            return self.tr("Birthday on {day}").format(day=when)
        return self.tr("Birthday on {day} — turns {age}").format(day=when, age=note.age)

    def designer(self, b: Briefing) -> str:
        return b.designer.name if b.designer else self.tr("No designer assigned")

    def designer_warning(self, b: Briefing) -> str | None:
        if not b.designer_differs or b.designer is None or b.next_appointment is None:
            return None
        today_with = b.staff_names.get(b.next_appointment.staff_id, "?")
        return self.tr("⚠ Today with {staff} — usually {designer}").format(
            staff=today_with, designer=b.designer.name)

    def visit_count(self, n: int) -> str:
        if n == 0:
            return self.tr("First visit — no history yet")
        return self.tr("%n visits", "", n)

    def visit(self, v: Visit, b: Briefing, currency: str) -> str:
        parts = [full_date(v.visited_at.date()), v.service, b.staff_names.get(v.staff_id, "")]
        if v.spend:
            parts.append(money(v.spend, currency))
        return " · ".join(p for p in parts if p)

    def next_appointment(self, b: Briefing) -> str | None:
        a = b.next_appointment
        if a is None:
            return None
        day = (self.tr("Today") if a.starts_at.date() == b.today
               else full_date(a.starts_at.date()))
        what = " · ".join(p for p in (a.service, b.staff_names.get(a.staff_id, "")) if p)
        return self.tr("Next: {when} {time}").format(
            when=day, time=a.starts_at.strftime("%H:%M")) + (f" · {what}" if what else "")

    def promise_due(self, p: Promise, b: Briefing) -> str:
        if p.id in b.overdue_promise_ids:
            return self.tr("was due {date}").format(date=full_date(p.due_at.date()))
        if p.due_at.date() == b.today:
            return self.tr("due today {time}").format(time=p.due_at.strftime("%H:%M"))
        return self.tr("due {date}").format(date=full_date(p.due_at.date()))

    def overdue(self) -> str:
        return self.tr("Overdue")

    def health_consent_missing(self) -> str:
        """Under "Please avoid" when health notes are kept without the client's consent."""
        return self.tr("No consent recorded for health notes — ask the client")

    # Loyalty ---------------------------------------------------------------------------
    def reward(self, b: Briefing, currency: str) -> str | None:
        """The reward line: due today, or handed over today; None otherwise."""
        status, given = b.reward, b.reward_redeemed_today
        if given is not None:
            if given.reward:
                return self.tr("Reward handed over today: {reward}").format(reward=given.reward)
            return self.tr("Reward handed over today")
        if status is None or not status.due:
            return None
        if status.rule.mode == LoyaltyMode.VISITS:
            text = self.tr("Reward due: this is visit {n}").format(n=status.visit_number)
        else:
            text = self.tr("Reward due: {amount} spent since the last one").format(
                amount=money(status.spent, currency))
        return f"{text} — {status.rule.reward}" if status.rule.reward else text

    def missed(self, b: Briefing) -> str | None:
        """"2 no-shows in the last 12 months" (and late cancellations), None when neither."""
        no_shows, late = b.missed
        parts = []
        if no_shows:
            parts.append(self.tr("%n no-show(s) in the last 12 months", "", no_shows))
        if late:
            parts.append(self.tr("%n late cancellation(s) in the last 12 months", "", late))
        return " · ".join(parts) or None

    def reward_progress(self, b: Briefing, currency: str) -> str | None:
        """Close to the next reward: worth telling the client today."""
        status = b.reward
        if status is None or not status.one_to_go or b.reward_redeemed_today is not None:
            return None
        if status.rule.mode == LoyaltyMode.SPEND:
            return self.tr("{amount} to a reward").format(
                amount=money(status.spend_to_go, currency))
        return self.tr("1 visit to a reward — their next visit earns it")

    # Designer consistency ----------------------------------------------------------------
    def designer_share(self, b: Briefing) -> str | None:
        kept, total = b.designer_visits
        if b.designer is None or not total:
            return None
        return self.tr("{kept} of {total} visits with {designer}").format(
            kept=kept, total=total, designer=b.designer.name)

    # Contacting ------------------------------------------------------------------------
    def channel(self, channel: ContactChannel) -> str:
        C = ContactChannel
        return {C.CALL: self.tr("phone call"), C.SMS: self.tr("text message"),
                C.EMAIL: self.tr("e-mail"), C.IN_PERSON: self.tr("in person")}[channel]

    def contact_wishes(self, b: Briefing) -> str | None:
        """'Prefers text message · at most once every 14 days'; None when nothing was said."""
        pref = b.contact
        if pref.do_not_contact:
            return self.tr("Do not contact")
        parts = []
        if pref.channel is not None:
            parts.append(self.tr("Prefers {channel}").format(channel=self.channel(pref.channel)))
        if (days := pref.quiet_days) is not None:
            parts.append(self.tr("at most once every %n days", "", days) if days
                         else self.tr("no limit on contact"))
        return " · ".join(parts) or None

    def last_contact(self, entry: ContactEntry | None, today: date) -> str | None:
        if entry is None:
            return None
        days = (today - entry.at.date()).days
        when = (self.tr("today {time}").format(time=entry.at.strftime("%H:%M")) if days == 0
                else full_date(entry.at.date()))
        C = ContactChannel
        text = {C.CALL: self.tr("Last contacted {when} by phone"),
                C.SMS: self.tr("Last contacted {when} by text message"),
                C.EMAIL: self.tr("Last contacted {when} by e-mail"),
                C.IN_PERSON: self.tr("Last spoken to in person {when}")}[entry.channel].format(
            when=when)
        return f"{text}: “{entry.note}”" if entry.note else text


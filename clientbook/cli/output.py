"""Plain-text and JSON renderings of results for the command line."""

from __future__ import annotations

import calendar
from datetime import date, datetime, timedelta
from decimal import Decimal

from clientbook.domain.birthdays import days_until
from clientbook.domain.care.briefing import Briefing
from clientbook.domain.care.contact_rules import ContactCheck, ContactIssue
from clientbook.domain.models import Preference


def when(days: int) -> str:
    if days == 0:
        return "today"
    if days == 1:
        return "tomorrow"
    return f"in {days} days"


def _dt(value: datetime | None) -> str | None:
    return None if value is None else value.strftime("%Y-%m-%d %H:%M")


def _pref(p: Preference) -> dict:
    return {"category": str(p.category), "value": p.value, "detail": p.detail, "avoid": p.avoid}


def briefing_dict(b: Briefing) -> dict:
    c = b.client
    staff = b.staff_names
    birthday = None
    if c.birthday is not None:
        ahead = days_until(c.birthday, b.today)
        next_day = c.birthday.next_on_or_after(b.today)
        birthday = {
            "birthday": c.birthday.iso(),
            "date": next_day.isoformat(),
            "days_until": ahead,
            "when": when(ahead),
            "age": c.birthday.age_on(next_day),
        }
    appt = b.next_appointment
    return {
        "id": c.id,
        "name": c.display_name,
        "address_as": c.address_as,
        "phones": c.phones,
        "email": c.email,
        "designer": b.designer.name if b.designer else None,
        "designer_differs": b.designer_differs,
        "have_ready": [_pref(p) for p in b.have_ready],
        "cautions": [_pref(p) for p in b.cautions],
        "health_consent": _dt(c.health_consent_at),
        "health_consent_missing": b.health_consent_missing,
        "other_preferences": [_pref(p) for p in b.other_likes],
        "birthday": birthday,
        "visit_count": b.visit_count,
        "last_visits": [
            {
                "date": _dt(v.visited_at),
                "service": v.service,
                "staff": staff.get(v.staff_id),
                "spend": str(v.spend),
                "notes": v.notes,
            }
            for v in b.last_visits
        ],
        "next_appointment": None if appt is None else {
            "starts_at": _dt(appt.starts_at),
            "service": appt.service,
            "staff": staff.get(appt.staff_id),
            "status": str(appt.status),
        },
        "open_promises": [
            {
                "id": p.id,
                "text": p.text,
                "due": _dt(p.due_at),
                "overdue": p.id in b.overdue_promise_ids,
                "staff": staff.get(p.staff_id),
            }
            for p in b.open_promises
        ],
        "reward": _reward(b),
        "contact": {
            "preferred_channel": str(b.contact.channel) if b.contact.channel else None,
            "do_not_contact": b.contact.do_not_contact,
            "quiet_days": b.contact.quiet_days,
            "last_contact": None if b.last_contact is None else {
                "at": _dt(b.last_contact.at),
                "channel": str(b.last_contact.channel),
                "note": b.last_contact.note,
                "staff": staff.get(b.last_contact.staff_id),
            },
        },
        "designer_visits": {"with_designer": b.designer_visits[0],
                            "total": b.designer_visits[1]},
        "notes": c.notes,
    }


def _reward(b: Briefing) -> dict | None:
    status, given = b.reward, b.reward_redeemed_today
    if status is None:
        return None
    return {
        "rule": str(status.rule.mode),
        "reward": status.rule.reward,
        "due": b.reward_due,
        "visit_number": status.visit_number,
        "visits_to_go": status.visits_to_go,
        "spent": str(status.spent),
        "spend_to_go": str(status.spend_to_go),
        "handed_over_today": None if given is None else _dt(given.redeemed_at),
    }


def briefing_text(b: Briefing, check: ContactCheck | None = None) -> str:
    """The card as plain text; `check` (the contact rules now) adds a "quiet until" warning."""
    d = briefing_dict(b)
    lines = [d["name"] + (f'  (greet as "{d["address_as"]}")' if d["address_as"] else "")]
    if d["phones"]:
        lines.append("Phone: " + ", ".join(d["phones"]))
    if d["birthday"]:
        bd = d["birthday"]
        age = f", turns {bd['age']}" if bd["age"] is not None else ""
        lines.append(f"Birthday: {bd['date']} ({bd['when']}{age})")
    share = d["designer_visits"]
    lines.append("Designer: " + (d["designer"] or "none assigned") + (
        f" ({share['with_designer']} of {share['total']} visits with {d['designer']})"
        if d["designer"] and share["total"] else ""))
    if d["designer_differs"]:
        staff = d["next_appointment"]["staff"]
        lines.append(f"  ! Today's appointment is with {staff}, not the usual designer")

    def section(title: str, prefs: list[dict]) -> None:
        if prefs:
            lines.append(title)
            for p in prefs:
                detail = f" — {p['detail']}" if p["detail"] else ""
                lines.append(f"  - {p['value']}{detail} [{p['category']}]")

    section("Have ready:", d["have_ready"])
    section("Please avoid:", d["cautions"])
    if d["health_consent_missing"]:
        lines.append("  ! No consent recorded for health notes — ask the client")
    section("Also likes:", d["other_preferences"])
    lines.append(f"Visits: {d['visit_count']}")
    for v in d["last_visits"]:
        extra = f" — {v['notes']}" if v["notes"] else ""
        spend = f"  {v['spend']}" if Decimal(v["spend"]) else ""
        lines.append(f"  {v['date']}  {v['service']}  {v['staff'] or ''}{spend}{extra}")
    if d["next_appointment"]:
        a = d["next_appointment"]
        lines.append(f"Next appointment: {a['starts_at']} {a['service']} with {a['staff'] or '—'}")
    if d["open_promises"]:
        lines.append("Open promises:")
        for p in d["open_promises"]:
            flag = "OVERDUE " if p["overdue"] else ""
            lines.append(f"  - {flag}{p['text']} (due {p['due']})")
    lines.extend(_reward_and_contact_lines(d))
    if check is not None and (warning := quiet_warning(check, b.today)):
        lines.append(warning)
    if d["notes"]:
        lines.append("Notes: " + d["notes"])
    return "\n".join(lines)


def _reward_and_contact_lines(d: dict) -> list[str]:
    lines = []
    if (r := d["reward"]) is not None:
        what = f" — {r['reward']}" if r["reward"] else ""
        if r["handed_over_today"]:
            lines.append(f"Reward: handed over today{what}")
        elif r["due"] and r["rule"] == "visits":
            lines.append(f"Reward due: this is visit {r['visit_number']}{what}")
        elif r["due"]:
            lines.append(f"Reward due: {r['spent']} spent since the last one{what}")
        elif r["rule"] == "visits" and r["visits_to_go"] == 1:
            lines.append("Reward: 1 visit to a reward (their next visit earns it)")
    contact = d["contact"]
    wishes = []
    if contact["do_not_contact"]:
        wishes.append("DO NOT CONTACT")
    if contact["preferred_channel"]:
        wishes.append(f"prefers {contact['preferred_channel']}")
    if contact["quiet_days"] is not None:
        wishes.append(f"at most once every {contact['quiet_days']} days")
    if wishes:
        lines.append("Contact: " + ", ".join(wishes))
    if last := contact["last_contact"]:
        note = f" — {last['note']}" if last["note"] else ""
        lines.append(f"Last contacted: {last['at']} by {last['channel']}{note}")
    return lines



_WHY = {"visits": "visits", "appointments": "appointments", "promises": "promises",
        "contacts": "contacts logged", "rewards": "rewards", "changes": "edits to their record"}


def undo_summary(plan, done: bool) -> str:
    """What undoing an import does (or did): removed, restored, and what is kept and why."""
    e = plan.entry
    head = "Undid" if done else "Would undo"
    which = "the last import" if plan.is_last else f"import {e.id}"
    lines = [f"{head} {which}: {e.source}, imported {e.at:%Y-%m-%d %H:%M} ({e.kind}: "
             f"{e.added} added, {e.merged} merged).",
             f"  {'Removed' if done else 'Removes'} {len(plan.remove_clients)} clients and "
             f"{plan.removed_records} visits, appointments or promises it added; "
             f"{'restored' if done else 'restores'} {len(plan.restore)} merged clients."]
    for kept in plan.kept_clients:
        why = ", ".join(_WHY[w] for w in kept.why)
        lines.append(f"  Kept client {kept.client_id} {kept.name}: added by the import, but "
                     f"has {why} since.")
    for kept in plan.kept_fields:
        lines.append(f"  Kept {kept.field.replace('_', ' ')} of {kept.name} (client "
                     f"{kept.client_id}) as it is now: changed since the import.")
    if plan.put_back:
        lines.append(f"  {'Put back' if done else 'Puts back'} {len(plan.put_back)} bookings "
                     "the import moved or cancelled.")
    for kept in plan.kept_bookings:
        lines.append(f"  Kept booking {kept.appointment_id} of {kept.name} as it is now: "
                     "changed again since the import.")
    if done and plan.backup:
        lines.append(f"  A backup from before the undo: {plan.backup}")
    elif not done:
        lines.append("  A backup is taken first.")
    return "\n".join(lines)


def _spoken(day) -> str:
    return f"{day.day} {calendar.month_name[day.month]}"


def import_notes(report) -> list[str]:
    """What a contacts import had to decide: how ambiguous dates were read, years dropped."""
    notes = []
    dates = report.dates
    if dates is not None and dates.ambiguous:
        read, other = dates.read_as(), dates.read_as(not dates.day_first)
        why = {"option": "as asked", "locale": "the order this computer's locale writes"}[
            dates.why]
        flag = "--month-first" if dates.day_first else "--day-first"
        notes.append(f"Dates like {dates.example} read as {_spoken(read)} "
                     f"({'day' if dates.day_first else 'month'} first: {why}) — use {flag} "
                     f"for {_spoken(other)}.")
    for line, year in report.years_dropped:
        notes.append(f"line {line}: birthday kept without its year ({year} is not a "
                     "plausible birth year).")
    return notes


def quiet_warning(check: ContactCheck, today: date) -> str | None:
    """'! Contacted 2026-11-20 by call: quiet until 2026-11-27 (…)' while the quiet period runs."""
    if ContactIssue.DO_NOT_CONTACT in check.issues:
        return "  ! Do not contact this client"
    if check.last is None or not ({ContactIssue.QUIET_PERIOD, ContactIssue.ALREADY_TODAY}
                                  & set(check.issues)):
        return None
    until = check.last.at.date() + timedelta(days=check.quiet_days)
    return (f"  ! Contacted {check.last.at:%Y-%m-%d} by {check.last.channel}: quiet until "
            f"{until.isoformat()} (at most once every {check.quiet_days} days)")

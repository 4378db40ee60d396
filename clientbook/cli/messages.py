"""Command-line messages to clients: compose (and log) one, the templates, a client's wishes."""

from __future__ import annotations

import argparse
import sys

from clientbook.cli.clients import resolve_client
from clientbook.cli.followups import print_json
from clientbook.domain.messages.message_dates import MESSAGE_LANGUAGES
from clientbook.domain.messages.messages import Occasion, Via
from clientbook.services.book import Book
from clientbook.services.messages.composer import Composed
from clientbook.services.messages.templates import language
from clientbook.services.messages.wishes import WISH_CHANNELS

CLI_CHANNELS = (Via.EMAIL, Via.SMS, Via.WHATSAPP, Via.COPY)
_NOT_GIVEN = object()  # --quiet-days default gives None, so "not given" needs its own mark


def _quiet_days(text: str) -> int | None:
    if text.strip().lower() == "default":
        return None
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number (or 'default')")
    return int(text)


def add_parsers(sub: argparse._SubParsersAction, day: object) -> None:
    p = sub.add_parser(
        "message", help="the message for an occasion, in the client's language, with its link",
        description="Prints the message and the link that opens it in the e-mail, SMS or "
                    "WhatsApp app. When the contact rules say no (do-not-contact, the quiet "
                    "period, already contacted today) it exits 1 and logs nothing, unless "
                    "--override.")
    p.add_argument("client", help="client id, or a search that matches one client")
    p.add_argument("--kind", required=True, choices=[o.value for o in Occasion])
    p.add_argument("--text", help="your own text instead of the template (placeholders work)")
    p.add_argument("--appointment", type=int, metavar="ID",
                   help="the appointment a reminder is for (default: the next one)")
    p.add_argument("--channel", choices=[v.value for v in CLI_CHANNELS],
                   help="default: the client's preferred way")
    p.add_argument("--language", metavar="CODE",
                   help="one of " + ", ".join(MESSAGE_LANGUAGES)
                   + " (default: the client's, else the firm's)")
    p.add_argument("--log", action="store_true", help="record the contact")
    p.add_argument("--override", action="store_true",
                   help="go ahead although the contact rules say no")
    p.add_argument("--json", action="store_true")
    p.add_argument("--today", type=day, help=argparse.SUPPRESS)

    p = sub.add_parser("templates", help="the message templates; 'set' changes one")
    p.add_argument("--json", action="store_true")
    actions = p.add_subparsers(dest="templates_action", metavar="ACTION")
    s = actions.add_parser("set", help="the firm's own text for one occasion and language")
    s.add_argument("kind", choices=[o.value for o in Occasion])
    s.add_argument("language", metavar="LANGUAGE", help=", ".join(MESSAGE_LANGUAGES))
    s.add_argument("--text", required=True,
                   help="placeholders: {first_name} {address_as} {date} {time} {designer} "
                        "{firm} {reward} {months}")

    p = sub.add_parser("contact-wishes",
                       help="read or set a client's contact wishes and language")
    p.add_argument("client", help="client id, or a search that matches one client")
    p.add_argument("--do-not-contact", choices=("yes", "no"))
    p.add_argument("--quiet-days", type=_quiet_days, metavar="N", default=_NOT_GIVEN,
                   help="at most one contact every N days ('default': the firm's)")
    p.add_argument("--channel", choices=list(WISH_CHANNELS))
    p.add_argument("--language", metavar="CODE",
                   help="one of " + ", ".join(MESSAGE_LANGUAGES) + " ('default': the firm's)")
    p.add_argument("--json", action="store_true")


def _resolve(book: Book, reference: str) -> int:

    return resolve_client(book, reference)


def _composed_dict(m: Composed) -> dict:
    return {"text": m.text, "subject": m.subject, "channel": str(m.via),
            "link": m.link or None, "link_problem": str(m.problem) if m.problem else None,
            "kind": str(m.kind), "language": m.language, "appointment": m.appointment_id,
            "guard": {"allowed": m.guard.allowed, "reasons": [str(r) for r in m.guard.reasons]},
            "logged": False}


def cmd_message(book: Book, args: argparse.Namespace) -> int:
    client_id = _resolve(book, args.client)
    composed = book.messages.compose(client_id, args.kind, args.channel, args.appointment,
                                     args.language, args.text)
    refused = not composed.guard.allowed and not args.override
    out = _composed_dict(composed)
    if args.log and not refused:
        book.messages.log(composed, override=args.override)
        out["logged"] = True
    if args.json:
        print_json(out)
    else:
        for reason in composed.guard.reasons:
            print(f"! {reason}")
        if composed.subject and composed.via == Via.EMAIL:
            print(f"Subject: {composed.subject}")
        print(composed.text)
        if composed.link:
            print(f"\n{composed.link}")
        elif composed.problem:
            print(f"\nNo {composed.via} link: {composed.problem}")
        if out["logged"]:
            print(f"Logged as a contact ({composed.via}, {composed.kind}).")
    if refused:
        reason = " ".join(str(r) for r in composed.guard.blocking)
        print(f"clientbook: not contacting client {client_id}: {reason} "
              "Nothing logged; add --override to go ahead anyway.", file=sys.stderr)
        return 1
    return 0


def cmd_templates(book: Book, args: argparse.Namespace) -> int:
    if args.templates_action == "set":
        book.messages.templates.set(args.kind, args.language, args.text)
        found = book.messages.templates.get(Occasion(args.kind), language(args.language))
        print(f"Saved the {found.kind} template in {found.language}.")
        return 0
    templates = book.messages.templates.all()
    if args.json:
        print_json([{"kind": str(t.kind), "language": t.language, "text": t.text,
                     "edited": t.edited} for t in templates])
        return 0
    for t in templates:
        mark = " (edited)" if t.edited else ""
        print(f"== {t.kind} / {t.language}{mark}")
        print(t.text)
        print()
    return 0


def cmd_contact_wishes(book: Book, args: argparse.Namespace) -> int:
    client_id = _resolve(book, args.client)
    changes = {}
    if args.channel is not None:
        changes["channel"] = args.channel
    if args.do_not_contact is not None:
        changes["do_not_contact"] = args.do_not_contact == "yes"
    if args.quiet_days is not _NOT_GIVEN:
        changes["quiet_days"] = args.quiet_days
    if args.language is not None:
        code = "" if args.language.strip().lower() in {"default", ""} else args.language
        changes["language_code"] = code
    if changes:
        book.wishes.set(client_id, **changes)
    wishes = book.wishes.get(client_id)
    firm_language = book.messages.templates.firm_language()
    out = {"client_id": client_id, "channel": wishes.channel,
           "do_not_contact": wishes.do_not_contact, "quiet_days": wishes.quiet_days,
           "firm_quiet_days": book.contacts.firm_quiet_days(),
           "language": wishes.language or None, "firm_language": firm_language}
    if args.json:
        print_json(out)
        return 0
    quiet = (f"{wishes.quiet_days} days" if wishes.quiet_days is not None
             else f"the firm's {out['firm_quiet_days']} days")
    print(f"Client {client_id}: channel {wishes.channel or 'no preference'}; "
          f"{'do not contact' if wishes.do_not_contact else 'may be contacted'}; "
          f"at most once every {quiet}; "
          f"language {wishes.language or firm_language + ' (the firm’s)'}.")
    return 0


COMMANDS = {"message": cmd_message, "templates": cmd_templates,
            "contact-wishes": cmd_contact_wishes}

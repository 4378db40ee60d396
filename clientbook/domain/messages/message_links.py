"""Links that hand a message to the desktop's own apps: mailto, sms, WhatsApp, Viber, Telegram, tel.

ClientBook never sends anything itself; it builds a URI and the desktop opens the app that
handles it. Every part is percent-encoded as UTF-8 (RFC 3986), so `&`, `#`, `?`, `+`, line
breaks and emoji arrive as typed: mailto follows RFC 6068 (line breaks as %0D%0A, spaces as
%20, never "+"); sms follows RFC 5724; WhatsApp takes the number's E.164 digits. A number
that cannot be made international for the firm's region gets no link and says why.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from clientbook.domain.words import QT_TRANSLATE_NOOP, Message, message


@dataclass(frozen=True)
class International:
    """A phone number as E.164 ("+34600111222"), or the reason there is none."""

    e164: str = ""
    problem: Message | None = None

    @property
    def digits(self) -> str:
        return self.e164.lstrip("+")


def international(number: str, region: str) -> International:
    """`number` in E.164, read with the firm's `region` when it has no "+country" prefix."""
    text = number.strip()
    if not text:
        return International(problem=message(QT_TRANSLATE_NOOP(
            "Messages", "The client has no phone number.")))
    local = not text.startswith(("+", "00"))
    if local and not region:
        return International(problem=message(QT_TRANSLATE_NOOP(
            "Messages", "%1 has no country code and the firm's phone region is not set: "
            "set it in Settings or write the number with + and the country code."), text))
    import phonenumbers  # a large library: loaded by the first link, not at start-up

    try:
        parsed = phonenumbers.parse("+" + text[2:] if text.startswith("00") else text,
                                    region.upper() or None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is None or not phonenumbers.is_valid_number(parsed):
        if local:
            return International(problem=message(QT_TRANSLATE_NOOP(
                "Messages", "%1 is not a valid phone number in region %2."), text,
                region.upper()))
        return International(problem=message(QT_TRANSLATE_NOOP(
            "Messages", "%1 is not a valid international phone number."), text))
    return International(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


# RFC 3986 unreserved characters: the only ones a link carries as they are. (Written here
# rather than taken from urllib, so no module of ClientBook imports a network package.)
_UNRESERVED = frozenset((string.ascii_letters + string.digits + "-._~").encode("ascii"))


def quote(text: str, safe: str = "") -> str:
    """`text` percent-encoded as UTF-8; unreserved characters and `safe` stay as they are."""
    keep = _UNRESERVED | frozenset(safe.encode("ascii"))
    return "".join(chr(b) if b in keep else f"%{b:02X}" for b in text.encode("utf-8"))


def _part(text: str) -> str:
    """One query value: UTF-8, every reserved character escaped (space is %20, not +)."""
    return quote(text)


def _crlf(text: str) -> str:
    """RFC 6068: a line break in a mailto body is CRLF."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")


def mailto_link(address: str, subject: str, body: str) -> str:
    fields = []
    if subject:
        fields.append("subject=" + _part(_crlf(subject).replace("\r\n", " ")))
    if body:
        fields.append("body=" + _part(_crlf(body)))
    # An address keeps "@" as it is; anything else unusual ("%", "?", "#") is escaped.
    to = quote(address.strip(), safe="@!$'*+,;=._~-")
    return f"mailto:{to}" + ("?" + "&".join(fields) if fields else "")


def sms_link(e164: str, body: str) -> str:
    return f"sms:{e164}" + (f"?body={_part(body)}" if body else "")


def whatsapp_link(e164: str, body: str) -> str:
    digits = e164.lstrip("+")
    return f"https://wa.me/{digits}" + (f"?text={_part(body)}" if body else "")


def viber_link(e164: str) -> str:
    """Opens the chat with the number; Viber takes no text with a number (paste it)."""
    return f"viber://chat?number={_part(e164)}"


def telegram_link(e164: str) -> str:
    """Opens the chat with the number when the client allows being found by it; Telegram
    takes no text with a number (paste it)."""
    return f"tg://resolve?phone={e164.lstrip('+')}"


def tel_link(e164: str) -> str:
    return f"tel:{e164}"

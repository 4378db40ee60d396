"""Message links: decoded back, every body arrives as written; bad numbers get no link."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from clientbook.domain.messages.message_links import (
    international,
    mailto_link,
    sms_link,
    tel_link,
    telegram_link,
    viber_link,
    whatsapp_link,
)

TRICKY = "Tea & cake #1? 100% yes + more\nLine two\r\nΓεια σας 🎂 王 =;/"


def _query(link: str) -> dict[str, str]:
    query = link.split("?", 1)[1]
    pairs = [part.split("=", 1) for part in query.split("&")]
    return {key: unquote(value, errors="strict") for key, value in pairs}


def test_mailto_round_trip_keeps_ampersand_hash_newlines_and_emoji():
    link = mailto_link("ana+salon@example.com", "Re: A & B #2", TRICKY)
    assert link.startswith("mailto:ana+salon@example.com?subject=")
    assert " " not in link and "\n" not in link and "#" not in link.split("?", 1)[1]
    fields = _query(link)
    assert fields["subject"] == "Re: A & B #2"
    # RFC 6068: line breaks travel as CRLF.
    assert fields["body"] == TRICKY.replace("\r\n", "\n").replace("\n", "\r\n")
    assert "%0D%0A" in link and "+" not in link.split("?", 1)[1]


def test_mailto_escapes_an_odd_address_and_leaves_out_empty_fields():
    assert mailto_link("a?b#c@example.com", "", "") == "mailto:a%3Fb%23c@example.com"


@pytest.mark.parametrize("build, prefix, key", [
    (sms_link, "sms:+34600111222?", "body"),
    (whatsapp_link, "https://wa.me/34600111222?", "text"),
])
def test_sms_and_whatsapp_round_trip(build, prefix, key):
    link = build("+34600111222", TRICKY)
    assert link.startswith(prefix)
    assert _query(link) == {key: TRICKY}
    parsed = urlsplit(link)
    assert parse_qs(parsed.query)[key] == [TRICKY]  # a standard parser agrees
    assert parsed.fragment == ""


@given(st.text(min_size=1, max_size=200))
def test_any_text_survives_every_link(text):
    assert _query(whatsapp_link("+34600111222", text)) == {"text": text}
    assert _query(sms_link("+34600111222", text)) == {"body": text}
    body = text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n")
    assert _query(mailto_link("a@b.es", "", text)) == {"body": body}


def test_call_viber_and_telegram_links_carry_the_number():
    assert tel_link("+302101234567") == "tel:+302101234567"
    assert viber_link("+302101234567") == "viber://chat?number=%2B302101234567"
    assert telegram_link("+302101234567") == "tg://resolve?phone=302101234567"


def test_numbers_become_international_with_the_firms_region():
    assert international("600 111 222", "ES").e164 == "+34600111222"
    assert international("0034 600 111 222", "").e164 == "+34600111222"
    assert international("+44 20 7946 0958", "").digits == "442079460958"
    assert international("138 0013 8000", "CN").e164 == "+8613800138000"


def test_a_number_that_cannot_be_made_international_says_why():
    no_region = international("600 111 222", "")
    assert no_region.e164 == "" and "phone region is not set" in str(no_region.problem)
    wrong = international("12", "ES")
    assert wrong.e164 == "" and "not a valid phone number in region ES" in str(wrong.problem)
    assert "not a valid international" in str(international("+999 1", "ES").problem)
    assert "no phone number" in str(international("  ", "ES").problem)


@given(st.text(max_size=100))
def test_percent_encoding_agrees_with_the_standard_library(text):
    from urllib.parse import quote as std_quote

    from clientbook.domain.messages.message_links import quote

    assert quote(text) == std_quote(text, safe="")
    assert quote(text, safe="@+") == std_quote(text, safe="@+")

"""Fold text so a search finds people whatever script, case or accents are typed.

SQLite 3.40 folds ASCII only, so ClientBook indexes a copy folded here:
casefolded (Greek final sigma included), stripped of diacritics in every
script, and transliterated to Latin (anyascii) so "olena" finds "Олена",
"zoi" finds "Ζωή" and "xiaoming" finds "王小明". Han characters become one
token each so any part of a CJK name matches. Phone numbers are reduced to
digit keys so every way of writing a number finds the same client.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[^\W_]+")
_PHONE_LIKE = re.compile(r"^[\d\s+().\-/]+$")
# Greek "ου" reads "ou" in names (Παπαδοπούλου -> papadopoulou); anyascii gives "oy".
_GREEK_OU = re.compile("ου")


def is_han(char: str) -> bool:
    """True for one Han (Chinese) character; longer strings are never Han."""
    if len(char) != 1:
        return False
    code = ord(char)
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2EBEF
        or 0xF900 <= code <= 0xFAFF
    )


# Invisible characters a search must see through: zero-width space, non-joiner, joiner,
# word joiner, invisible operators, byte-order mark (U+FEFF), and the bidirectional marks,
# embeddings, overrides and isolates. "Zo\u200de" is found by "zoe".
_INVISIBLE = re.compile("[\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064"
                        "\u2066-\u2069\ufeff]")


def fold(text: str) -> str:
    """Casefold and strip diacritics, keeping the script: "Ζωή" -> "ζωη"."""
    if text.isascii():  # the same, much sooner: ASCII has no accents nor invisible marks
        return text.lower()
    text = unicodedata.normalize("NFKD", _INVISIBLE.sub("", text).casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", text)


def transliterate(folded: str) -> str:
    """Latin letters for already folded text: "ζωη" -> "zoi"."""
    # The soft sign becomes an apostrophe in anyascii; names are typed without it.
    if folded.isascii():  # anyascii leaves ASCII as it is
        return folded.lower().replace("'", "")
    from anyascii import anyascii  # loads with the first non-Latin name, not at start-up

    return anyascii(_GREEK_OU.sub("ou", folded)).lower().replace("'", "")


# Other common romanisations, so "sofia" finds Софія (anyascii: sofiya) and "angeliki"
# finds Αγγελική (anyascii: aggeliki).
_VARIANTS = ((re.compile("iya"), "ia"), (re.compile("iy"), "i"), (re.compile("yi"), "i"),
             (re.compile("gg"), "ng"), (re.compile("gk"), "g"))


def spelling_variants(latin: str) -> list[str]:
    variants = []
    for pattern, replacement in _VARIANTS:
        changed = pattern.sub(replacement, latin)
        if changed != latin:
            variants.append(changed)
    return variants


def _split_runs(word: str) -> list[str]:
    """Split a word into Han characters (one each) and runs of other letters."""
    parts: list[str] = []
    run = ""
    for char in word:
        if is_han(char):
            if run:
                parts.append(run)
                run = ""
            parts.append(char)
        else:
            run += char
    if run:
        parts.append(run)
    return parts


def _han_tokens(chars: list[str]) -> list[str]:
    """Each character, its syllable, and every tail of the joined syllables.

    王小明 -> 王 小 明 wang xiao ming wangxiaoming xiaoming
    """
    syllables = [transliterate(c) for c in chars]
    tokens = list(chars) + syllables
    tokens += ["".join(syllables[i:]) for i in range(len(syllables) - 1)]
    return tokens


def index_tokens(text: str) -> list[str]:
    """Every token a piece of text should be findable by, deduplicated, in order."""
    tokens: list[str] = []
    for word in _WORD.findall(fold(text)):
        han_run: list[str] = []
        for part in _split_runs(word):
            if is_han(part):
                han_run.append(part)
                continue
            tokens += _han_tokens(han_run) if han_run else []
            han_run = []
            tokens.append(part)
            latin = _WORD.findall(transliterate(part))
            tokens += latin
            if latin != [part]:
                for spelling in latin:
                    tokens += spelling_variants(spelling)
        tokens += _han_tokens(han_run) if han_run else []
    return list(dict.fromkeys(t for t in tokens if t))


def name_key(text: str) -> str:
    """A name folded for exact and prefix comparison: single-spaced, no punctuation."""
    return " ".join(_WORD.findall(fold(text)))


def phone_digits(number: str) -> str:
    return re.sub(r"\D", "", number)


def phone_keys(number: str, region: str) -> list[str]:
    """Digit strings that identify a phone number, for lookup and search.

    "+44 20 7946 0018" in region GB gives "442079460018", "02079460018" and
    every tail of the international digits (so any run of digits matches).
    """
    raw = phone_digits(number)
    if not raw:
        return []
    keys = [raw]
    import phonenumbers  # a large library: loaded by the first phone, not at start-up

    try:
        parsed = phonenumbers.parse(number, region or None)
    except phonenumbers.NumberParseException:
        parsed = None
    if parsed is not None and parsed.national_number:
        international = phone_digits(
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)
        )
        national = phone_digits(
            phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)
        )
        keys += [international, national]
        longest = international
    else:
        longest = raw
    keys += [longest[i:] for i in range(1, len(longest) - 2)]
    return list(dict.fromkeys(keys))


def canonical_phone(number: str, region: str) -> str:
    """The international digits of a number, for "same phone" comparisons."""
    import phonenumbers  # loaded on first use (see phone_keys)

    try:
        parsed = phonenumbers.parse(number, region or None)
    except phonenumbers.NumberParseException:
        return phone_digits(number)
    return phone_digits(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164))


def query_terms(query: str) -> list[list[str]]:
    """Split a search query into terms; each term is a list of alternatives.

    A phone-looking query becomes one digits term. A Han run becomes one term
    per character (matched as a phrase by storage). Other words match either
    in their own script or transliterated.
    """
    query = query.strip()
    digits = phone_digits(query)
    if _PHONE_LIKE.match(query) and len(digits) >= 3:
        alternatives = [digits]
        if query.lstrip().startswith("00"):
            alternatives.append(digits[2:])
        if digits.startswith("0"):
            alternatives.append(digits.lstrip("0"))
        return [list(dict.fromkeys(a for a in alternatives if a))]
    terms: list[list[str]] = []
    for word in _WORD.findall(fold(query)):
        han_run: list[str] = []
        for part in [*_split_runs(word), ""]:
            if is_han(part):
                han_run.append(part)
                continue
            if han_run:
                # Adjacent characters, matched as a phrase: 小明 finds 王小明, not 小王明.
                terms.append([" ".join(han_run)])
                han_run = []
            if part:
                latin = "".join(_WORD.findall(transliterate(part)))
                terms.append([part, latin] if latin and latin != part else [part])
    return terms


def join_tokens(tokens: Iterable[str]) -> str:
    return " ".join(tokens)

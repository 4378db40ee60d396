"""How plausible a decoding looks: the score text_decoding ranks code pages by.

Every rule below is something a wrong code page produces and a person almost never types.
The scores only compare candidate decodings of the same bytes, so a rule may misfire now and
then on real text without harm, as long as wrong decodings misfire far more often.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from functools import lru_cache

_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# Non-ASCII punctuation that real contact lists contain (quotes, dashes, currency, "№").
_USUAL_MARKS = frozenset("«»„“”‘’‚–—…•€£¥№\u00a0\u202f，。、：；！？（）《》「」『』【】～・")
# Greek letters that are rare in Greek but are what "а" and "р" become in the wrong code page.
_RARE_GREEK = frozenset("ΰΐ")
# Serbian and Macedonian letters of Windows-1251: where other scripts' bytes often land.
_RARE_CYRILLIC = frozenset("ЂЃЉЊЌЋЏђѓљњќћџЅѕЈј")
_SIGNS = frozenset("ьъЬЪ")
_CYRILLIC_VOWELS = frozenset("аеєиіїоуюяыэёАЕЄИІЇОУЮЯЫЭЁ")
_GREEK_VOWELS = frozenset("αεηιουωάέήίόύώϊϋΐΰΑΕΗΙΟΥΩΆΈΉΊΌΎΏΪΫ")


def oddness(text: str, width: int = 1) -> tuple[int, int]:
    """(how odd the text looks, how many bytes became letters); lower oddness is better.

    Oddness counts what a wrong code page produces, less one for each word that looks right;
    `width` is the bytes each non-ASCII character took in the code page (2 for GBK and Big5),
    so that counting letters does not favour a one-byte code page over a two-byte one.
    """
    odd = 0
    for char in _NON_ASCII.findall(text):
        if not (char.isalpha() or char.isspace() or char in _USUAL_MARKS
                or unicodedata.category(char) == "Mn"):
            odd += 1  # symbols, control characters and the like
    letters = 0
    per_script: Counter[str] = Counter()
    lonely: Counter[str] = Counter()
    for word in _WORD.findall(text):
        if word.isascii():
            letters += len(word)
            continue
        foreign = sum(1 for c in word if not c.isascii())
        letters += len(word) - foreign + width * foreign
        scripts = {_script(c) for c in word}
        if len(scripts) > 1:
            odd += 2  # "Zoл", "Franзois": one word, two alphabets
            continue
        script = scripts.pop()
        per_script[script] += 1
        if len(word) == 1:
            lonely[script] += 1
        odd += _word_oddness(word, script, foreign)
    # A letter of an alphabet met nowhere else, standing alone ("€" read as Cyrillic "Ђ").
    odd += sum(n for script, n in lonely.items() if per_script[script] == n)
    return odd, letters


def _word_oddness(word: str, script: str, foreign: int) -> int:
    odd = int(_bad_case(word))
    if script == "LATIN" and len(word) >= 4 and foreign > 0.6 * len(word):
        odd += 1  # "Èðèíà": Cyrillic read as Western European is nearly all accents
    elif script == "GREEK":
        odd += sum(1 for c in word if c in _RARE_GREEK)
        odd += "ς" in word[:-1] or (len(word) > 1 and word.endswith("σ"))  # final sigma rule
        odd += _too_few_vowels(word, _GREEK_VOWELS)
    elif script == "CYRILLIC":
        odd += sum(1 for c in word if c in _RARE_CYRILLIC)
        odd += word[0] in _SIGNS or any(
            a in _CYRILLIC_VOWELS and b in _SIGNS for a, b in itertools.pairwise(word)
        )  # the soft and hard signs follow consonants
        odd += _too_few_vowels(word, _CYRILLIC_VOWELS)
    elif script == "CJK":
        odd += sum(1 for c in word if not _common_hanzi(c))
    # A clean word is evidence too: a two-character Chinese name is four bytes, and read as
    # Windows-1251 those may well be four Cyrillic capitals that break none of the rules above.
    # Short words in capitals are not evidence: they are what the wrong code page gives then.
    if odd == 0 and len(word) >= (2 if script == "CJK" else 5 if word.isupper() else 3):
        return -1
    return odd


def _bad_case(word: str) -> bool:
    """Capitals where nobody puts them: "пМЕОБ" (KOI8 read as Windows-1251), "ХФГф".

    People write "олена", "Олена", "ОЛЕНА" and now and then "McDonald"; never a run of
    capitals followed by small letters.
    """
    return any(a.islower() and b.isupper() for a, b in itertools.pairwise(word)) or any(
        word[i].isupper() and word[i + 1].isupper() and word[i + 2].islower()
        for i in range(len(word) - 2))


def _too_few_vowels(word: str, vowels: frozenset[str]) -> bool:
    """Greek read as Cyrillic gives words like "Пйкпньмпх": letters, but hardly a vowel."""
    return len(word) >= 4 and sum(1 for c in word if c in vowels) < 0.25 * len(word)


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    """The first word of the character's Unicode name: LATIN, CYRILLIC, GREEK, CJK…"""
    if char.isascii():
        return "LATIN"
    return unicodedata.name(char, "UNKNOWN").split(" ", 1)[0]


@lru_cache(maxsize=8192)
def _common_hanzi(char: str) -> bool:
    """Whether a Chinese character is among the few thousand in everyday use.

    Both Chinese standards list their most frequent characters first: GB2312's level 1 (lead
    bytes B0-D7, 3,755 characters) and Big5's level 1 (lead bytes A4-C6, 5,401 characters).
    GBK names read as Big5 (and the reverse) land mostly in the rare levels.
    """
    for codec, first, last in (("gb2312", 0xB0, 0xD7), ("big5", 0xA4, 0xC6)):
        try:
            encoded = char.encode(codec)
        except UnicodeEncodeError:
            continue
        if len(encoded) == 2 and first <= encoded[0] <= last:
            return True
    return False

"""Turn the bytes of a contact file into text, guessing the encoding when nobody says which.

Contact lists reach the front desk from phones, Outlook, Google, Excel and old CRM systems, in
whatever code page the sending PC used. The order of checks is from certain to hopeful: a byte
order mark, then UTF-16 recognised by its NUL bytes, then strict UTF-8 (which almost never
decodes by accident), and only then a guess among the code pages in ENCODINGS.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from pathlib import Path

from clientbook.domain.errors import FileFormatError
from clientbook.domain.words import QT_TRANSLATE_NOOP, Phrase
from clientbook.services.importing.text_oddness import oddness

# (Python codec name, label) a person may choose from; the order breaks ties when guessing.
# The labels are English; the window shows them translated (ui.error_text.message_text).
ENCODINGS: list[tuple[str, Phrase]] = [
    ("utf-8", QT_TRANSLATE_NOOP("Messages", "Unicode (UTF-8)")),
    ("utf-16", QT_TRANSLATE_NOOP("Messages", "Unicode (UTF-16)")),
    ("cp1252", QT_TRANSLATE_NOOP("Messages", "Western European (Windows-1252)")),
    ("cp1251", QT_TRANSLATE_NOOP("Messages", "Cyrillic / Ukrainian (Windows-1251)")),
    ("koi8-u", QT_TRANSLATE_NOOP("Messages", "Cyrillic / Ukrainian (KOI8-U)")),
    ("cp1253", QT_TRANSLATE_NOOP("Messages", "Greek (Windows-1253)")),
    ("iso8859-7", QT_TRANSLATE_NOOP("Messages", "Greek (ISO 8859-7)")),
    ("gb18030", QT_TRANSLATE_NOOP("Messages",
                                  "Chinese Simplified (GB18030, covers GBK and GB2312)")),
    ("big5", QT_TRANSLATE_NOOP("Messages", "Chinese Traditional (Big5)")),
    ("latin-1", QT_TRANSLATE_NOOP("Messages", "Western European (ISO 8859-1)")),
]

_LABELS = dict(ENCODINGS)
# Code pages tried when guessing (UTF-8 and UTF-16 are recognised before guessing starts).
_GUESSED = [name for name, _ in ENCODINGS if not name.startswith("utf")]
# Bytes per non-ASCII character, so letters from a CJK and a one-byte code page compare fairly.
_WIDTH = {"gb18030": 2, "big5": 2}

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be"),
)
_SAMPLE_BYTES = _SAMPLE_CHARS = 64 * 1024
# Control characters a text file has no business containing. Tab, line breaks, vertical tab
# (FileMaker's line break inside a field), form feed and DOS's end-of-file mark are allowed.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x19\x1b-\x1f\x7f-\x9f]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    """A codec name from ENCODINGS, e.g. "utf-8" (also when the file had a byte order mark)."""
    guessed: bool
    """True when the encoding was guessed, so a person should be shown a preview to confirm."""


def label(encoding: str) -> str:
    """The English label of a codec name, or the name itself when it is not in ENCODINGS."""
    return _LABELS.get(encoding, encoding)


def read_text_file(path: Path, encoding: str | None = None) -> Decoded:
    """Read and decode `path`; see decode_bytes."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "Cannot read %1: %2."), path, exc.strerror or exc) from None
    return decode_bytes(data, encoding, source=path.name)


def decode_bytes(data: bytes, encoding: str | None = None, source: str = "the file") -> Decoded:
    """Decode a whole file, with `encoding` if the person chose one, else by guessing.

    Raises FileFormatError for an empty file, for something that is not text (a spreadsheet,
    a picture), and when a chosen encoding does not fit the bytes.
    """
    if not data.strip():
        raise _empty(source)
    if encoding is not None:
        decoded = _decode_forced(data, encoding, source)
    else:
        decoded = _decode_guessing(data, source)
    if not decoded.text.strip():
        raise _empty(source)
    _check_looks_like_text(decoded.text, source)
    return decoded


def _decode_guessing(data: bytes, source: str) -> Decoded:
    bom = _bom(data)
    if bom is not None:
        name, codec, size = bom
        try:
            return Decoded(data[size:].decode(codec), name, guessed=False)
        except UnicodeDecodeError as exc:
            raise _broken(data[size:], exc, codec, name, source) from None
    if b"\x00" in data:  # before UTF-8, which accepts NUL: "N\0a\0m\0e\0" is valid UTF-8
        codec = _utf16_by_nul_pattern(data)
        if codec is None:
            raise _not_text(source)
        try:
            return Decoded(data.decode(codec), "utf-16", guessed=True)
        except UnicodeDecodeError:
            raise _not_text(source) from None
    try:
        return Decoded(data.decode("utf-8"), "utf-8", guessed=True)
    except UnicodeDecodeError:
        pass
    name = _guess_code_page(data)
    return Decoded(data.decode(name), name, guessed=True)


def _decode_forced(data: bytes, encoding: str, source: str) -> Decoded:
    """Decode strictly with the person's choice: a wrong choice must show, not garble names."""
    name = _known_name(encoding)
    if name is None:
        raise FileFormatError(QT_TRANSLATE_NOOP(
            "Errors", "%1 is not an encoding ClientBook knows; choose one from the list."),
            repr(encoding))
    codec = name
    body = data
    bom = _bom(data)
    if name == "utf-8" and bom is not None and bom[0] == "utf-8":
        body = data[bom[2]:]
    elif name == "utf-16":
        if bom is not None and bom[0] == "utf-16":
            codec, body = bom[1], data[bom[2]:]
        else:
            codec = _utf16_by_nul_pattern(data) or "utf-16-le"
    try:
        return Decoded(body.decode(codec), name, guessed=False)
    except UnicodeDecodeError as exc:
        raise _broken(body, exc, codec, name, source, suggest=True) from None


def _known_name(encoding: str) -> str | None:
    """The ENCODINGS name for any spelling Python accepts ("UTF8", "windows-1251"…)."""
    try:
        wanted = codecs.lookup(encoding).name
    except LookupError:
        return None
    for name, _ in ENCODINGS:
        if codecs.lookup(name).name == wanted:
            return name
    return wanted


def _bom(data: bytes) -> tuple[str, str, int] | None:
    """(ENCODINGS name, codec, BOM length) when the data starts with a byte order mark."""
    for mark, name, codec in _BOMS:
        if data.startswith(mark):
            return name, codec, len(mark)
    return None


def _utf16_by_nul_pattern(data: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when NUL bytes sit in every other position, else None.

    Excel's "Unicode text" without a byte order mark looks like this: the high byte of each
    Latin letter, digit and delimiter is 0. Binary files have NULs everywhere or in clumps.
    """
    sample = data[:_SAMPLE_BYTES]  # an even number of bytes, like any UTF-16 text
    if len(data) % 2 or not sample:
        return None
    half = len(sample) // 2
    even_nuls, odd_nuls = sample[0::2].count(0) / half, sample[1::2].count(0) / half
    if odd_nuls >= 0.3 and even_nuls <= 0.02:
        return "utf-16-le"
    if even_nuls >= 0.3 and odd_nuls <= 0.02:
        return "utf-16-be"
    return None


def _guess_code_page(data: bytes) -> str:
    """The most plausible code page in ENCODINGS for bytes that are not UTF-8.

    charset-normalizer alone is unreliable on the five-line files people often import: with a
    few names it finds no "mess" in several code pages and then picks by its own order (it read
    "Zoë" as Cyrillic "Zoл" and GBK "王小明" as Big5 "卼苤隴"). So every code page that decodes
    the bytes is ranked by, in turn: how odd its text looks (oddness: words mixing alphabets,
    impossible capitalisation, stray symbols, rare Chinese characters); how many bytes became
    letters (the Greek "Ά" in one code page is a quote mark in the other);
    charset-normalizer's own mess measure; and the order of ENCODINGS.
    """
    sample = _non_ascii_lines(data)
    chaos: dict[str, float] = {}
    from charset_normalizer import from_bytes  # slow to import: only when guessing

    for match in from_bytes(sample, cp_isolation=[codecs.lookup(n).name for n in _GUESSED]):
        for alias in match.could_be_from_charset:
            name = _known_name(alias)
            if name in _GUESSED:
                chaos.setdefault(name, match.chaos)
    ranked = []
    for order, name in enumerate(_GUESSED):
        try:
            text = sample.decode(name)
        except UnicodeDecodeError:
            continue
        odd, letters = oddness(text, _WIDTH.get(name, 1))
        ranked.append(((odd, -letters, chaos.get(name, 1.0), order), name))
    for _, name in sorted(ranked):
        try:
            data.decode(name)
        except UnicodeDecodeError:
            continue  # the sample decoded, the whole file does not
        return name
    return "latin-1"  # unreachable: every byte is a Latin-1 character


def _non_ascii_lines(data: bytes) -> bytes:
    """The lines that hold non-ASCII bytes, up to a sample's size.

    ASCII lines read the same in every candidate, so they only dilute the evidence; and a large
    file is judged on a sample rather than decoded eight times over.
    """
    picked = []
    size = 0
    for line in data.splitlines(keepends=True):
        if not line.isascii():
            picked.append(line)
            size += len(line)
            if size >= _SAMPLE_BYTES:
                break
    return b"".join(picked) or data[:_SAMPLE_BYTES]


def _check_looks_like_text(text: str, source: str) -> None:
    sample = text[:_SAMPLE_CHARS]
    if "\x00" in sample:
        raise _not_text(source)
    controls = len(_CONTROLS.findall(sample))
    if controls >= 3 and controls > len(sample) * 0.02:
        raise _not_text(source)


def _line_of(data: bytes, position: int, codec: str) -> int:
    before = data[:position].decode(codec, errors="replace")
    return len(_LINE_BREAK.findall(before)) + 1


def _subject(source: str) -> str:
    """`source` at the start of a sentence ("The file", but a file name stays as it is)."""
    return source[:1].upper() + source[1:] if source.startswith("the ") else source


def _empty(source: str) -> FileFormatError:
    return FileFormatError(QT_TRANSLATE_NOOP(
        "Errors", "%1 is empty, so there is nothing to import; check that you chose the right "
        "file."), _subject(source))


def _not_text(source: str) -> FileFormatError:
    return FileFormatError(QT_TRANSLATE_NOOP(
        "Errors", "%1 does not look like a text file (CSV or vCard); save or export the "
        "contacts as CSV or vCard and choose that file."), _subject(source))


def _broken(
    data: bytes, exc: UnicodeDecodeError, codec: str, name: str, source: str,
    suggest: bool = False,
) -> FileFormatError:
    line = _line_of(data, exc.start, codec)
    if suggest:
        try:
            guess = _decode_guessing(data, source).encoding
        except FileFormatError:
            guess = None
        if guess is not None and guess != name:
            return FileFormatError(QT_TRANSLATE_NOOP(
                "Errors", "Line %1 of %2 cannot be read as %3; choose another encoding, "
                "perhaps %4."), line, source, label(name), label(guess))
    return FileFormatError(QT_TRANSLATE_NOOP(
        "Errors", "Line %1 of %2 cannot be read as %3; choose another encoding."),
        line, source, label(name))

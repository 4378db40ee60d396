"""Decoding contact files: byte order marks, UTF-16, guessed code pages, and refusals."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clientbook.domain.errors import FileFormatError
from clientbook.services.importing.text_decoding import (
    ENCODINGS,
    Decoded,
    decode_bytes,
    read_text_file,
)
from clientbook.services.importing.text_oddness import oddness

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"


@pytest.mark.parametrize(
    ("name", "encoding", "guessed", "expected"),
    [
        ("google_old.csv", "utf-8", True, "Ζωή Παπαδοπούλου"),
        ("google_new.csv", "utf-8", False, "Тарас"),
        ("outlook.csv", "cp1252", True, "Núñez"),
        ("outlook_cp1251.csv", "cp1251", True, "Коваленко"),
        ("contacts_cp1253.csv", "cp1253", True, "Άννα Αλεξίου"),
        ("contacts_iso8859_7.csv", "iso8859-7", True, "Άννα Αλεξίου"),
        ("contacts_gbk.csv", "gb18030", True, "王小明"),
        ("excel_unicode.txt", "utf-16", False, "Олена Коваленко"),
        ("one_column.csv", "utf-8", True, "王小明"),
        ("phone_v21.vcf", "utf-8", True, "BEGIN:VCARD"),
    ],
)
def test_each_fixture_is_decoded_with_its_encoding(name, encoding, guessed, expected):
    decoded = read_text_file(FIXTURES / name)
    assert decoded.encoding == encoding
    assert decoded.guessed is guessed
    assert expected in decoded.text
    assert not decoded.text.startswith("\ufeff")


SHORT_LISTS = [
    ("Name,Phone\nОлена Коваленко,+380 44 123 4567\nТарас Шевченко,+380 67 555 1234\n"
     "Ірина,\n", "cp1251"),
    ("Name,Phone\nОлена Коваленко,+380 44 123 4567\nТарас Шевченко,+380 67 555 1234\n"
     "Ірина,\n", "koi8-u"),
    ("Name,Phone\nΖωή Παπαδοπούλου,+30 210 1234567\nΓιώργος Νικολάου,+30 69 1234 5678\n",
     "cp1253"),
    ("Name;Phone\n王小明;13800138000\n李娜;13912345678\n张伟;\n", "gb18030"),
    ("Name,Phone\n王小明,0912345678\n陳美玲,0922333444\n", "big5"),
    ("Name,Phone\nJosé Núñez,555-1234\nZoë Brontë,555-9876\nFrançois,\n", "cp1252"),
    # One name alone: charset-normalizer on its own gets each of these wrong.
    ("Zoë\n", "cp1252"),
    ("François\n", "cp1252"),
    ("王小明\n", "gb18030"),
    ("李娜\n", "gb18030"),
    ("Ірина\n", "cp1251"),
    ("Ζωή\n", "cp1253"),
    ("Νίκος Οικονόμου\n", "cp1253"),
    ("Tea “Earl Grey” — €5\n", "cp1252"),
    ("Name,Phone\nΆννα Αλεξίου,+30 210 1234567\n", "iso8859-7"),
    ("Name,Phone\nΆννα Αλεξίου,+30 210 1234567\n", "cp1253"),
]


@pytest.mark.parametrize(("text", "encoding"), SHORT_LISTS)
def test_short_real_world_lists_are_read_right(text, encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.guessed


def test_greek_text_identical_in_both_greek_code_pages_reports_the_windows_one():
    data = "Ζωή Παπαδοπούλου\n".encode("iso8859-7")
    assert data == "Ζωή Παπαδοπούλου\n".encode("cp1253")
    assert decode_bytes(data).encoding == "cp1253"


@pytest.mark.parametrize(
    ("right", "wrong"),
    [
        ("Zoë Brontë", "Zoл Brontл"),  # Western European read as Cyrillic
        ("Олена", "пМЕОБ"),  # KOI8-U read as Windows-1251
        ("Ірина", "Èðèíà"),  # Windows-1251 read as Western European
        ("王小明", "卼苤隴"),  # GBK read as Big5
        ("Άννα", "¶ννα"),  # ISO 8859-7 read as Windows-1253
        ("Γιώργος Οικονόμου", "Гйюсгпт Пйкпньмпх"),  # Greek read as Cyrillic
        ("Tea €5", "Tea Ђ5"),  # the euro sign read as a Serbian letter
    ],
)
def test_the_tie_break_finds_the_right_reading_less_odd(right, wrong):
    """The rule behind the guesses above, on the pairs charset-normalizer cannot tell apart."""
    assert oddness(right)[0] < oddness(wrong)[0]


def test_a_chinese_name_counts_its_bytes_not_its_characters_as_letters():
    assert oddness("王小明", width=2)[1] == oddness("НхРЎГч")[1]


def test_one_accented_line_deep_in_a_large_file_is_still_found():
    text = "Name,Phone\n" + "Anna Smith,555 0100\n" * 20_000 + "Zoë Brontë,555 0101\n"
    decoded = decode_bytes(text.encode("cp1252"))
    assert decoded.encoding == "cp1252"
    assert decoded.text.endswith("Zoë Brontë,555 0101\n")


def test_utf8_with_bom_reports_utf8_and_drops_the_mark():
    decoded = decode_bytes(codecs.BOM_UTF8 + "Name\nZoë\n".encode())
    assert decoded == Decoded("Name\nZoë\n", "utf-8", guessed=False)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_is_recognised_with_and_without_a_byte_order_mark(codec):
    text = "Name\tPhone\nОлена\t+380 44 123 4567\n王小明\t138\n"
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    assert decode_bytes(bom + text.encode(codec)) == Decoded(text, "utf-16", guessed=False)
    assert decode_bytes(text.encode(codec)) == Decoded(text, "utf-16", guessed=True)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_plain_english_in_utf16_without_a_mark_is_not_taken_for_utf8(codec):
    """Every byte of it is valid UTF-8 too (NUL is), but the NUL pattern says UTF-16."""
    text = "Name\tPhone\r\nAnn Smith\t555 0100\r\n"
    assert decode_bytes(text.encode(codec)) == Decoded(text, "utf-16", guessed=True)


def test_a_chosen_encoding_is_used_even_where_the_guess_differs():
    data = "Zoë Brontë\n".encode("cp1252")
    assert decode_bytes(data, "cp1253") == Decoded("Zoλ Brontλ\n", "cp1253", guessed=False)


@pytest.mark.parametrize(("alias", "name"), [("windows-1251", "cp1251"), ("UTF8", "utf-8"),
                                             ("GB18030", "gb18030"), ("ISO-8859-7", "iso8859-7")])
def test_a_chosen_encoding_may_be_spelt_any_way_python_knows(alias, name):
    assert decode_bytes(b"Name\n", alias).encoding == name


def test_a_chosen_encoding_that_does_not_fit_names_the_line_and_suggests_another():
    data = "Name,Phone\nAnna,1\nJosé Núñez,2\n".encode("cp1252")
    with pytest.raises(FileFormatError) as caught:
        decode_bytes(data, "utf-8", source="clients.csv")
    message = str(caught.value)
    assert "Line 3 of clients.csv" in message
    assert "UTF-8" in message
    assert "perhaps Western European" in message


def test_forced_utf16_without_bom_uses_the_nul_pattern():
    data = "Name\nZoë\n".encode("utf-16-be")
    assert decode_bytes(data, "utf-16").text == "Name\nZoë\n"


def test_an_unknown_encoding_name_is_refused_clearly():
    with pytest.raises(FileFormatError, match="not an encoding ClientBook knows"):
        decode_bytes(b"Name\n", "klingon")


def test_every_listed_encoding_is_a_python_codec():
    for name, label in ENCODINGS:
        assert codecs.lookup(name)
        assert label


@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\n\t", codecs.BOM_UTF8, codecs.BOM_UTF8 + b"\n\n",
     codecs.BOM_UTF16_LE + " \n".encode("utf-16-le")],
)
def test_an_empty_file_is_refused(data):
    with pytest.raises(FileFormatError, match="is empty"):
        decode_bytes(data, source="the file")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00",  # a picture
        b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00b\xee\x9dh^\x01",  # an .xlsx
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 4,  # an old .xls
        b"Name\x00Phone\x00\x00\x01Anna",  # NULs, but not UTF-16's pattern
        b"\x01\x02\x03Anna\x04\x05\x06\x07",  # mostly control characters
    ],
)
def test_binary_files_are_refused_as_not_text(data):
    with pytest.raises(FileFormatError, match=r"does not look like a text file \(CSV or vCard\)"):
        decode_bytes(data)


def test_the_message_starts_with_a_capital_for_the_default_source():
    with pytest.raises(FileFormatError, match=r"^The file is empty"):
        decode_bytes(b"")


def test_an_unreadable_path_is_a_clear_error(tmp_path):
    with pytest.raises(FileFormatError, match=r"^Cannot read .*missing\.csv: "):
        read_text_file(tmp_path / "missing.csv")
    with pytest.raises(FileFormatError, match=r"^Cannot read "):
        read_text_file(tmp_path)


def test_read_text_file_names_the_file_in_its_messages(tmp_path):
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"")
    with pytest.raises(FileFormatError, match=r"^contacts\.csv is empty"):
        read_text_file(path)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_decode_or_are_refused_clearly(data):
    try:
        decoded = decode_bytes(data)
    except FileFormatError as exc:
        assert str(exc).endswith(".")
    else:
        assert decoded.text.strip()
        assert decoded.encoding in dict(ENCODINGS)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300), st.sampled_from([name for name, _ in ENCODINGS]))
def test_text_in_any_listed_encoding_decodes_or_is_refused_clearly(text, encoding):
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8")
    try:
        decoded = decode_bytes(data)
    except FileFormatError:
        return
    if "\x00" not in text and (encoding.startswith("utf") or data.isascii()):
        bom_taken = encoding == "utf-8" and text.startswith("\ufeff")
        assert decoded.text == (text[1:] if bom_taken else text)

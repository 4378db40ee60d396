"""Reading vCard 2.1, 3.0 and 4.0 files into rows, one damaged contact never costing the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clientbook.domain.birthdays import Birthday, parse_birthday_loose
from clientbook.domain.errors import FileFormatError
from clientbook.services.importing.text_decoding import read_text_file
from clientbook.services.importing.vcard_reading import VCARD_HEADER, looks_like_vcard, read_vcards

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"


def cards(name: str) -> tuple[list[dict[str, str]], list[int], list[tuple[int, str]]]:
    """(rows as {column: cell} without empty cells, their lines, problems) of a fixture."""
    header, rows, problems = read_vcards(read_text_file(FIXTURES / name).text)
    assert header == VCARD_HEADER
    as_dicts = [{k: v for k, v in zip(header, cells, strict=True) if v} for _, cells in rows]
    return as_dicts, [line for line, _ in rows], problems


def begin_lines(name: str) -> list[int]:
    """Where BEGIN:VCARD is in the file, counted independently of the reader."""
    text = (FIXTURES / name).read_bytes().decode("utf-8")
    return [n for n, line in enumerate(text.splitlines(), 1) if line == "BEGIN:VCARD"]


def test_vcard_21_quoted_printable_cyrillic_across_a_soft_line_break():
    rows, lines, problems = cards("phone_v21.vcf")
    assert problems == []
    assert lines == begin_lines("phone_v21.vcf") == [1, 16]
    assert rows[0] == {
        "Full name": "Олена Коваленко",
        "Given name": "Олена",
        "Family name": "Коваленко",
        "Phone 1": "+380441234567",
        "Phone 2": "+380440001111",
        "E-mail 1": "olena@example.com",
        "Birthday": "19850315",
        "Notes": "Чай з лимоном\nТиха кімната",
    }
    assert rows[1] == {"Full name": "Anna Smith", "Given name": "Anna", "Family name": "Smith",
                       "Phone 1": "+1 555 0100"}


def test_vcard_30_greek_and_chinese_with_types_escapes_and_folding():
    rows, lines, problems = cards("contacts_v3.vcf")
    assert problems == []
    assert lines == begin_lines("contacts_v3.vcf")
    greek, chinese, zoe = rows
    assert greek["Full name"] == "Ζωή Παπαδοπούλου"
    assert (greek["Phone 1"], greek["Phone 2"]) == ("+30 210 1234567", "+30 69 1234 5678")
    assert greek["E-mail 1"] == "zoi@example.com"
    assert greek["Birthday"] == "1985-03-15"
    assert greek["Organization"] == "Κομμωτήριο Ζωή, Υποδοχή"
    assert greek["Notes"] == "Καφές σκέτος, χωρίς ζάχαρη.\nΉσυχο δωμάτιο."
    assert chinese["Family name"] == "王"
    assert chinese["Notes"].endswith("不会丢失任何字符。")  # the folded line is joined back
    assert zoe["Prefix"] == "Ms."
    assert zoe["Nickname"] == "Zee"
    assert zoe["Birthday"] == "--0315"


def test_phones_beyond_the_four_columns_go_to_the_notes_not_away():
    rows, _, _ = cards("contacts_v3.vcf")
    zoe = rows[2]
    assert [zoe[f"Phone {n}"] for n in range(1, 5)] == [
        "+44 7700 900123", "+44 20 7946 0000", "+44 20 7946 0001", "+44 20 7946 0002"]
    assert zoe["Notes"] == "More phones: +44 20 7946 0003"


def test_vcard_40_uri_phones_and_every_birthday_form():
    rows, lines, problems = cards("contacts_v4.vcf")
    assert problems == []
    assert lines == begin_lines("contacts_v4.vcf")
    taras, anna, zoe = rows
    assert taras["Phone 1"] == "+380-67-555-1234"
    assert taras["Middle name"] == "Григорович"
    assert taras["Birthday"] == "--0309"
    assert anna["Birthday"] == "--03-15"  # Apple's 1604 "year omitted"
    assert zoe["Birthday"] == "1985-03-15"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("phone_v21.vcf", [Birthday(3, 15, 1985), None]),
        ("contacts_v3.vcf", [Birthday(3, 15, 1985), Birthday(7, 1, 1990), Birthday(3, 15)]),
        ("contacts_v4.vcf", [Birthday(3, 9), Birthday(3, 15), Birthday(3, 15, 1985)]),
    ],
)
def test_every_birthday_cell_is_one_the_loose_parser_reads(name, expected):
    rows, _, _ = cards(name)
    assert [parse_birthday_loose(row.get("Birthday", "")) for row in rows] == expected


GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEND:VCARD\r\n"


@pytest.mark.parametrize(
    "damage",
    [
        "N;CHARSET=NO-SUCH;ENCODING=QUOTED-PRINTABLE:=41",
        "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=FF=FE",
        ":no property name",
        'FN;X="never closed:x',
    ],
)
def test_a_damaged_contact_is_a_problem_on_its_line_and_the_others_are_read(damage):
    text = (GOOD.format(name="Ann") + "BEGIN:VCARD\r\nVERSION:3.0\r\n" + damage
            + "\r\nEND:VCARD\r\n" + GOOD.format(name="Bob"))
    _, rows, problems = read_vcards(text)
    assert [(line, cells[0]) for line, cells in rows] == [(1, "Ann"), (9, "Bob")]
    assert len(problems) == 1
    line, message = problems[0]
    assert line == 5
    assert message.startswith("this contact is damaged and was not read")
    assert "line 3" not in message.lower()  # vobject's own (wrong) numbering is dropped


def test_a_damaged_line_with_many_parameters_is_refused_at_once():
    """vobject's own line pattern would take hours on this line (exponential backtracking)."""
    text = "BEGIN:VCARD\nVERSION:2.1\nTEL;" + "CELL," * 40 + ";:1\nEND:VCARD\n"
    _, rows, problems = read_vcards(text)
    assert rows == []
    [(line, message)] = problems
    assert line == 1
    assert message.startswith("this contact is damaged and was not read (a line cannot be "
                              "read: 'TEL;CELL,CELL,")
    assert len(message) < 150


def test_a_line_with_many_valid_parameters_is_read():
    text = "BEGIN:VCARD\nVERSION:2.1\nTEL;" + ";".join(["CELL"] * 40) + ":1\nEND:VCARD\n"
    _, rows, problems = read_vcards(text)
    assert problems == []
    assert rows[0][1][VCARD_HEADER.index("Phone 1")] == "1"


def test_a_contact_cut_short_is_a_problem():
    text = GOOD.format(name="Ann") + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bob\r\n"
    _, rows, problems = read_vcards(text)
    assert [cells[0] for _, cells in rows] == ["Ann"]
    assert problems == [(5, "this contact has no END:VCARD line, so it was not read; the file "
                            "may have been cut short.")]


def test_a_damaged_photo_does_not_cost_the_contact():
    text = ("BEGIN:VCARD\nVERSION:2.1\nFN:Ann\nPHOTO;ENCODING=BASE64;TYPE=JPEG:@@not base64\n"
            " more;:junk\nTEL:1\nEND:VCARD\n")
    _, rows, problems = read_vcards(text)
    assert problems == []
    assert rows[0][1][VCARD_HEADER.index("Phone 1")] == "1"


def test_lowercase_keywords_and_text_between_contacts_are_tolerated():
    text = "Exported by PhoneTool\n\nbegin:vcard\nversion:3.0\nfn:Ann\nend:vcard\ntrailer\n"
    _, rows, problems = read_vcards(text)
    assert [(line, cells[0]) for line, cells in rows] == [(3, "Ann")]
    assert problems == []


@pytest.mark.parametrize("text", ["", "Name,Phone\nAnn,1\n", "END:VCARD\n"])
def test_text_without_a_contact_is_refused(text):
    with pytest.raises(FileFormatError, match=r"^Cards\.vcf has no contacts in vCard format"):
        read_vcards(text, source="Cards.vcf")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("BEGIN:VCARD\nFN:Ann\nEND:VCARD\n", True),
        ("\ufeff\r\n\r\nbegin:vcard\r\n", True),
        ("  BEGIN:VCARD  \n", True),
        ("Name,Phone\nBEGIN:VCARD\n", False),
        ("Name\n", False),
        ("", False),
    ],
)
def test_looks_like_vcard_checks_the_first_line_with_text(text, expected):
    assert looks_like_vcard(text) is expected


def test_the_fixtures_are_recognised_as_vcard_and_csv_files_are_not():
    for name in ("phone_v21.vcf", "contacts_v3.vcf", "contacts_v4.vcf"):
        assert looks_like_vcard(read_text_file(FIXTURES / name).text)
    for name in ("google_old.csv", "outlook.csv", "excel_unicode.txt"):
        assert not looks_like_vcard(read_text_file(FIXTURES / name).text)


lines = st.sampled_from([
    "BEGIN:VCARD", "END:VCARD", "VERSION:2.1", "VERSION:3.0", "FN:Ann", "N:A;B;;;", " folded",
    "TEL;CELL:1", "NOTE;ENCODING=QUOTED-PRINTABLE:=D0=9E=", "=D0", "PHOTO;ENCODING=B:xx", "",
    "BDAY;X-APPLE-OMIT-YEAR=1604:1604-03-15", "ORG:;;", ":", ";;;", "X-A;B=\"c:d",
])


@settings(max_examples=200, deadline=None)
@given(st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(lines, st.text(max_size=20)), max_size=30).map("\r\n".join),
))
def test_random_text_gives_rows_and_problems_or_a_clear_refusal(text):
    try:
        header, rows, problems = read_vcards(text)
    except FileFormatError as exc:
        assert "BEGIN:VCARD" in str(exc)
        return
    assert header == VCARD_HEADER
    assert all(len(cells) == len(VCARD_HEADER) for _, cells in rows)
    total = text.count("\n") + text.count("\r") + 1
    assert all(1 <= line <= total for line, _ in rows + problems)

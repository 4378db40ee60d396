"""Reading CSV of any origin: delimiters, line endings, line numbers, and hostile files."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from clientbook.domain.errors import FileFormatError
from clientbook.services.importing.csv_reading import (
    DELIMITERS,
    MAX_CELL,
    MAX_COLUMNS,
    detect_delimiter,
    duplicate_headers,
    read_csv,
)
from clientbook.services.importing.text_decoding import decode_bytes, read_text_file

FIXTURES = Path(__file__).parents[1] / "fixtures" / "contacts"
KNOWN = ["Name", "Phone", "E-mail", "Birthday", "Notes", "First Name", "Last Name",
         "Mobile Phone", "姓名", "电话", "Ονοματεπώνυμο", "Τηλέφωνο"]


def rows_of(text: str, delimiter: str = ",") -> list[tuple[int, list[str]]]:
    return list(read_csv(text, delimiter).rows)


@pytest.mark.parametrize(
    ("name", "delimiter", "columns", "rows"),
    [
        ("google_old.csv", ",", 37, 4),
        ("google_new.csv", ",", 25, 4),
        ("outlook.csv", ",", 92, 4),
        ("outlook_cp1251.csv", ",", 92, 4),
        ("contacts_cp1253.csv", ",", 5, 4),
        ("contacts_iso8859_7.csv", ",", 5, 4),
        ("contacts_gbk.csv", ";", 5, 4),
        ("excel_unicode.txt", "\t", 5, 4),
        ("one_column.csv", ",", 1, 5),
    ],
)
def test_each_fixture_reads_with_its_delimiter(name, delimiter, columns, rows):
    text = read_text_file(FIXTURES / name).text
    assert detect_delimiter(text, KNOWN) == delimiter
    assert detect_delimiter(text) == delimiter
    read = read_csv(text, delimiter)
    assert len(read.header) == columns
    found = list(read.rows)
    assert len(found) == rows
    assert all(len(cells) == columns for _, cells in found)


def test_google_cells_keep_their_newlines_and_phone_lists():
    read = read_csv(read_text_file(FIXTURES / "google_old.csv").text, ",")
    header = read.header
    first_line, first = next(read.rows)
    assert first_line == 2
    assert first[header.index("Notes")] == "Καφές σκέτος.\nΉσυχο δωμάτιο."
    assert first[header.index("Phone 1 - Value")] == "+30 210 1234567 ::: +30 69 1234 5678"
    second_line, second = next(read.rows)
    assert second_line == 4  # the notes above took two lines
    assert second[header.index("Birthday")] == " --03-15"


def test_outlook_keeps_its_crlf_inside_a_quoted_note():
    read = read_csv(read_text_file(FIXTURES / "outlook.csv").text, ",")
    notes = [cells[read.header.index("Notes")] for _, cells in read.rows]
    assert "Prefers the quiet room;\r\nno small talk." in notes


def test_the_header_decides_when_it_names_known_columns():
    # Counting alone says comma (it is on 3 of 4 lines, the semicolons are ragged).
    text = "Name;Phone;Notes\nSmith, Ann;1\nLee, Bo;2;tea\nKim, Cy;3\n"
    assert detect_delimiter(text) == ","
    assert detect_delimiter(text, ["name", "phone", "notes"]) == ";"


def test_header_names_match_without_case_accents_or_quotes():
    text = '"NOMBRE";"Teléfono"\nAna, Pérez;1\n'
    assert detect_delimiter(text, ["nombre", "telefono"]) == ";"


def test_counting_finds_the_delimiter_used_the_same_way_on_every_line():
    text = "a\tb\tc\nSmith, Ann\t555, ext 1\tx\nLee\t556\ty\n"
    assert detect_delimiter(text) == "\t"


def test_delimiters_inside_quotes_are_not_counted():
    text = 'Name;Notes\n"Smith, Ann";"tea, milk, sugar"\n"Lee, Bo";"coffee, black"\n'
    assert detect_delimiter(text) == ";"


@pytest.mark.parametrize("text", ["", "\n\n", "Name\nAnn\nBob\n", 'Name\n"Smith, Ann"\nBob'])
def test_a_file_with_one_column_gets_a_comma(text):
    assert detect_delimiter(text, ["name"]) == ","


def test_mixed_line_endings_read_as_separate_rows_with_true_line_numbers():
    text = "Name,Phone\r\nAnn,1\nBob,2\rCid,3\r\n\nDee,4"
    assert rows_of(text) == [(2, ["Ann", "1"]), (3, ["Bob", "2"]), (4, ["Cid", "3"]),
                             (6, ["Dee", "4"])]


def test_cells_with_newlines_keep_them_exactly_and_later_lines_count_right():
    text = 'Name,Notes\r\nAnn,"one\r\ntwo\nthree\rfour"\r\nBob,x\r\n'
    assert rows_of(text) == [(2, ["Ann", "one\r\ntwo\nthree\rfour"]), (6, ["Bob", "x"])]


def test_blank_rows_are_skipped_and_the_header_is_stripped():
    read = read_csv("\n  \n Name , Phone \n,\n  ,  \nAnn,1\n", ",")
    assert read.header == ["Name", "Phone"]
    assert read.header_line == 3
    assert list(read.rows) == [(6, ["Ann", "1"])]


def test_duplicate_header_cells_are_kept_and_reported():
    read = read_csv("Phone,Name,phone ,,,Notes, NAME\n1,Ann,2,,,x,y\n", ",")
    assert read.header == ["Phone", "Name", "phone", "", "", "Notes", "NAME"]
    assert duplicate_headers(read.header) == ["Phone", "Name"]
    assert duplicate_headers(["Name", "Phone", "", ""]) == []


def test_rows_are_read_lazily_so_a_preview_shows_rows_before_a_break():
    read = read_csv('Name\nAnn\nBob\n"broken\n', ",")
    assert iter(read.rows) is read.rows
    assert next(read.rows) == (2, ["Ann"])
    assert next(read.rows) == (3, ["Bob"])
    with pytest.raises(FileFormatError, match="Line 4"):
        next(read.rows)


@pytest.mark.parametrize("text", ["", "\n\n\r\n", "  \n,,,\n , \n"])
def test_a_text_without_a_header_row_is_refused(text):
    with pytest.raises(FileFormatError, match="has no header row"):
        read_csv(text, ",", source="the file")


def test_a_quote_never_closed_names_its_line():
    text = "Name,Phone\nA,1\nB,2\nC,3\nD,4\nE,5\n\"F,6\nG,7\nH,8\n"
    with pytest.raises(FileFormatError) as caught:
        rows_of(text)
    assert str(caught.value).startswith(
        'Line 7 of the file: a quoted cell is never closed; check for a stray "'
    )


def test_text_after_a_closing_quote_names_its_line():
    with pytest.raises(FileFormatError, match=r"^Line 3 of x\.csv: a quoted cell has more text"):
        list(read_csv('Name,Phone\nAnn,1\n"Bob" Jr,2\n', ",", source="x.csv").rows)


def test_a_quote_inside_an_unquoted_cell_is_just_text():
    assert rows_of('Name,Height\nAnn,5\'10"\n') == [(2, ["Ann", "5'10\""])]


def test_a_nul_character_names_its_line():
    with pytest.raises(FileFormatError, match=r"Line 3 .* NUL character"):
        rows_of("Name\nAnn\nB\x00b\n")


def test_a_50_mb_cell_is_refused_quickly(tmp_path):
    path = tmp_path / "huge.csv"
    path.write_bytes(b"Name,Notes\nAnn," + b"x" * 50_000_000 + b"\nBob,y\n")
    text = read_text_file(path).text
    delimiter = detect_delimiter(text, KNOWN)
    read = read_csv(text, delimiter)
    with pytest.raises(FileFormatError, match=r"^Line 2 of the file: a cell is larger than 1 MB;"):
        list(read.rows)


def test_a_runaway_quote_is_named_as_the_likely_cause_of_a_huge_cell():
    text = 'Name,Notes\nAnn,"starts here\n' + "a line of notes\n" * 100_000
    with pytest.raises(FileFormatError, match=r"^Line 2 .*larger than 1 MB; this usually means"):
        rows_of(text)


def test_a_cell_just_under_the_limit_is_read():
    assert rows_of("Notes\n" + "x" * MAX_CELL + "\n") == [(2, ["x" * MAX_CELL])]


def test_the_csv_size_limit_of_other_readers_is_never_lowered():
    before = csv.field_size_limit()
    try:
        csv.field_size_limit(5 * MAX_CELL)
        rows_of("Name\nAnn\n")
        assert csv.field_size_limit() == 5 * MAX_CELL
        with pytest.raises(FileFormatError, match="larger than 1 MB"):
            rows_of("Notes\n" + "x" * (MAX_CELL + 1) + "\n")
    finally:
        csv.field_size_limit(before)


def test_ten_thousand_columns_are_refused():
    with pytest.raises(FileFormatError, match=r"^Line 1 of the file has 10,000 columns .* 500;"):
        read_csv(",".join(f"c{i}" for i in range(10_000)) + "\n1\n", ",")
    with pytest.raises(FileFormatError, match=r"^Line 3 of the file has 10,000 columns"):
        rows_of("Name\nAnn\n" + ",".join(["x"] * 10_000) + "\n")


def test_excel_trailing_empty_columns_beyond_the_limit_are_tolerated():
    row = "Ann,1" + "," * (MAX_COLUMNS + 100)
    assert rows_of("Name,Phone\n" + row + "\n") == [(2, ["Ann", "1"])]


def test_a_hostile_file_from_disk_reads_through_the_whole_chain(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes("Name;Phone\r\nZoë;1\nJosé;2\r".encode("cp1252"))
    text = read_text_file(path).text
    assert rows_of(text, detect_delimiter(text)) == [(2, ["Zoë", "1"]), (3, ["José", "2"])]


# --- Properties ---------------------------------------------------------------------------

HEADERS = ["Name", "Phone", "E-mail", "Birthday", "Notes"]
cells = st.text(st.characters(blacklist_characters="\x00", blacklist_categories=["Cs"]),
                max_size=12)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(DELIMITERS),
    st.integers(min_value=2, max_value=len(HEADERS)).flatmap(
        lambda n: st.tuples(st.just(n), st.lists(st.lists(cells, min_size=n, max_size=n),
                                                 max_size=8))
    ),
)
def test_any_cells_written_by_csv_writer_read_back_identically(delimiter, shape):
    columns, matrix = shape
    header = HEADERS[:columns]
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=delimiter)
    writer.writerow(header)
    writer.writerows(matrix)
    text = out.getvalue()

    found = detect_delimiter(text, HEADERS)
    assert found == delimiter
    read = read_csv(text, found)
    assert read.header == header
    expected = [row for row in matrix if any(cell.strip() for cell in row)]
    assert [cells for _, cells in read.rows] == expected


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400), st.sampled_from(DELIMITERS))
def test_random_text_reads_or_fails_with_a_clear_message(text, delimiter):
    assert detect_delimiter(text, HEADERS) in DELIMITERS
    try:
        read = read_csv(text, delimiter)
        for line, row in read.rows:
            assert line >= read.header_line
            assert any(cell.strip() for cell in row)
    except FileFormatError as exc:
        assert str(exc).endswith(".")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=500))
def test_random_bytes_through_decoding_and_reading_fail_only_clearly(data):
    try:
        text = decode_bytes(data).text
        list(read_csv(text, detect_delimiter(text)).rows)
    except FileFormatError:
        pass

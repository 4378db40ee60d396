"""A vCard with a huge note is refused before parsing, with its line, in little memory
(issue 20, hole 10): CSV caps a cell at 1 MB, vCard caps a line at 1 MB and a contact at 2."""

from __future__ import annotations

import tracemalloc

from clientbook.services.importing.vcard_reading import read_vcards

ANNA = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna\r\nTEL:+30 697 111 2233\r\nEND:VCARD\r\n"


def folded(name: str, value: str) -> str:
    line = f"{name}:{value}"
    return "\r\n ".join(line[i:i + 74] for i in range(0, len(line), 74)) + "\r\n"


def test_a_ten_megabyte_note_costs_its_contact_not_gigabytes():
    text = (ANNA + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Big\r\n" + folded("NOTE", "x" * 10_000_000)
            + "END:VCARD\r\n" + ANNA)
    tracemalloc.start()
    try:
        _header, rows, problems = read_vcards(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [cells[0] for _line, cells in rows] == ["Anna", "Anna"]
    assert len(problems) == 1
    line, message = problems[0]
    assert line == 6  # the contact's BEGIN:VCARD
    assert "line 9 is larger than 1 MB" in str(message)
    assert peak < 60_000_000, f"{peak / 1e6:.0f} MB"  # the file itself is 10 MB


def test_a_contact_larger_than_two_megabytes_in_all_is_refused_with_its_line():
    notes = "".join(folded("NOTE", "y" * 600_000) for _ in range(5))
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n" + notes + "END:VCARD\r\n" + ANNA
    _header, rows, problems = read_vcards(text)
    assert [cells[0] for _line, cells in rows] == ["Anna"]
    assert len(problems) == 1 and "larger than 2 MB (past line" in str(problems[0][1])


def test_notes_under_the_caps_are_read_whole():
    text = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Long\r\n" + folded("NOTE", "z" * 900_000) \
        + "END:VCARD\r\n"
    _header, rows, problems = read_vcards(text)
    assert problems == [] and rows[0][1][-1] == "z" * 900_000

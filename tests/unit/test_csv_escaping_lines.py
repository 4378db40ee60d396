"""Formula neutralising reaches every line of a cell and is undone exactly (issue 20, hole 9)."""

from hypothesis import given
from hypothesis import strategies as st

from clientbook.services.csv_format import neutralise, restore

TRIGGERS = tuple("=+-@\t")


def test_every_line_that_starts_like_a_formula_gets_the_quote():
    assert neutralise("=1+1\n=2+2") == "'=1+1\n'=2+2"
    assert neutralise("note\r\n@SUM(A1)\r-2\n\tx\nplain") == "note\r\n'@SUM(A1)\r'-2\n'\tx\nplain"
    assert neutralise("a\n'=b") == "a\n''=b"
    assert neutralise("plain\ntext") == "plain\ntext"


@given(st.text(alphabet="=+-@'\t\r\nab ;,", max_size=30))
def test_restore_undoes_neutralise_exactly_and_no_line_stays_live(text):
    safe = neutralise(text)
    assert restore(safe) == text
    for line in safe.replace("\r\n", "\n").replace("\r", "\n").split("\n")[1:]:
        assert not line.startswith(TRIGGERS), (text, safe)

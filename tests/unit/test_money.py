"""Money typed at the desk or read from our CSV: exact cents, nothing guessed."""

from decimal import Decimal

import pytest

from clientbook.domain.errors import ValidationError
from clientbook.domain.money import parse_money


@pytest.mark.parametrize(
    ("typed", "amount"),
    [("45,5", "45.50"), ("1,234.50", "1234.50"), ("1.234,50", "1234.50"), ("  ", "0.00"),
     ("45.50", "45.50"), ("120", "120.00")],
)
def test_typed_amounts_become_exact_cents(typed, amount):
    assert str(parse_money(typed)) == amount


@pytest.mark.parametrize("typed", ["-5", "abc", "12.345", "NaN", "Infinity"])
def test_bad_amounts_are_refused_naming_the_field(typed):
    with pytest.raises(ValidationError, match=r"^Spend ") as caught:
        parse_money(typed)
    assert caught.value.field == "spend"


def test_without_decimal_comma_a_comma_is_refused_not_guessed():
    with pytest.raises(ValidationError, match=r"45\.50"):
        parse_money("12,50", "spend", decimal_comma=False)
    assert parse_money("12.50", "spend", decimal_comma=False) == Decimal("12.50")

"""Amounts of money as people type them, read into exact two-place decimals."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from clientbook.domain.errors import ValidationError
from clientbook.domain.words import QT_TRANSLATE_NOOP

CENT = Decimal("0.01")
# No visit costs a trillion; anything from here on is a typing or file mistake (and a few
# digits more no longer fit SQLite's integers as cents).
MAX_AMOUNT = Decimal(10) ** 12
# What a form calls the amount in its messages (a file names its column instead).
SPEND = QT_TRANSLATE_NOOP("Messages", "Spend")


def parse_money(text: str, name: str = SPEND, *, decimal_comma: bool = True) -> Decimal:
    """"45.5" → 45.50; empty → 0.00. Negative, non-finite or sub-cent amounts are refused.

    With `decimal_comma` a person may type "45,50" or "1.234,50" (the later mark is the
    decimal one); ClientBook's own CSV turns it off, since its format says dot.
    """
    cleaned = "".join(text.split())
    if not cleaned:
        return Decimal("0.00")
    if decimal_comma:
        if "," in cleaned and "." in cleaned:
            thousands = "," if cleaned.rfind(",") < cleaned.rfind(".") else "."
            cleaned = cleaned.replace(thousands, "")
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except (InvalidOperation, ValueError):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "%1 %2 is not an amount; write it like 45.50."),
            name, repr(text.strip()), field="spend") from None
    if not value.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 %2 is not an amount."),
                              name, repr(text.strip()), field="spend")
    if value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 %2 is negative."),
                              name, repr(text.strip()), field="spend")
    if value >= MAX_AMOUNT:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 %2 is too large for an amount."),
                              name, _short(text), field="spend")
    if value != value.quantize(CENT):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 %2 has more than two decimals."),
                              name, repr(text.strip()), field="spend")
    return value.quantize(CENT)


def _short(text: str, limit: int = 30) -> str:
    text = text.strip()
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")

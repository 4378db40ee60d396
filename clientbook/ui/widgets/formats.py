"""Dates and money in the interface language: the formats every page shares."""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

CURRENCY_SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "UAH": "₴", "CNY": "¥", "JPY": "¥"}


def is_cjk(ch: str) -> bool:
    return unicodedata.name(ch, "").startswith(
        ("CJK UNIFIED", "CJK COMPATIBILITY IDEOGRAPH", "HANGUL", "HIRAGANA", "KATAKANA"))



def day_month(day: date, short: bool = False) -> str:
    """'Friday 27 Nov' ('Fri 27 Nov' if short) in the user's locale: its long date format
    without the year."""
    loc = QLocale()
    fmt = re.sub(r"[\s,\u202f]*('[^']*'\s*)?yyyy([\s\u202f]*'[^']*'\.?)?[年년]?\s*", " ",
                 loc.dateFormat(QLocale.FormatType.LongFormat))
    fmt = fmt.strip().replace("MMMM", "MMM").replace("dddd,", "dddd")
    if short:
        fmt = fmt.replace("dddd", "ddd")
    return loc.toString(QDate(day.year, day.month, day.day), fmt)


def full_date(day: date) -> str:
    """'17 Nov 2026': the locale's long date, without weekday, always with a 4-digit year."""
    loc = QLocale()
    fmt = re.sub(r"[,\s]*dddd[,\s]*", " ", loc.dateFormat(QLocale.FormatType.LongFormat))
    return loc.toString(QDate(day.year, day.month, day.day), fmt.strip().replace("MMMM", "MMM"))


def capitals(text: str) -> str:
    """A heading in capitals by the language's rules (Greek capitals drop their accents)."""
    return QLocale().toUpper(text)


def money(amount: Decimal, currency: str) -> str:
    loc = QLocale()
    if loc.language() == QLocale.Language.C:  # C would print "45.00€"
        loc = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return loc.toCurrencyString(float(amount), CURRENCY_SYMBOLS.get(currency.upper(), currency))

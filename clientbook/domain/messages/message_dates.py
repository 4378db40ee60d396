"""Dates, times and counts written the way each message language writes them (no locale needed).

A message goes to the client in the client's language, not the desk's, so these forms cannot
come from the computer's locale. Greek and Ukrainian need the genitive month ("3 Δεκεμβρίου",
"3 грудня"); Greek puts the weekday's article in the date ("την Πέμπτη", but "το Σάββατο"),
so a template reads "το ραντεβού σας {date}"; Ukrainian counts have three plural forms.
"""

from __future__ import annotations

from datetime import date, time

MESSAGE_LANGUAGES = ("en", "es", "zh_CN", "el", "uk")
DEFAULT_LANGUAGE = "en"

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "es": ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "zh_CN": ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    # Accusative with its article: "on Thursday" is "την Πέμπτη", "on Saturday" "το Σάββατο".
    "el": ("τη Δευτέρα", "την Τρίτη", "την Τετάρτη", "την Πέμπτη", "την Παρασκευή",
           "το Σάββατο", "την Κυριακή"),
    "uk": ("понеділок", "вівторок", "середа", "четвер", "пʼятниця", "субота", "неділя"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
           "septiembre", "octubre", "noviembre", "diciembre"),
    # Genitive: "3 Δεκεμβρίου", "3 грудня".
    "el": ("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου",
           "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"),
    "uk": ("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
           "вересня", "жовтня", "листопада", "грудня"),
}


def message_language(code: str | None) -> str:
    """One of MESSAGE_LANGUAGES for `code` ("zh", "zh-CN", "EL"…), or "" when none fits."""
    if not code:
        return ""
    code = code.strip().replace("-", "_")
    for known in MESSAGE_LANGUAGES:
        if code.casefold() == known.casefold():
            return known
    if code.casefold() in {"zh", "zh_hans", "zh_sg"}:
        return "zh_CN"
    return ""


def long_date(day: date, language: str) -> str:
    """Weekday, day and month: "Thursday 3 December", "jueves 3 de diciembre",
    "12月3日（星期四）", "την Πέμπτη 3 Δεκεμβρίου", "3 грудня (четвер)"."""
    weekday = _WEEKDAYS.get(language, _WEEKDAYS["en"])[day.weekday()]
    if language == "zh_CN":
        return f"{day.month}月{day.day}日（{weekday}）"
    month = _MONTHS.get(language, _MONTHS["en"])[day.month - 1]
    if language == "es":
        return f"{weekday} {day.day} de {month}"
    if language == "uk":
        return f"{day.day} {month} ({weekday})"
    return f"{weekday} {day.day} {month}"


def clock_time(at: time, language: str) -> str:
    """24-hour time, as all five languages write it on a front desk's messages: "14:30", "9:05"."""
    del language  # the same in every message language today; kept for the call sites
    return f"{at.hour}:{at.minute:02d}"


def _uk_form(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def months_phrase(months: int | None, language: str) -> str:
    """How long it has been, to follow "for"/"hace"/"уже": "3 months", "1 μήνα", "5 місяців";
    None (never seen, or under a month) is "a while" in each language."""
    if months is None or months < 1:
        return {"es": "tiempo", "zh_CN": "一段时间", "el": "καιρό", "uk": "давно"}.get(
            language, "a while")
    n = months
    if language == "es":
        return f"{n} mes" if n == 1 else f"{n} meses"
    if language == "zh_CN":
        return f"{n}个月"
    if language == "el":
        return f"{n} μήνα" if n == 1 else f"{n} μήνες"
    if language == "uk":
        return f"{n} {_uk_form(n, 'місяць', 'місяці', 'місяців')}"
    return f"{n} month" if n == 1 else f"{n} months"


def whole_months(since: date, until: date) -> int:
    """Whole calendar months from `since` to `until` (0 when under a month)."""
    months = (until.year - since.year) * 12 + until.month - since.month
    if until.day < since.day:
        months -= 1
    return max(months, 0)

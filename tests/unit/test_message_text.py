"""Messages' words: each occasion in all five languages, date and plural forms, placeholders."""

from datetime import date, datetime, time

import pytest

from clientbook.domain.errors import ValidationError
from clientbook.domain.messages.message_dates import (
    MESSAGE_LANGUAGES,
    clock_time,
    long_date,
    message_language,
    months_phrase,
    whole_months,
)
from clientbook.domain.messages.messages import (
    PLACEHOLDERS,
    Occasion,
    Recipient,
    check_template,
    default_subject,
    default_template,
    fill_template,
    values_for,
)

THURSDAY = datetime(2026, 12, 3, 14, 30)
SATURDAY = datetime(2026, 12, 5, 9, 5)


def _text(occasion, language, **kw):
    r = Recipient(display_name="Anna Smith", given_name="Anna", designer="Mei",
                  firm="Salon Luz", reward="a free dessert", at=THURSDAY, months=3, **kw)
    return fill_template(default_template(occasion, language), values_for(r, language))


@pytest.mark.parametrize("language, expected", [
    ("en", "on Thursday 3 December at 14:30 with Mei"),
    ("es", "su cita del jueves 3 de diciembre a las 14:30 con Mei"),
    ("zh_CN", "您的预约时间为12月3日（星期四）14:30，由Mei为您服务"),
    ("el", "το ραντεβού σας την Πέμπτη 3 Δεκεμβρίου στις 14:30 (Mei)"),
    ("uk", "Ви записані на 3 грудня (четвер) о 14:30 (Mei)"),
])
def test_reminder_names_day_time_and_designer_in_each_language(language, expected):
    text = _text(Occasion.REMINDER, language)
    assert expected in text
    assert text.endswith("Salon Luz")
    assert "{" not in text


@pytest.mark.parametrize("occasion", list(Occasion))
@pytest.mark.parametrize("language", MESSAGE_LANGUAGES)
def test_every_occasion_has_a_filled_formal_text_in_every_language(occasion, language):
    text = _text(occasion, language)
    assert "Anna" in text and "{" not in text and "}" not in text
    formal = {"es": ("le ", "su ", "usted"), "uk": ("Вас", "Ви"), "el": ("σας",),
              "zh_CN": ("您",), "en": ("you", "Hello", "Happy")}[language]
    assert occasion == Occasion.FREE or any(word in text for word in formal), text
    informal = {"es": (" tu ", " te ", "¿Cómo estás"), "uk": (" ти ", " тебе", " твій"),
                "el": (" σου ", " σε "), "zh_CN": ("你",), "en": ()}[language]
    assert not any(word in text for word in informal), text
    check_template(default_template(occasion, language))  # the shipped ones pass the check
    assert "{" not in default_subject(occasion, language)


def test_reward_and_winback_say_the_reward_and_how_long():
    assert "a free dessert" in _text(Occasion.REWARD, "en")
    assert "hace 3 meses que no le vemos" in _text(Occasion.WINBACK, "es")
    assert "уже 3 місяці" in _text(Occasion.WINBACK, "uk")
    assert "Έχουμε να σας δούμε 3 μήνες" in _text(Occasion.WINBACK, "el")
    assert "已经3个月了" in _text(Occasion.WINBACK, "zh_CN")


@pytest.mark.parametrize("language, forms", [
    ("en", {1: "1 month", 2: "2 months", None: "a while"}),
    ("es", {1: "1 mes", 5: "5 meses", None: "tiempo"}),
    ("zh_CN", {1: "1个月", 14: "14个月", None: "一段时间"}),
    ("el", {1: "1 μήνα", 3: "3 μήνες", None: "καιρό"}),
    ("uk", {1: "1 місяць", 2: "2 місяці", 4: "4 місяці", 5: "5 місяців", 11: "11 місяців",
            12: "12 місяців", 14: "14 місяців", 21: "21 місяць", 22: "22 місяці",
            None: "давно"}),
])
def test_months_take_each_languages_plural_forms(language, forms):
    for n, expected in forms.items():
        assert months_phrase(n, language) == expected


def test_greek_dates_carry_the_weekdays_article_and_genitive_month():
    assert long_date(SATURDAY.date(), "el") == "το Σάββατο 5 Δεκεμβρίου"
    assert long_date(THURSDAY.date(), "el") == "την Πέμπτη 3 Δεκεμβρίου"
    assert long_date(date(2026, 5, 4), "el") == "τη Δευτέρα 4 Μαΐου"
    assert long_date(date(2026, 5, 4), "uk") == "4 травня (понеділок)"
    assert long_date(date(2026, 5, 4), "es") == "lunes 4 de mayo"
    assert long_date(date(2026, 5, 4), "zh_CN") == "5月4日（星期一）"
    assert long_date(date(2026, 5, 4), "en") == "Monday 4 May"
    assert clock_time(time(9, 5), "el") == "9:05"


def test_whole_months_count_only_completed_months():
    assert whole_months(date(2026, 8, 22), date(2026, 11, 22)) == 3
    assert whole_months(date(2026, 8, 23), date(2026, 11, 22)) == 2
    assert whole_months(date(2026, 11, 1), date(2026, 11, 22)) == 0


def test_a_value_is_never_read_again_as_a_placeholder():
    values = values_for(Recipient(display_name="{designer}", given_name="{designer}",
                                  designer="Mei {firm}", firm="%1 & Co"), "en")
    text = fill_template("Hi {first_name}, {designer} at {firm}", values)
    assert text == "Hi {designer}, Mei {firm} at %1 & Co"


def test_unknown_placeholders_are_refused_and_known_ones_pass():
    with pytest.raises(ValidationError, match=r"\{nombre\} is not a placeholder"):
        check_template("Hola {nombre}")
    with pytest.raises(ValidationError):
        check_template("   ")
    text = " ".join("{" + p + "}" for p in PLACEHOLDERS)
    assert check_template(f"  {text}\r\n") == text
    assert check_template("Smile :-} {") == "Smile :-} {"  # lone braces are just text


def test_unfilled_gaps_read_naturally():
    values = values_for(Recipient(display_name="王小明"), "zh_CN")
    assert values["first_name"] == "王小明" and values["address_as"] == "王小明"
    assert values["designer"] == "我们的团队"
    assert values["reward"] == "一份小礼物"
    text = fill_template(default_template(Occasion.BIRTHDAY, "en"),
                         values_for(Recipient(display_name="Ann Lee"), "en"))
    assert text.endswith("seeing you soon.")  # no empty signature line


def test_language_codes_are_read_loosely():
    assert message_language("zh") == "zh_CN"
    assert message_language("ZH-cn") == "zh_CN"
    assert message_language("EL") == "el"
    assert message_language("fr") == ""

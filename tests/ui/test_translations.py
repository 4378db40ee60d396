"""Five languages: every .ts complete and faithful to its source, loaded, with plural forms."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from decimal import Decimal

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings

from clientbook.languages import LANGUAGES
from clientbook.ui import translations
from clientbook.ui.app import app as app_module
from clientbook.ui.settings.settings_dialog import SettingsDialog
from clientbook.ui.widgets.formats import capitals, full_date, money

FORMS = {"es": 2, "el": 2, "uk": 3, "zh_CN": 1, "en": 2}
TRANSLATED = ("es", "zh_CN", "el", "uk")
PLACEHOLDER = re.compile(r"%L?n|%\d+|\{\w+\}")


def messages(language: str):
    """(context, source, comment, numerus, translation element) for each message."""
    tree = ET.parse(translations.sources_dir() / f"clientbook_{language}.ts")
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield (name, message.findtext("source"), message.findtext("comment") or "",
                   message.get("numerus") == "yes", message.find("translation"))


def texts(numerus: bool, translation) -> list[str]:
    if numerus:
        return [form.text or "" for form in translation.iter("numerusform")]
    return [translation.text or ""]


def mnemonics(text: str) -> int:
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


@pytest.fixture
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    translations.compile_translations(folder)
    yield folder
    translations.install_language("en", QLocale.system(), folder)


def test_the_sources_hold_every_string_in_the_code(tmp_path):
    """A string added to the code without updating the .ts files fails here."""
    for ts in translations.sources_dir().glob("clientbook_*.ts"):
        shutil.copy(ts, tmp_path / ts.name)
    translations.update_sources(tmp_path)
    for language in LANGUAGES:
        fresh = {m[:3] for m in messages_in(tmp_path / f"clientbook_{language}.ts")}
        kept = {m[:3] for m in messages(language)}
        assert fresh - kept == set(), f"{language}: run python -m clientbook.ui.translations update"
        assert kept - fresh == set(), f"{language}: strings no longer in the code"


def messages_in(path):
    tree = ET.parse(path)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            yield (context.findtext("name"), message.findtext("source"),
                   message.findtext("comment") or "")


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_message_is_translated(language):
    missing = [(ctx, src) for ctx, src, _, numerus, tr in messages(language)
               if tr.get("type") in ("unfinished", "vanished", "obsolete")
               or not all(t.strip() for t in texts(numerus, tr))
               or (numerus and len(texts(numerus, tr)) != FORMS[language])]
    assert missing == []


def test_english_gives_every_plural_its_singular():
    plurals = [(src, texts(True, tr)) for _, src, _, numerus, tr in messages("en") if numerus]
    assert plurals
    assert [src for src, forms in plurals if len(forms) != 2 or not all(forms)] == []


@pytest.mark.parametrize("language", (*TRANSLATED, "en"))
def test_translations_keep_every_placeholder_and_one_mnemonic(language):
    wrong = []
    for ctx, src, _, numerus, tr in messages(language):
        for text in texts(numerus, tr):
            if not text:
                continue  # English: the source is the text
            want, got = Counter(PLACEHOLDER.findall(src)), Counter(PLACEHOLDER.findall(text))
            if numerus:  # a plural form may spell out "one" instead of %n
                want.pop("%n", None), got.pop("%n", None)
                want.pop("%Ln", None), got.pop("%Ln", None)
            if want != got or mnemonics(src) != mnemonics(text):
                wrong.append((ctx, src, text))
    assert wrong == []


def test_plural_forms_follow_each_language(compiled):
    def birthdays(language, n):
        """The sentence for n birthdays, its number masked: the form alone remains."""
        translations.install_language(language, QLocale("C"), compiled)
        text = QCoreApplication.translate("ReminderWords", "%n birthdays today: %1", "", n)
        assert str(n) in text
        return re.sub(r"(?<![%\d])\d+", "#", text)

    assert birthdays("en", 1) == "# birthday today: %1"
    assert birthdays("en", 3) == "# birthdays today: %1"
    one, few, many = birthdays("uk", 1), birthdays("uk", 3), birthdays("uk", 5)
    assert len({one, few, many}) == 3
    assert (birthdays("uk", 21), birthdays("uk", 22), birthdays("uk", 11)) == (one, few, many)
    for language in ("es", "el"):
        assert birthdays(language, 1) != birthdays(language, 3)
    assert birthdays("zh_CN", 1) == birthdays("zh_CN", 3)


@pytest.mark.parametrize(("language", "cancel"), [
    ("es", "Cancelar"), ("el", "Ακύρωση"), ("uk", "Скасувати"), ("zh_CN", "取消")])
def test_qts_own_buttons_speak_the_language(compiled, language, cancel):
    translations.install_language(language, QLocale("C"), compiled)
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"


@pytest.mark.parametrize("language", TRANSLATED)
def test_dates_and_money_follow_the_language_with_four_digit_years(compiled, language):
    locale = translations.install_language(language, QLocale("C"), compiled)
    assert QLocale().name() == locale.name() and locale.name().startswith(language[:2])
    assert "2026" in full_date(QDate(2026, 3, 9).toPython())
    amount = money(Decimal("1234.50"), "EUR")
    assert locale.toString(1234.5, "f", 2).replace(locale.groupSeparator(), "")[-3] in amount


def test_formats_keep_the_system_country_when_it_speaks_the_language(compiled):
    mexico = QLocale(QLocale.Language.Spanish, QLocale.Country.Mexico)
    assert translations.install_language("es", mexico, compiled).name() == "es_MX"
    assert translations.install_language("uk", mexico, compiled).name() == "uk_UA"


@pytest.mark.parametrize(("system", "chosen", "expected"), [
    ("uk_UA", None, "uk"), ("zh_TW", None, "zh_CN"), ("de_DE", None, "en"), ("C", None, "en"),
    ("el_GR", "", "el"), ("el_GR", "es", "es"), ("es_ES", "klingon", "es")])
def test_the_language_follows_the_system_unless_one_is_chosen(system, chosen, expected):
    assert translations.pick_language(chosen, QLocale(system)) == expected


def test_the_chosen_language_is_kept_beside_the_data(tmp_path, compiled, monkeypatch):
    monkeypatch.setattr(translations, "qm_dir", lambda: compiled)
    assert app_module.set_language(tmp_path) == translations.pick_language(None, QLocale.system())
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    ini.setValue(translations.SETTING, "el")
    ini.sync()
    assert app_module.set_language(tmp_path) == "el"
    assert QCoreApplication.translate("MainWindow", "&File") != "&File"
    assert app_module.set_language(tmp_path, "uk") == "uk"  # --language wins for one run


def test_settings_offers_each_language_in_its_own_name_and_keeps_the_choice(
        qtbot, session, answers, tmp_path):
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    dialog = SettingsDialog(session, None, ini)
    qtbot.addWidget(dialog)
    combo = dialog.language_combo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "System default", "English", "Español", "简体中文", "Ελληνικά", "Українська"]
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("uk"))
    dialog.accept()
    assert ini.value(translations.SETTING) == "uk"
    assert answers[-1][0] == "info" and "Українська" in answers[-1][2]
    assert QCoreApplication.translate("MainWindow", "&File") == "&File"  # until the next start

    shown = len(answers)
    again = SettingsDialog(session, None, ini)
    qtbot.addWidget(again)
    assert again.language_combo.currentData() == "uk"
    again.accept()
    assert len(answers) == shown  # nothing changed, nothing to say


def test_a_source_checkout_compiles_once_into_the_cache(tmp_path, monkeypatch):
    sources = tmp_path / "translations"
    shutil.copytree(translations.sources_dir(), sources,
                    ignore=shutil.ignore_patterns("*.qm"))
    monkeypatch.setattr(translations, "sources_dir", lambda: sources)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    folder = translations.qm_dir()
    assert folder.is_relative_to(tmp_path / "cache")
    assert {p.name for p in folder.glob("clientbook_*.qm")} == {
        f"clientbook_{code}.qm" for code in LANGUAGES}
    stamp = (folder / "clientbook_uk.qm").stat().st_mtime_ns
    assert translations.qm_dir() == folder
    assert (folder / "clientbook_uk.qm").stat().st_mtime_ns == stamp  # not compiled again


def test_a_bundle_uses_the_files_compiled_beside_the_sources(tmp_path, monkeypatch):
    sources = tmp_path / "translations"
    shutil.copytree(translations.sources_dir(), sources)
    translations.compile_translations(sources, sources)
    monkeypatch.setattr(translations, "sources_dir", lambda: sources)
    assert translations.qm_dir() == sources


def test_card_headings_in_capitals_follow_the_language(compiled):
    translations.install_language("el", QLocale("C"), compiled)
    assert capitals("Να είναι έτοιμα") == "ΝΑ ΕΙΝΑΙ ΕΤΟΙΜΑ"  # Greek capitals carry no accents
    translations.install_language("es", QLocale("C"), compiled)
    assert capitals("Atención") == "ATENCIÓN"


def test_going_back_to_the_system_language_says_so(qtbot, session, answers, tmp_path):
    ini = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    ini.setValue(translations.SETTING, "el")
    dialog = SettingsDialog(session, None, ini)
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(0)
    dialog.accept()
    assert ini.value(translations.SETTING) == ""
    assert "follow the system's language" in answers[-1][2]


def test_translations_that_cannot_be_compiled_leave_the_window_in_english(tmp_path, monkeypatch):
    sources = tmp_path / "translations"
    shutil.copytree(translations.sources_dir(), sources,
                    ignore=shutil.ignore_patterns("*.qm"))
    (sources / "clientbook_es.ts").write_text("<TS><context>broken", encoding="utf-8")
    monkeypatch.setattr(translations, "sources_dir", lambda: sources)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    assert translations.qm_dir() == sources  # no .qm there: nothing is installed


def test_spin_box_units_agree_with_their_number(qtbot, session, tmp_path):
    dialog = SettingsDialog(session, None, QSettings(str(tmp_path / "w.ini"),
                                                     QSettings.Format.IniFormat))
    qtbot.addWidget(dialog)
    spin = dialog.contact.quiet_spin
    spin.setValue(1)
    assert spin.text() == "1 day"
    spin.setValue(7)
    assert spin.text() == "7 days"
    dialog.birthday_spin.setValue(0)
    assert dialog.birthday_spin.text() == "Today only"

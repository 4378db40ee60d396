"""Consent for health notes in the window: the client form's checkbox and the card's flag."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFrame, QLabel

from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.briefing.card_printer import card_html
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.session import Session
from tests.conftest import NOW

CONSENT = datetime(2026, 3, 14, 10, 30)
LATEX = Preference(PreferenceCategory.HEALTH, "latex", "anaphylaxis risk")
TEA = Preference(PreferenceCategory.DRINK, "Earl Grey", "no sugar")
FLAG = "No consent recorded for health notes — ask the client"


@pytest.fixture(autouse=True)
def english_dates():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def session(book, qapp, answers):
    return Session(book)


def add(book, consent=None, *prefs) -> Client:
    client = Client(display_name="Олена Шевченко", preferences=[replace(p) for p in prefs],
                    health_consent_at=consent)
    book.clients.add(client)
    return book.clients.get(client.id)


def dialog_for(qtbot, session, client=None) -> ClientDialog:
    dialog = ClientDialog(session, client)
    qtbot.addWidget(dialog)
    return dialog


def add_health_row(dialog: ClientDialog, value="nut allergy") -> None:
    model = dialog.preferences.model
    row = model.add_row(Preference(PreferenceCategory.HEALTH, value))
    assert row == model.rowCount() - 1


def note_shown(dialog: ClientDialog) -> bool:
    return not dialog.prefs_section.consent_note.isHidden()


# The client form ----------------------------------------------------------------------------

def test_ticking_consent_stores_the_clock_time(qtbot, session):
    client = add(session.book, None, LATEX)
    dialog = dialog_for(qtbot, session, client)
    check = dialog.prefs_section.consent_check
    assert not check.isChecked()
    check.setChecked(True)
    assert "recorded on 22 Nov 2026" in check.text()
    assert dialog.is_dirty()
    assert dialog.save() is not None
    assert session.book.clients.get(client.id).health_consent_at == NOW


def test_unticking_clears_the_consent(qtbot, session):
    client = add(session.book, CONSENT, LATEX)
    dialog = dialog_for(qtbot, session, client)
    check = dialog.prefs_section.consent_check
    assert check.isChecked() and "recorded on 14 Mar 2026" in check.text()
    check.setChecked(False)
    assert "recorded" not in check.text()
    assert dialog.save() is not None
    assert session.book.clients.get(client.id).health_consent_at is None


def test_ticking_again_keeps_the_date_the_client_gave_it(qtbot, session):
    client = add(session.book, CONSENT, LATEX)
    dialog = dialog_for(qtbot, session, client)
    check = dialog.prefs_section.consent_check
    check.setChecked(False)
    check.setChecked(True)
    assert not dialog.is_dirty()
    assert dialog.save() is not None
    assert session.book.clients.get(client.id).health_consent_at == CONSENT


def test_health_notes_without_consent_show_a_note_but_save(qtbot, session):
    dialog = dialog_for(qtbot, session)
    dialog.name_edit.setText("Ζωή Παπαδοπούλου")
    assert not note_shown(dialog)
    add_health_row(dialog)
    assert note_shown(dialog)
    note = dialog.prefs_section.consent_note
    assert "no consent is recorded" in note.text()
    saved = dialog.save()
    assert saved is not None  # never blocked: the allergy must reach the card
    stored = session.book.clients.get(saved.id)
    assert [p.value for p in stored.preferences] == ["nut allergy"]
    assert stored.health_consent_at is None
    dialog.prefs_section.consent_check.setChecked(True)
    assert not note_shown(dialog)


def test_no_note_without_health_notes(qtbot, session):
    dialog = dialog_for(qtbot, session, add(session.book, None, TEA))
    assert not note_shown(dialog)
    assert not dialog.prefs_section.consent_check.isChecked()


# The briefing card --------------------------------------------------------------------------

@pytest.fixture
def card(qtbot):
    widget = BriefingCard()
    qtbot.addWidget(widget)
    widget.resize(560, 680)
    widget.show()
    return widget


def flags(card: BriefingCard) -> list[QLabel]:
    return card.findChildren(QLabel, "cardConsentMissing")


def test_the_card_flags_health_notes_kept_without_consent(card, book):
    client = add(book, None, TEA, LATEX)
    card.show_briefing(book.briefing(client.id))
    (flag,) = flags(card)
    assert flag.text() == FLAG
    assert flag in card.findChild(QFrame, "cardAvoid").findChildren(QLabel)  # "Please avoid"
    text = card.plain_text()
    assert "latex" in text and FLAG in text  # the allergy is still shown
    assert text.index("latex") < text.index(FLAG)


def test_no_flag_with_consent_or_without_health_notes(card, book):
    for client in (add(book, CONSENT, LATEX), add(book, None, TEA)):
        card.show_briefing(book.briefing(client.id))
        assert flags(card) == []
        assert FLAG not in card.plain_text()


def test_the_printed_card_carries_the_flag_too(book):
    missing = add(book, None, LATEX)
    given = add(book, CONSENT, LATEX)
    assert FLAG in card_html(book.briefing(missing.id))
    assert FLAG not in card_html(book.briefing(given.id))

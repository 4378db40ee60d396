"""The client form's preferences, with the consent that keeping health notes needs.

Allergies and health conditions (preferences in the Health category) are special-category
personal data: they may be kept only with the client's consent, recorded with its date.
Saving is never blocked for want of it: the allergy must still reach the briefing card
(safety first). The missing consent is flagged here and on the card instead.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from clientbook.domain.models import Preference
from clientbook.ui.clients.preferences_editor import PreferencesEditor
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.plain_text import plain

NOTE_STYLE = ("background: #fff3ec; color: #7c2d12; border: 1px solid #f4b78f;"
              " border-radius: 4px; padding: 4px 8px;")


class PreferencesSection(QWidget):
    """The preferences table, the health-consent checkbox and a note when consent is missing.

    Ticking the box records the clock's time (`now()`); unticking clears it; ticking again
    in the same sitting brings back the consent the client had already given.
    """

    def __init__(self, preferences: list[Preference], consent_at: datetime | None,
                 now: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesSection")
        self._now = now
        self._given = consent_at
        """The consent stored before this form was opened (kept if ticked again)."""
        self._consent_at = consent_at
        self.editor = PreferencesEditor(preferences, self)
        self.editor.setMinimumHeight(170)
        label = QLabel(self.tr("Pr&eferences (how they like things, and what not to do):"))
        label.setBuddy(self.editor.view)

        self.consent_check = QCheckBox(objectName="healthConsent")
        self.consent_check.setAccessibleName(self.tr("Consent to keep health notes"))
        self.consent_check.setToolTip(self.tr(
            "Allergies and health conditions (the Allergy/health preferences) are sensitive "
            "personal data: keep them only with the client's consent. Tick when they agree; "
            "the date is recorded."))
        self.consent_check.setChecked(consent_at is not None)
        self.consent_note = plain(QLabel(objectName="healthConsentMissing"), self.tr(
            "⚠ This client has health notes but no consent is recorded. Ask them, then tick "
            "the box. The notes are saved and shown on the card either way."))
        self.consent_note.setWordWrap(True)
        self.consent_note.setStyleSheet(NOTE_STYLE)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.editor, 1)
        layout.addWidget(self.consent_check)
        layout.addWidget(self.consent_note)

        self.consent_check.toggled.connect(self._toggled)
        self.editor.edited.connect(self._update)
        self._update()

    def _toggled(self, checked: bool) -> None:
        self._consent_at = (self._given or self._now()) if checked else None
        self._update()

    def _update(self) -> None:
        text = self.tr("Consent to &keep health notes (allergies, conditions)")
        if self._consent_at is not None:
            text = self.tr("{consent} — recorded on {date}").format(
                consent=text, date=full_date(self._consent_at.date()))
        self.consent_check.setText(text)
        self.consent_note.setVisible(self.consent_missing())

    # -- reading ------------------------------------------------------------------------------

    def preferences(self) -> list[Preference]:
        return self.editor.preferences()

    def consent_at(self) -> datetime | None:
        """When the client consented to health notes being kept; None when they have not."""
        return self._consent_at

    def consent_missing(self) -> bool:
        """Health notes are in the table but the box is not ticked."""
        return self._consent_at is None and any(p.is_health for p in self.preferences())

    def state(self) -> tuple:
        """What the person can change here, to tell whether there is anything to lose."""
        prefs = tuple((p.category, p.value, p.detail, p.avoid) for p in self.preferences())
        return prefs, self._consent_at

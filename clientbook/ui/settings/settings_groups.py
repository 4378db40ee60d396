"""Settings groups for contacting clients and privacy, and the labelled row they share."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from clientbook.domain.care.contact_rules import MAX_QUIET_DAYS
from clientbook.services.settings import MAX_CALLBACK_MINUTES, MAX_RETENTION_YEARS
from clientbook.ui.widgets.form_dialog import plural_suffix
from clientbook.ui.widgets.labels import text_label


def group_row(form: QFormLayout, label: str, field: QWidget | QHBoxLayout, buddy: QWidget,
               accessible: str) -> QLabel:
    """A labelled row whose mnemonic focuses `buddy`; the label, to disable along with it."""
    text = QLabel(label)
    text.setBuddy(buddy)
    buddy.setAccessibleName(accessible)
    form.addRow(text, field)
    return text


class ContactGroup(QGroupBox):
    """Firm-wide contacting: the quiet period between contacts and the callback target."""

    def __init__(self, stored: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Contacting clients"))
        self.setObjectName("contactGroup")
        self.quiet_spin = QSpinBox(objectName="quietDays")
        self.quiet_spin.setRange(0, MAX_QUIET_DAYS)
        self.quiet_spin.setValue(int(stored("quiet_days")))
        plural_suffix(self.quiet_spin, lambda n: self.tr(" days", "spin box suffix", n))
        self.quiet_spin.setSpecialValueText(self.tr("No limit"))
        self.quiet_spin.setToolTip(self.tr(
            "At most one call, text or e-mail to a client every so many days; 0 = no limit"))
        self.callback_spin = QSpinBox(objectName="callbackMinutes")
        self.callback_spin.setRange(0, MAX_CALLBACK_MINUTES)
        self.callback_spin.setValue(int(stored("callback_minutes")))
        plural_suffix(self.callback_spin, lambda n: self.tr(" minutes", "spin box suffix", n))
        self.callback_spin.setSpecialValueText(self.tr("Off"))
        self.callback_spin.setToolTip(self.tr(
            "How soon a promised callback should happen; 0 = no target"))
        hint = text_label(self.tr(
            "At most one call, text or e-mail every so many days (0 = no limit); a client's "
            "own wish on their card comes first."), "contactHint", selectable=False)

        form = QFormLayout(self)
        group_row(form, self.tr("&Quiet period:"), self.quiet_spin, self.quiet_spin,
                   self.tr("Quiet period in days"))
        group_row(form, self.tr("Callback &target:"), self.callback_spin, self.callback_spin,
                   self.tr("Callback target in minutes"))
        form.addRow(hint)
        self.field_widgets: dict[str, QWidget] = {"quiet_days": self.quiet_spin,
                                                  "callback_minutes": self.callback_spin}

    def typed(self) -> dict[str, str]:
        return {"quiet_days": str(self.quiet_spin.value()),
                "callback_minutes": str(self.callback_spin.value())}


class PrivacyGroup(QGroupBox):
    """Retention: after how many years without a visit a client is flagged (0 = never).

    Only a flag: the clients are listed under Follow-ups for a person to keep, archive or
    forget; nothing is deleted.
    """

    def __init__(self, stored: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Privacy"))
        self.setObjectName("privacyGroup")
        self.retention_spin = QSpinBox(objectName="retentionYears")
        self.retention_spin.setRange(0, MAX_RETENTION_YEARS)
        self.retention_spin.setSpecialValueText(self.tr("Off"))
        plural_suffix(self.retention_spin,
                      lambda n: self.tr(" years", "spin box suffix", n))
        self.retention_spin.setValue(int(stored("retention_years")))
        self.retention_spin.setToolTip(self.tr(
            "Clients with no visit or appointment for this many years are listed for you to "
            "review; 0 = off"))
        hint = text_label(self.tr("Never deletes anything; they are listed under Follow-ups."),
                          "retentionHint", selectable=False)

        form = QFormLayout(self)
        group_row(form, self.tr("&Flag clients not seen for:"), self.retention_spin,
                   self.retention_spin, self.tr("Flag clients not seen for, in years"))
        form.addRow(hint)
        self.field_widgets: dict[str, QWidget] = {"retention_years": self.retention_spin}

    def typed(self) -> dict[str, str]:
        return {"retention_years": str(self.retention_spin.value())}

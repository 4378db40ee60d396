"""A client's contact wishes in the client form: preferred channel, do-not-contact, quiet days,
and the language messages to them are written in."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.care.contact_rules import MAX_QUIET_DAYS
from clientbook.domain.messages.message_dates import MESSAGE_LANGUAGES
from clientbook.domain.models import ContactChannel, ContactPreference
from clientbook.languages import LANGUAGES
from clientbook.ui.widgets.form_dialog import plural_suffix

# The spin box value that stands for "follow the firm's default" (quiet_days None).
FIRM_DEFAULT = -1
NO_PREFERENCE = ""  # channel combo data for "No preference"
WHATSAPP = "whatsapp"  # texting, through WhatsApp (kept as SMS plus the app: see m008)


class ContactWishesEditor(QWidget):
    """Two compact lines; `changed` fires on any edit so the form can tell it is dirty."""

    changed = Signal()

    def __init__(self, firm_quiet_days: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactWishes")
        self.firm_quiet_days = firm_quiet_days

        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("preferredChannel")
        self.channel_combo.setAccessibleName(self.tr("Preferred channel"))
        self.channel_combo.setToolTip(self.tr("How the client prefers to be contacted"))
        for text, channel in (
            (self.tr("No preference"), NO_PREFERENCE),
            (self.tr("Phone call"), ContactChannel.CALL),
            (self.tr("Text message"), ContactChannel.SMS),
            ("WhatsApp", WHATSAPP),
            (self.tr("E-mail"), ContactChannel.EMAIL),
            (self.tr("In person"), ContactChannel.IN_PERSON),
        ):
            self.channel_combo.addItem(text, str(channel))

        self.quiet_spin = QSpinBox()
        self.quiet_spin.setObjectName("quietDays")
        self.quiet_spin.setRange(FIRM_DEFAULT, MAX_QUIET_DAYS)
        self.quiet_spin.setSpecialValueText(
            self.tr("Firm default (%n days)", "", firm_quiet_days))
        self.quiet_spin.setAccessibleName(self.tr("At most once every this many days"))
        self.quiet_spin.setToolTip(self.tr(
            "The shortest gap between calls, texts and e-mails to this client. "
            "0 means no limit."))
        self.quiet_spin.setValue(FIRM_DEFAULT)
        plural_suffix(self.quiet_spin, lambda n: self.tr(" days", "spin box suffix", n))
        quiet_label = QLabel(self.tr("At mo&st once every"))
        quiet_label.setBuddy(self.quiet_spin)

        self.do_not_contact_check = QCheckBox(self.tr("Do not conta&ct"))
        self.do_not_contact_check.setObjectName("doNotContact")
        self.do_not_contact_check.setAccessibleName(self.tr("Do not contact"))
        self.do_not_contact_check.setToolTip(self.tr(
            "The client asked not to be called, texted or e-mailed"))

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("clientLanguage")
        self.language_combo.setAccessibleName(self.tr("Language of messages"))
        self.language_combo.setToolTip(self.tr("The language messages to this client are "
                                               "written in"))
        self.language_combo.addItem(self.tr("The firm's language"), "")
        for code in MESSAGE_LANGUAGES:
            self.language_combo.addItem(LANGUAGES.get(code, code), code)
        language_label = QLabel(self.tr("Lang&uage:"))
        language_label.setBuddy(self.language_combo)

        first = QHBoxLayout()
        first.setContentsMargins(0, 0, 0, 0)
        first.addWidget(self.channel_combo)
        first.addSpacing(12)
        first.addWidget(quiet_label)
        first.addWidget(self.quiet_spin)
        first.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(first)
        second = QHBoxLayout()
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.do_not_contact_check)
        second.addSpacing(12)
        second.addWidget(language_label)
        second.addWidget(self.language_combo)
        second.addStretch(1)
        layout.addLayout(second)

        self.channel_combo.currentIndexChanged.connect(self.changed)
        self.quiet_spin.valueChanged.connect(self.changed)
        self.do_not_contact_check.toggled.connect(self.changed)
        self.language_combo.currentIndexChanged.connect(self.changed)

    def set_preference(self, pref: ContactPreference, app: str = "") -> None:
        """The client's wishes; `app` "whatsapp" with texting shows WhatsApp."""
        wanted = str(pref.channel) if pref.channel else NO_PREFERENCE
        if pref.channel == ContactChannel.SMS and app == WHATSAPP:
            wanted = WHATSAPP
        index = self.channel_combo.findData(wanted)
        self.channel_combo.setCurrentIndex(max(index, 0))
        self.do_not_contact_check.setChecked(pref.do_not_contact)
        self.quiet_spin.setValue(FIRM_DEFAULT if pref.quiet_days is None
                                 else min(max(pref.quiet_days, 0), MAX_QUIET_DAYS))

    def preference(self) -> ContactPreference:
        channel = self.channel_combo.currentData()
        days = self.quiet_spin.value()
        if channel == WHATSAPP:
            channel = str(ContactChannel.SMS)
        return ContactPreference(
            channel=ContactChannel(channel) if channel else None,
            do_not_contact=self.do_not_contact_check.isChecked(),
            quiet_days=None if days == FIRM_DEFAULT else days,
        )

    def set_language(self, code: str) -> None:
        """The client's own language code; "" follows the firm's."""
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(code), 0))

    def language(self) -> str:
        return str(self.language_combo.currentData() or "")

    def channel_name(self) -> str | None:
        """The preferred channel as `contact-wishes --channel` names it (None: none)."""
        data = self.channel_combo.currentData()
        return {"": None, str(ContactChannel.CALL): "phone"}.get(data, data)

"""The book's settings: currency, phone region, birthdays, the loyalty rule, contacting,
privacy (flagging clients not seen for years), opening hours; and this computer's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression, QSettings, QSize
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.care.loyalty import MAX_EVERY_VISITS, LoyaltyMode
from clientbook.domain.errors import ValidationError
from clientbook.domain.money import parse_money
from clientbook.domain.words import fill
from clientbook.languages import LANGUAGES
from clientbook.services import autostart
from clientbook.services.changes import Changes
from clientbook.services.settings import (
    DEFAULTS,
    MAX_BIRTHDAY_DAYS,
    MAX_NUDGE_MINUTES,
    MAX_REWARD_TEXT,
    check_setting,
)
from clientbook.ui import msgbox, translations
from clientbook.ui.feed.feed_dialog import FeedSettingsRow
from clientbook.ui.session import Session
from clientbook.ui.settings.desk_row import DeskNameRow
from clientbook.ui.settings.message_templates import TemplatesDialog
from clientbook.ui.settings.opening_hours import OpeningHoursGroup
from clientbook.ui.settings.settings_groups import ContactGroup, PrivacyGroup, group_row
from clientbook.ui.widgets.fit_screen import fit_dialog
from clientbook.ui.widgets.form_dialog import RecordDialog, plural_suffix

CURRENCIES = ("EUR", "GBP", "USD", "UAH", "CNY")
REGIONS = ("GB", "ES", "CN", "GR", "UA")


def _code_combo(codes: tuple[str, ...], current: str, letters: int) -> QComboBox:
    """An editable combo of upper-case codes that accepts at most `letters` letters."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(list(codes) if current in codes or not current else [current, *codes])
    combo.setCurrentText(current)
    combo.lineEdit().setValidator(QRegularExpressionValidator(
        QRegularExpression(f"[A-Za-z]{{0,{letters}}}"), combo))
    combo.lineEdit().setMaxLength(letters)
    return combo


class LoyaltyGroup(QGroupBox):
    """The loyalty rule (off, every N visits, by spend) and the reward, in the firm's words.

    Only the fields the chosen rule uses are enabled and saved; the others keep what is stored.
    """

    def __init__(self, stored: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Loyalty"))
        self.setObjectName("loyaltyGroup")
        self.mode_combo = QComboBox(objectName="loyaltyMode")
        for text, mode in ((self.tr("Off"), LoyaltyMode.OFF),
                           (self.tr("Every N visits"), LoyaltyMode.VISITS),
                           (self.tr("By spend"), LoyaltyMode.SPEND)):
            self.mode_combo.addItem(text, str(mode))
        self.mode_combo.setCurrentIndex(max(self.mode_combo.findData(stored("loyalty_mode")), 0))
        self.every_spin = QSpinBox(objectName="loyaltyEvery")
        self.every_spin.setRange(2, MAX_EVERY_VISITS)
        self.every_spin.setValue(int(stored("loyalty_every")))
        plural_suffix(self.every_spin, lambda n: self.tr(" visits", "spin box suffix", n))
        self.every_spin.setToolTip(self.tr("The visit that earns the reward, e.g. every 10th"))
        self.spend_edit = QLineEdit(stored("loyalty_spend"), objectName="loyaltySpend")
        self.spend_edit.setPlaceholderText(self.tr("e.g. 500"))
        self.spend_edit.setToolTip(self.tr("A reward each time a client has spent this much"))
        self.currency_label = QLabel()
        spend_row = QHBoxLayout()
        spend_row.addWidget(self.spend_edit, 1)
        spend_row.addWidget(self.currency_label)
        self.reward_edit = QLineEdit(stored("loyalty_reward"), objectName="loyaltyReward")
        self.reward_edit.setMaxLength(MAX_REWARD_TEXT)
        self.reward_edit.setPlaceholderText(self.tr("e.g. free Earl Grey and dessert"))
        self.reward_edit.setToolTip(self.tr("Shown on the briefing card when a reward is due"))

        form = QFormLayout(self)
        group_row(form, self.tr("&Rule:"), self.mode_combo, self.mode_combo,
                   self.tr("Loyalty rule"))
        self.labels = {
            "every": group_row(form, self.tr("E&very:"), self.every_spin, self.every_spin,
                                self.tr("Visits per reward")),
            "spend": group_row(form, self.tr("Spen&d per reward:"), spend_row, self.spend_edit,
                                self.tr("Spend per reward")),
            "reward": group_row(form, self.tr("Re&ward:"), self.reward_edit, self.reward_edit,
                                 self.tr("Reward")),
        }
        self.field_widgets: dict[str, QWidget] = {
            "loyalty_mode": self.mode_combo, "loyalty_every": self.every_spin,
            "loyalty_spend": self.spend_edit, "loyalty_reward": self.reward_edit}
        self.mode_combo.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    def mode(self) -> str:
        return self.mode_combo.currentData()

    def set_currency(self, code: str) -> None:
        code = code.strip().upper()
        self.currency_label.setText(code)
        self.spend_edit.setAccessibleName(fill(self.tr("Spend per reward in %1"), [code]))

    def _update_fields(self, *_args) -> None:
        mode = self.mode()
        enabled = {"every": mode == LoyaltyMode.VISITS, "spend": mode == LoyaltyMode.SPEND,
                   "reward": mode != LoyaltyMode.OFF}
        widgets = {"every": (self.every_spin,), "spend": (self.spend_edit, self.currency_label),
                   "reward": (self.reward_edit,)}
        for name, on in enabled.items():
            for widget in (self.labels[name], *widgets[name]):
                widget.setEnabled(on)

    def typed(self) -> dict[str, str]:
        """What the rule's fields say (only those the chosen rule uses), not yet checked."""
        mode = self.mode()
        values = {"loyalty_mode": mode}
        if mode == LoyaltyMode.VISITS:
            values["loyalty_every"] = str(self.every_spin.value())
        if mode == LoyaltyMode.SPEND:
            try:  # "1.234,50" and "1,234.50" as people type them; check_setting judges it
                values["loyalty_spend"] = str(parse_money(self.spend_edit.text()))
            except ValidationError:
                values["loyalty_spend"] = self.spend_edit.text()
        if mode != LoyaltyMode.OFF:
            values["loyalty_reward"] = self.reward_edit.text()
        return values


class SettingsDialog(RecordDialog):
    def __init__(self, session: Session, parent: QWidget | None = None,
                 window_settings: QSettings | None = None):
        super().__init__(session, parent)
        self.window_settings = window_settings
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        book = self.book

        self.currency_combo = _code_combo(CURRENCIES, book.setting("currency"), 3)
        self.currency_combo.setToolTip(self.tr("Three-letter ISO code, e.g. EUR or GBP"))
        self.region_combo = _code_combo(REGIONS, book.setting("phone_region"), 2)
        self.region_combo.lineEdit().setPlaceholderText(self.tr("none"))
        self.region_combo.setToolTip(self.tr(
            "Two-letter country code for numbers typed without +, e.g. GB, ES, CN, GR, UA"))
        self.birthday_spin = QSpinBox()
        self.birthday_spin.setRange(0, MAX_BIRTHDAY_DAYS)
        self.birthday_spin.setValue(self._birthday_days())
        self.birthday_spin.setSpecialValueText(self.tr("Today only"))
        plural_suffix(self.birthday_spin,
                      lambda n: self.tr(" days ahead", "spin box suffix", n))

        self.add_row(self.tr("&Currency:"), self.currency_combo, self.currency_combo,
                     self.tr("Currency"))
        self.add_row(self.tr("&Phone region:"), self.region_combo, self.region_combo,
                     self.tr("Phone region"))
        self.add_row(self.tr("&Birthday reminders:"), self.birthday_spin, self.birthday_spin,
                     self.tr("Birthday reminder days"))
        self.nudge_spin = QSpinBox(objectName="nudgeMinutes")
        self.nudge_spin.setRange(0, MAX_NUDGE_MINUTES)
        self.nudge_spin.setValue(int(self._stored("nudge_minutes")))
        self.nudge_spin.setSpecialValueText(self.tr("Off"))
        plural_suffix(self.nudge_spin,
                      lambda n: self.tr(" minutes before", "spin box suffix", n))
        self.nudge_spin.setToolTip(self.tr(
            "A reminder to open the client's briefing before each appointment"))
        self.add_row(self.tr("Appointment &nudge:"), self.nudge_spin, self.nudge_spin,
                     self.tr("Minutes before an appointment to remind you"))
        if window_settings is not None:
            self.language_combo = self._language_combo(window_settings)
            self.add_row(self.tr("&Language:"), self.language_combo, self.language_combo,
                         self.tr("Language"))
        self.desk_row = DeskNameRow(self.book, self)  # this computer's, not the book's
        self.add_row(self.tr("Des&k name:"), self.desk_row, self.desk_row,
                     self.tr("Desk name"))
        self.login_check = QCheckBox(self.tr("&Start ClientBook when I log in"),
                                     objectName="startAtLogin")
        self.login_check.setAccessibleName(self.tr("Start ClientBook when I log in"))
        self._login_was = autostart.is_enabled()  # what the desktop really has
        self.login_check.setChecked(self._login_was)
        self.form.addRow("", self.login_check)
        templates = QPushButton(self.tr("Messa&ge templates…"), objectName="templatesButton")
        templates.setAutoDefault(False)
        templates.setToolTip(self.tr("The firm's name and the words of messages to clients"))
        templates.clicked.connect(lambda: TemplatesDialog.edit(self, self.session))
        self.form.addRow("", templates)
        self.feed_row = FeedSettingsRow(self.session, self)  # kept apart from the book
        self.add_row(self.tr("Calendar feed:"), self.feed_row, self.feed_row.button,
                     self.tr("Calendar feed"))
        self.loyalty = LoyaltyGroup(self._stored, self)
        self.contact = ContactGroup(self._stored, self)
        self.privacy = PrivacyGroup(self._stored, self)
        self.opening = OpeningHoursGroup(self._stored, self)
        # Two columns of groups, so the dialog fits a 1024×600 screen.
        columns = QHBoxLayout()
        for groups in ((self.loyalty, self.contact), (self.privacy, self.opening)):
            column = QVBoxLayout()
            for group in groups:
                column.addWidget(group)
            column.addStretch(1)
            columns.addLayout(column, 1)
        layout = self.layout()
        layout.insertLayout(layout.indexOf(self.error_label), columns)
        self.currency_combo.currentTextChanged.connect(self.loyalty.set_currency)
        self.loyalty.set_currency(self.currency_combo.currentText())
        self.field_widgets = {"currency": self.currency_combo, "phone_region": self.region_combo,
                              "birthday_days": self.birthday_spin,
                              "nudge_minutes": self.nudge_spin,
                              **self.loyalty.field_widgets, **self.contact.field_widgets,
                              **self.privacy.field_widgets, **self.opening.field_widgets}
        self.currency_combo.setFocus()
        fit_dialog(self, QSize(460, 0))  # Save stays on screen at 1024×600

    def _language_combo(self, window_settings: QSettings) -> QComboBox:
        """"System default" and each language under its own name; this computer only."""
        combo = QComboBox(objectName="language")
        combo.addItem(self.tr("System default"), "")
        for code, name in LANGUAGES.items():
            combo.addItem(name, code)
        combo.setCurrentIndex(max(0, combo.findData(
            str(window_settings.value(translations.SETTING, "") or ""))))
        combo.setToolTip(self.tr("The language of ClientBook's window on this computer"))
        return combo

    def _save_language(self) -> None:
        """Keep the chosen language for the next start (the open window keeps its words)."""
        code = self.language_combo.currentData()
        if code == (self.window_settings.value(translations.SETTING, "") or ""):
            return
        self.window_settings.setValue(translations.SETTING, code)
        self.window_settings.sync()
        text = (fill(self.tr("ClientBook will use %1 the next time it starts."),
                     [self.language_combo.currentText()]) if code else self.tr(
            "ClientBook will follow the system's language the next time it starts."))
        msgbox.info(self, self.tr("Language"), text)

    def _stored(self, key: str) -> str:
        """The stored value as the form should show it; the default if it was damaged."""
        try:
            return check_setting(key, self.book.setting(key))
        except ValidationError:
            return DEFAULTS[key]

    def show_error(self, message: str, field: str | None = None) -> None:
        super().show_error(message, field)
        # Grow to fit the error line rather than squeeze the wrapped hints above it.
        self.resize(self.width(), max(self.height(), self.sizeHint().height()))

    def _birthday_days(self) -> int:
        try:
            days = int(self.book.setting("birthday_days"))
        except ValueError:
            days = 7
        return min(max(days, 0), MAX_BIRTHDAY_DAYS)

    def values(self) -> dict[str, str]:
        """What the form says, as it will be stored; raises ValidationError naming the field."""
        typed = {"currency": self.currency_combo.currentText(),
                 "phone_region": self.region_combo.currentText(),
                 "birthday_days": str(self.birthday_spin.value()),
                 "nudge_minutes": str(self.nudge_spin.value()),
                 **self.loyalty.typed(), **self.contact.typed(), **self.privacy.typed(),
                 **self.opening.typed()}
        return {key: check_setting(key, value) for key, value in typed.items()}

    def build(self) -> tuple[dict[str, str], Callable[[], Changes]]:
        """The record is what this save changes (key → stored value); empty if nothing."""
        values = self.values()
        changed = {key: value for key, value in values.items()
                   if self.book.setting(key) != value}
        return changed, lambda: self.book.update_settings(values)

    def save(self):
        """Save the settings, then add or remove the start-at-login entry if it changed."""
        saved = super().save()
        if saved is not None and not self.desk_row.save():
            return None
        if saved is not None and self.window_settings is not None:
            self._save_language()
        wanted = self.login_check.isChecked()
        if saved is not None and wanted != self._login_was:
            try:
                autostart.apply_start_at_login(
                    wanted, autostart.launch_command(self.book.path.parent))
            except OSError as exc:
                self.show_error(fill(self.tr("Could not change starting at login: %1"), [exc]))
                return None
            self._login_was = wanted
        return saved

    @classmethod
    def edit(cls, parent: QWidget | None, session: Session,
             window_settings: QSettings | None = None) -> dict[str, str] | None:
        """Show the dialog; the settings it changed, or None if cancelled."""
        return cls(session, parent, window_settings).run()

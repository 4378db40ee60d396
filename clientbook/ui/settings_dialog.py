"""The book's settings: currency, default phone region, how far ahead birthdays show."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QSpinBox, QWidget

from clientbook.services.changes import Changes
from clientbook.services.settings import MAX_BIRTHDAY_DAYS, check_setting
from clientbook.ui.form_dialog import RecordDialog
from clientbook.ui.session import Session

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


class SettingsDialog(RecordDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
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
        self.birthday_spin.setSuffix(self.tr(" days ahead"))

        self.add_row(self.tr("&Currency:"), self.currency_combo, self.currency_combo,
                     self.tr("Currency"))
        self.add_row(self.tr("&Phone region:"), self.region_combo, self.region_combo,
                     self.tr("Phone region"))
        self.add_row(self.tr("&Birthday reminders:"), self.birthday_spin, self.birthday_spin,
                     self.tr("Birthday reminder days"))
        self.field_widgets = {"currency": self.currency_combo, "phone_region": self.region_combo,
                              "birthday_days": self.birthday_spin}
        self.currency_combo.setFocus()
        self.resize(380, self.sizeHint().height())

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
                 "birthday_days": str(self.birthday_spin.value())}
        return {key: check_setting(key, value) for key, value in typed.items()}

    def build(self) -> tuple[dict[str, str], Callable[[], Changes]]:
        values = self.values()
        return values, lambda: self.book.update_settings(values)

    @classmethod
    def edit(cls, parent: QWidget | None, session: Session) -> dict[str, str] | None:
        """Show the dialog; the saved settings, or None if cancelled."""
        return cls(session, parent).run()

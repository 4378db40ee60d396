"""The Settings group for the firm's opening hours, which the calendar's day shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from clientbook.ui.widgets.labels import text_label


class OpeningHoursGroup(QGroupBox):
    """One line of opening hours per weekday range ("mon-fri 09:00-18:00; sat 10:00-14:00");
    empty: not set, so the calendar follows each designer's own hours."""

    def __init__(self, stored: Callable[[str], str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Calendar"))
        self.setObjectName("openingHoursGroup")
        self.hours_edit = QLineEdit(stored("opening_hours"), objectName="openingHours")
        self.hours_edit.setPlaceholderText(self.tr("e.g. mon-fri 09:00-18:00; sat 10:00-14:00"))
        self.hours_edit.setToolTip(self.tr(
            "Days not named are closed; separate the parts with a semicolon"))
        self.hours_edit.setAccessibleName(self.tr("Opening hours"))
        self.hours_edit.setCursorPosition(0)  # show the week from Monday
        label = QLabel(self.tr("&Opening hours:"))
        label.setBuddy(self.hours_edit)
        hint = text_label(self.tr(
            "The calendar's day shows these hours, and designers with no hours of their own "
            "work them. Leave empty to follow the designers' hours."), "openingHoursHint",
            selectable=False)
        form = QFormLayout(self)
        form.addRow(label, self.hours_edit)
        form.addRow(hint)
        self.field_widgets: dict[str, QWidget] = {"opening_hours": self.hours_edit}

    def typed(self) -> dict[str, str]:
        return {"opening_hours": self.hours_edit.text()}

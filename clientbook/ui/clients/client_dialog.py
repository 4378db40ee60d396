"""Add or edit a client: names, contacts, birthday, designer, notes, preferences, consent."""

from __future__ import annotations

import re
from copy import deepcopy

from PySide6.QtCore import QLocale, QSize, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.birthdays import Birthday
from clientbook.domain.errors import ClientBookError, ConflictError, ValidationError
from clientbook.domain.models import Client, ContactPreference
from clientbook.domain.validation import clean_client
from clientbook.ui import msgbox
from clientbook.ui.clients import client_duplicates
from clientbook.ui.clients.client_preferences import PreferencesSection
from clientbook.ui.clients.client_saving import client_write
from clientbook.ui.clients.contact_wishes import ContactWishesEditor
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.fit_screen import fit_dialog
from clientbook.ui.widgets.form_dialog import ERROR_STYLE, error_label
from clientbook.ui.widgets.plain_text import plain, window_title

INVALID_STYLE = "border: 2px solid #b00020;"
NO_ONE = -1  # designer combo data for "No one" (staff ids start at 1)
PHONE_SEPARATOR = ";"
# Typed numbers may be separated by ";" (as shown) or ",", which no phone number contains.
_PHONE_SPLIT = re.compile(r"[;,\n]")


class ClientDialog(QDialog):
    """The client form. Tests build it directly and call `accept()` or `save()`."""

    def __init__(self, session: Session, client: Client | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("clientDialog")
        self.session = session
        self.book = session.book
        self.original = deepcopy(client) if client is not None else None
        self.saved_client: Client | None = None
        self._invalid: QWidget | None = None
        # ValidationError.field -> the widget to outline and focus.
        self._field_widgets: dict[str, QWidget] = {}
        if client is None:
            self.setWindowTitle(self.tr("New client"))
        else:
            self.setWindowTitle(window_title(self.tr("Edit client — {name}").format(
                name=client.display_name)))

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name_edit = self._line(self.tr("&Name:"), self.tr("Display name"), "display_name")
        self.given_edit = self._line(self.tr("&Given name:"), self.tr("Given name"), "given_name")
        self.family_edit = self._line(self.tr("&Family name:"), self.tr("Family name"),
                                      "family_name")
        self.greet_edit = self._line(self.tr("G&reet as:"), self.tr("Greet as"), "address_as")
        self.greet_edit.setPlaceholderText(self.tr("How they like to be greeted, e.g. Mrs Smith"))
        self.phones_edit = self._line(self.tr("&Phones:"), self.tr("Phone numbers"), "phones")
        self.phones_edit.setPlaceholderText(self.tr("Several numbers? Separate them with ;"))
        self.email_edit = self._line(self.tr("E&mail:"), self.tr("Email"), "email")
        self.original_contact = (self.book.contacts.preference(client.id) if client is not None
                                 else ContactPreference())
        self.contact_wishes = ContactWishesEditor(self.book.contacts.firm_quiet_days())
        known = client is not None and client.id is not None
        wishes = self.book.wishes.get(client.id) if known else None
        self.contact_wishes.set_preference(self.original_contact,
                                           wishes.channel or "" if wishes else "")
        self.original_language = wishes.language if wishes else ""
        self.original_channel = self.contact_wishes.channel_name()
        self.contact_wishes.set_language(self.original_language)
        self._add_row(self.tr("Con&tact:"), self.contact_wishes, self.contact_wishes.channel_combo,
                      self.tr("Preferred channel"), "contact")
        self._field_widgets["quiet_days"] = self.contact_wishes.quiet_spin
        self._build_birthday_row()
        self.designer_combo = self._designer_combo(client.designer_id if client else None)
        self._add_row(self.tr("&Designer:"), self.designer_combo, self.designer_combo,
                      self.tr("Assigned designer"), "designer_id")
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setPlaceholderText(self.tr("What to remember about the client"))
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 14)
        self._add_row(self.tr("N&otes:"), self.notes_edit, self.notes_edit, self.tr("Notes"),
                      "notes")
        self.archived_check: QCheckBox | None = None
        if client is not None:
            self.archived_check = QCheckBox(self.tr("Arc&hived — hidden from lists and reminders"))
            self.archived_check.setAccessibleName(self.tr("Archived"))
            self.form.addRow("", self.archived_check)

        self.prefs_section = PreferencesSection(client.preferences if client else [],
                                                client.health_consent_at if client else None,
                                                session.now, self)
        self.preferences = self.prefs_section.editor
        self._field_widgets["preferences"] = self.preferences.view

        self.error_label = plain(error_label(self))  # messages may quote what was typed
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setToolTip(self.tr("Save (Ctrl+Enter or Ctrl+S)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter", QKeySequence.StandardKey.Save):
            QShortcut(QKeySequence(keys), self, activated=self._save_shortcut)

        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addSpacing(6)
        layout.addWidget(self.prefs_section, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)

        if client is not None:
            self._fill(client)
        self._connect_edits()
        self._update_name_placeholder()
        self._update_birthday()
        self._initial_state = self._state()
        self.name_edit.setFocus()
        fit_dialog(self, QSize(640, 680))  # Save stays on screen at 1024×600

    # -- building the form --------------------------------------------------------------------

    def _add_row(self, label: str, field: QWidget | QHBoxLayout, buddy: QWidget,
                 accessible: str, field_name: str) -> None:
        text = plain(QLabel(label))
        text.setBuddy(buddy)
        buddy.setAccessibleName(accessible)
        self.form.addRow(text, field)
        self._field_widgets[field_name] = buddy

    def _line(self, label: str, accessible: str, field_name: str) -> QLineEdit:
        edit = QLineEdit()
        self._add_row(label, edit, edit, accessible, field_name)
        return edit

    def _build_birthday_row(self) -> None:
        locale = QLocale()
        self.day_combo = QComboBox()
        self.day_combo.addItem(self.tr("Day"), 0)
        for day in range(1, 32):
            self.day_combo.addItem(str(day), day)
        self.day_combo.setAccessibleName(self.tr("Birthday day"))
        self.month_combo = QComboBox()
        self.month_combo.addItem(self.tr("Month"), 0)
        for month in range(1, 13):
            self.month_combo.addItem(
                locale.standaloneMonthName(month, QLocale.FormatType.LongFormat), month
            )
        self.month_combo.setAccessibleName(self.tr("Birthday month"))
        self.year_check = QCheckBox(self.tr("&Year known"))
        self.year_check.setAccessibleName(self.tr("Birth year known"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(1850, max(self.session.now().year, 1851))
        self.year_spin.setValue(self.session.now().year - 40)
        self.year_spin.setAccessibleName(self.tr("Birth year"))
        self.year_spin.setVisible(False)  # shown only when the year is known
        self.year_check.toggled.connect(self.year_spin.setVisible)
        self.birthday_hint = plain(QLabel())
        self.birthday_hint.setStyleSheet(ERROR_STYLE)
        row = QHBoxLayout()
        for widget in (self.day_combo, self.month_combo, self.year_check, self.year_spin):
            row.addWidget(widget)
        row.addWidget(self.birthday_hint, 1)
        self._add_row(self.tr("&Birthday:"), row, self.day_combo, self.tr("Birthday day"),
                      "birthday")

    def _designer_combo(self, selected_id: int | None) -> QComboBox:
        """Active staff plus "No one"; an inactive designer stays listed if already assigned."""
        combo = QComboBox()
        combo.addItem(self.tr("No one"), NO_ONE)
        for staff in self.book.staff.all():
            if staff.active:
                combo.addItem(staff.name, staff.id)
            elif staff.id == selected_id:
                combo.addItem(self.tr("{name} (inactive)").format(name=staff.name), staff.id)
        combo.setCurrentIndex(max(combo.findData(selected_id), 0) if selected_id else 0)
        return combo

    def _fill(self, client: Client) -> None:
        self.name_edit.setText(client.display_name)
        self.given_edit.setText(client.given_name)
        self.family_edit.setText(client.family_name)
        self.greet_edit.setText(client.address_as)
        self.phones_edit.setText(f"{PHONE_SEPARATOR} ".join(client.phones))
        self.email_edit.setText(client.email)
        if client.birthday is not None:
            self.day_combo.setCurrentIndex(client.birthday.day)
            self.month_combo.setCurrentIndex(client.birthday.month)
            if client.birthday.year is not None:
                self.year_spin.setMinimum(min(self.year_spin.minimum(), client.birthday.year))
                self.year_spin.setMaximum(max(self.year_spin.maximum(), client.birthday.year))
                self.year_spin.setValue(client.birthday.year)
                self.year_check.setChecked(True)
        self.notes_edit.setPlainText(client.notes)
        if self.archived_check is not None:
            self.archived_check.setChecked(client.archived)

    def _connect_edits(self) -> None:
        for edit in (self.name_edit, self.given_edit, self.family_edit):
            edit.textChanged.connect(self._update_name_placeholder)
        for combo in (self.day_combo, self.month_combo):
            combo.currentIndexChanged.connect(self._update_birthday)
        self.year_check.toggled.connect(self._update_birthday)
        self.year_spin.valueChanged.connect(self._update_birthday)
        for name, widget in self._field_widgets.items():
            signal = getattr(widget, "textChanged", None) or getattr(
                widget, "currentIndexChanged", None)
            if signal is not None:
                signal.connect(lambda *_a, n=name: self._clear_invalid(n))
        self.preferences.edited.connect(lambda: self._clear_invalid("preferences"))

    # -- live feedback ------------------------------------------------------------------------

    def _update_name_placeholder(self) -> None:
        derived = " ".join(p for p in (self.given_edit.text().strip(),
                                       self.family_edit.text().strip()) if p)
        self.name_edit.setPlaceholderText(derived or self.tr("Given name + family name, "
                                                             "e.g. Olena Shevchenko"))
        self.save_button.setEnabled(bool(self.name_edit.text().strip() or derived))

    def _update_birthday(self, *_args) -> None:
        try:
            self._birthday()
        except ValidationError as exc:
            self.birthday_hint.setText(error_text(exc))
        else:
            self.birthday_hint.clear()
        self._clear_invalid("birthday")

    def _birthday(self) -> Birthday | None:
        day, month = self.day_combo.currentData(), self.month_combo.currentData()
        if not day and not month:
            return None
        if not day or not month:
            raise ValidationError(self.tr("Choose both a day and a month."), field="birthday")
        year = self.year_spin.value() if self.year_check.isChecked() else None
        try:
            return Birthday(month, day, year)
        except ValidationError:
            raise ValidationError(self.tr("This date does not exist."), field="birthday") from None

    # -- state --------------------------------------------------------------------------------

    def _state(self) -> tuple:
        """Everything the person can change, to tell whether there is anything to lose."""
        return (
            self.name_edit.text(), self.given_edit.text(), self.family_edit.text(),
            self.greet_edit.text(), self.phones_edit.text(), self.email_edit.text(),
            self.day_combo.currentIndex(), self.month_combo.currentIndex(),
            self.year_check.isChecked(), self.year_spin.value(),
            self.designer_combo.currentData(), self.notes_edit.toPlainText(),
            self.archived_check.isChecked() if self.archived_check else False,
            self.prefs_section.state(), self.contact_wishes.preference(),
            self.contact_wishes.language(), self.contact_wishes.channel_name(),
        )

    def is_dirty(self) -> bool:
        return self._state() != self._initial_state

    def client_from_form(self) -> Client:
        """The client as typed (not yet cleaned); raises ValidationError for the birthday."""
        client = deepcopy(self.original) if self.original else Client(display_name="")
        client.display_name = self.name_edit.text()
        client.given_name = self.given_edit.text()
        client.family_name = self.family_edit.text()
        client.address_as = self.greet_edit.text()
        client.phones = [p.strip() for p in _PHONE_SPLIT.split(self.phones_edit.text())
                         if p.strip()]
        client.email = self.email_edit.text()
        client.birthday = self._birthday()
        designer = self.designer_combo.currentData()
        client.designer_id = None if designer in (None, NO_ONE) else int(designer)
        client.notes = self.notes_edit.toPlainText()
        client.preferences = self.prefs_section.preferences()
        client.health_consent_at = self.prefs_section.consent_at()
        if self.archived_check is not None:
            client.archived = self.archived_check.isChecked()
        return client

    # -- errors -------------------------------------------------------------------------------

    def show_error(self, message: str, field: str | None = None) -> None:
        """The message in red under the form; the offending field outlined and focused."""
        self.error_label.setText(message)
        self.error_label.show()
        self._clear_invalid()
        widget = self._field_widgets.get(field or "")
        if widget is None:
            return
        self._invalid = widget
        widget.setStyleSheet(INVALID_STYLE)
        if field == "preferences" and (row := self.preferences.model.first_without_value()) \
                is not None:
            self.preferences.focus_row(row)
        else:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    def _clear_invalid(self, field: str | None = None) -> None:
        widget = self._invalid
        if widget is None or (field is not None and self._field_widgets.get(field) is not widget):
            return
        widget.setStyleSheet("")
        self._invalid = None

    # -- saving -------------------------------------------------------------------------------

    def save(self) -> Client | None:
        """Validate, confirm duplicates, store; None (form intact) if anything stops it."""
        self.error_label.hide()
        self._clear_invalid()
        try:
            candidate = self.client_from_form()
            cleaned = clean_client(deepcopy(candidate))
        except ValidationError as exc:
            self.show_error(error_text(exc), exc.field)
            return None
        try:  # looking for duplicates reads the book: a server out of reach says so here
            if client_duplicates.needs_check(self.original, cleaned) and not \
                    client_duplicates.confirm(self, self.book, cleaned):
                return None
        except ClientBookError as exc:
            msgbox.error(self, self.tr("Could not save the client"), error_text(exc))
            return None
        wishes = self.contact_wishes.preference()
        contact = wishes if wishes != self.original_contact else None  # only what changed
        language, channel = self.contact_wishes.language(), self.contact_wishes.channel_name()
        save_all = client_write(
            self.book, candidate, self.original, contact,
            (language, channel) if (language, channel) != (
                self.original_language, self.original_channel) else None)
        try:
            self.session.apply(save_all, self)
        except ValidationError as exc:
            self.show_error(error_text(exc), exc.field)
            return None
        except ConflictError as exc:  # decided later: the form stays as typed
            self.show_error(error_text(exc))
            return None
        except ClientBookError as exc:
            msgbox.error(self, self.tr("Could not save the client"), error_text(exc))
            return None
        self.saved_client = candidate
        if self.original is not None:  # a second save goes over the version just saved
            self.original = deepcopy(candidate)
        self.original_contact = wishes
        self.original_language, self.original_channel = language, channel
        self._initial_state = self._state()
        return candidate

    def accept(self) -> None:
        if self.save() is not None:
            super().accept()

    def _save_shortcut(self) -> None:
        if self.save_button.isEnabled():
            self.accept()

    def reject(self) -> None:
        """Cancel; if something was typed, ask before throwing it away."""
        if self.is_dirty() and not msgbox.ask(
            self, self.tr("Discard changes?"),
            self.tr("Close without saving? What you typed for this client will be lost."),
        ):
            return
        super().reject()

    @classmethod
    def edit(cls, parent: QWidget | None, session: Session,
             client: Client | None = None) -> Client | None:
        """Show the dialog; the saved client, or None if cancelled."""
        dialog = cls(session, client, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.saved_client if accepted else None
        finally:
            dialog.deleteLater()

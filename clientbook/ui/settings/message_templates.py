"""Settings → Message templates: the firm's name and language, and each occasion's text per
language, with its placeholders checked before anything is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.messages.message_dates import MESSAGE_LANGUAGES
from clientbook.domain.messages.messages import (
    PLACEHOLDERS,
    Occasion,
    check_template,
    default_template,
)
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.ui.error_text import error_text
from clientbook.ui.messages.message_words import language_name, occasion_name
from clientbook.ui.session import Session
from clientbook.ui.widgets.labels import text_label


class TemplatesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templatesDialog")
        self.setWindowTitle(self.tr("Message templates"))
        self.session = session
        self.book = session.book
        templates = self.book.messages.templates
        self.saved_texts = {(t.kind, t.language): t.text for t in templates.all()}
        self.texts = dict(self.saved_texts)
        self._key: tuple[Occasion, str] | None = None

        self.firm_edit = QLineEdit(templates.firm_name(), objectName="firmName")
        self.firm_edit.setPlaceholderText(self.tr("Signs every message, e.g. Salon Luz"))
        self.firm_language = QComboBox(objectName="firmLanguage")
        for code in MESSAGE_LANGUAGES:
            self.firm_language.addItem(language_name(code), code)
        self.firm_language.setCurrentIndex(
            self.firm_language.findData(templates.firm_language()))
        self.firm_language.setToolTip(self.tr(
            "For clients without a language of their own"))
        self.kind_combo = QComboBox(objectName="templateKind")
        for occasion in Occasion:
            self.kind_combo.addItem(occasion_name(occasion), occasion.value)
        self.language_combo = QComboBox(objectName="templateLanguage")
        for code in MESSAGE_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.text_edit = QPlainTextEdit(objectName="templateText")
        self.text_edit.setAccessibleName(self.tr("Template text"))
        self.text_edit.setTabChangesFocus(True)
        self.restore_button = QPushButton(self.tr("&Restore the shipped text"),
                                          objectName="templateRestore")
        self.restore_button.setAutoDefault(False)
        hint = fill(self.tr("Placeholders: %1"), [" ".join("{" + p + "}" for p in PLACEHOLDERS)])
        self.hint_label = text_label(hint, "templateHint")
        self.error_label = text_label(name="templateError")
        self.error_label.setStyleSheet("color: #b00020")

        form = QFormLayout()
        for label, widget in ((self.tr("&Firm's name:"), self.firm_edit),
                              (self.tr("Messages &default to:"), self.firm_language)):
            text = QLabel(label)
            text.setBuddy(widget)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(text, widget)
        pick = QHBoxLayout()
        kind_label = QLabel(self.tr("&Occasion:"))
        kind_label.setBuddy(self.kind_combo)
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        self.kind_combo.setAccessibleName(self.tr("Occasion"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        for widget in (kind_label, self.kind_combo, language_label, self.language_combo):
            pick.addWidget(widget)
        pick.addStretch(1)
        pick.addWidget(self.restore_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(pick)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

        self.kind_combo.currentIndexChanged.connect(self._pick)
        self.language_combo.currentIndexChanged.connect(self._pick)
        self.restore_button.clicked.connect(self.restore)
        self.language_combo.setCurrentIndex(self.language_combo.findData(
            templates.firm_language()))
        self._pick()
        self.resize(600, 460)

    def key(self) -> tuple[Occasion, str]:
        return Occasion(self.kind_combo.currentData()), str(self.language_combo.currentData())

    def _pick(self, *_args) -> None:
        """Keep the text being edited, then show the chosen occasion and language."""
        if self._key is not None:
            self.texts[self._key] = self.text_edit.toPlainText()
        self._key = self.key()
        self.text_edit.setPlainText(self.texts[self._key])

    def restore(self) -> None:
        self.text_edit.setPlainText(default_template(*self.key()))

    def changed(self) -> dict[tuple[Occasion, str], str]:
        self.texts[self.key()] = self.text_edit.toPlainText()
        return {key: text for key, text in self.texts.items()
                if text.strip() != self.saved_texts[key].strip()}

    def save(self) -> bool:
        """Check every edited template first; save them and the firm's details, or nothing."""
        edits = self.changed()
        for (kind, code), text in edits.items():
            try:
                check_template(text)
            except ClientBookError as exc:
                self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
                self.language_combo.setCurrentIndex(self.language_combo.findData(code))
                self.error_label.setText(error_text(exc))
                return False
        book = self.book

        def write() -> Changes:
            changes = book.update_settings({"firm_name": self.firm_edit.text(),
                                            "message_language":
                                                str(self.firm_language.currentData())})
            for (kind, code), text in edits.items():
                changes = changes.merge(book.messages.templates.set(kind, code, text))
            return changes

        try:
            self.session.apply(write)
        except ClientBookError as exc:
            self.error_label.setText(error_text(exc))
            return False
        self.accept()
        return True

    @classmethod
    def edit(cls, parent: QWidget | None, session: Session) -> bool:
        dialog = cls(session, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

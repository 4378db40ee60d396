"""The message composer: the contact guard first, the words (editable), then the ways to send.

Every send button opens the desktop's own app through desktop_links (ClientBook itself sends
nothing) and, when "Log the contact" is ticked, records the contact with its channel and
template in the same click, so the guard and the win-back list know.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.messages.message_dates import MESSAGE_LANGUAGES
from clientbook.domain.messages.messages import Occasion, Via
from clientbook.domain.words import fill
from clientbook.services.messages.composer import Composed
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.messages import desktop_links
from clientbook.ui.messages.message_words import language_name, occasion_name
from clientbook.ui.session import Session
from clientbook.ui.widgets.formats import day_month
from clientbook.ui.widgets.labels import text_label

# The send buttons in the order they are shown, two rows at narrow widths.
SEND_ORDER = (Via.EMAIL, Via.SMS, Via.WHATSAPP, Via.VIBER, Via.TELEGRAM, Via.COPY, Via.CALL)
# Viber and Telegram open the chat but take no text with a number: it goes on the clipboard.
PASTED = (Via.VIBER, Via.TELEGRAM)


class ComposerDialog(QDialog):
    def __init__(self, session: Session, client_id: int, kind: Occasion = Occasion.FREE,
                 appointment_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("composerDialog")
        self.setWindowTitle(self.tr("Message"))
        self.session = session
        self.book = session.book
        self.client_id = client_id
        self.appointment_id = appointment_id
        self.composed: Composed | None = None
        self.sent: Via | None = None
        client = self.book.clients.get(client_id)
        self.client_name = client.display_name if client else ""

        self.heading = text_label(self.client_name, "composerClient")
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt")
        self.kind_combo = QComboBox(objectName="composerKind")
        for occasion in Occasion:
            self.kind_combo.addItem(occasion_name(occasion), occasion.value)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(Occasion(kind).value))
        self.language_combo = QComboBox(objectName="composerLanguage")
        for code in MESSAGE_LANGUAGES:
            self.language_combo.addItem(language_name(code), code)
        self.language_combo.setCurrentIndex(
            self.language_combo.findData(self.book.messages.language_for(client_id)))
        kind_label = QLabel(self.tr("&Occasion:"))
        kind_label.setBuddy(self.kind_combo)
        self.kind_combo.setAccessibleName(self.tr("Occasion"))
        language_label = QLabel(self.tr("&Language:"))
        language_label.setBuddy(self.language_combo)
        self.language_combo.setAccessibleName(self.tr("Language of the message"))
        top = QHBoxLayout()
        top.addWidget(kind_label)
        top.addWidget(self.kind_combo, 1)
        top.addSpacing(12)
        top.addWidget(language_label)
        top.addWidget(self.language_combo)

        self.guard_label = text_label(name="composerGuard")
        self.promised_label = text_label(name="composerPromised")
        self.override_check = QCheckBox(self.tr("Send an&yway"), objectName="composerOverride")
        self.override_check.setToolTip(self.tr(
            "Go ahead although the client's contact wishes say not now"))
        self.text_edit = QPlainTextEdit(objectName="composerText")
        self.text_edit.setAccessibleName(self.tr("Message text"))
        self.text_edit.setTabChangesFocus(True)
        self.problem_label = text_label(name="composerProblems")
        self.problem_label.setProperty("class", "meta")

        self.send_buttons: dict[Via, QPushButton] = {}
        grid = QGridLayout()
        grid.setSpacing(6)
        for i, via in enumerate(SEND_ORDER):
            button = QPushButton(self._button_text(via), objectName=f"send_{via.value}")
            button.setAutoDefault(False)
            button.setToolTip(self._button_tip(via))
            button.clicked.connect(lambda _checked=False, v=via: self.send(v))
            self.send_buttons[via] = button
            grid.addWidget(button, i // 4, i % 4)
        self.log_check = QCheckBox(self.tr("Lo&g the contact"), objectName="composerLog")
        self.log_check.setChecked(True)
        self.log_check.setToolTip(self.tr(
            "Record the contact with its channel and occasion, so the contact rules know"))
        self.status_label = text_label(name="composerStatus")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.guard_label)
        layout.addWidget(self.override_check)
        layout.addWidget(self.promised_label)
        layout.addWidget(self.text_edit, 1)
        layout.addWidget(self.problem_label)
        layout.addLayout(grid)
        bottom = QHBoxLayout()
        bottom.addWidget(self.log_check)
        bottom.addWidget(self.status_label, 1)
        bottom.addWidget(close)
        layout.addLayout(bottom)

        self.kind_combo.currentIndexChanged.connect(self.recompose)
        self.language_combo.currentIndexChanged.connect(self.recompose)
        self.override_check.toggled.connect(self._update_buttons)
        self.recompose()
        self.resize(620, 520)

    def _button_text(self, via: Via) -> str:
        return {
            Via.EMAIL: self.tr("&E-mail"), Via.SMS: self.tr("&SMS"),
            Via.WHATSAPP: self.tr("&WhatsApp"), Via.VIBER: self.tr("&Viber"),
            Via.TELEGRAM: self.tr("&Telegram"), Via.COPY: self.tr("&Copy"),
            Via.CALL: self.tr("C&all"),
        }[via]

    def _button_tip(self, via: Via) -> str:
        return {
            Via.EMAIL: self.tr("Open the e-mail app with this message"),
            Via.SMS: self.tr("Open the text messaging app (Phone Link, Messages, KDE Connect) "
                             "with this message"),
            Via.WHATSAPP: self.tr("Open WhatsApp with this message"),
            Via.VIBER: self.tr("Open the chat in Viber; the text is copied, paste it there"),
            Via.TELEGRAM: self.tr("Open the chat in Telegram; the text is copied, paste it "
                                  "there"),
            Via.COPY: self.tr("Copy the text to paste it anywhere"),
            Via.CALL: self.tr("Call the client's number"),
        }[via]

    # -- composing ---------------------------------------------------------------------------
    def kind(self) -> Occasion:
        return Occasion(self.kind_combo.currentData())

    def language(self) -> str:
        return str(self.language_combo.currentData())

    def recompose(self, *_args) -> None:
        """Write the message for the occasion and language chosen (edits start again)."""
        try:
            self.composed = self.book.messages.compose(
                self.client_id, self.kind(), None,
                self.appointment_id if self.kind() == Occasion.REMINDER else None,
                self.language())
        except ClientBookError as exc:
            self.composed = None
            self.text_edit.setPlainText("")
            self.guard_label.setText(error_text(exc))
            self.guard_label.setProperty("state", "blocked")
            self._restyle(self.guard_label)
            self.problem_label.setText("")
            self._update_buttons()
            return
        self.text_edit.setPlainText(self.composed.text)
        self._show_promised()
        self._show_guard()
        self._show_problems()
        self._update_buttons()

    def _show_guard(self) -> None:
        guard = self.composed.guard
        if not guard.reasons:
            text, state = self.tr("✓ The client's contact wishes allow a message now."), "ok"
        else:
            text = "\n".join("• " + message_text(r) for r in guard.reasons)
            state = "warning" if guard.allowed else "blocked"
        self.guard_label.setText(text)
        self.guard_label.setProperty("state", state)
        colour = {"ok": "#1b6e2a", "warning": "#8a5a00", "blocked": "#b00020"}[state]
        self.guard_label.setStyleSheet(f"color: {colour}")
        self._restyle(self.guard_label)
        self.override_check.setVisible(not guard.allowed)
        self.override_check.setChecked(False)

    def _show_promised(self) -> None:
        """Beside a promise follow-up: what was promised, so the words can say it."""
        promises = (self.book.messages.open_promises(self.client_id)
                    if self.kind() == Occasion.PROMISE else [])
        lines = [fill(self.tr("Promised: %1 (due %2)"), [p.text, day_month(p.due_at.date())])
                 for p in promises[:3]]
        self.promised_label.setText("\n".join(lines))
        self.promised_label.setVisible(bool(lines))

    def _restyle(self, widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    def _show_problems(self) -> None:
        """Why some buttons are off: no e-mail address, a number that is not international."""
        lines = []
        for via in (Via.EMAIL, Via.SMS):
            _link, problem = self._link(via)
            if problem is not None:
                lines.append(message_text(problem))
        self.problem_label.setText("\n".join(lines))
        self.problem_label.setVisible(bool(lines))

    def _link(self, via: Via):
        client = self.book.clients.get(self.client_id)
        return self.book.messages.link(client, via, self.composed.subject,
                                       self.text_edit.toPlainText())

    def _update_buttons(self, *_args) -> None:
        composed = self.composed
        allowed = composed is not None and (composed.guard.allowed
                                            or self.override_check.isChecked())
        preferred = composed.via if composed else None
        for via, button in self.send_buttons.items():
            usable = allowed and (via == Via.COPY or self._link(via)[0] != "")
            button.setEnabled(usable)
            button.setDefault(via == preferred and usable)
            font = button.font()
            font.setBold(via == preferred)
            button.setFont(font)

    # -- sending -----------------------------------------------------------------------------
    def send(self, via: Via) -> bool:
        """Hand the message to the app for `via` (or the clipboard) and log it if asked."""
        if self.composed is None:
            return False
        composed = self.book.messages.recompose(self.composed, self.text_edit.toPlainText(),
                                                via)
        override = self.override_check.isChecked()
        if not composed.guard.allowed and not override:
            self._show_guard()
            return False
        if via == Via.COPY or via in PASTED:
            QGuiApplication.clipboard().setText(composed.text)
        if via != Via.COPY and not desktop_links.open_link(composed.link):
            self.status_label.setText(self.tr(
                "No app on this computer opens this kind of link; the text is on the "
                "clipboard."))
            QGuiApplication.clipboard().setText(composed.text)
            return False
        if self.log_check.isChecked():
            changes = self.session.run(
                self, self.tr("Could not log the contact"),
                lambda: self.book.messages.log(composed, override)[1])
            if changes is None:
                return False
        self.sent = via
        self.composed = composed
        self.accept()
        return True

    @classmethod
    def compose(cls, parent: QWidget | None, session: Session, client_id: int,
                kind: Occasion = Occasion.FREE, appointment_id: int | None = None
                ) -> Via | None:
        """Show the composer; the way the message went, or None if none was sent."""
        dialog = cls(session, client_id, kind, appointment_id, parent)
        dialog.exec()
        return dialog.sent

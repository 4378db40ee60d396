"""The "Forget client" question: what is erased, what is kept, and a tick before it is done.

A tick box rather than typing the name: a receptionist with a Latin keyboard cannot type
"王小明", and the dialog opens from that very client, so the name is shown, not asked for.
Cancel is the default button; Forget stays disabled until the box is ticked.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.privacy import erasure
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.busy_cursor import busy
from clientbook.ui.widgets.form_dialog import error_label
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.labels import text_label

STYLE = """
QLabel#forgetHeading { font-size: 13pt; font-weight: bold; }
QLabel#forgetSection { color: #57606a; font-weight: 600; padding: 6px 0 0 0; }
QLabel#forgetWarning { background: #fff3ec; color: #7c2d12; border-left: 3px solid #d9480f;
    border-radius: 4px; padding: 8px 10px; }
QPushButton#forgetButton:enabled { color: #ffffff; background: #b42318; border-color: #912018;
    font-weight: 600; }
QPushButton#forgetButton:enabled:hover { background: #912018; }
"""


def forget_client(parent: QWidget | None, session: Session, client_id: int) -> bool:
    """Ask, then forget the client; True if they were forgotten (changes are broadcast)."""
    try:
        preview = session.book.privacy.preview(client_id)
    except ClientBookError as exc:
        msgbox.error(parent, QApplication.translate("ForgetDialog", "Forget client"),
                     error_text(exc))
        return False
    dialog = ForgetDialog(session, preview, parent)
    if preview.forgotten_at is not None:
        msgbox.info(parent, dialog.windowTitle(), dialog.already_text())
        dialog.deleteLater()
        return False
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return accepted


def _bullets(lines: list[str]) -> str:
    return "\n".join("•  " + line for line in lines)


class ForgetDialog(QDialog):
    """The question for one client; `forgotten` holds the outcome once Forget succeeded."""

    def __init__(self, session: Session, preview: erasure.ForgetPreview,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("forgetDialog")
        self.setStyleSheet(STYLE)
        self.session = session
        self.preview = preview
        self.forgotten: erasure.Forgotten | None = None
        self.setWindowTitle(self.tr("Forget client"))

        heading = text_label(fill(self.tr("Forget %1?"), [preview.name]), "forgetHeading")
        intro = text_label(self.tr(
            "For a request to erase their data. Their visits stay in the reports, without "
            "their name."))
        self.erased_label = text_label(self.erased_text(), "forgetErased")
        self.kept_label = text_label(self.kept_text(), "forgetKept")
        self.warning_label = text_label(self.tr(
            "This cannot be undone. Automatic backups made before now still hold this "
            "client until they age out of rotation: up to a year. Files you exported or "
            "backed up yourself are not changed."), "forgetWarning")
        self.confirm_box = QCheckBox(self.tr("&I understand: forget this client for good"))
        self.confirm_box.setObjectName("forgetConfirm")
        self.confirm_box.setAccessibleName(self.tr("Confirm forgetting this client"))
        self.error_label = error_label(self)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.forget_button = QPushButton(self.tr("&Forget client"))
        self.forget_button.setObjectName("forgetButton")
        self.forget_button.setAccessibleName(self.tr("Forget client"))
        self.forget_button.setAutoDefault(False)
        self.forget_button.setEnabled(False)
        self.buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setDefault(True)
        self.confirm_box.toggled.connect(self.forget_button.setEnabled)
        self.forget_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self._section(self.tr("Erased now, for good")))
        layout.addWidget(self.erased_label)
        layout.addWidget(self._section(self.tr("Kept, without their name")))
        layout.addWidget(self.kept_label)
        layout.addSpacing(6)
        layout.addWidget(self.warning_label)
        layout.addWidget(self.confirm_box)
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        layout.addWidget(self.buttons)
        self.cancel_button.setFocus()
        self.setMinimumWidth(480)
        self.resize(520, layout.totalHeightForWidth(520))

    def _section(self, title: str) -> QLabel:
        label = text_label(title, "forgetSection")
        label.setAccessibleName(title)
        return label

    def erased_text(self) -> str:
        p = self.preview
        lines = [self.tr("Name, phone numbers, e-mail, birthday and notes")]
        if p.preferences:
            lines.append(self.tr("%n preferences (health notes included)", "", p.preferences))
        lines.append(self.tr("Contact wishes and %n contact-log entries", "", p.contacts)
                     if p.contacts else self.tr("Contact wishes"))
        if p.open_promises:
            lines.append(self.tr("%n open promises", "", p.open_promises))
        if p.closed_promises:
            lines.append(self.tr("The text of %n kept or cancelled promises", "",
                                 p.closed_promises))
        if p.coming_appointments:
            lines.append(self.tr("%n appointments from today on", "", p.coming_appointments))
        if p.visits or p.past_appointments:
            lines.append(self.tr("Notes written on their visits and appointments"))
        lines.append(self.tr("Their entries in the search index and the import log"))
        return _bullets(lines)

    def kept_text(self) -> str:
        p = self.preview
        lines = [self.tr("%n visits: date, service, staff and spend", "", p.visits)
                 if p.visits else self.tr("No visits to keep")]
        if p.past_appointments:
            lines.append(self.tr("%n past appointments", "", p.past_appointments))
        if p.rewards:
            lines.append(self.tr("%n rewards handed over", "", p.rewards))
        if p.closed_promises:
            lines.append(self.tr("Whether their promises were kept on time"))
        return _bullets(lines)

    def already_text(self) -> str:
        when = self.preview.forgotten_at
        day = full_date(when.date()) if when else ""
        return fill(self.tr("This client was already forgotten on %1; nothing that identifies "
                       "them is left."), [day])

    def forget(self) -> bool:
        """Forget the client now; on a failure say why and keep the dialog open."""
        book, client_id = self.session.book, self.preview.client_id

        def write() -> Changes:
            self.forgotten = book.privacy.forget(client_id)
            return self.forgotten.changes

        try:
            with busy():  # VACUUM takes a moment on a big book
                self.session.apply(write)
        except ClientBookError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        if self.forgotten is not None and not self.forgotten.file_clean:
            msgbox.info(self, self.windowTitle(), fill(self.tr(
                "The client is forgotten. The data file still holds an old copy (%1); it "
                "goes when every program using the book has closed it."),
                    [message_text(self.forgotten.cleanup_problem)]))
        return True

    def accept(self) -> None:
        if self.confirm_box.isChecked() and self.forget():
            super().accept()

"""Settings → Calendar feed: the feed's https:// address (shown masked once saved), whose
bookings it holds, how often it is read, on or off; and the row Settings shows for it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.changes import Changes
from clientbook.services.feed.feed_config import DEFAULT_MINUTES, MAX_MINUTES
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.feed.feed_words import error_reason, status_line
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import error_label, plural_suffix, staff_combo
from clientbook.ui.widgets.labels import text_label


def feed_summary(session: Session) -> tuple[str, str, str]:
    """The saved feed's masked address (or that there is none), its status line, and why
    its last refresh failed ("" if it did not)."""
    feed = session.book.feed
    config, status = feed.config(), feed.status()
    if config is None:
        return QCoreApplication.translate(
            "FeedDialog", "No calendar feed: ClientBook makes no network connection"), "", ""
    return config.masked(), status_line(config, status, session.now()), error_reason(status)


class FeedDialog(QDialog):
    """Save checks the address (https:// only) and keeps it in a private file; the reader
    then reads the feed at once. The saved address is never shown again in full."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.feed = session.book.feed
        self.setObjectName("feedDialog")
        self.setWindowTitle(self.tr("Calendar feed"))
        config = self.feed.config()
        self.saved = text_label(name="feedSaved")
        self.url_edit = QLineEdit(objectName="feedUrl")
        self.url_edit.setPlaceholderText(
            self.tr("Leave empty to keep the saved address") if config else "https://…")
        self.staff = staff_combo(session, config.staff_id if config else None)
        self.staff.setObjectName("feedStaff")
        self.staff.setItemText(0, self.tr("As each event says"))
        self.every = QSpinBox(objectName="feedMinutes")
        self.every.setRange(1, MAX_MINUTES)
        self.every.setValue(config.minutes if config else DEFAULT_MINUTES)
        plural_suffix(self.every, lambda n: self.tr(" minutes", "spin box suffix", n))
        self.enabled = QCheckBox(self.tr("&Read this feed"), objectName="feedEnabled")
        self.enabled.setChecked(config.enabled if config else True)
        self.status = text_label(name="feedStatusLine")
        privacy = text_label(self.tr(
            "Bookings from an online booking system or a shared calendar, imported like a "
            "calendar file. This is the only connection ClientBook makes to the internet, and "
            "only while a feed is set up. The address often holds a secret key: it is kept in "
            "a private file on this computer, never in backups, exports or the log."),
            name="feedPrivacy")
        self.error = error_label(self)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for label, field, name in (
                (self.tr("&Address:"), self.url_edit, self.tr("Feed address")),
                (self.tr("Bookings &with:"), self.staff, self.tr("Bookings with")),
                (self.tr("Read e&very:"), self.every, self.tr("Read every, in minutes"))):
            text = QLabel(label)
            text.setBuddy(field)
            field.setAccessibleName(name)
            form.addRow(text, field)
        form.addRow(self.saved)
        form.addRow("", self.enabled)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.remove_button = buttons.addButton(self.tr("Re&move feed"),
                                               QDialogButtonBox.ButtonRole.DestructiveRole)
        self.remove_button.setObjectName("feedRemove")
        self.remove_button.setEnabled(config is not None)
        self.remove_button.clicked.connect(self.remove)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(privacy)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.show_saved()
        self.resize(560, self.sizeHint().height())

    def show_saved(self) -> None:
        address, line, reason = feed_summary(self.session)
        config = self.feed.config()
        self.saved.setText(fill(self.tr("Saved address: %1"), [address]) if config else "")
        self.saved.setVisible(config is not None)
        self.status.setText(f"{line}\n{reason}" if reason else line)
        self.status.setVisible(bool(line))

    def save(self) -> bool:
        """Check and keep the feed, then have it read now; False (and why) if refused."""
        url = self.url_edit.text().strip() or None
        try:
            self.feed.configure(url, self.staff.currentData(), self.every.value(),
                                self.enabled.isChecked())
        except (ClientBookError, OSError) as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            if getattr(exc, "field", None) == "url":
                self.url_edit.setFocus()
            return False
        self.url_edit.clear()  # the address is not shown again, only its site
        self.session.changed.emit(Changes(feed=True))
        self.accept()
        return True

    def remove(self) -> None:
        if not msgbox.ask(self, self.tr("Remove the calendar feed"), self.tr(
                "Stop reading the feed and forget its address? The bookings it brought stay "
                "in the book.")):
            return
        self.feed.turn_off(forget=True)
        self.session.changed.emit(Changes(feed=True))
        self.accept()

    @classmethod
    def edit(cls, parent: QWidget | None, session: Session) -> bool:
        """Show the dialog; True when the feed was saved or removed."""
        return cls(session, parent).exec() == QDialog.DialogCode.Accepted


class FeedSettingsRow(QWidget):
    """Settings' row for the feed: the masked address, how the last refresh went, and the
    button that opens the feed's own dialog (the feed is kept apart from the book)."""

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.setObjectName("feedSettingsRow")
        self.summary = text_label(name="feedSummary", selectable=False)
        self.button = QPushButton(self.tr("Set &up…"), objectName="feedButton")
        self.button.setAutoDefault(False)
        self.button.setToolTip(self.tr("Read bookings from an online booking system or a "
                                       "shared calendar (https://)"))
        self.button.clicked.connect(self.open_feed)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.summary, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)
        session.changed.connect(self._on_changed)
        self.show_summary()

    def show_summary(self) -> None:
        address, line, reason = feed_summary(self.session)
        self.summary.setText(f"{address}\n{line}" if line else address)
        self.summary.setToolTip(reason)

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_feed() or changes.affects_agenda():
            self.show_summary()

    def open_feed(self) -> None:
        FeedDialog.edit(self.window(), self.session)

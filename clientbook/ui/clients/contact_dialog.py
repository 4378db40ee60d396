"""Before staff call, text or e-mail a client: their wishes, the recent log, one-click logging.

The warnings never block: the client may have asked to be called back. They make the
person pause ("Log it anyway?") so a client never gets a call, a text and an e-mail about the
same thing in one day.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.care.contact_rules import ContactCheck, ContactIssue
from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import ContactChannel, ContactEntry, ContactPreference
from clientbook.services.changes import Changes
from clientbook.services.followups.contacts import MAX_NOTE
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import error_label, staff_combo
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.labels import text_label
from clientbook.ui.widgets.plain_text import plain, tooltip, window_title

RECENT = 5
WARNING_STYLE = ("QFrame#contactWarnings { background: #fdf0c4; border: 1px solid #f0d98a; "
                 "border-radius: 6px; } QFrame#contactWarnings QLabel { color: #5a4100; }")
DO_NOT_CONTACT_STYLE = "color: #b00020; font-weight: bold; font-size: 12pt;"
HEADING_STYLE = "font-size: 14pt; font-weight: bold;"
# Session property remembering who logged the last contact, so the next one starts there.
LAST_STAFF = "contactStaffId"


def plain_label(text: str = "", style: str = "") -> QLabel:
    label = text_label(text)
    if style:
        label.setStyleSheet(style)
    return label


class ContactDialog(QDialog):
    """Tests build it directly and call `log_channel(...)`; `contact()` shows it."""

    def __init__(self, session: Session, client_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactDialog")
        self.session = session
        self.book = session.book
        self.client_id = client_id
        self.client = self.book.clients.get(client_id)
        self.logged: ContactEntry | None = None
        self.staff_names = {s.id: s.name for s in self.book.staff.all()}
        self.pref = pref = self.book.contacts.preference(client_id)
        self.preferred = pref.channel
        self.setWindowTitle(window_title(self.tr("Contact {name}").format(
            name=self.client.display_name)))

        self.heading = plain_label(self.client.display_name, HEADING_STYLE)
        self.heading.setObjectName("dialogHeading")
        self.wishes_label = plain_label(
            self.wishes_text(pref), DO_NOT_CONTACT_STYLE if pref.do_not_contact else "")
        self.wishes_label.setObjectName("contactWishesLine")
        self.last_label = plain_label()
        self.last_label.setObjectName("lastContact")
        self.warnings = QFrame()
        self.warnings.setObjectName("contactWarnings")
        self.warnings.setStyleSheet(WARNING_STYLE)
        self.warnings.setAccessibleName(self.tr("Warnings"))
        self.warnings_layout = QVBoxLayout(self.warnings)
        self.warnings_layout.setContentsMargins(10, 6, 10, 6)
        self.warnings_layout.setSpacing(2)
        self.recent_label = plain(QLabel(), self.tr("&Recent contacts:"))
        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recentContacts")
        self.recent_list.setAccessibleName(self.tr("Recent contacts"))
        self.recent_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.recent_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.recent_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.recent_list.setUniformItemSizes(True)
        self.recent_label.setBuddy(self.recent_list)

        self.note_edit = QLineEdit()
        self.note_edit.setObjectName("contactNote")
        self.note_edit.setMaxLength(MAX_NOTE)
        self.note_edit.setPlaceholderText(self.tr("e.g. Confirmed Tuesday's appointment"))
        self.note_edit.setAccessibleName(self.tr("What about?"))
        last_staff = session.property(LAST_STAFF)
        self.staff_combo = staff_combo(session, last_staff if isinstance(last_staff, int)
                                       else None)
        self.staff_combo.setAccessibleName(self.tr("Staff"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for text, field in ((self.tr("What &about?"), self.note_edit),
                            (self.tr("&Staff:"), self.staff_combo)):
            label = plain(QLabel(), text)
            label.setBuddy(field)
            form.addRow(label, field)

        self.channel_buttons = self._channel_buttons()
        channel_row = QHBoxLayout()
        for button in self.channel_buttons.values():
            channel_row.addWidget(button)
        self.error_label = error_label(self)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)

        layout = QVBoxLayout(self)
        for widget in (self.heading, self.wishes_label, self.last_label, self.warnings,
                       self.recent_label, self.recent_list):
            layout.addWidget(widget)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addLayout(channel_row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.refresh()
        self.note_edit.setFocus()
        self.resize(max(560, self.sizeHint().width()), self.sizeHint().height())

    # -- building -----------------------------------------------------------------------------

    def _channel_buttons(self) -> dict[ContactChannel, QPushButton]:
        C = ContactChannel
        labels = {C.CALL: self.tr("Log &call"), C.SMS: self.tr("Log &text"),
                  C.EMAIL: self.tr("Log &e-mail"), C.IN_PERSON: self.tr("Log &in person")}
        buttons = {}
        # One group signal to a bound method: a lambda holding `self` would keep the dialog alive.
        self.channel_group = QButtonGroup(self)
        self.channel_group.setExclusive(False)
        self.channel_group.idClicked.connect(self._channel_clicked)
        for number, (channel, label) in enumerate(labels.items()):
            if channel == self.preferred:
                label = self.tr("{button} (preferred)").format(button=label)
            button = QPushButton(label)
            button.setObjectName(f"log_{channel}")
            button.setAccessibleName(label.replace("&", ""))
            button.setToolTip(self.tr("Write down this {channel} as made now, and close").format(
                channel=self.channel_word(channel)))
            button.setAutoDefault(False)  # Enter is handled in keyPressEvent
            button.setDefault(channel == self.preferred)
            self.channel_group.addButton(button, number)
            buttons[channel] = button
        return buttons

    def _channel_clicked(self, number: int) -> None:
        self.log_channel(list(self.channel_buttons)[number])

    def refresh(self) -> None:
        """Read the log again: the last-contact line, the warnings and the recent list."""
        check = self._check_now()
        self.last_label.setText(self.last_text(check))
        while self.warnings_layout.count():
            item = self.warnings_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        lines = self.warning_lines(check)
        for line in lines:
            self.warnings_layout.addWidget(plain_label(line))
        self.warnings.setVisible(bool(lines))
        self.recent_list.clear()
        for entry in self.book.contacts.history(self.client_id, RECENT):
            when = f"{full_date(entry.at.date())} {entry.at.strftime('%H:%M')}"
            self.recent_list.addItem(self.entry_text(entry, when))
            item = self.recent_list.item(self.recent_list.count() - 1)
            item.setToolTip(tooltip(entry.note))
        has_history = self.recent_list.count() > 0
        self.recent_label.setVisible(has_history)
        self.recent_list.setVisible(has_history)
        rows = max(self.recent_list.count(), 1)
        self.recent_list.setFixedHeight(
            rows * self.recent_list.sizeHintForRow(0) + 2 * self.recent_list.frameWidth() + 6)

    def _check_now(self) -> ContactCheck:
        """What applies whatever the channel: do-not-contact, today, the quiet period."""
        return self.book.contacts.check(self.client_id)

    # -- words --------------------------------------------------------------------------------

    def channel_word(self, channel: ContactChannel) -> str:
        """'call', 'text', 'e-mail', 'conversation' as in "log this …"."""
        C = ContactChannel
        return {C.CALL: self.tr("call"), C.SMS: self.tr("text"), C.EMAIL: self.tr("e-mail"),
                C.IN_PERSON: self.tr("conversation")}[channel]

    def by_channel(self, channel: ContactChannel) -> str:
        C = ContactChannel
        return {C.CALL: self.tr("by call"), C.SMS: self.tr("by text"),
                C.EMAIL: self.tr("by e-mail"), C.IN_PERSON: self.tr("in person")}[channel]

    def once_every(self, days: int) -> str:
        if days == 0:
            return self.tr("no limit on how often")
        return self.tr("at most once every %n days", "", days)

    def firm_default(self) -> str:
        days = self.book.contacts.firm_quiet_days()
        if days == 0:
            return self.tr("firm default: no limit")
        return self.tr("firm default: once every %n days", "", days)

    def wishes_text(self, pref: ContactPreference) -> str:
        """The line under the name: how they like to be contacted, and how often."""
        if pref.do_not_contact:
            return self.tr("Asked not to be contacted")
        C = ContactChannel
        channel = {None: self.tr("No preference"), C.CALL: self.tr("Prefers phone calls"),
                   C.SMS: self.tr("Prefers text messages"), C.EMAIL: self.tr("Prefers e-mail"),
                   C.IN_PERSON: self.tr("Prefers to talk in person")}[pref.channel]
        often = (self.firm_default() if pref.quiet_days is None
                 else self.once_every(pref.quiet_days))
        return f"{channel} · {often}"

    def ago(self, days: int) -> str:
        if days == 0:
            return self.tr("today")
        if days == 1:
            return self.tr("yesterday")
        return self.tr("%n days ago", "", days)

    def entry_text(self, entry: ContactEntry, when: str) -> str:
        """'{when} by call — Mei: “Confirmed Tuesday”'."""
        text = f"{when} {self.by_channel(entry.channel)}"
        staff = self.staff_names.get(entry.staff_id) if entry.staff_id is not None else None
        if staff and entry.note:
            return text + self.tr(" — {staff}: “{note}”").format(staff=staff, note=entry.note)
        if staff:
            return text + f" — {staff}"
        if entry.note:
            return text + f" — “{entry.note}”"
        return text

    def last_text(self, check: ContactCheck) -> str:
        last = check.last
        if last is None:
            if self.book.contacts.history(self.client_id, 1):
                return self.tr("Never called, texted or e-mailed")
            return self.tr("Never contacted")
        when = self.tr("Last contacted {ago} ({when})").format(
            ago=self.ago(check.days_since_last or 0),
            when=f"{full_date(last.at.date())} {last.at.strftime('%H:%M')}")
        return self.entry_text(last, when)

    def warning_lines(self, check: ContactCheck) -> list[str]:
        lines = []
        for issue in check.issues:
            if issue == ContactIssue.DO_NOT_CONTACT:
                lines.append(self.tr("⚠ They asked not to be contacted."))
            elif issue == ContactIssue.ALREADY_TODAY:
                lines.append(self.tr("⚠ Already contacted today — never call, text and e-mail "
                                     "about the same thing in one day:"))
                lines.extend("    • " + self.entry_text(e, e.at.strftime("%H:%M"))
                             for e in check.today)
            elif issue == ContactIssue.QUIET_PERIOD:
                lines.append(self.tr("⚠ Too soon: last contacted {ago}; {wish}.").format(
                    ago=self.ago(check.days_since_last or 0), wish=self.quiet_wish(check)))
            elif issue == ContactIssue.OTHER_CHANNEL and check.preferred is not None:
                lines.append(self.tr("⚠ They prefer {channel}.").format(
                    channel=self.preferred_words(check.preferred)))
        return lines

    def quiet_wish(self, check: ContactCheck) -> str:
        if self.pref.quiet_days is None:
            return self.tr("the firm contacts a client {often}").format(
                often=self.once_every(check.quiet_days))
        return self.tr("they asked for {often}").format(often=self.once_every(check.quiet_days))

    def preferred_words(self, channel: ContactChannel) -> str:
        C = ContactChannel
        return {C.CALL: self.tr("a phone call"), C.SMS: self.tr("text messages"),
                C.EMAIL: self.tr("e-mail"), C.IN_PERSON: self.tr("to talk in person")}[channel]

    # -- logging ------------------------------------------------------------------------------

    def confirm(self, channel: ContactChannel, check: ContactCheck) -> bool:
        """Ask before logging against the client's wishes; True to go ahead."""
        if check.ok:
            return True
        first = self.tr("Before you log this {channel}:").format(
            channel=self.channel_word(channel))
        text = "\n".join([first, *self.warning_lines(check), "", self.tr("Log it anyway?")])
        return msgbox.ask(self, self.tr("Contact {name}?").format(
            name=self.client.display_name), text)

    def log_channel(self, channel: ContactChannel) -> ContactEntry | None:
        """Log a contact made now by `channel` and close; None if stopped (dialog stays)."""
        self.error_label.hide()
        try:
            check = self.book.contacts.check(self.client_id, channel)
        except ClientBookError as exc:
            self.show_error(error_text(exc))
            return None
        if not self.confirm(channel, check):
            return None
        note, staff_id = self.note_edit.text(), self.staff_combo.currentData()
        logged: list[ContactEntry] = []

        def write() -> Changes:
            entry, changes = self.book.contacts.log(self.client_id, channel, note, staff_id)
            logged.append(entry)
            return changes

        try:
            self.session.apply(write)
        except ClientBookError as exc:
            self.show_error(error_text(exc))
            return None
        self.logged = logged[0]
        self.session.setProperty(LAST_STAFF, staff_id)
        self.accept()
        return self.logged

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter clicks the focused button, else logs the preferred channel, else nothing.

        Without a preference no channel is guessed: a stray Enter must not log a call.
        """
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            elif self.preferred is not None:
                self.channel_buttons[self.preferred].click()
            event.accept()
            return
        super().keyPressEvent(event)

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    @classmethod
    def contact(cls, parent: QWidget | None, session: Session,
                client_id: int) -> ContactEntry | None:
        """Show the dialog; the logged contact, or None if closed without logging."""
        dialog = cls(session, client_id, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.logged if accepted else None
        finally:
            dialog.deleteLater()

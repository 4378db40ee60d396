"""The conflict dialog: another desk saved the record first; what they changed beside what
you changed, and what to keep — theirs, yours, or both merged where they do not overlap."""

from __future__ import annotations

import html
from datetime import datetime
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.conflicts import KEEP_THEIRS, FieldChange, can_merge, compare, merged
from clientbook.domain.errors import ConflictError
from clientbook.domain.words import fill

if TYPE_CHECKING:
    from clientbook.ui.session import Session


class ConflictDialog(QDialog):
    """Build it with the ConflictError; `decision` is KEEP_THEIRS, the record to save over
    theirs (mine, or the merge), or None (decide later: Esc; the form stays as typed)."""

    COL_FIELD, COL_BEFORE, COL_THEIRS, COL_MINE = range(4)

    def __init__(self, session: Session, conflict: ConflictError,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("conflictDialog")
        self.conflict = conflict
        self.decision: Any = None
        self.changes = compare(conflict.base, conflict.theirs, conflict.mine)
        self.mergeable = bool(self.changes) and can_merge(self.changes)
        self.staff = {s.id: s.name for s in session.book.staff.all()}
        desk = conflict.by or self.tr("Another desk")
        self.setWindowTitle(self.tr("Changed on another desk"))

        self.heading = QLabel(fill(self.tr(
            "%1 saved this record after you opened it. Nothing of yours has been saved "
            "yet, and nothing is lost: choose what to keep."), [desk]))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setObjectName("conflictHeading")

        self.table = QTableWidget(len(self.changes), 4)
        self.table.setObjectName("conflictTable")
        self.table.setAccessibleName(self.tr("Changed fields"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Field"), self.tr("When you opened it"),
            fill(self.tr("Theirs\n%1"), [desk]), self.tr("Yours")])  # the desk may be long
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(self.COL_FIELD, QHeaderView.ResizeMode.ResizeToContents)
        for row, change in enumerate(self.changes):
            self._fill_row(row, change)
        self.table.resizeRowsToContents()

        self.note = QLabel(self._note())
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.setObjectName("conflictNote")

        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.setObjectName("conflictMerge")
        self.merge_button.setToolTip(self.tr("Keep their changes and add yours"))
        self.merge_button.setEnabled(self.mergeable)
        self.mine_button = QPushButton(self.tr("&Use mine"))
        self.mine_button.setObjectName("conflictMine")
        self.mine_button.setToolTip(self.tr("Save your version over theirs"))
        self.theirs_button = QPushButton(self.tr("&Keep theirs"))
        self.theirs_button.setObjectName("conflictTheirs")
        self.theirs_button.setToolTip(self.tr("Throw your changes away and show theirs"))
        self.later_button = QPushButton(self.tr("Decide &later"))
        self.later_button.setObjectName("conflictLater")
        self.later_button.setToolTip(self.tr("Go back to your form as you typed it (Esc)"))
        buttons = QDialogButtonBox()
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mine_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.theirs_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(self.later_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.merge_button.clicked.connect(self.use_merge)
        self.mine_button.clicked.connect(self.use_mine)
        self.theirs_button.clicked.connect(self.keep_theirs)
        self.later_button.clicked.connect(self.reject)
        default = self.merge_button if self.mergeable else self.theirs_button
        default.setDefault(True)
        for button in (self.merge_button, self.mine_button, self.theirs_button):
            button.setAutoDefault(button is default)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.table.setFocus()

    # -- choices --------------------------------------------------------------------------
    def use_merge(self) -> None:
        if not self.mergeable:
            return
        c = self.conflict
        self.decision = merged(c.base, c.theirs, c.mine)
        self.accept()

    def use_mine(self) -> None:
        self.decision = self.conflict.mine
        self.accept()

    def keep_theirs(self) -> None:
        self.decision = KEEP_THEIRS
        self.accept()

    def reject(self) -> None:
        self.decision = None
        super().reject()

    @classmethod
    def decide(cls, parent: QWidget | None, session: Session, conflict: ConflictError
               ) -> Any:
        dialog = cls(session, conflict, parent)
        try:
            dialog.exec()
            return dialog.decision
        finally:
            dialog.deleteLater()

    # -- words ----------------------------------------------------------------------------
    def _note(self) -> str:
        if not self.changes:
            return self.tr("Their version and yours are the same.")
        if self.mergeable:
            return self.tr("They and you changed different fields: Merge keeps their changes "
                           "and adds yours.")
        both = ", ".join(self.field_name(c.field) for c in self.changes if c.overlaps)
        if not both:  # the version you opened is not known: every difference is a choice
            return self.tr("Keep their version or use yours.")
        return fill(self.tr("You both changed %1: keep their version or use yours."), [both])

    def _fill_row(self, row: int, change: FieldChange) -> None:
        bold = QFont(self.table.font())
        bold.setBold(True)
        cells = [(self.field_name(change.field), False),
                 (self.value_text(change.field, change.base) if change.known_base
                  else self.tr("(not known)"), False),
                 (self.value_text(change.field, change.theirs), change.theirs_changed),
                 (self.value_text(change.field, change.mine), change.mine_changed)]
        for column, (text, changed) in enumerate(cells):
            item = QTableWidgetItem(text)
            if changed:
                item.setFont(bold)
            if column:
                item.setToolTip(f"<p style='white-space: pre-wrap;'>"
                                f"{html.escape(text, quote=False)}</p>")
            self.table.setItem(row, column, item)

    def field_name(self, field: str) -> str:
        return {
            "display_name": self.tr("Name"), "given_name": self.tr("Given name"),
            "family_name": self.tr("Family name"), "address_as": self.tr("Address as"),
            "phones": self.tr("Phones"), "email": self.tr("E-mail"),
            "birthday": self.tr("Birthday"), "notes": self.tr("Notes"),
            "designer_id": self.tr("Designer"), "preferences": self.tr("Preferences"),
            "archived": self.tr("Archived"), "health_consent_at": self.tr("Health consent"),
            "starts_at": self.tr("Time"), "duration_min": self.tr("Length"),
            "staff_id": self.tr("Staff"), "service": self.tr("Service"),
            "status": self.tr("Status"), "text": self.tr("Promise"),
            "due_at": self.tr("Due"), "done_at": self.tr("Kept"),
            "cancelled_at": self.tr("Cancelled"), "visited_at": self.tr("Visit time"),
            "spend": self.tr("Spend"), "name": self.tr("Name"), "role": self.tr("Role"),
            "active": self.tr("Active"),
        }.get(field, field)

    def value_text(self, field: str, value: Any) -> str:
        """A value as the window shows it; the empty ones say so."""
        if value is None or value in ("", ()):
            return self.tr("(empty)")
        if field in ("staff_id", "designer_id"):
            return self.staff.get(value, str(value))
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, datetime):
            return QLocale().toString(QDateTime(value), QLocale.FormatType.ShortFormat)
        if isinstance(value, Decimal):
            return QLocale().toString(float(value), "f", 2)
        if field == "duration_min":
            return fill(self.tr("%1 min"), [value])
        if field == "status":
            return {"booked": self.tr("Booked"), "arrived": self.tr("Arrived"),
                    "done": self.tr("Done"), "cancelled": self.tr("Cancelled"),
                    "no_show": self.tr("No-show")}.get(str(value), str(value))
        if field == "preferences":
            return "\n".join(value_ + (f" ({detail})" if detail else "")
                             for _category, value_, detail, _avoid in value)
        if field == "phones":
            return ", ".join(value)
        if field == "birthday":
            return value.iso()
        return str(value)

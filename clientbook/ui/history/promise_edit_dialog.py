"""Correct a promise already written down: what was promised, and who promised it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QWidget

from clientbook.domain.models import Promise
from clientbook.services.changes import Changes
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import RecordDialog, staff_combo
from clientbook.ui.widgets.plain_text import plain, window_title


class PromiseEditDialog(RecordDialog):
    """Its due time moves with Reschedule (the move is kept), not here."""

    def __init__(self, session: Session, promise: Promise, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.setObjectName("promiseEditDialog")
        self.promise = promise
        name = self.book.clients.get(promise.client_id).display_name
        self.setWindowTitle(window_title(self.tr("Promise — {name}").format(name=name)))
        plain(self.error_label)
        self.set_heading(name, self.tr("Correcting a promise already written down."))
        self.text_edit = QLineEdit(promise.text)
        self.staff_combo = staff_combo(session, promise.staff_id)
        self.add_row(self.tr("&Promise:"), self.text_edit, self.text_edit, self.tr("Promise"))
        self.add_row(self.tr("&By:"), self.staff_combo, self.staff_combo,
                     self.tr("Who promised it"))
        self.field_widgets = {"text": self.text_edit, "staff_id": self.staff_combo}
        self.text_edit.setFocus()
        self.resize(440, self.sizeHint().height())

    def build(self) -> tuple[Promise, Callable[[], Changes]]:
        corrected = replace(self.promise, text=self.text_edit.text(),
                            staff_id=self.staff_combo.currentData())
        corrections = self.book.corrections
        return corrected, lambda: corrections.edit_promise(
            corrected.id, text=corrected.text, staff_id=corrected.staff_id, seen=self.promise)

    @classmethod
    def correct(cls, parent: QWidget | None, session: Session, promise: Promise
                ) -> Promise | None:
        return cls(session, promise, parent).run()

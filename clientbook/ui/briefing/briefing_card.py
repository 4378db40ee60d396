"""The receptionist's pre-visit briefing card: who is coming and what matters today, at a glance."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QVBoxLayout, QWidget

from clientbook.domain.care.briefing import Briefing
from clientbook.domain.models import HAVE_READY, Preference
from clientbook.ui.briefing.briefing_words import BriefingWords
from clientbook.ui.briefing.card_parts import DEFAULT_STYLE, select_from_press
from clientbook.ui.briefing.card_sections import (
    CardWidgets,
    PreferenceRows,
    PromiseRow,
    Section,
    put,
    restyle,
    show,
)
from clientbook.ui.widgets.formats import capitals
from clientbook.ui.widgets.labels import scroll_area


class BriefingCard(QFrame):
    """Shows one Briefing. Its buttons ask the window to act, by id:
    a promise kept, moved or cancelled; the reward handed over; contacting the client."""

    promiseDone = Signal(int)
    promiseReschedule = Signal(int)
    promiseCancel = Signal(int)
    rewardRedeemed = Signal(int)
    contactRequested = Signal(int)
    messageRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefingCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        app = QApplication.instance()
        if app is None or "briefingCard" not in app.styleSheet():
            self.setStyleSheet(DEFAULT_STYLE)
        self.words = BriefingWords(self)
        widest = max(self._metrics(8, True).horizontalAdvance(capitals(h))
                     for h in self.words.headings().values())
        # All headings one width, so the columns line up; a long (Greek) heading wraps onto
        # two lines rather than taking the room the details need on a 1024 px screen.
        self._heading_width = min(widest + 6, 120)
        self._scroll = scroll_area("cardScroll")  # a safety net: it should never be needed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self._scroll)
        bold, plain = self._metrics(10, True), self._metrics(10, False)
        self._bold, self._tag_width = bold, max(
            plain.horizontalAdvance(self.words.category(c)) for c in HAVE_READY)
        self._lines: list[str] = []
        self.briefing: Briefing | None = None
        content = QWidget()
        content.setObjectName("cardContent")
        self._body = QVBoxLayout(content)
        self._body.setContentsMargins(18, 16, 18, 14)
        self._body.setSpacing(10)
        self._body.addStretch(1)  # below the parts when there are no notes to take the room
        self._scroll.setWidget(content)
        self._parts = self._new_parts()
        self._stale = False
        self.show_briefing(None)

    def sizeHint(self) -> QSize:
        return QSize(560, 680)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A press on the card's text starts selecting it (see card_parts.text_label)."""
        if not select_from_press(self, event):
            super().mousePressEvent(event)

    # -- building ---------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        # Styled again (moved to another parent): parts left out had no name meanwhile, so
        # their look may not be theirs. They are made afresh at the next showing.
        parts = getattr(self, "_parts", None)
        if event.type() == QEvent.Type.StyleChange and parts is not None and parts.full:
            self._stale = True
        super().changeEvent(event)

    def show_briefing(self, briefing: Briefing | None, currency: str = "EUR") -> None:
        """Fill the card's widgets in place — made once, not for every client, so a newly
        selected client's card is painted within one frame."""
        self.briefing = briefing
        if self._stale:
            self._stale = False
            for widget in self._parts.in_order():
                self._body.removeWidget(widget)
                widget.hide()
                widget.deleteLater()  # may hold the button whose click led here
            self._parts = self._new_parts()
        parts = self._parts
        if briefing is not None and not parts.full:
            for n, widget in enumerate(parts.build(self), start=1):
                self._body.insertWidget(n, widget)
                widget.ensurePolished()  # styled now, by name, before any part is left out
        self._lines = []
        self._scroll.verticalScrollBar().setValue(0)
        show(parts.empty, briefing is None)
        if briefing is None:
            self._lines.append(parts.empty_label.text())
            for widget in parts.in_order()[1:]:
                show(widget, False)
            self._body.setStretch(self._body.count() - 1, 0)
        else:
            self._fill(briefing, currency)
        self.setAccessibleDescription(self.plain_text())

    def _new_parts(self) -> CardWidgets:
        parts = CardWidgets(self._texts(), self._heading_width)
        self._body.insertWidget(0, parts.empty, 1)
        parts.empty.ensurePolished()
        return parts

    def client_id(self) -> int:
        """The shown client's id (0 when none): what the card's buttons act on."""
        return self.briefing.client.id if self.briefing is not None else 0

    def _texts(self) -> dict[str, str]:
        return {
            "empty": self.tr("Select an appointment or a client to see their briefing"),
            "message": self.tr("Message…"),
            "message_tip": self.tr("Write to the client: a reminder, birthday wishes, a reward"),
            "handed": self.tr("Handed over"),
            "handed_tip": self.tr("Record that the client received the reward today"),
            "handed_name": self.tr("Mark the reward handed over"),
            "contact": self.tr("Contact…"),
            "contact_tip": self.tr("Check their wishes and log a call, text or e-mail"),
            "done": self.tr("Done"), "overdue": self.words.overdue(),
            "more_tip": self.tr("Reschedule or cancel"),
            "reschedule": self.tr("Chan&ge date…"),
            "cancel_promise": self.tr("&Cancel promise…"),
            "kept": self.tr("Mark promise kept: {text}"),
            "more": self.tr("More for promise: {text}"),
        }

    def _fill(self, b: Briefing, currency: str) -> None:
        w, p, out = self.words, self._parts, self._lines
        heads = w.headings()
        self._header(b)
        birthday = put(p.birthday, w.birthday(b))
        if birthday:
            restyle(p.birthday, "today", b.birthday is not None and b.birthday.days_until == 0)
            out.append(birthday)
        self._reward(b, currency)
        self._prefs(p.ready, p.ready_rows, heads["ready"], b.have_ready, b, avoid=False)
        self._prefs(p.avoid, p.avoid_rows, heads["avoid"], b.cautions, b, avoid=True)
        # The name stays whole; on a narrow card the share beside it wraps instead ("Sc…").
        p.designer_name.setText(w.designer(b))
        lines = [p.designer_name.text()]
        if share := put(p.designer_share, w.designer_share(b)):
            lines = [f"{p.designer_name.text()} ({share})"]
        if warning := put(p.designer_warning, w.designer_warning(b)):
            lines.append(warning)
        show(p.designer.frame, True)
        p.designer.fill(heads["designer"], lines, out)
        self._visits(b, currency)
        self._promises(b)
        self._contact(b)
        likes = " · ".join(pref.text() for pref in b.other_likes)
        show(p.likes.frame, bool(likes))
        if likes:
            p.likes_text.setText(likes)
            p.likes.fill(heads["likes"], [likes], out)
        notes = b.client.notes.strip()
        show(p.notes.frame, bool(notes))
        self._body.setStretchFactor(p.notes.frame, 1 if notes else 0)
        self._body.setStretch(self._body.count() - 1, 0 if notes else 1)
        if notes:
            p.notes_text.setText(notes)
            p.notes_scroll.verticalScrollBar().setValue(0)
            p.notes.fill(heads["notes"], [notes], out)

    def _header(self, b: Briefing) -> None:
        c, p = b.client, self._parts
        show(p.header, True)
        p.avatar.set_name(c.display_name)
        p.name.setText(c.display_name)
        self._lines.append(c.display_name)
        if put(p.greet, self.words.greet(c) if c.address_as else None):
            self._lines.append(p.greet.text())
        if put(p.phones, "  ·  ".join(c.phones)):
            self._lines.append(self.tr("Phone: {phones}").format(phones=", ".join(c.phones)))

    def _metrics(self, point_size: float, bold: bool) -> QFontMetrics:
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return QFontMetrics(font)

    def _prefs(self, section: Section, rows: PreferenceRows, heading: str,
               prefs: list[Preference], b: Briefing, avoid: bool) -> None:
        """Rows of tag · value (bold, wraps only past ~24 characters) · detail (wraps)."""
        show(section.frame, bool(prefs))
        if not prefs:
            return
        bold = self._bold
        cap = bold.averageCharWidth() * 24
        # Both lists share column widths so values and details line up across them.
        value_width = max(min(bold.horizontalAdvance(p.value) + 4, cap)
                          for p in b.have_ready + b.cautions)
        texts, lines = [], []
        for p in prefs:
            tag = "⚠" if avoid else self.words.category(p.category)
            texts.append((tag, p.value, p.detail))
            detail = f" — {p.detail}" if p.detail else ""
            lines.append(f"{tag} {p.value}{detail}" if avoid else f"{tag}: {p.value}{detail}")
        rows.fill(texts, (self._tag_width, value_width))
        if avoid:  # shown, never hidden: the allergy matters more than the missing paperwork
            flag = self.words.health_consent_missing() if b.health_consent_missing else None
            if put(self._parts.consent, flag):
                lines.append(flag)
        section.fill(heading, lines, self._lines)

    def _visits(self, b: Briefing, currency: str) -> None:
        w, p = self.words, self._parts
        lines = []
        p.visit_count.setText(w.visit_count(b.visit_count))
        last = b.last_visits[0] if b.last_visits else None
        if put(p.last_visit, w.visit(last, b, currency) if last else None):
            lines.append(f"{p.last_visit.text()} ({p.visit_count.text()})")
            if put(p.last_notes, last.notes):
                lines.append(last.notes)
        else:
            show(p.last_notes, False)
            lines.append(p.visit_count.text())
        for widget, text in ((p.next_appointment, w.next_appointment(b)),
                             (p.reward_progress, w.reward_progress(b, currency)),
                             (p.missed, w.missed(b))):
            if put(widget, text):
                lines.append(text)
        show(p.visits.frame, True)
        p.visits.fill(w.headings()["visits"], lines, self._lines)

    def _promises(self, b: Briefing) -> None:
        p = self._parts
        show(p.promises.frame, bool(b.open_promises))
        if not b.open_promises:
            return
        texts, lines = self._parts.texts, []
        while len(p.promise_rows) < len(b.open_promises):
            row = PromiseRow(texts, self.promiseDone.emit, self.promiseReschedule.emit,
                             self.promiseCancel.emit)
            p.promises.add(row.row)
            row.row.ensurePolished()  # styled before the layout measures it
            p.promise_rows.append(row)
        for n, row in enumerate(p.promise_rows):
            show(row.row, n < len(b.open_promises))
            if n >= len(b.open_promises):
                continue
            promise = b.open_promises[n]
            overdue = promise.id in b.overdue_promise_ids
            due = self.words.promise_due(promise, b)
            row.fill(texts, promise.id, promise.text, due, overdue)
            flag = f"{self.words.overdue()}: " if overdue else ""
            lines.append(f"{flag}{promise.text} ({due})")
        p.promises.fill(self.words.headings()["promises"], lines, self._lines)

    def _reward(self, b: Briefing, currency: str) -> None:
        """A green strip when a reward is due today (with "Handed over"), or was given today."""
        p = self._parts
        text = self.words.reward(b, currency)
        show(p.reward, text is not None)
        if text is None:
            return
        p.reward_text.setText(f"★ {text}")
        restyle(p.reward, "given", b.reward_redeemed_today is not None)
        show(p.redeem, b.reward_due)
        self._lines.append(text)

    def _contact(self, b: Briefing) -> None:
        """How the client wants to be contacted and when they last were, with "Contact…"."""
        p = self._parts
        wishes = self.words.contact_wishes(b)
        last = self.words.last_contact(b.last_contact, b.today)
        show(p.contact.frame, not (wishes is None and last is None))
        if wishes is None and last is None:
            return
        lines = []
        dnc = b.contact.do_not_contact
        put(p.do_not_contact, wishes if dnc else None)
        put(p.wishes, None if dnc else wishes)
        if wishes is not None:
            lines.append(wishes)
        if put(p.last_contact, last):
            lines.append(last)
        p.contact.fill(self.words.headings()["contact"], lines, self._lines)

    # -- reading ----------------------------------------------------------------------------

    def plain_text(self) -> str:
        """Everything the card shows, as plain text (also its accessible description)."""
        return "\n".join(self._lines)

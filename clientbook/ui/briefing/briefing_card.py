"""The receptionist's pre-visit briefing card: who is coming and what matters today, at a glance."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.care.briefing import Briefing
from clientbook.domain.models import (
    HAVE_READY,
    Preference,
)
from clientbook.ui.briefing.briefing_words import BriefingWords
from clientbook.ui.briefing.card_parts import (
    DEFAULT_STYLE,
    InitialsAvatar,
    select_from_press,
    text_label,
    unselectable,
)
from clientbook.ui.widgets.formats import capitals
from clientbook.ui.widgets.labels import hbox_row, scroll_area


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
        self._retired: list[QWidget] = []
        self._lines: list[str] = []
        self.briefing: Briefing | None = None
        self.show_briefing(None)

    def sizeHint(self) -> QSize:
        return QSize(560, 680)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A press on the card's text starts selecting it (see card_parts.text_label)."""
        if not select_from_press(self, event):
            super().mousePressEvent(event)

    # -- building ---------------------------------------------------------------------------

    def show_briefing(self, briefing: Briefing | None, currency: str = "EUR") -> None:
        self.briefing = briefing
        self._lines = []
        content = QWidget()
        content.setObjectName("cardContent")
        self._body = QVBoxLayout(content)
        self._body.setContentsMargins(18, 16, 18, 14)
        self._body.setSpacing(10)
        if briefing is None:
            self._empty()
        else:
            self._fill(briefing, currency)
        self._swap(content)
        self.setAccessibleDescription(self.plain_text())

    def _swap(self, content: QWidget) -> None:
        # The old content may hold the "Done" button whose click led here, so it is deleted
        # later, not now; unparented at once so findChild sees only the new card.
        old = self._scroll.takeWidget()
        self._retired = [w for w in self._retired if shiboken6.isValid(w)]
        if old is not None:
            old.hide()
            old.deleteLater()
            self._retired.append(old)
        self._scroll.setWidget(content)

    def _empty(self) -> None:
        text = self.tr("Select an appointment or a client to see their briefing")
        label = text_label(text, "cardEmpty")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._body.addStretch(1)
        self._body.addWidget(label)
        self._body.addStretch(2)
        self._lines.append(text)

    def _fill(self, b: Briefing, currency: str) -> None:
        w = self.words
        heads = w.headings()
        self._header(b)
        if birthday := w.birthday(b):
            label = text_label(birthday, "cardBirthday")
            label.setProperty("today", b.birthday is not None and b.birthday.days_until == 0)
            self._body.addWidget(label)
            self._lines.append(birthday)
        self._reward(b, currency)
        if b.have_ready:
            self._prefs("cardHaveReady", heads["ready"], b.have_ready, b)
        if b.cautions:
            self._prefs("cardAvoid", heads["avoid"], b.cautions, b)
        # The name stays whole; on a narrow card the share beside it wraps instead ("Sc…").
        name = text_label(w.designer(b), "cardDesignerName", "value", wrap=False)
        row, h = hbox_row()
        h.addWidget(name, 0, Qt.AlignmentFlag.AlignTop)
        lines = [name.text()]
        if share := w.designer_share(b):
            label = text_label(share, "cardDesignerShare", "meta")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            h.addWidget(label, 1, Qt.AlignmentFlag.AlignTop)
            lines = [f"{name.text()} ({share})"]
        else:
            h.addStretch(1)
        designer = [row]
        if warning := w.designer_warning(b):
            designer.append(text_label(warning, "cardDesignerWarning"))
            lines.append(warning)
        self._section("cardDesigner", heads["designer"], designer, lines)
        self._visits(b, currency)
        if b.open_promises:
            self._promises(b)
        self._contact(b)
        if b.other_likes:
            text = " · ".join(p.text() for p in b.other_likes)
            self._section("cardLikes", heads["likes"], [text_label(text, "cardLikesText")], [text])
        self._notes(b)

    def _header(self, b: Briefing) -> None:
        c = b.client
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(InitialsAvatar(c.display_name), 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.setSpacing(2)
        col.addWidget(text_label(c.display_name, "cardName"))
        self._lines.append(c.display_name)
        if c.address_as:
            col.addWidget(text_label(self.words.greet(c), "cardGreet"))
            self._lines.append(self.words.greet(c))
        if c.phones:
            phones = "  ·  ".join(c.phones)
            col.addWidget(text_label(phones, "cardPhones"))
            self._lines.append(self.tr("Phone: {phones}").format(phones=", ".join(c.phones)))
        col.addStretch(1)
        row.addLayout(col, 1)
        message = QPushButton(self.tr("Message…"), objectName="cardMessageButton")
        message.setToolTip(self.tr("Write to the client: a reminder, birthday wishes, a reward"))
        message.clicked.connect(lambda: self.messageRequested.emit(c.id))
        row.addWidget(message, 0, Qt.AlignmentFlag.AlignTop)
        self._body.addLayout(row)

    def _section(self, name: str, heading: str, widgets: list[QWidget], lines: list[str]
                 ) -> QFrame:
        """A titled block: a small grey heading on the left, the content on the right."""
        frame = QFrame()
        frame.setObjectName(name)
        outer = QHBoxLayout(frame)
        outer.setContentsMargins(8, 4, 8, 4)  # same for all, so the columns line up
        outer.setSpacing(12)
        title = text_label(capitals(heading), "cardHeading")
        unselectable(title)
        title.setFixedWidth(self._heading_width)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        title.setContentsMargins(0, 3, 0, 0)
        outer.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        inner = QVBoxLayout()
        inner.setSpacing(3)
        for widget in widgets:
            inner.addWidget(widget)
        outer.addLayout(inner, 1)
        self._body.addWidget(frame)
        self._lines.append(f"{heading}:")
        self._lines.extend(f"  {line}" for line in lines)
        return frame

    def _metrics(self, point_size: float, bold: bool) -> QFontMetrics:
        font = QFont(self.font())
        font.setPointSizeF(point_size)
        font.setBold(bold)
        return QFontMetrics(font)

    def _prefs(self, name: str, heading: str, prefs: list[Preference], b: Briefing) -> None:
        """Rows of tag · value (bold, wraps only past ~24 characters) · detail (wraps)."""
        table = QWidget()
        grid = QGridLayout(table)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(3)
        bold, plain = self._metrics(10, True), self._metrics(10, False)
        cap = bold.averageCharWidth() * 24
        # Both lists share column widths so values and details line up across them.
        grid.setColumnMinimumWidth(1, max(min(bold.horizontalAdvance(p.value) + 4, cap)
                                          for p in b.have_ready + b.cautions))
        avoid = name == "cardAvoid"
        tags = [self.words.category(c) for c in HAVE_READY]
        grid.setColumnMinimumWidth(0, max(plain.horizontalAdvance(t) for t in tags))
        lines = []
        for row, p in enumerate(prefs):
            tag = "⚠" if avoid else self.words.category(p.category)
            value = text_label(p.value, role="value")
            top = Qt.AlignmentFlag.AlignTop
            grid.addWidget(text_label(tag, role="tag", wrap=False), row, 0, top)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text_label(p.detail, role="detail"), row, 2, Qt.AlignmentFlag.AlignTop)
            detail = f" — {p.detail}" if p.detail else ""
            lines.append(f"{tag} {p.value}{detail}" if avoid else f"{tag}: {p.value}{detail}")
        grid.setColumnStretch(2, 1)
        widgets: list[QWidget] = [table]
        if avoid and b.health_consent_missing:
            # Shown, never hidden: the allergy matters more than the missing paperwork.
            flag = self.words.health_consent_missing()
            widgets.append(text_label(flag, "cardConsentMissing", "meta"))
            lines.append(flag)
        self._section(name, heading, widgets, lines)

    def _visits(self, b: Briefing, currency: str) -> None:
        w = self.words
        widgets, lines = [], []
        count = text_label(w.visit_count(b.visit_count), "cardVisitCount", "meta", wrap=False)
        if b.last_visits:
            last = b.last_visits[0]
            row, h = hbox_row()
            text = w.visit(last, b, currency)
            h.addWidget(text_label(text, "cardLastVisitText", "value"), 1,
                        Qt.AlignmentFlag.AlignTop)
            h.addWidget(count, 0, Qt.AlignmentFlag.AlignTop)
            widgets.append(row)
            lines.append(f"{text} ({count.text()})")
            if last.notes:
                widgets.append(text_label(last.notes, "cardLastVisitNotes", "quote"))
                lines.append(last.notes)
        else:
            widgets.append(count)
            lines.append(count.text())
        if nxt := w.next_appointment(b):
            widgets.append(text_label(nxt, "cardNextAppointment", "meta"))
            lines.append(nxt)
        if progress := w.reward_progress(b, currency):
            widgets.append(text_label(progress, "cardRewardProgress", "meta"))
            lines.append(progress)
        if missed := w.missed(b):
            widgets.append(text_label(missed, "cardMissed", "meta"))
            lines.append(missed)
        self._section("cardLastVisit", w.headings()["visits"], widgets, lines)

    def _promises(self, b: Briefing) -> None:
        widgets, lines = [], []
        for p in b.open_promises:
            overdue = p.id in b.overdue_promise_ids
            row, h = hbox_row(8)
            if overdue:
                h.addWidget(text_label(self.words.overdue(), "cardOverdue", wrap=False), 0,
                            Qt.AlignmentFlag.AlignTop)
            text = text_label(p.text, "cardPromiseText")
            due = text_label(self.words.promise_due(p, b), "cardPromiseDue", "meta")
            for label in (text, due):
                label.setProperty("overdue", overdue)
            col = QVBoxLayout()
            col.setSpacing(0)
            col.addWidget(text)
            col.addWidget(due)
            h.addLayout(col, 1)
            done = QPushButton(self.tr("Done"))
            done.setObjectName("cardPromiseDone")
            done.setProperty("promiseId", p.id)
            done.setAccessibleName(self.tr("Mark promise kept: {text}").format(text=p.text))
            done.setCursor(Qt.CursorShape.PointingHandCursor)
            done.clicked.connect(lambda _=False, pid=p.id: self.promiseDone.emit(pid))
            h.addWidget(done, 0, Qt.AlignmentFlag.AlignTop)
            h.addWidget(self._promise_menu(p.id, p.text), 0, Qt.AlignmentFlag.AlignTop)
            widgets.append(row)
            flag = f"{self.words.overdue()}: " if overdue else ""
            lines.append(f"{flag}{p.text} ({due.text()})")
        self._section("cardPromises", self.words.headings()["promises"], widgets, lines)

    def _promise_menu(self, promise_id: int, text: str) -> QToolButton:
        more = QToolButton()
        more.setObjectName("cardPromiseMore")
        more.setText("⋯")
        more.setProperty("promiseId", promise_id)
        more.setAccessibleName(self.tr("More for promise: {text}").format(text=text))
        more.setToolTip(self.tr("Reschedule or cancel"))
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        menu.addAction(self.tr("Chan&ge date…"), lambda: self.promiseReschedule.emit(promise_id))
        menu.addAction(self.tr("&Cancel promise…"), lambda: self.promiseCancel.emit(promise_id))
        more.setMenu(menu)
        return more

    def _reward(self, b: Briefing, currency: str) -> None:
        """A green strip when a reward is due today (with "Handed over"), or was given today."""
        text = self.words.reward(b, currency)
        if text is None:
            return
        frame = QFrame()
        frame.setObjectName("cardReward")
        frame.setProperty("given", b.reward_redeemed_today is not None)
        row = QHBoxLayout(frame)
        row.setContentsMargins(10, 5, 6, 5)
        row.addWidget(text_label(f"★ {text}", "cardRewardText"), 1)
        if b.reward_due:
            button = QPushButton(self.tr("Handed over"))
            button.setObjectName("cardRedeem")
            button.setToolTip(self.tr("Record that the client received the reward today"))
            button.setAccessibleName(self.tr("Mark the reward handed over"))
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda: self.rewardRedeemed.emit(b.client.id))
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        self._body.addWidget(frame)
        self._lines.append(text)

    def _contact(self, b: Briefing) -> None:
        """How the client wants to be contacted and when they last were, with "Contact…"."""
        wishes = self.words.contact_wishes(b)
        last = self.words.last_contact(b.last_contact, b.today)
        if wishes is None and last is None:
            return
        widgets, lines = [], []
        row, h = hbox_row(8)
        if wishes is not None:
            name = "cardDoNotContact" if b.contact.do_not_contact else "cardContactWishes"
            # Stretch 1: a wrapping label left at 0 beside a stretch was squeezed to one word
            # per line ("Prefers / text / message").
            h.addWidget(text_label(wishes, name, "" if b.contact.do_not_contact else "value",
                                   wrap=not b.contact.do_not_contact), 1, Qt.AlignmentFlag.AlignTop)
            lines.append(wishes)
        else:
            h.addStretch(1)
        button = QPushButton(self.tr("Contact…"))
        button.setObjectName("cardContactButton")
        button.setToolTip(self.tr("Check their wishes and log a call, text or e-mail"))
        button.clicked.connect(lambda: self.contactRequested.emit(b.client.id))
        h.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        widgets.append(row)
        if last is not None:
            widgets.append(text_label(last, "cardLastContact", "meta"))
            lines.append(last)
        self._section("cardContact", self.words.headings()["contact"], widgets, lines)

    def _notes(self, b: Briefing) -> None:
        notes = b.client.notes.strip()
        if not notes:
            self._body.addStretch(1)
            return
        label = text_label(notes, "cardNotes")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body = QWidget()  # wrapped in a layout so the label wraps to the area's width
        body.setObjectName("cardNotesBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(label, 1)
        scroll = scroll_area("cardNotesScroll")
        scroll.setWidget(body)
        scroll.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        scroll.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        frame = self._section("cardNotesSection", self.words.headings()["notes"], [scroll],
                              [notes])
        self._body.setStretchFactor(frame, 1)

    # -- reading ----------------------------------------------------------------------------

    def plain_text(self) -> str:
        """Everything the card shows, as plain text (also its accessible description)."""
        return "\n".join(self._lines)

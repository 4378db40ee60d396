"""The receptionist's pre-visit briefing card: who is coming and what matters today, at a glance."""

from __future__ import annotations

import unicodedata
import zlib

import shiboken6
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.briefing import Briefing
from clientbook.domain.models import (
    HAVE_READY,
    Preference,
)
from clientbook.ui.briefing_words import BriefingWords, is_cjk

#: Muted colours that keep white initials readable; a name always gets the same one.
AVATAR_COLOURS = ("#5b7db1", "#3f8a7e", "#8e5f99", "#b0654a", "#5f8a3e", "#a85a73",
                  "#4f7590", "#7a64ad", "#2f7f95", "#93702f")

#: Built-in look. Applied only when the application stylesheet does not theme the card,
#: because a widget's own stylesheet would otherwise win over resources/ styles.
DEFAULT_STYLE = """
#briefingCard { background: #ffffff; border: 1px solid #d9dde3; border-radius: 10px; }
#briefingCard QLabel { color: #1f2933; font-size: 10pt; }
#cardScroll, #cardContent, #cardNotesScroll, #cardNotesBody {
    background: transparent; border: none; }
#briefingCard QLabel#cardName { font-size: 15pt; font-weight: bold; }
#briefingCard QLabel#cardGreet, #briefingCard QLabel#cardPhones { color: #52606d; }
#briefingCard QLabel#cardEmpty { color: #7b8794; font-size: 11pt; }
#briefingCard QLabel#cardHeading { color: #7b8794; font-size: 8pt; font-weight: bold; }
#briefingCard QLabel[role="tag"], #briefingCard QLabel[role="meta"] { color: #7b8794; }
#briefingCard QLabel[role="value"] { font-weight: bold; }
#briefingCard QLabel[role="quote"] { color: #52606d; font-style: italic; }
#briefingCard QLabel#cardBirthday { background: #fff6d8; border: 1px solid #f0d283;
    border-radius: 6px; padding: 5px 10px; color: #6b4e00; }
#briefingCard QLabel#cardBirthday[today="true"] { font-weight: bold; background: #ffefb8; }
#briefingCard QFrame#cardAvoid { background: #fff3ec; border-left: 3px solid #d9480f;
    border-radius: 4px; }
#briefingCard #cardAvoid QLabel { color: #7c2d12; }
#briefingCard #cardAvoid QLabel#cardHeading { color: #c2410c; }
#briefingCard QLabel#cardDesignerWarning { color: #b45309; font-weight: bold; }
#briefingCard QLabel#cardOverdue { color: #ffffff; background: #c81e1e; border-radius: 4px;
    padding: 1px 6px; font-size: 9pt; font-weight: bold; }
#briefingCard QLabel[overdue="true"] { color: #b91c1c; }
#briefingCard QPushButton#cardPromiseDone { padding: 2px 10px; border: 1px solid #cbd2d9;
    border-radius: 4px; background: #f5f7fa; color: #1f2933; font-size: 9pt; }
#briefingCard QPushButton#cardPromiseDone:hover { background: #e4e7eb; }
"""


def initials(name: str) -> str:
    """'ΘΒ' for 'Θανάσης Βλάχος'; for a CJK name its first character (the family name)."""
    name = unicodedata.normalize("NFC", name).strip()
    if name and is_cjk(name[0]):
        return name[0]
    firsts = [c for c in (next((c for c in w if c.isalnum()), "") for w in name.split()) if c]
    return (firsts[0] + firsts[-1] if len(firsts) > 1 else "".join(firsts) or "?").upper()


class InitialsAvatar(QWidget):
    """A photo-free avatar: the client's initials on a colour derived from their name."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("cardAvatar")
        self.name, self.letters = name, initials(name)
        side = round(self.fontMetrics().height() * 3)  # scales with the font, not pixels
        self.setFixedSize(QSize(side, side))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        colour = AVATAR_COLOURS[zlib.crc32(self.name.encode()) % len(AVATAR_COLOURS)]
        painter.setBrush(QColor(colour))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * (1.7 if len(self.letters) < 2 else 1.45))
        # Wide letters (МШ, WM) must stay inside the circle.
        while (QFontMetrics(font).horizontalAdvance(self.letters) > self.width() * 0.7
               and font.pointSizeF() > 6):
            font.setPointSizeF(font.pointSizeF() - 0.5)
        painter.setFont(font)
        painter.setPen(QColor("#ffffff"))
        painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.letters)


def _label(text: str, name: str = "", role: str = "", wrap: bool = True) -> QLabel:
    """A label that shows user text literally: never rich text, never fetches anything."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if wrap:
        label.setMinimumWidth(1)  # a very long word is clipped here, not widening the card
    if name:
        label.setObjectName(name)
    if role:
        label.setProperty("role", role)
    return label


def _scroll_area(name: str) -> QScrollArea:
    area = QScrollArea()
    area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


def _row(spacing: int = 6) -> tuple[QWidget, QHBoxLayout]:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(spacing)
    return row, layout


class BriefingCard(QFrame):
    """Shows one Briefing; `promiseDone(id)` asks the window to mark a promise kept."""

    promiseDone = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("briefingCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        app = QApplication.instance()
        if app is None or "briefingCard" not in app.styleSheet():
            self.setStyleSheet(DEFAULT_STYLE)
        self.words = BriefingWords(self)
        widest = max(self._metrics(8, True).horizontalAdvance(h.upper())
                     for h in self.words.headings().values())
        self._heading_width = min(widest + 6, 150)  # all headings one width: columns line up
        self._scroll = _scroll_area("cardScroll")  # a safety net: it should never be needed
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self._scroll)
        self._retired: list[QWidget] = []
        self._lines: list[str] = []
        self.briefing: Briefing | None = None
        self.show_briefing(None)

    def sizeHint(self) -> QSize:
        return QSize(560, 680)

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
        label = _label(text, "cardEmpty")
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
            label = _label(birthday, "cardBirthday")
            label.setProperty("today", b.birthday is not None and b.birthday.days_until == 0)
            self._body.addWidget(label)
            self._lines.append(birthday)
        if b.have_ready:
            self._prefs("cardHaveReady", heads["ready"], b.have_ready, b)
        if b.cautions:
            self._prefs("cardAvoid", heads["avoid"], b.cautions, b)
        designer = [_label(w.designer(b), "cardDesignerName", "value")]
        if warning := w.designer_warning(b):
            designer.append(_label(warning, "cardDesignerWarning"))
        self._section("cardDesigner", heads["designer"], designer, [d.text() for d in designer])
        self._visits(b, currency)
        if b.open_promises:
            self._promises(b)
        if b.other_likes:
            text = " · ".join(p.text() for p in b.other_likes)
            self._section("cardLikes", heads["likes"], [_label(text, "cardLikesText")], [text])
        self._notes(b)

    def _header(self, b: Briefing) -> None:
        c = b.client
        row = QHBoxLayout()
        row.setSpacing(14)
        row.addWidget(InitialsAvatar(c.display_name), 0, Qt.AlignmentFlag.AlignTop)
        col = QVBoxLayout()
        col.setSpacing(2)
        col.addWidget(_label(c.display_name, "cardName"))
        self._lines.append(c.display_name)
        if c.address_as:
            col.addWidget(_label(self.words.greet(c), "cardGreet"))
            self._lines.append(self.words.greet(c))
        if c.phones:
            phones = "  ·  ".join(c.phones)
            col.addWidget(_label(phones, "cardPhones"))
            self._lines.append(self.tr("Phone: {phones}").format(phones=", ".join(c.phones)))
        col.addStretch(1)
        row.addLayout(col, 1)
        self._body.addLayout(row)

    def _section(self, name: str, heading: str, widgets: list[QWidget], lines: list[str]
                 ) -> QFrame:
        """A titled block: a small grey heading on the left, the content on the right."""
        frame = QFrame()
        frame.setObjectName(name)
        outer = QHBoxLayout(frame)
        outer.setContentsMargins(8, 4, 8, 4)  # same for all, so the columns line up
        outer.setSpacing(12)
        title = _label(heading.upper(), "cardHeading", wrap=False)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
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
            value = _label(p.value, role="value")
            grid.addWidget(_label(tag, role="tag", wrap=False), row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_label(p.detail, role="detail"), row, 2, Qt.AlignmentFlag.AlignTop)
            detail = f" — {p.detail}" if p.detail else ""
            lines.append(f"{tag} {p.value}{detail}" if avoid else f"{tag}: {p.value}{detail}")
        grid.setColumnStretch(2, 1)
        self._section(name, heading, [table], lines)

    def _visits(self, b: Briefing, currency: str) -> None:
        w = self.words
        widgets, lines = [], []
        count = _label(w.visit_count(b.visit_count), "cardVisitCount", "meta", wrap=False)
        if b.last_visits:
            last = b.last_visits[0]
            row, h = _row()
            text = w.visit(last, b, currency)
            h.addWidget(_label(text, "cardLastVisitText", "value"), 1, Qt.AlignmentFlag.AlignTop)
            h.addWidget(count, 0, Qt.AlignmentFlag.AlignTop)
            widgets.append(row)
            lines.append(f"{text} ({count.text()})")
            if last.notes:
                widgets.append(_label(last.notes, "cardLastVisitNotes", "quote"))
                lines.append(last.notes)
        else:
            widgets.append(count)
            lines.append(count.text())
        if nxt := w.next_appointment(b):
            widgets.append(_label(nxt, "cardNextAppointment", "meta"))
            lines.append(nxt)
        self._section("cardLastVisit", w.headings()["visits"], widgets, lines)

    def _promises(self, b: Briefing) -> None:
        widgets, lines = [], []
        for p in b.open_promises:
            overdue = p.id in b.overdue_promise_ids
            row, h = _row(8)
            if overdue:
                h.addWidget(_label(self.words.overdue(), "cardOverdue", wrap=False), 0,
                            Qt.AlignmentFlag.AlignTop)
            text = _label(p.text, "cardPromiseText")
            due = _label(self.words.promise_due(p, b), "cardPromiseDue", "meta")
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
            widgets.append(row)
            flag = f"{self.words.overdue()}: " if overdue else ""
            lines.append(f"{flag}{p.text} ({due.text()})")
        self._section("cardPromises", self.words.headings()["promises"], widgets, lines)

    def _notes(self, b: Briefing) -> None:
        notes = b.client.notes.strip()
        if not notes:
            self._body.addStretch(1)
            return
        label = _label(notes, "cardNotes")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        body = QWidget()  # wrapped in a layout so the label wraps to the area's width
        body.setObjectName("cardNotesBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(label, 1)
        scroll = _scroll_area("cardNotesScroll")
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

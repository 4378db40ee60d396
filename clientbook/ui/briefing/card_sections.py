"""The briefing card's reusable parts: made once, filled in place for each client."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from clientbook.ui.briefing.card_parts import InitialsAvatar, text_label, unselectable
from clientbook.ui.widgets.formats import capitals
from clientbook.ui.widgets.labels import hbox_row, scroll_area

_NAME = "cardPartName"
_SHELVED = "cardShelved"
TOP = Qt.AlignmentFlag.AlignTop


def named(widget: QWidget, name: str) -> QWidget:
    """Give a part its name, remembered for when it is shown again after being left out."""
    widget.setObjectName(name)
    widget.setProperty(_NAME, name)
    return widget


def label(text: str = "", name: str = "", role: str = "", wrap: bool = True) -> QLabel:
    widget = text_label(text, "", role, wrap)
    if name:
        named(widget, name)
    return widget


def show(widget: QWidget, shown: bool) -> None:
    """Show the part, or leave it out for this client: hidden, and without its object name
    (kept in a property), so `findChild("cardBirthday")` finds only what the card shows.
    Its look was worked out while it had its name and is kept; if the card is styled again
    meanwhile (moved to another parent), it makes its parts afresh (BriefingCard.changeEvent)."""
    if bool(widget.property(_SHELVED)) == (not shown) and widget.isHidden() == (not shown):
        return
    widget.setProperty(_SHELVED, not shown)
    _rename(widget, shown)
    widget.setVisible(shown)


def _rename(widget: QWidget, shown: bool) -> None:
    name = widget.property(_NAME)
    if name:
        widget.setObjectName(name if shown else "")
    for child in widget.children():
        if isinstance(child, QWidget) and not (shown and child.property(_SHELVED)):
            _rename(child, shown)


def put(widget: QLabel, text: str | None) -> str | None:
    """Set the label's text and show it; leave it out when there is no text."""
    if text:
        widget.setText(text)
    show(widget, bool(text))
    return text


def restyle(widget: QWidget, prop: str, value) -> None:
    """Set a property the style sheet reads ([today="true"]) and style the widget again —
    only when it changed."""
    if widget.property(prop) == value:
        return
    widget.setProperty(prop, value)
    for each in (widget, *widget.findChildren(QLabel)):
        each.style().unpolish(each)
        each.style().polish(each)


class Section:
    """A titled block: a small grey heading on the left, the content on the right."""

    def __init__(self, name: str, heading_width: int):
        self.frame = named(QFrame(), name)
        outer = QHBoxLayout(self.frame)
        outer.setContentsMargins(8, 4, 8, 4)  # same for all, so the columns line up
        outer.setSpacing(12)
        self.title = label("", "cardHeading")
        unselectable(self.title)
        self.title.setFixedWidth(heading_width)
        self.title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.title.setContentsMargins(0, 3, 0, 0)
        outer.addWidget(self.title, 0, TOP)
        self.inner = QVBoxLayout()
        self.inner.setSpacing(3)
        outer.addLayout(self.inner, 1)

    def add(self, widget: QWidget) -> QWidget:
        self.inner.addWidget(widget)
        return widget

    def fill(self, heading: str, lines: list[str], out: list[str]) -> None:
        self.title.setText(capitals(heading))
        out.append(f"{heading}:")
        out.extend(f"  {line}" for line in lines)


class PreferenceRows:
    """Rows of tag · value (bold) · detail in a grid; rows beyond this client's are left out."""

    def __init__(self):
        self.table = QWidget()
        self.grid = QGridLayout(self.table)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(3)
        self.grid.setColumnStretch(2, 1)
        self.rows: list[tuple[QLabel, QLabel, QLabel]] = []

    def fill(self, rows: list[tuple[str, str, str]], widths: tuple[int, int]) -> None:
        self.grid.setColumnMinimumWidth(0, widths[0])
        self.grid.setColumnMinimumWidth(1, widths[1])
        while len(self.rows) < len(rows):
            n = len(self.rows)
            made = (label(role="tag", wrap=False), label(role="value"), label(role="detail"))
            for col, widget in enumerate(made):
                self.grid.addWidget(widget, n, col, TOP)
                widget.ensurePolished()  # styled before the layout measures it
            self.rows.append(made)
        for n, widgets in enumerate(self.rows):
            texts = rows[n] if n < len(rows) else None
            for widget, text in zip(widgets, texts or ("", "", ""), strict=True):
                widget.setText(text)
                show(widget, texts is not None)


class PromiseRow:
    """One open promise: (Overdue) text, when it is due, Done and ⋯ (change date, cancel).
    `texts`: the card's translated words (done, overdue, more_tip, reschedule, cancel_promise,
    kept, more) — translated in the card, whose words they are."""

    def __init__(self, texts: dict[str, str], done: Callable[[int], None],
                 reschedule: Callable[[int], None], cancel: Callable[[int], None]):
        self.promise_id = 0
        self.row, h = hbox_row(8)
        self.overdue = label(texts["overdue"], "cardOverdue", wrap=False)
        h.addWidget(self.overdue, 0, TOP)
        self.text = label("", "cardPromiseText")
        self.due = label("", "cardPromiseDue", "meta")
        for widget in (self.text, self.due):
            widget.setProperty("overdue", False)
        col = QVBoxLayout()
        col.setSpacing(0)
        col.addWidget(self.text)
        col.addWidget(self.due)
        h.addLayout(col, 1)
        self.done = named(QPushButton(texts["done"]), "cardPromiseDone")
        self.done.setCursor(Qt.CursorShape.PointingHandCursor)
        self.done.clicked.connect(lambda: done(self.promise_id))
        h.addWidget(self.done, 0, TOP)
        self.more = named(QToolButton(), "cardPromiseMore")
        self.more.setText("⋯")
        self.more.setToolTip(texts["more_tip"])
        self.more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more)
        menu.addAction(texts["reschedule"], lambda: reschedule(self.promise_id))
        menu.addAction(texts["cancel_promise"], lambda: cancel(self.promise_id))
        self.more.setMenu(menu)
        h.addWidget(self.more, 0, TOP)

    def fill(self, texts: dict[str, str], promise_id: int, text: str, due: str,
             overdue: bool) -> None:
        self.promise_id = promise_id
        self.text.setText(text)
        self.due.setText(due)
        show(self.overdue, overdue)
        for widget in (self.text, self.due):
            restyle(widget, "overdue", overdue)
        for button in (self.done, self.more):
            button.setProperty("promiseId", promise_id)
        self.done.setAccessibleName(texts["kept"].format(text=text))
        self.more.setAccessibleName(texts["more"].format(text=text))


class CardWidgets:
    """Every part of the card, in order, made once. The empty state's label is made at once;
    the parts of a client's briefing on the first one shown (not at start-up)."""

    def __init__(self, texts: dict[str, str], heading_width: int):
        self.texts, self.heading_width = texts, heading_width
        self.empty = QWidget()
        box = QVBoxLayout(self.empty)
        box.setContentsMargins(0, 0, 0, 0)
        self.empty_label = label(texts["empty"], "cardEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        box.addStretch(1)
        box.addWidget(self.empty_label)
        box.addStretch(2)
        self.full = False

    def build(self, card) -> list[QWidget]:
        """Make the parts of a briefing; the widgets to add to the card, in order."""
        self.full = True
        texts, width = self.texts, self.heading_width
        self.header, row = hbox_row(14)
        self.avatar = InitialsAvatar("")
        row.addWidget(self.avatar, 0, TOP)
        col = QVBoxLayout()
        col.setSpacing(2)
        self.name, self.greet = label("", "cardName"), label("", "cardGreet")
        self.phones = label("", "cardPhones")
        for widget in (self.name, self.greet, self.phones):
            col.addWidget(widget)
        col.addStretch(1)
        row.addLayout(col, 1)
        message = named(QPushButton(texts["message"]), "cardMessageButton")
        message.setToolTip(texts["message_tip"])
        message.clicked.connect(lambda: card.messageRequested.emit(card.client_id()))
        row.addWidget(message, 0, TOP)

        self.birthday = label("", "cardBirthday")
        self.birthday.setProperty("today", False)
        self.reward = named(QFrame(), "cardReward")
        self.reward.setProperty("given", False)
        strip = QHBoxLayout(self.reward)
        strip.setContentsMargins(10, 5, 6, 5)
        self.reward_text = label("", "cardRewardText")
        strip.addWidget(self.reward_text, 1)
        self.redeem = named(QPushButton(texts["handed"]), "cardRedeem")
        self.redeem.setToolTip(texts["handed_tip"])
        self.redeem.setAccessibleName(texts["handed_name"])
        self.redeem.setCursor(Qt.CursorShape.PointingHandCursor)
        self.redeem.clicked.connect(lambda: card.rewardRedeemed.emit(card.client_id()))
        strip.addWidget(self.redeem, 0, Qt.AlignmentFlag.AlignVCenter)

        self.ready, self.ready_rows = Section("cardHaveReady", width), PreferenceRows()
        self.ready.add(self.ready_rows.table)
        self.avoid, self.avoid_rows = Section("cardAvoid", width), PreferenceRows()
        self.avoid.add(self.avoid_rows.table)
        self.consent = self.avoid.add(label("", "cardConsentMissing", "meta"))

        self.designer = Section("cardDesigner", width)
        line, h = hbox_row()
        self.designer_name = label("", "cardDesignerName", "value", wrap=False)
        h.addWidget(self.designer_name, 0, TOP)
        self.designer_share = label("", "cardDesignerShare", "meta")
        self.designer_share.setAlignment(Qt.AlignmentFlag.AlignRight | TOP)
        h.addWidget(self.designer_share, 1, TOP)
        h.addStretch(0)  # takes the room when there is no share
        self.designer.add(line)
        self.designer_warning = self.designer.add(label("", "cardDesignerWarning"))

        self.visits = Section("cardLastVisit", width)
        line, h = hbox_row()
        self.last_visit = label("", "cardLastVisitText", "value")
        h.addWidget(self.last_visit, 1, TOP)
        self.visit_count = label("", "cardVisitCount", "meta", wrap=False)
        h.addWidget(self.visit_count, 0, TOP)
        self.visits.add(line)
        self.last_notes = self.visits.add(label("", "cardLastVisitNotes", "quote"))
        self.next_appointment = self.visits.add(label("", "cardNextAppointment", "meta"))
        self.reward_progress = self.visits.add(label("", "cardRewardProgress", "meta"))
        self.missed = self.visits.add(label("", "cardMissed", "meta"))

        self.promises = Section("cardPromises", width)
        self.promise_rows: list[PromiseRow] = []

        self.contact = Section("cardContact", width)
        line, h = hbox_row(8)
        # Stretch 1: a wrapping label left at 0 beside a stretch was squeezed to one word
        # per line ("Prefers / text / message").
        self.do_not_contact = label("", "cardDoNotContact", "", wrap=False)
        self.wishes = label("", "cardContactWishes", "value")
        for widget in (self.do_not_contact, self.wishes):
            h.addWidget(widget, 1, TOP)
        h.addStretch(0)  # keeps Contact… on the right when no wishes are known
        button = named(QPushButton(texts["contact"]), "cardContactButton")
        button.setToolTip(texts["contact_tip"])
        button.clicked.connect(lambda: card.contactRequested.emit(card.client_id()))
        h.addWidget(button, 0, TOP)
        self.contact.add(line)
        self.last_contact = self.contact.add(label("", "cardLastContact", "meta"))

        self.likes = Section("cardLikes", width)
        self.likes_text = self.likes.add(label("", "cardLikesText"))

        self.notes = Section("cardNotesSection", width)
        self.notes_text = label("", "cardNotes")
        self.notes_text.setAlignment(Qt.AlignmentFlag.AlignLeft | TOP)
        body = QWidget()  # wrapped in a layout so the label wraps to the area's width
        body.setObjectName("cardNotesBody")
        inner = QVBoxLayout(body)
        inner.setContentsMargins(0, 0, 4, 0)
        inner.addWidget(self.notes_text, 1)
        self.notes_scroll = scroll_area("cardNotesScroll")
        self.notes_scroll.setWidget(body)
        self.notes_scroll.setMinimumHeight(card.fontMetrics().lineSpacing() * 3)
        self.notes_scroll.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Expanding)
        self.notes.add(self.notes_scroll)
        return self.in_order()[1:]

    def in_order(self) -> list[QWidget]:
        if not self.full:
            return [self.empty]
        return [self.empty, self.header, self.birthday, self.reward, self.ready.frame,
                self.avoid.frame, self.designer.frame, self.visits.frame,
                self.promises.frame, self.contact.frame, self.likes.frame, self.notes.frame]

"""Where "Message…" is offered: the card, the Today list, Birthdays, promises, Follow-ups and the
win-back list; each opens the composer on the occasion that place is about.

Kept out of the pages themselves: each list only gains a context menu, so the pages stay
as they were and this file says in one place where messages start.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

if TYPE_CHECKING:
    from clientbook.domain.messages.messages import Occasion

# What a context menu is about: (client id, occasion, appointment id), or None.
Target = tuple[int, "Occasion", int | None] | None


def occasions() -> type[Occasion]:
    """The occasions; their module (and the messages') loads with the first message, so the
    window starts without it."""
    from clientbook.domain.messages.messages import Occasion

    return Occasion


class MessageWiring(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.session = window.session
        today = window.today
        self.wire_card(today.card)
        self._menu(today.view, self._today_target)
        self._menu(today.birthdays.view, lambda: self._row(
            today.birthdays.current(), occasions().BIRTHDAY))
        self._menu(today.promises.view, lambda: self._promise_target(today.promises))

    def wire_card(self, card) -> None:
        """A briefing card's Message… button (the window wires each card it builds)."""
        card.messageRequested.connect(lambda client_id: self.message(client_id))

    # Follow-ups and Reports are built when first opened: the window wires them then.
    def wire_follow_ups(self, page) -> None:
        self._menu(page.rewards_view, lambda: self._row(page.selected(), occasions().REWARD))
        page.messageRequested.connect(
            lambda client_id, kind: self.message(client_id, occasions()(kind)))

    def wire_reports(self, page) -> None:
        self._menu(page.win_back_view, lambda: self._row(page.selected(), occasions().WINBACK))

    # -- entry points ------------------------------------------------------------------------
    def message(self, client_id: int | None, kind: Occasion | None = None,
                appointment_id: int | None = None) -> None:
        if client_id is None:
            return
        kind = kind or self.suggested(client_id)
        from clientbook.ui.messages.composer_dialog import ComposerDialog  # loads on first use

        ComposerDialog.compose(self.window, self.session, client_id, kind, appointment_id)

    def message_current(self) -> None:
        """The window's action: the selected appointment's reminder on the Today page, else
        the occasion that fits the client shown."""
        target = self._today_target() if self.window.pages.currentWidget() is self.window.today \
            else None
        if target is not None:
            self.message(*target)
        else:
            self.message(self.window.current_client_id())

    def tomorrow(self) -> None:
        from clientbook.ui.messages.tomorrow_dialog import TomorrowDialog  # loads on first use

        TomorrowDialog.show_for(self.window, self.session)

    def suggested(self, client_id: int) -> Occasion:
        """A birthday in the reminder window, then a reward due, an overdue promise, a coming
        appointment; otherwise free text."""
        book, kinds = self.session.book, occasions()
        briefing = book.briefing(client_id)
        ahead = book.setting("birthday_days")
        ahead = int(ahead) if ahead.isdigit() else 7
        if briefing.birthday is not None and briefing.birthday.days_until <= ahead:
            return kinds.BIRTHDAY
        if briefing.reward_due:
            return kinds.REWARD
        now = book.clock()
        if any(p.is_overdue(now) for p in briefing.open_promises):
            return kinds.PROMISE
        upcoming = book.messages.upcoming(client_id)
        if upcoming is not None and upcoming.starts_at - now < timedelta(days=14):
            return kinds.REMINDER
        return kinds.FREE

    # -- context menus -----------------------------------------------------------------------
    def _menu(self, view: QAbstractItemView, target: Callable[[], Target]) -> None:
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(
            lambda pos: self._show_menu(view, pos, target))

    def _show_menu(self, view: QWidget, pos: QPoint, target: Callable[[], Target]) -> None:
        found = target()
        if found is None:
            return
        menu = self.context_menu(found, view)
        menu.popup(view.viewport().mapToGlobal(pos))

    def context_menu(self, found: tuple[int, Occasion, int | None], parent: QWidget) -> QMenu:
        menu = QMenu(parent)
        menu.setObjectName("messageMenu")
        action = menu.addAction(self.tr("&Message…"))
        action.setObjectName("actMessageFromList")
        action.triggered.connect(lambda: self.message(*found))
        return menu

    def _row(self, row, kind: Occasion) -> Target:
        return None if row is None else (row.client_id, kind, None)

    def _today_target(self) -> Target:
        item = self.window.today.current_item()
        if item is None:
            return None
        return item.appointment.client_id, occasions().REMINDER, item.appointment.id

    def _promise_target(self, panel) -> Target:
        line = panel.current_line()
        return None if line is None else (line.promise.client_id, occasions().PROMISE, None)

"""The calendar's words: a booking's tooltip, status names, cancellation reasons."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject

from clientbook.domain.models import AppointmentStatus
from clientbook.domain.words import fill
from clientbook.services.clients.agenda import AgendaItem
from clientbook.ui.calendar.day_grid import Block
from clientbook.ui.today.today_model import TodayModel

# Badge -> the kind of mark the day view draws for it.
MARK_KIND = {"birthday_today": "birthday", "birthday_soon": "birthday",
             "promise_due": "promise", "promise_overdue": "overdue", "reward_due": "reward",
             "reward_next": "reward", "designer_differs": "designer", "caution": "caution"}


class CalendarWords(QObject):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._today = TodayModel(self)  # the Today list's words for statuses and badges

    def status(self, status: AppointmentStatus) -> str:
        return self._today.status_text(status)

    def reasons(self) -> list[tuple[str, str]]:
        return [("client", self.tr("Client cancelled")),
                ("late", self.tr("Late cancellation")),
                ("firm", self.tr("We cancelled"))]

    def block(self, item: AgendaItem) -> Block:
        a = item.appointment
        assert a.id is not None
        return Block(a.id, a.client_id, a.staff_id, a.starts_at, a.duration_min,
                     item.client_name, a.service, str(a.status),
                     tuple(MARK_KIND.get(str(b), "") for b in item.badges),
                     version=a.version)

    def tooltip(self, item: AgendaItem) -> str:
        """Everything about a booking, for when its block is too short to say it (made only
        when the pointer rests on it)."""
        a = item.appointment
        lines = [f"{a.starts_at:%H:%M}–{a.starts_at + timedelta(minutes=a.duration_min):%H:%M}  "
                 f"{item.client_name}"]
        if a.service:
            lines.append(a.service)
        if item.staff_name:
            lines.append(fill(self.tr("With %1"), [item.staff_name]))
        lines.append(self.status(a.status))
        lines += [self._today.badge_text(b, item) for b in item.badges]
        if a.notes:
            lines.append(a.notes)
        return "\n".join(lines)

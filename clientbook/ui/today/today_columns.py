"""Today's columns on a narrow screen: what needs attention keeps its room, Service gives way.

At 1024 px in Greek the six headings do not fit beside the card. Rather than cut every
heading short ("Στυλ…"), the Service column steps aside, then the designer's; each comes back
as soon as the window is wide enough again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from clientbook.ui.today.today_model import (
    COL_ATTENTION,
    COL_CLIENT,
    COL_SERVICE,
    COL_STAFF,
    COL_STATUS,
    COL_TIME,
)

GIVE_WAY = (COL_SERVICE, COL_STAFF)  # in this order


class TodayColumns(QObject):
    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._headings: dict[int, int] = {}
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _heading(self, column: int) -> int:
        """The width the heading needs (remembered: a hidden section's hint is 0)."""
        hint = self.view.horizontalHeader().sectionSizeHint(column)
        if hint > 0:
            self._headings[column] = hint
        return self._headings.get(column, hint)

    def fit(self, *_args) -> None:
        """Hide what must give way, then share the room: each heading whole, the rest of the
        width to the client's name, the service and the designer, in that order."""
        header = self.view.horizontalHeader()
        room = self.view.viewport().width()
        # These size themselves to their contents: take the room they really use.
        needed = {c: header.sectionSize(c) for c in (COL_TIME, COL_STATUS, COL_ATTENTION)}
        shared = {c: self._heading(c) for c in (COL_CLIENT, *GIVE_WAY)}
        for column in GIVE_WAY:
            if sum(needed.values()) + sum(shared.values()) <= room:
                break
            del shared[column]
        for column in GIVE_WAY:
            header.setSectionHidden(column, column not in shared)
        spare = max(0, room - sum(needed.values()) - sum(shared.values()))
        for column in shared:  # up to what the contents want
            more = min(spare, max(0, self.view.sizeHintForColumn(column) - shared[column]))
            shared[column] += more
            spare -= more
        shared[COL_CLIENT] += spare
        for column, width in shared.items():
            header.resizeSection(column, width)

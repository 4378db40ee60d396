"""Follow-ups: no-shows and late cancellations per month, with "—" where nothing fell due."""

from __future__ import annotations

from datetime import datetime

import pytest

from clientbook.domain.models import Appointment, AppointmentStatus, Client
from clientbook.ui.followups.followups_models import NOTHING
from clientbook.ui.followups.followups_page import FollowUpsPage
from clientbook.ui.session import Session


@pytest.fixture
def page(qtbot, book, qapp, answers):
    widget = FollowUpsPage(Session(book))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def _rows(page):
    model = page.no_shows.model
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_no_shows_by_month_with_the_definition(page, book):
    page.show()
    box = page.no_shows
    assert box.title() == "No-shows and late cancellat&ions"
    assert box.summary.text() == "No booking has fallen due in the last 12 months."
    assert "cancelled by the firm" in box.findChild(type(box.summary),
                                                     "noShowsDefinition").text()
    rows = _rows(page)
    assert len(rows) == 13 and rows[0] == ["November 2026", "0", "0", NOTHING, "0"]
    assert rows[-1] == ["Total", "0", "0", NOTHING, "0"]

    ann = Client(display_name="Ann")
    book.clients.add(ann)
    for day, status in ((2, AppointmentStatus.DONE), (3, AppointmentStatus.NO_SHOW),
                        (4, AppointmentStatus.DONE)):
        book.history.add_appointment(Appointment(ann.id, datetime(2026, 11, day, 10),
                                                 status=status))
    firm = Appointment(ann.id, datetime(2026, 11, 5, 10))
    book.history.add_appointment(firm)
    page.session.run(page, "", lambda: book.appointments.cancel(firm.id, "firm"))
    late = Appointment(ann.id, datetime(2026, 10, 5, 10))
    book.history.add_appointment(late)
    page.session.run(page, "", lambda: book.appointments.cancel(late.id, "late"))

    rows = _rows(page)  # refreshed by the change while on screen
    assert rows[0] == ["November 2026", "3", "1", "33%", "0"]  # the firm's cancel left out
    assert rows[1] == ["October 2026", "1", "0", "0%", "1"]
    assert rows[2] == ["September 2026", "0", "0", NOTHING, "0"]
    assert rows[-1] == ["Total", "4", "1", "25%", "1"]
    assert box.summary.text() == \
        "Last 12 months: no-shows 1 of 4 due (25%); late cancellations 1."


def test_the_no_show_model_passes_the_model_test(page, qtmodeltester):
    page.show()
    qtmodeltester.check(page.no_shows.model)

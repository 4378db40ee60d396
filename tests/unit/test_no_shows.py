"""No-shows and late cancellations per month over the last 12 months, on a hand-made history."""

from __future__ import annotations

from datetime import datetime

from clientbook.domain.models import Appointment, AppointmentStatus, Client
from clientbook.domain.no_shows import month_start
from tests.conftest import NOW  # 22 November 2026, 09:00


def _booking(book, client, at, status=None, reason=None):
    appointment = Appointment(client.id, at)
    book.history.add_appointment(appointment)
    if status == "cancelled":
        book.appointments.cancel(appointment.id, reason)
    elif status is not None:
        book.appointments.set_status(appointment.id, status)
    return appointment


def _history(book):
    ann = Client(display_name="Ann %2")
    book.clients.add(ann)
    # November so far: 2 done, 1 no-show, 1 late cancellation; the firm cancelled one and
    # the client one in good time (neither counts); one later today has not fallen due.
    _booking(book, ann, datetime(2026, 11, 2, 10), AppointmentStatus.DONE)
    _booking(book, ann, datetime(2026, 11, 3, 10), AppointmentStatus.DONE)
    _booking(book, ann, datetime(2026, 11, 4, 10), AppointmentStatus.NO_SHOW)
    _booking(book, ann, datetime(2026, 11, 5, 10), "cancelled", "late")
    _booking(book, ann, datetime(2026, 11, 6, 10), "cancelled", "firm")
    _booking(book, ann, datetime(2026, 11, 7, 10), "cancelled", "client")
    _booking(book, ann, datetime(2026, 11, 22, 15))
    # September: one no-show of one (October had nothing due).
    _booking(book, ann, datetime(2026, 9, 30, 17), AppointmentStatus.NO_SHOW)
    # December 2025 is the oldest month shown; November 2025 is out of the window.
    _booking(book, ann, datetime(2025, 12, 1, 9), AppointmentStatus.DONE)
    _booking(book, ann, datetime(2025, 11, 30, 9), AppointmentStatus.NO_SHOW)


def test_month_start_counts_back_across_years():
    assert month_start(NOW, 0).isoformat() == "2026-11-01"
    assert month_start(NOW, 11).isoformat() == "2025-12-01"
    assert month_start(datetime(2026, 1, 5), 1).isoformat() == "2025-12-01"


def test_the_record_counts_what_fell_due_month_by_month(book):
    _history(book)
    record = book.followups.no_shows()
    months = [m.month for m in record.months]
    assert months[0] == "2026-11" and months[-1] == "2025-12" and len(months) == 12
    by_month = {m.month: m for m in record.months}
    november = by_month["2026-11"]
    # Firm and good-time cancellations and the booking still ahead are not due.
    assert (november.due, november.no_shows, november.late) == (4, 1, 1)
    assert november.rate == 0.25
    assert (by_month["2026-09"].due, by_month["2026-09"].rate) == (1, 1.0)
    assert by_month["2025-12"].due == 1 and by_month["2025-12"].rate == 0.0
    total = record.total
    assert (total.due, total.no_shows, total.late) == (6, 2, 1)


def test_a_month_with_nothing_due_has_no_rate(book):
    _history(book)
    october = next(m for m in book.followups.no_shows().months if m.month == "2026-10")
    assert (october.due, october.no_shows, october.late) == (0, 0, 0)
    assert october.rate is None  # shown as "—", neither 0 % nor 100 %


def test_an_empty_book_lists_twelve_empty_months(book):
    record = book.followups.no_shows()
    assert len(record.months) == 12 and all(m.rate is None for m in record.months)
    assert record.total.rate is None

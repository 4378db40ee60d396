"""Promises: the day's board, rescheduling and cancelling, and the on-time record."""

from datetime import datetime, timedelta

import pytest

from clientbook.domain.care.promise_record import PromiseOutcome, promise_record
from clientbook.domain.errors import ValidationError
from clientbook.domain.models import Client, Promise

from ..conftest import NOW

D = datetime


def outcome(due, done=None, cancelled=False, moved_late=False, staff=1):
    return PromiseOutcome(due, done, cancelled, moved_late, staff)


def test_the_record_counts_what_fell_due_by_month_and_staff():
    now = D(2026, 11, 22, 9)
    record = promise_record([
        outcome(D(2026, 10, 31, 17), D(2026, 10, 31, 17)),         # kept, at the minute
        outcome(D(2026, 10, 5, 12), D(2026, 10, 6, 9), staff=2),    # done late
        outcome(D(2026, 10, 7, 12), cancelled=True),                # never counts
        outcome(D(2026, 11, 1, 0), D(2026, 10, 30, 10)),            # done early: November
        outcome(D(2026, 11, 20, 12), staff=None),                    # still open, overdue
        outcome(D(2026, 11, 21, 12), D(2026, 11, 21, 11), moved_late=True),
        outcome(D(2026, 11, 25, 12)),                               # not due yet
        outcome(D(2026, 12, 1, 12), D(2026, 11, 21, 10), staff=2),  # done ahead of time
    ], now)
    figures = {m: (t.due, t.kept) for m, t in record.by_month.items()}
    assert figures == {"2026-10": (2, 1), "2026-11": (3, 1), "2026-12": (1, 1)}
    assert list(record.by_month) == ["2026-10", "2026-11", "2026-12"]
    assert {s: (t.due, t.kept) for s, t in record.by_staff.items()} == {
        1: (3, 2), 2: (2, 1), None: (1, 0)}
    assert (record.total.due, record.total.kept) == (6, 3)
    assert record.total.rate == 0.5


def test_nothing_due_has_no_rate_rather_than_zero():
    record = promise_record([outcome(D(2026, 12, 1))], D(2026, 11, 22))
    assert record.total.due == 0 and record.total.rate is None and record.by_month == {}


@pytest.fixture
def olena(book):
    client = Client(display_name="Олена Шевченко")
    book.clients.add(client)
    return client


def _promise(book, client, due, text="Call back"):
    promise = Promise(client.id, text, due)
    book.history.add_promise(promise)
    return promise


def test_the_board_has_overdue_and_due_today_and_nothing_else(book, olena):
    archived = Client(display_name="Archived")
    book.clients.add(archived)
    late = _promise(book, olena, NOW - timedelta(days=1), "Send the quote")
    earlier_today = _promise(book, olena, NOW - timedelta(hours=1), "Call at 8")
    today = _promise(book, olena, NOW.replace(hour=15), "Samples")
    _promise(book, olena, NOW + timedelta(days=1), "Tomorrow")
    done = _promise(book, olena, NOW - timedelta(hours=2), "Done already")
    book.history.complete_promise(done.id)
    cancelled = _promise(book, olena, NOW.replace(hour=11), "Cancelled")
    book.history.cancel_promise(cancelled.id)
    _promise(book, archived, NOW, "For an archived client")
    book.clients.set_archived(archived.id, True)
    board = book.promises.board()
    assert [line.promise.id for line in board.overdue] == [late.id, earlier_today.id]
    assert [line.promise.id for line in board.due_today] == [today.id]
    assert board.overdue[0].client_name == "Олена Шевченко" and len(board) == 3
    assert [p.id for p in book.briefing(olena.id).open_promises] == [
        late.id, earlier_today.id, today.id, today.id + 1]


def test_rescheduling_moves_the_due_time_and_records_the_move(book, olena):
    promise = _promise(book, olena, NOW.replace(hour=15))
    changes = book.history.reschedule_promise(promise.id, D(2026, 11, 24, 10, 0, 37))
    assert changes.promises and olena.id in changes.clients
    assert book.store.records.promise(promise.id).due_at == D(2026, 11, 24, 10)
    assert book.promises.reschedules(promise.id) == [
        (NOW, NOW.replace(hour=15), D(2026, 11, 24, 10))]


def test_a_move_into_the_past_or_of_a_closed_promise_is_refused(book, olena):
    promise = _promise(book, olena, NOW.replace(hour=15))
    with pytest.raises(ValidationError, match="still to come"):
        book.history.reschedule_promise(promise.id, NOW - timedelta(minutes=1))
    book.history.complete_promise(promise.id)
    with pytest.raises(ValidationError, match="already done"):
        book.history.reschedule_promise(promise.id, NOW + timedelta(days=1))
    with pytest.raises(ValidationError, match="already done"):
        book.history.cancel_promise(promise.id)
    assert book.promises.reschedules(promise.id) == []
    assert book.store.records.promise(promise.id).due_at == NOW.replace(hour=15)


def test_a_promise_moved_after_it_ran_late_counts_as_not_kept(book, olena):
    late = _promise(book, olena, NOW - timedelta(days=2))
    book.history.reschedule_promise(late.id, NOW + timedelta(hours=1))
    book.history.complete_promise(late.id)   # done before the new due time
    early = _promise(book, olena, NOW + timedelta(hours=2))
    book.history.reschedule_promise(early.id, NOW + timedelta(hours=1))
    book.history.complete_promise(early.id)
    record = book.promises.record()
    assert (record.total.due, record.total.kept) == (2, 1)


def test_a_cancellation_can_be_taken_back(book, olena):
    promise = _promise(book, olena, NOW.replace(hour=15))
    book.history.cancel_promise(promise.id)
    assert book.briefing(olena.id).open_promises == []
    book.history.cancel_promise(promise.id, cancelled=False)
    assert [p.id for p in book.briefing(olena.id).open_promises] == [promise.id]


def test_a_cancelled_promise_cannot_be_marked_kept(book, olena):
    promise = _promise(book, olena, NOW.replace(hour=15))
    book.history.cancel_promise(promise.id)
    with pytest.raises(ValidationError, match="already done or cancelled"):
        book.history.complete_promise(promise.id)
    stored = book.store.records.promise(promise.id)
    assert stored.done_at is None and stored.cancelled_at == NOW


def test_a_limited_board_lists_the_oldest_of_each_group_and_counts_them_all(book, olena):
    for hours in range(1, 6):  # five overdue, oldest first
        book.history.add_promise(Promise(olena.id, f"late {hours}", NOW - timedelta(hours=hours)))
    for hours in (1, 2):
        book.history.add_promise(Promise(olena.id, f"later {hours}", NOW + timedelta(hours=hours)))
    board = book.promises.board(limit=2)
    assert [line.promise.text for line in board.overdue] == ["late 5", "late 4"]
    assert [line.promise.text for line in board.due_today] == ["later 1", "later 2"]
    assert (board.overdue_total, board.due_today_total, len(board)) == (5, 2, 7)
    whole = book.promises.board()
    assert (len(whole.overdue), whole.overdue_total, len(whole)) == (5, 5, 7)

"""The Follow-ups page: rewards to tell, the promise record and same designer, worked out lazily."""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from clientbook.domain.models import Appointment, AppointmentStatus, Client, Promise, Visit
from clientbook.services.changes import Changes
from clientbook.ui.followups.followups_models import (
    NOTHING,
    ConsistencyModel,
    PromiseMonthsModel,
    PromiseStaffModel,
    RewardsModel,
)
from clientbook.ui.followups.followups_page import FollowUpsPage
from clientbook.ui.session import Session
from tests.conftest import NOW

NEXT_WEEK = NOW + timedelta(days=7)


def _client(book, name, designer=None):
    client = Client(display_name=name, designer_id=designer.id if designer else None)
    book.clients.add(client)
    return client


def _visits(book, client, count, spend="0", staff=()):
    """`count` visits on the first days of November (never today); staff in turn if given."""
    for day in range(count):
        person = staff[day % len(staff)] if staff else None
        book.history.add_visit(Visit(client.id, datetime(2026, 11, 1 + day, 10),
                                     staff_id=person.id if person else None,
                                     spend=Decimal(spend)))


def _promise(book, client, due, staff=None, done=None, cancelled=None):
    promise = Promise(client.id, "Call back", due, staff.id if staff else None, done_at=done,
                      cancelled_at=cancelled, created_at=datetime(2026, 9, 1))
    book.history.add_promise(promise)
    return promise


@pytest.fixture
def firm(book):
    """A hand-made book; the comments give the figures the tests expect."""
    book.update_settings({"loyalty_reward": "free Earl Grey and dessert"})
    ana, bo = book.staff.add("Ana"), book.staff.add("Bo")
    c = {}
    # Rewards (every 10th visit): the next visit is the 10th for 9 visits before today.
    c["anna"] = _client(book, "Anna Smith")
    _visits(book, c["anna"], 9, "10")                           # listed, spent 90
    c["eleni"] = _client(book, "Ελένη Παπαδοπούλου")
    _visits(book, c["eleni"], 9, "20")                          # listed, spent 180: first
    book.history.add_appointment(Appointment(c["eleni"].id, NEXT_WEEK,
                                             status=AppointmentStatus.CANCELLED))
    c["boris"] = _client(book, "Борис Іванов")
    _visits(book, c["boris"], 9, "30")                          # booked next week: not listed
    book.history.add_appointment(Appointment(c["boris"].id, NEXT_WEEK))
    c["chloe"] = _client(book, "Chloé Archived")
    _visits(book, c["chloe"], 9, "30")                          # archived: not listed
    book.clients.set_archived(c["chloe"].id, True)
    c["dmitri"] = _client(book, "李明")
    _visits(book, c["dmitri"], 8, "50")                         # 8 visits: not yet; spent 400
    # Same designer (4 visits each, so never a reward): Ana 3 of 4, Bo 1 of 4.
    c["ana_client"] = _client(book, "Ana's client", ana)
    _visits(book, c["ana_client"], 4, staff=(ana, ana, ana, bo))
    c["bo_client"] = _client(book, "Bo's client", bo)
    _visits(book, c["bo_client"], 4, staff=(bo, ana, ana, ana))
    # Promises. October: kept (Ana), late (Ana), cancelled (Bo), never done (no owner).
    who = c["anna"]
    _promise(book, who, datetime(2026, 10, 10, 10), ana, done=datetime(2026, 10, 10, 9))
    _promise(book, who, datetime(2026, 10, 12, 10), ana, done=datetime(2026, 10, 14, 9))
    _promise(book, who, datetime(2026, 10, 15, 10), bo, cancelled=datetime(2026, 10, 2))
    _promise(book, who, datetime(2026, 10, 20, 10))
    # November: kept (Bo), done early though due later (Bo), moved after it was late (Ana),
    # still to come and open (not counted).
    _promise(book, who, datetime(2026, 11, 20, 10), bo, done=datetime(2026, 11, 19, 9))
    _promise(book, who, datetime(2026, 11, 26, 10), bo, done=datetime(2026, 11, 21, 9))
    late = _promise(book, who, datetime(2026, 11, 10, 10), ana)
    book.history.reschedule_promise(late.id, datetime(2026, 11, 24, 10))
    book.history.complete_promise(late.id)
    _promise(book, who, datetime(2026, 11, 25, 10), ana)
    return book, c, ana, bo


@pytest.fixture
def page(qtbot, firm, qapp):
    book = firm[0]
    widget = FollowUpsPage(Session(book))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def _rows(view):
    model = view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())
             if not view.isColumnHidden(c)] for r in range(model.rowCount())]


def test_nothing_is_worked_out_until_the_page_is_shown(page, firm, monkeypatch):
    book = firm[0]
    calls = []
    monkeypatch.setattr(book.loyalty, "waiting", lambda: calls.append(1) or [])
    page.session.apply(lambda: Changes(visits=True, promises=True, staff=True))
    assert calls == [] and page.rewards_model.rowCount() == 0
    assert page.months_model.rowCount() == 0 and page.designers_model.rowCount() == 0
    page.show()
    assert calls == [1]
    page.session.apply(lambda: Changes(contacts=True))  # shows nothing the page depends on
    assert calls == [1]


def test_rewards_to_tell(page):
    page.show()
    assert page.objectName() == "followUpsPage"
    assert _rows(page.rewards_view) == [
        ["Ελένη Παπαδοπούλου", "visit 10", "9 Nov 2026"],
        ["Anna Smith", "visit 10", "9 Nov 2026"],
    ]
    assert page.rewards_view.isColumnHidden(RewardsModel.COL_SPENT)  # a visit rule
    assert page.rewards_box.title() == "Re&wards to tell (2)"
    text = page.rewards_text.text()
    assert "A reward every 10 visits." in text
    assert "Their next visit earns: free Earl Grey and dessert." in text
    assert "nothing booked" in text
    assert page.rewards_empty.isHidden() and page.settings_button.isHidden()


def test_by_spend_the_spent_column_shows(page, firm):
    book = firm[0]
    page.show()
    page.session.apply(lambda: book.update_settings({"loyalty_mode": "spend",
                                                     "loyalty_spend": "150"}))
    assert _rows(page.rewards_view) == [  # most visits first
        ["Ελένη Παπαδοπούλου", "visit 10", "9 Nov 2026", "€180.00"],
        ["李明", "visit 9", "8 Nov 2026", "€400.00"],
    ]
    # Sorting by a column uses its natural values ("visit 9" before "visit 10").
    page.rewards_view.sortByColumn(RewardsModel.COL_NEXT, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in _rows(page.rewards_view)] == ["李明", "Ελένη Παπαδοπούλου"]
    page.rewards_view.sortByColumn(RewardsModel.COL_SPENT, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in _rows(page.rewards_view)] == ["李明", "Ελένη Παπαδοπούλου"]
    assert "A reward for every €150.00 spent." in page.rewards_text.text()


def test_contact_and_open_card_act_on_the_selected_client(qtbot, page, firm):
    _book, c, _ana, _bo = firm
    page.show()
    assert not page.contact_button.isEnabled() and not page.open_button.isEnabled()
    assert page.select(c["anna"].id)
    assert page.contact_button.isEnabled() and page.open_button.isEnabled()
    with qtbot.waitSignal(page.contactRequested) as contact:
        qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    assert contact.args == [c["anna"].id]
    with qtbot.waitSignal(page.session.open_client) as opened:
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert opened.args == [c["anna"].id]
    with qtbot.waitSignal(page.session.open_client) as opened:
        qtbot.keyClick(page.rewards_view, Qt.Key.Key_Return)
    assert opened.args == [c["anna"].id]
    page.select(c["eleni"].id)
    view = page.rewards_view
    cell = view.visualRect(view.currentIndex()).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)  # as a real one
    with qtbot.waitSignal(page.session.open_client) as opened:
        qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    assert opened.args == [c["eleni"].id]


def test_the_list_follows_changes_and_keeps_the_selection(page, firm):
    book, c, _ana, _bo = firm
    page.show()
    page.select(c["anna"].id)
    # Ελένη books: she leaves the list; Anna stays selected.
    page.session.apply(lambda: book.history.add_appointment(
        Appointment(c["eleni"].id, NEXT_WEEK)))
    assert [row[0] for row in _rows(page.rewards_view)] == ["Anna Smith"]
    assert page.selected().client_id == c["anna"].id
    # Anna books too: nobody is left to tell, and nothing is selected.
    page.session.apply(lambda: book.history.add_appointment(
        Appointment(c["anna"].id, NEXT_WEEK)))
    assert page.rewards_model.rowCount() == 0 and page.selected() is None
    assert not page.rewards_empty.isHidden() and not page.contact_button.isEnabled()


def test_changes_while_hidden_wait_for_the_page_to_show(page, firm):
    book, c, _ana, _bo = firm
    page.show()
    page.hide()
    page.session.apply(lambda: book.history.add_appointment(
        Appointment(c["anna"].id, NEXT_WEEK)))
    assert page.rewards_model.rowCount() == 2 and "rewards" in page.stale
    page.show()
    assert page.rewards_model.rowCount() == 1 and not page.stale


def test_loyalty_off_says_so_and_points_to_settings(qtbot, page, firm):
    book = firm[0]
    page.show()
    page.session.apply(lambda: book.update_settings({"loyalty_mode": "off"}))
    assert page.rewards_model.rowCount() == 0
    assert page.rewards_view.isHidden() and page.contact_button.isHidden()
    assert "Loyalty rewards are off" in page.rewards_text.text()
    assert "Settings" in page.rewards_text.text()
    assert page.rewards_empty.isHidden() and not page.settings_button.isHidden()
    with qtbot.waitSignal(page.settingsRequested):
        qtbot.mouseClick(page.settings_button, Qt.MouseButton.LeftButton)


def test_promises_kept_on_time_by_month_and_staff(page, firm):
    page.show()
    assert _rows(page.months_view) == [
        ["November 2026", "3", "2", "67%"],
        ["October 2026", "3", "1", "33%"],
        ["Total", "6", "3", "50%"],
    ]
    assert _rows(page.staff_view) == [
        ["Ana", "3", "1", "33%"],
        ["Bo", "2", "2", "100%"],
        ["No owner", "1", "0", "0%"],
    ]
    assert page.promises_summary.text() == "Overall: 3 of 6 kept on time (50%)."
    assert page.months_model.headerData(2, Qt.Orientation.Horizontal) == "Kept on time"
    definition = page.findChild(type(page.promises_summary), "promisesDefinition").text()
    assert "counts in the month it fell due" in definition


def test_a_promise_done_now_updates_the_record(page, firm):
    book, c, _ana, _bo = firm
    page.show()
    [open_one] = [p for p in book.briefing(c["anna"].id).open_promises
                  if p.due_at > NOW]
    page.session.apply(lambda: book.history.complete_promise(open_one.id))
    assert _rows(page.months_view)[0] == ["November 2026", "4", "3", "75%"]


def test_same_designer_shares(page, firm):
    page.show()
    assert _rows(page.designers_view) == [
        ["Ana", "4", "3", "75%"],
        ["Bo", "4", "1", "25%"],
    ]
    assert page.designers_empty.isHidden()


def test_an_empty_book_shows_dashes_and_explanations(qtbot, book, qapp):
    page = FollowUpsPage(Session(book))
    qtbot.addWidget(page)
    page.show()
    assert page.months_model.rowCount() == 0 and page.staff_model.rowCount() == 0
    assert page.promises_summary.text() == "No promise has fallen due yet."
    assert not page.rewards_empty.isHidden() and not page.designers_empty.isHidden()
    assert page.months_model.percent(None) == NOTHING == "—"
    assert page.months_model.percent(0.125) == "13%"


@pytest.mark.parametrize("model_name", ["rewards_model", "months_model", "staff_model",
                                        "designers_model", "rewards_proxy"])
def test_models_pass_qt_model_tester(qtmodeltester, page, model_name):
    page.refresh()
    model = getattr(page, model_name)
    assert model.rowCount() > 0
    qtmodeltester.check(model)


def test_models_pass_qt_model_tester_when_empty(qtmodeltester, qapp):
    for model in (RewardsModel(), PromiseMonthsModel(), PromiseStaffModel(),
                  ConsistencyModel()):
        qtmodeltester.check(model)

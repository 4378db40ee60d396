"""Promises on the Today page: overdue and due today, kept, moved or cancelled from the desk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from clientbook.domain.models import Client, Promise
from clientbook.services.book import Book
from clientbook.ui.promises import promise_actions
from clientbook.ui.promises.promise_dialog import PromiseDialog
from clientbook.ui.promises.promises_panel import (
    COL_CLIENT,
    COL_DUE,
    COL_OWNER,
    COL_PROMISE,
    OVERDUE_COLOUR,
    PromisesPanel,
)
from clientbook.ui.promises.reschedule_dialog import RescheduleDialog
from clientbook.ui.session import Session
from clientbook.ui.today.today_page import TodayPage
from tests.conftest import NOW

YESTERDAY_2PM = datetime(2026, 11, 21, 14, 0)
TODAY_3PM = datetime(2026, 11, 22, 15, 0)


@dataclass
class Desk:
    book: Book
    session: Session
    ids: dict[str, int]  # promise ids by a short name
    clients: dict[str, int]


def _promise(book: Book, client_id: int, text: str, due: datetime,
             staff_id: int | None = None) -> int:
    promise = Promise(client_id=client_id, text=text, due_at=due, staff_id=staff_id)
    book.history.add_promise(promise)
    return promise.id


@pytest.fixture
def desk(book, qapp, answers) -> Desk:
    """One promise of each kind: overdue, due today, tomorrow, done, cancelled, archived."""
    mei = book.staff.add("Mei")
    clients = {}
    for key, name in (("eleni", "Ελένη Παπαδοπούλου"), ("wang", "王小明"),
                      ("olga", "Ольга Іваненко"), ("archived", "Archie Old")):
        client = Client(display_name=name)
        book.clients.add(client)
        clients[key] = client.id
    ids = {
        "overdue": _promise(book, clients["eleni"], "Call back about the shade",
                            YESTERDAY_2PM, mei.id),
        "today": _promise(book, clients["wang"], "回电：确认预约时间", TODAY_3PM),
        "tomorrow": _promise(book, clients["olga"], "Send the price list",
                             datetime(2026, 11, 23, 10, 0)),
        "done": _promise(book, clients["olga"], "Already kept", datetime(2026, 11, 22, 11, 0)),
        "cancelled": _promise(book, clients["olga"], "No longer wanted",
                              datetime(2026, 11, 22, 12, 0)),
        "archived": _promise(book, clients["archived"], "Archived client's",
                             datetime(2026, 11, 22, 13, 0)),
    }
    book.history.complete_promise(ids["done"])
    book.history.cancel_promise(ids["cancelled"])
    book.clients.set_archived(clients["archived"], True)
    return Desk(book, Session(book), ids, clients)


@pytest.fixture
def panel(desk, qtbot) -> PromisesPanel:
    widget = PromisesPanel(desk.session)
    qtbot.addWidget(widget)
    widget.resize(700, 260)
    return widget


def _ids(panel: PromisesPanel) -> list[int]:
    return [line.promise.id for line in panel.lines()]


def _row_of(panel: PromisesPanel, promise_id: int) -> int:
    return next(r for r in range(panel.model.rowCount())
                if panel.line_at(r) and panel.line_at(r).promise.id == promise_id)


def _cells(panel: PromisesPanel, row: int) -> list[str]:
    return [panel.model.index(row, col).data()
            for col in (COL_DUE, COL_CLIENT, COL_PROMISE, COL_OWNER)]


def _open_ids(book: Book, client_id: int) -> list[int]:
    return [p.id for p in book.briefing(client_id).open_promises]


# What the panel shows -------------------------------------------------------------------------
def test_overdue_group_first_in_red_then_due_today(desk, panel, qtmodeltester):
    assert panel.objectName() == "promisesPanel"
    assert panel.group_titles() == ["Overdue (1)", "Due today (1)"]
    # Not shown: due tomorrow, already done, cancelled, or for an archived client.
    assert _ids(panel) == [desk.ids["overdue"], desk.ids["today"]]
    overdue, today = _row_of(panel, desk.ids["overdue"]), _row_of(panel, desk.ids["today"])
    assert (overdue, today) == (1, 3)  # each under its heading
    assert _cells(panel, overdue) == [
        "Sat 21 Nov 14:00", "Ελένη Παπαδοπούλου", "Call back about the shade", "Mei"]
    assert _cells(panel, today) == ["15:00", "王小明", "回电：确认预约时间", ""]
    red = panel.model.index(overdue, COL_CLIENT).data(Qt.ItemDataRole.ForegroundRole)
    assert red.color() == OVERDUE_COLOUR
    assert panel.model.index(today, COL_CLIENT).data(Qt.ItemDataRole.ForegroundRole) is None
    # Headings are not promises: they cannot be selected and the cursor skips them.
    assert panel.model.flags(panel.model.index(0, 0)) == Qt.ItemFlag.NoItemFlags
    assert panel.view.columnSpan(0, 0) == 4
    assert panel.empty.isHidden()
    qtmodeltester.check(panel.model)


def test_an_empty_board_is_one_small_line(book, qapp, qtbot):
    widget = PromisesPanel(Session(book))
    qtbot.addWidget(widget)
    assert widget.empty.text() == "No promises due today."
    assert not widget.empty.isHidden() and widget.view.isHidden()
    assert widget.done_button.isHidden() and widget.cancel_button.isHidden()
    assert widget.maximumHeight() < 60


def test_buttons_need_a_selected_promise(desk, panel):
    buttons = (panel.done_button, panel.reschedule_button, panel.cancel_button)
    assert not any(b.isEnabled() for b in buttons)
    assert all(b.accessibleName() and b.toolTip() for b in buttons)
    panel.select_promise(desk.ids["today"])
    assert all(b.isEnabled() for b in buttons)
    assert panel.current_line().promise.id == desk.ids["today"]


def test_refreshes_when_promises_or_clients_change(desk, panel):
    refund = Promise(client_id=desk.clients["olga"], text="Ring", due_at=NOW + timedelta(hours=2))
    desk.session.apply(lambda: desk.book.history.add_promise(refund))
    assert panel.group_titles() == ["Overdue (1)", "Due today (2)"]
    desk.session.apply(lambda: desk.book.clients.set_archived(desk.clients["wang"], True))
    assert desk.ids["today"] not in _ids(panel)


# Done, cancel -------------------------------------------------------------------------------
def test_done_marks_the_promise_kept_and_moves_to_the_next(desk, panel, qtbot):
    panel.select_promise(desk.ids["overdue"])
    with qtbot.waitSignal(desk.session.changed) as signal:
        qtbot.mouseClick(panel.done_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].promises
    assert _open_ids(desk.book, desk.clients["eleni"]) == []
    assert _ids(panel) == [desk.ids["today"]]
    assert panel.group_titles() == ["Due today (1)"]
    assert panel.current_line().promise.id == desk.ids["today"]  # ready for the next key


def test_cancel_asks_first_and_no_keeps_it(desk, panel, answers):
    panel.select_promise(desk.ids["today"])
    answers.reply = False
    assert panel.cancel_selected() is False
    [(kind, title, text)] = answers
    assert (kind, title) == ("question", "Cancel promise")
    first, *rest = text.split("\n")
    assert "王小明" not in first and "王小明: “回电：确认预约时间”" in rest
    assert desk.ids["today"] in _ids(panel)
    assert _open_ids(desk.book, desk.clients["wang"]) == [desk.ids["today"]]


def test_cancel_confirmed_removes_it(desk, panel, answers):
    panel.select_promise(desk.ids["today"])
    assert panel.cancel_selected() is True
    assert _open_ids(desk.book, desk.clients["wang"]) == []
    assert _ids(panel) == [desk.ids["overdue"]]
    # Taking the cancellation back (the service allows it) brings it back.
    desk.session.apply(lambda: desk.book.history.cancel_promise(desk.ids["today"], False))
    assert desk.ids["today"] in _ids(panel)


def test_delete_key_cancels_the_selected_promise(desk, panel, qtbot, answers):
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.setFocus()
    panel.select_promise(desk.ids["overdue"])
    qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    assert [a[0] for a in answers] == ["question"]
    assert _open_ids(desk.book, desk.clients["eleni"]) == []


def test_errors_become_messages_not_tracebacks(desk, answers):
    assert promise_actions.complete_promise(None, desk.session, 9999) is False
    assert answers[-1][0] == "error" and "no longer exists" in answers[-1][2]
    assert promise_actions.cancel_promise(None, desk.session, desk.ids["done"]) is False
    assert answers[-1][0] == "error" and "already done or cancelled" in answers[-1][2]
    assert promise_actions.reschedule_promise(None, desk.session, desk.ids["done"]) is False
    assert answers[-1][0] == "error"


# Opening the client -----------------------------------------------------------------------
def test_double_click_and_enter_open_the_client(desk, panel, qtbot):
    opened = []
    desk.session.open_client.connect(opened.append)
    panel.show()
    qtbot.waitExposed(panel)
    view = panel.view
    row = _row_of(panel, desk.ids["today"])
    rect = view.visualRect(panel.model.index(row, COL_PROMISE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # a click only selects
    assert panel.current_line().promise.id == desk.ids["today"]
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [desk.clients["wang"]]

    heading = view.visualRect(panel.model.index(0, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=heading.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=heading.center())
    assert opened == [desk.clients["wang"]]  # a heading opens nothing

    view.setFocus()
    panel.select_promise(desk.ids["overdue"])
    qtbot.keyClick(view, Qt.Key.Key_Return)
    assert opened == [desk.clients["wang"], desk.clients["eleni"]]


def test_coming_to_the_list_by_keyboard_selects_the_first_promise(desk, panel, qtbot):
    assert panel.heading.buddy() is panel.view  # Alt+P
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.current_line() is None
    panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: panel.current_line() is not None)
    assert panel.current_line().promise.id == desk.ids["overdue"]
    assert panel.done_button.isEnabled()
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [1]


def test_arrow_keys_skip_the_group_headings(desk, panel, qtbot):
    panel.show()
    qtbot.waitExposed(panel)
    panel.view.setFocus()
    panel.select_promise(desk.ids["overdue"])
    qtbot.keyClick(panel.view, Qt.Key.Key_Down)
    assert panel.current_line().promise.id == desk.ids["today"]
    qtbot.keyClick(panel.view, Qt.Key.Key_Up)
    assert panel.current_line().promise.id == desk.ids["overdue"]


# Reschedule -------------------------------------------------------------------------------
def _dialog(desk, qtbot, key="overdue") -> RescheduleDialog:
    line = promise_actions.find_promise(desk.session, desk.ids[key])
    dialog = RescheduleDialog(desk.session, line)
    qtbot.addWidget(dialog)
    return dialog


def test_reschedule_dialog_shows_the_promise_and_defaults_to_tomorrow(desk, qtbot):
    dialog = _dialog(desk, qtbot)
    assert dialog.objectName() == "rescheduleDialog"
    assert dialog.promise_label.text() == "Call back about the shade"
    assert dialog.promise_label.textFormat() == Qt.TextFormat.PlainText
    assert dialog.current_label.text() == "Sat 21 Nov 14:00 (overdue)"
    assert "Ελένη Παπαδοπούλου" in dialog.heading.text()
    assert dialog.moves_label.text() == ""
    assert dialog.due() == datetime(2026, 11, 23, 10, 0)
    assert dialog.due_edit.accessibleName() == "New due time"


def test_reschedule_saves_the_move_and_records_it(desk, panel, qtbot):
    old = YESTERDAY_2PM
    dialog = _dialog(desk, qtbot)
    qtbot.mouseClick(dialog.quick_buttons["end_of_day"], Qt.MouseButton.LeftButton)
    assert dialog.due() == datetime(2026, 11, 22, 17, 0)
    with qtbot.waitSignal(desk.session.changed):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.changes
    assert desk.book.promises.reschedules(desk.ids["overdue"]) == [
        (NOW, old, datetime(2026, 11, 22, 17, 0))]
    # It is no longer late: the panel shows it due today at 17:00.
    assert panel.group_titles() == ["Due today (2)"]
    assert _cells(panel, _row_of(panel, desk.ids["overdue"]))[0] == "17:00"

    again = _dialog(desk, qtbot)
    assert again.moves_label.text() == (
        "Sat 21 Nov 14:00 → Sun 22 Nov 17:00 (moved Sun 22 Nov 09:00)")
    assert again.current_label.text() == "Sun 22 Nov 17:00"


def test_rescheduling_into_the_past_is_refused_inline(desk, panel, qtbot):
    dialog = _dialog(desk, qtbot)
    dialog.set_due(NOW - timedelta(hours=1))
    with qtbot.assertNotEmitted(desk.session.changed):
        dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert dialog.error_label.text() == "Choose a new due time that is still to come."
    assert desk.book.promises.reschedules(desk.ids["overdue"]) == []
    assert panel.group_titles() == ["Overdue (1)", "Due today (1)"]


def test_rescheduling_to_the_same_time_changes_nothing(desk, qtbot):
    dialog = _dialog(desk, qtbot, "today")
    dialog.set_due(TODAY_3PM)
    with qtbot.assertNotEmitted(desk.session.changed):
        dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.changes
    assert desk.book.promises.reschedules(desk.ids["today"]) == []


def test_reschedule_from_the_panel(desk, panel, monkeypatch):
    def answer(dialog):  # stands in for the person choosing Friday and pressing Save
        dialog.quick_buttons["friday"].click()
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(RescheduleDialog, "exec", answer)
    panel.select_promise(desk.ids["today"])
    assert panel.reschedule_selected() is True
    assert desk.book.promises.reschedules(desk.ids["today"])[0][2] == datetime(2026, 11, 27, 17)
    assert _ids(panel) == [desk.ids["overdue"]]


def test_any_open_promise_is_found_with_its_names_and_a_closed_one_is_not(desk):
    line = promise_actions.find_promise(desk.session, desk.ids["tomorrow"])
    assert line is not None and line.client_name == "Ольга Іваненко"
    assert promise_actions.find_promise(desk.session, desk.ids["done"]) is None
    assert promise_actions.find_promise(desk.session, 9999) is None


def test_user_text_is_shown_as_typed(desk, qtbot):
    tagged = _promise(desk.book, desk.clients["olga"], "<b>Bold</b> & <i>sure</i>", NOW)
    line = promise_actions.find_promise(desk.session, tagged)
    dialog = RescheduleDialog(desk.session, line)
    qtbot.addWidget(dialog)
    assert dialog.promise_label.text() == "<b>Bold</b> & <i>sure</i>"
    assert dialog.promise_label.textFormat() == Qt.TextFormat.PlainText


# The Today page ---------------------------------------------------------------------------
def test_today_page_puts_promises_under_the_appointments(desk, qtbot):
    page = TodayPage(desk.session)
    qtbot.addWidget(page)
    page.resize(1280, 700)
    page.show()
    qtbot.waitExposed(page)
    splitter = page.findChild(QSplitter, "todayLeftSplitter")
    assert splitter is not None and splitter.orientation() == Qt.Orientation.Vertical
    assert splitter.widget(1) is page.promises
    assert splitter.widget(0).isAncestorOf(page.view)
    list_height, panel_height = splitter.sizes()
    assert list_height > panel_height > 0


# Missed call in the promise dialog --------------------------------------------------------
def _promise_dialog(desk, qtbot) -> PromiseDialog:
    dialog = PromiseDialog(desk.session, desk.clients["olga"])
    qtbot.addWidget(dialog)
    return dialog


def test_missed_call_button_fills_text_and_due(desk, qtbot):
    dialog = _promise_dialog(desk, qtbot)
    button = dialog.quick_buttons["callback"]
    assert next(iter(dialog.quick_buttons)) == "callback"  # the first quick choice
    assert button.text() == "&Missed call: call back within 30 min"
    assert button.accessibleName() == "Missed call: call back within 30 minutes"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.due() == NOW + timedelta(minutes=30)
    assert dialog.text_edit.text() == "Call back (missed call)"
    promise = dialog.save()
    assert promise is not None and promise.due_at == datetime(2026, 11, 22, 9, 30)


def test_missed_call_keeps_text_already_typed(desk, qtbot):
    desk.book.set_setting("callback_minutes", "45")
    dialog = _promise_dialog(desk, qtbot)
    dialog.text_edit.setText("Ring about the booking")
    dialog.quick_buttons["callback"].click()
    assert dialog.text_edit.text() == "Ring about the booking"
    assert dialog.due() == datetime(2026, 11, 22, 9, 45)
    assert "45 min" in dialog.quick_buttons["callback"].text()


def test_missed_call_hidden_when_the_target_is_off(desk, qtbot):
    desk.book.set_setting("callback_minutes", "0")
    dialog = _promise_dialog(desk, qtbot)
    assert "callback" not in dialog.quick_buttons
    assert dialog.findChild(type(dialog.quick_buttons["hour"]), "missedCallButton") is None


def test_unreadable_target_falls_back_to_30_minutes(desk, qtbot, monkeypatch):
    real = desk.book.setting
    monkeypatch.setattr(desk.book, "setting",
                        lambda key: "soon" if key == "callback_minutes" else real(key))
    dialog = _promise_dialog(desk, qtbot)
    dialog.quick_buttons["callback"].click()
    assert dialog.due() == NOW + timedelta(minutes=30)


def test_a_promise_moves_to_overdue_when_its_time_passes(book, qapp):
    from clientbook.domain.models import Client, Promise
    from clientbook.ui.promises.promises_panel import PromisesPanel
    from clientbook.ui.session import Session

    client = Client(display_name="Ζωή")
    book.clients.add(client)
    book.history.add_promise(Promise(client.id, "Call back", NOW.replace(hour=15)))
    panel = PromisesPanel(Session(book))
    assert not panel.refresh_if_due()  # 09:00: still due today
    book.clock = lambda: NOW.replace(hour=15, minute=1)
    assert panel.refresh_if_due()
    assert [line.promise.text for line in panel.session.book.promises.board().overdue] == [
        "Call back"]
    assert not panel.refresh_if_due()  # nothing else is waiting to fall due


def test_thousands_overdue_list_the_first_ones_and_show_all_on_request(desk, qtbot,
                                                                         monkeypatch):
    monkeypatch.setattr("clientbook.ui.promises.promises_panel.MAX_SHOWN", 3)
    for n in range(4):
        _promise(desk.book, desk.clients["eleni"], f"Late {n}", YESTERDAY_2PM - timedelta(n))
    panel = PromisesPanel(desk.session)
    qtbot.addWidget(panel)
    panel.show()
    assert panel.rows.group_titles() == ["Overdue (5)", "Due today (1)"]
    assert len(_ids(panel)) == 4  # 3 of the 5 overdue, and the 1 due today
    assert panel.more_button.isVisible()
    assert panel.more_button.text() == "Show all (2 &more)"
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert len(_ids(panel)) == 6 and not panel.more_button.isVisible()


def test_the_show_all_button_hides_when_everything_is_listed(panel):
    panel.show()
    assert not panel.more_button.isVisible()

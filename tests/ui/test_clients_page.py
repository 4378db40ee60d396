"""The client finder: search as you type in any script, lazy browsing, keyboard flow."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QTableView

from clientbook.domain.models import Client
from clientbook.ui.clients.client_list_model import (
    CLIENT_ID_ROLE,
    COL_NAME,
    COL_PHONE,
    PAGE_SIZE,
    SORT_ROLE,
    ClientListModel,
)
from clientbook.ui.clients.clients_page import ClientsPage
from clientbook.ui.session import Session

MANY = 450


@pytest.fixture
def page(session, qtbot):
    widget = ClientsPage(session)
    qtbot.addWidget(widget)
    widget.resize(500, 600)
    return widget


@pytest.fixture
def big_book(book):
    """More clients than two pages, added through the service (about 0.3 s)."""
    for i in range(MANY):
        book.clients.add(Client(display_name=f"Client {i:03d}", phones=[f"+44 7700 9{i:05d}"]))
    return book


def all_clients(book) -> list[tuple[int, str]]:
    return [(cid, name) for cid, name, _key, _phone in book.clients.page(limit=100_000)]


def ids_named(book, fragment: str) -> set[int]:
    return {cid for cid, name in all_clients(book) if fragment in name}


def listed_ids(model) -> list[int]:
    return [model.client_id(row) for row in range(model.rowCount())]


def search(page, text: str) -> None:
    """Type ASCII with real key events (what qtbot.keyClicks does); set other scripts
    directly, since keyClicks with non-ASCII text crashes Qt's test library."""
    if text.isascii():
        page.search_box.clear()
        QTest.keyClicks(page.search_box, text)
    else:
        page.search_box.setText(text)
    page.run_search_now()


def select_row(page, row: int) -> None:
    page.view.selectionModel().setCurrentIndex(
        page.model.index(row, COL_NAME),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )


# -- the page's parts ----------------------------------------------------------------------


def test_page_has_named_widgets_and_lists_every_client(page, demo_book):
    assert page.findChild(QLineEdit, "clientSearch") is page.search_box
    assert page.findChild(QTableView, "clientList") is page.view
    assert page.search_box.placeholderText() == "Search name, phone, email or preference…"
    assert page.search_box.isClearButtonEnabled()
    assert page.model.rowCount() == 40
    assert page.status_label.text() == "40 clients"
    assert page.model.headerData(COL_NAME, Qt.Orientation.Horizontal) == "Name"
    assert page.model.headerData(COL_PHONE, Qt.Orientation.Horizontal) == "Phone"
    assert listed_ids(page.model) == [cid for cid, _ in all_clients(demo_book)]


def test_typing_searches_after_a_pause_not_on_every_key(page, demo_book):
    page.search_box.clear()
    QTest.keyClicks(page.search_box, "wood")
    assert page.model.query == ""  # debounced: nothing searched yet
    page.run_search_now()
    assert page.model.query == "wood"
    names = {page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())}
    assert names == {name for _, name in all_clients(demo_book) if "Wood" in name}
    assert page.status_label.text() == "2 clients found"  # George and Rebecca Wood


def test_typing_on_after_a_search_lists_the_matches_for_the_last_text(page, demo_book, qtbot):
    page.search_box.clear()
    QTest.keyClicks(page.search_box, "wo")
    page.run_search_now()  # a search while the person is still typing
    QTest.keyClicks(page.search_box, "od")
    qtbot.waitUntil(lambda: page.model.query == "wood")  # the typing pause ends
    expected = demo_book.search("wood", limit=PAGE_SIZE)
    assert listed_ids(page.model) == [r.id for r in expected]
    rows = range(page.model.rowCount())
    assert [page.model.data(page.model.index(r, COL_NAME)) for r in rows] == [
        r.name for r in expected]
    assert [page.model.data(page.model.index(r, COL_PHONE)) for r in rows] == [
        r.phone for r in expected]
    assert page.status_label.text() == "2 clients found"


def test_a_row_answers_only_its_roles(demo_book, qapp):
    model = ClientListModel(demo_book)
    model.set_query("wood")
    index = model.index(0, COL_NAME)
    for role in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.ForegroundRole,
                 Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.DecorationRole,
                 Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.TextAlignmentRole):
        assert model.data(index, role) is None
    assert model.data(index, Qt.ItemDataRole.AccessibleTextRole) == model.data(index)
    assert model.flags(index) == (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                                  | Qt.ItemFlag.ItemNeverHasChildren)
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


# -- search in any script --------------------------------------------------------------------


@pytest.mark.parametrize("query", ["oksana", "Оксана", "ОКСАНА", "оксана"])
def test_latin_or_cyrillic_finds_cyrillic_names(page, demo_book, query):
    search(page, query)
    assert set(listed_ids(page.model)) == ids_named(demo_book, "Оксана")
    assert len(listed_ids(page.model)) == 2


@pytest.mark.parametrize("query", ["olena", "Олена"])
def test_olena_finds_олена(page, session, query):
    session.apply(lambda: session.book.clients.add(Client(display_name="Олена Коваль")))
    search(page, query)
    names = [page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())]
    assert "Олена Коваль" in names and "Олена Шевченко" in names  # the demo's own (README)
    assert all(name.startswith("Олена") for name in names)


@pytest.mark.parametrize("query", ["Αγγελική", "αγγελικη", "aggeliki"])
def test_greek_with_or_without_accents(page, demo_book, query):
    search(page, query)
    assert set(listed_ids(page.model)) == ids_named(demo_book, "Αγγελική")


def test_one_cjk_character(page, demo_book):
    expected = ids_named(demo_book, "朱")
    assert expected  # the demo has 朱建华 and 朱雪
    search(page, "朱")
    assert set(listed_ids(page.model)) == expected
    tooltip = page.model.data(page.model.index(0, COL_NAME), Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("朱")


@pytest.mark.parametrize(
    "query", ['Olena "', "NEAR(", '"', "*", "a AND", "') OR 1=1 --", "{0}", "😀", "  "]
)
def test_hostile_text_is_only_text(page, answers, query):
    search(page, query)  # must not raise
    assert answers == []
    assert "rror" not in page.status_label.text()


def test_no_match_says_how_to_add_and_shows_the_query_as_plain_text(page):
    search(page, "xyz")
    assert page.model.rowCount() == 0
    assert page.status_label.text() == "No client matches 'xyz' — add a new client with Ctrl+N"
    page.search_box.setText("<b>zz</b>")
    page.run_search_now()
    assert page.status_label.textFormat() == Qt.TextFormat.PlainText
    assert "'<b>zz</b>'" in page.status_label.text()


# -- lazy browsing -----------------------------------------------------------------------------


def test_browsing_fetches_a_page_at_a_time_and_reaches_every_client(big_book, qapp):
    model = ClientListModel(big_book)
    assert model.rowCount() == PAGE_SIZE < MANY
    assert model.canFetchMore()
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == MANY
    ids = listed_ids(model)
    assert sorted(ids) == sorted(cid for cid, _ in all_clients(big_book))
    keys = [model.data(model.index(r, COL_NAME), SORT_ROLE) for r in range(model.rowCount())]
    assert keys == sorted(keys)


def test_the_page_says_the_total_before_everything_is_loaded(big_book, qapp, qtbot, answers):
    page = ClientsPage(Session(big_book))
    qtbot.addWidget(page)
    assert page.model.rowCount() < MANY
    assert page.status_label.text() == f"{MANY} clients"


def test_search_results_are_capped_and_say_so(big_book, qapp, qtbot, answers):
    page = ClientsPage(Session(big_book))
    qtbot.addWidget(page)
    search(page, "client")
    assert page.model.rowCount() == PAGE_SIZE
    assert not page.model.canFetchMore()
    assert page.status_label.text().startswith(f"Showing the first {PAGE_SIZE} matches")


def test_model_passes_qt_model_tests_browsing(big_book, qapp, qtmodeltester):
    model = ClientListModel(big_book)
    qtmodeltester.check(model)
    model.fetchMore()
    qtmodeltester.check(model)


@pytest.mark.parametrize("query", ["a", "Оксана", "朱", "nothing-like-this"])
def test_model_passes_qt_model_tests_searching(demo_book, qapp, qtmodeltester, query):
    model = ClientListModel(demo_book)
    model.set_query(query)
    qtmodeltester.check(model)


def test_roles(demo_book, qapp):
    model = ClientListModel(demo_book)
    model.set_query("Оксана Мороз")
    index = model.index(0, COL_PHONE)
    client = demo_book.clients.get(model.client_id(0))
    assert model.data(index, CLIENT_ID_ROLE) == client.id
    assert model.data(model.index(0, COL_NAME)) == "Оксана Мороз"
    assert model.data(index) == client.phones[0]
    assert model.data(index, SORT_ROLE).isdigit()
    assert model.data(model.index(0, COL_NAME), SORT_ROLE) == "оксана мороз"


# -- keyboard and mouse --------------------------------------------------------------------------


def test_down_moves_into_the_list_and_selects(page, qtbot):
    search(page, "wood")
    with qtbot.waitSignal(page.clientSelected) as selected:
        qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert selected.args == [page.model.client_id(0)]
    assert page.view.currentIndex().row() == 0


def test_enter_on_a_row_activates_that_client(page, qtbot):
    search(page, "wood")
    select_row(page, 1)
    expected = page.model.client_id(1)
    with qtbot.waitSignal(page.clientActivated) as activated:
        qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert activated.args == [expected]


def test_double_click_activates(page, qtbot):
    with qtbot.waitExposed(page):
        page.show()
    rect = page.view.visualRect(page.model.index(2, COL_NAME))
    # QTest's double-click carries no press; the view needs one on the same item first.
    qtbot.mouseClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(page.clientActivated) as activated:
        qtbot.mouseDClick(page.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activated.args == [page.model.client_id(2)]


def test_escape_clears_the_search(page, qtbot):
    search(page, "wood")
    assert page.model.rowCount() == 2
    qtbot.keyClick(page.search_box, Qt.Key.Key_Escape)
    assert page.search_box.text() == ""
    assert page.model.query == ""
    assert page.model.rowCount() == 40


def test_typing_in_the_list_goes_on_with_the_search(page, qtbot):
    with qtbot.waitActive(page):
        page.show()
    search(page, "woo")
    qtbot.keyClick(page.search_box, Qt.Key.Key_Down)
    assert page.view.hasFocus()
    qtbot.keyClick(page.view, "d")
    assert page.search_box.text() == "wood"
    assert page.search_box.hasFocus()
    page.run_search_now()  # also stops the pending debounce before the book closes
    assert page.model.rowCount() == 2


# -- staying current ------------------------------------------------------------------------------


def test_renaming_a_client_refreshes_the_list_and_keeps_the_selection(page, session, qtbot):
    row = next(r for r in range(page.model.rowCount())
               if page.model.data(page.model.index(r, COL_NAME)) == "George Wood")
    select_row(page, row)
    client = session.book.clients.get(page.model.client_id(row))
    client.display_name = "Zoe Wood"
    with qtbot.assertNotEmitted(page.clientSelected):
        session.apply(lambda: session.book.clients.update(client))
    new_row = page.model.row_of(client.id)
    assert page.model.data(page.model.index(new_row, COL_NAME)) == "Zoe Wood"
    assert page._selected_id == client.id
    assert page.view.selectionModel().selectedRows()[0].row() == new_row


def test_a_refresh_keeps_the_query(page, session):
    search(page, "Оксана")
    first = session.book.clients.get(page.model.client_id(0))
    first.display_name = "Оксана Нова"
    session.apply(lambda: session.book.clients.update(first))
    assert page.model.query == "Оксана"
    names = {page.model.data(page.model.index(r, COL_NAME)) for r in range(page.model.rowCount())}
    assert "Оксана Нова" in names


def test_narrowing_the_search_keeps_a_selected_client_that_still_matches(page, qtbot):
    search(page, "wood")
    target = next(r for r in range(2) if "Rebecca" in page.model.data(page.model.index(r, 0)))
    select_row(page, target)
    chosen = page.model.client_id(target)
    with qtbot.assertNotEmitted(page.clientSelected):
        search(page, "rebecca wood")
    assert page._selected_id == chosen


def test_archived_clients_show_only_when_asked(page, session):
    client_id = page.model.client_id(0)
    session.apply(lambda: session.book.clients.set_archived(client_id, True))
    assert client_id not in listed_ids(page.model)
    assert page.model.rowCount() == 39
    page.archived_box.setChecked(True)
    assert client_id in listed_ids(page.model)
    name = session.book.clients.get(client_id).display_name
    search(page, name)
    assert client_id in listed_ids(page.model)
    page.archived_box.setChecked(False)
    assert client_id not in listed_ids(page.model)


def test_page_renders(page, tmp_path):
    search(page, "Αγγελική")
    page.show()
    image = tmp_path / "clients-page.png"
    assert page.grab().save(str(image))
    assert image.stat().st_size > 0

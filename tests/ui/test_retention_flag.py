"""Clients not seen for years: flagged under Follow-ups (never deleted), set in Settings."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt

from clientbook.domain.models import Appointment, Client, Visit
from clientbook.services.changes import Changes
from clientbook.services.privacy import erasure
from clientbook.ui.app.main_window import FOLLOW_UPS, MainWindow
from clientbook.ui.clients import forget_dialog
from clientbook.ui.followups.followups_models import RetentionModel, select_client
from clientbook.ui.followups.followups_page import RETENTION, FollowUpsPage
from clientbook.ui.session import Session
from clientbook.ui.settings.settings_dialog import SettingsDialog
from tests.conftest import NOW

LONG_AGO = datetime(2019, 3, 1)


def _client(book, name, created=LONG_AGO, visits=(), booked=()):
    client = Client(name, created_at=created)
    book.clients.add(client)
    for when in visits:
        book.history.add_visit(Visit(client.id, when))
    for when in booked:
        book.history.add_appointment(Appointment(client.id, when))
    return client.id


@pytest.fixture
def firm(book):
    """Flag after 2 years (cut-off 22 Nov 2024); the comments say who is listed."""
    ids = {
        "eleni": _client(book, "Ελένη Παπαδοπούλου",                      # 3 years ago: listed
                         visits=[datetime(2023, 6, 1, 10), datetime(2023, 10, 5, 11)]),
        "boris": _client(book, "Борис Іванов", visits=[datetime(2025, 11, 10, 10)]),  # 1 year
        "ming": _client(book, "李明", created=datetime(2022, 11, 1, 12)),  # never came: listed
        "chloe": _client(book, "Chloé Archived", visits=[datetime(2021, 4, 2, 10)]),
        "anna": _client(book, "Anna Smith", visits=[datetime(2020, 1, 7, 10)],
                        booked=[datetime(2026, 12, 1, 10)]),              # coming back
        "new": _client(book, "Added Last Month", created=datetime(2026, 10, 20)),
    }
    book.clients.set_archived(ids["chloe"], True)
    book.update_settings({"retention_years": "2"})
    return book, ids


@pytest.fixture
def page(qtbot, firm, qapp, answers):
    widget = FollowUpsPage(Session(firm[0]))
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    return widget


def _rows(page):
    model = page.retention_view.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def _ids(page):
    return [page.retention_model.row_object(r).client_id
            for r in range(page.retention_model.rowCount())]


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_lists_exactly_the_clients_not_seen_for_the_years(page):
    page.show()
    assert _rows(page) == [  # longest unseen first; never seen counts from when they were added
        ["李明", "never — added 1 Nov 2022", "0"],
        ["Ελένη Παπαδοπούλου", "5 Oct 2023", "2"],
    ]
    assert page.retention_model.headerData(1, Qt.Orientation.Horizontal) == "Last seen"
    assert page.retention_box.title() == "Not seen for 2 &years (2)"
    assert page.retention_text.text() == (
        "No visit or appointment since 22 Nov 2024 (one booked ahead counts). "
        "Nothing is deleted automatically.")
    assert page.retention_empty.isHidden() and page.retention_settings.isHidden()
    assert page.retention_view.accessibleName() == "Clients not seen for years"
    buttons = (page.retention_open, page.archive_button, page.forget_button)
    assert [b.objectName() for b in buttons] == [
        "retentionOpenButton", "retentionArchiveButton", "retentionForgetButton"]
    assert not any(b.isEnabled() for b in buttons)  # nothing selected yet
    assert select_client(page.retention_view, _ids(page)[0])
    assert all(b.isEnabled() for b in buttons)


def test_sorting_by_a_column_uses_natural_values(page):
    page.show()
    view = page.retention_view
    view.sortByColumn(RetentionModel.COL_VISITS, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in _rows(page)] == ["Ελένη Παπαδοπούλου", "李明"]
    view.sortByColumn(RetentionModel.COL_LAST_SEEN, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in _rows(page)] == ["李明", "Ελένη Παπαδοπούλου"]


def test_archive_asks_first_then_the_client_leaves_the_list(qtbot, page, firm, answers):
    book, ids = firm
    page.show()
    select_client(page.retention_view, ids["eleni"])
    with qtbot.waitSignal(page.session.changed):
        _click(qtbot, page.archive_button)
    [(kind, title, text)] = answers
    assert (kind, title) == ("question", "Archive client")
    assert text.startswith("Archive Ελένη Παπαδοπούλου? ") and "history is kept" in text
    assert book.clients.get(ids["eleni"]).archived
    assert [row[0] for row in _rows(page)] == ["李明"]
    assert page.retention_box.title() == "Not seen for 2 &years (1)"
    assert page.selected_unseen().client_id == ids["ming"]  # the next one, ready to review


def test_answering_no_changes_nothing(qtbot, page, firm, answers):
    book, ids = firm
    answers.reply = False
    page.show()
    select_client(page.retention_view, ids["ming"])
    with qtbot.assertNotEmitted(page.session.changed):
        _click(qtbot, page.archive_button)
    assert len(answers) == 1 and not book.clients.get(ids["ming"]).archived
    assert _ids(page) == [ids["ming"], ids["eleni"]]
    assert page.selected_unseen().client_id == ids["ming"]


def test_forget_and_open_card_ask_the_window(qtbot, page, firm, answers):
    _book, ids = firm
    page.show()
    select_client(page.retention_view, ids["ming"])
    with qtbot.waitSignal(page.forgetRequested) as forget, \
            qtbot.assertNotEmitted(page.session.changed):
        _click(qtbot, page.forget_button)
    assert forget.args == [ids["ming"]] and answers == []  # the window's dialog asks
    with qtbot.waitSignal(page.session.open_client) as opened:
        _click(qtbot, page.retention_open)
    assert opened.args == [ids["ming"]]
    select_client(page.retention_view, ids["eleni"])
    with qtbot.waitSignal(page.session.open_client) as opened:
        qtbot.keyClick(page.retention_view, Qt.Key.Key_Return)
    assert opened.args == [ids["eleni"]]


def test_off_explains_and_points_to_settings(qtbot, page, firm):
    book, ids = firm
    page.show()
    page.session.apply(lambda: book.update_settings({"retention_years": "0"}))
    assert page.retention_model.rowCount() == 0
    assert page.retention_box.title() == "Not seen for &years"
    assert page.retention_text.text().startswith("Off — set a period in Settings")
    for widget in (page.retention_view, page.retention_open, page.archive_button,
                   page.forget_button, page.retention_empty):
        assert widget.isHidden()
    assert not page.retention_settings.isHidden()
    with qtbot.waitSignal(page.settingsRequested):
        _click(qtbot, page.retention_settings)
    # Back on with one year: Борис (last seen a year and 12 days ago) is listed too.
    page.session.apply(lambda: book.update_settings({"retention_years": "1"}))
    assert _ids(page) == [ids["ming"], ids["eleni"], ids["boris"]]
    assert page.retention_box.title() == "Not seen for 1 &year (3)"
    assert page.retention_view.isVisible() and page.retention_settings.isHidden()


def test_worked_out_only_while_shown_and_after_the_changes_it_shows(
        page, firm, monkeypatch):
    book, ids = firm
    calls = []
    real = erasure.not_seen
    monkeypatch.setattr("clientbook.services.privacy.erasure.not_seen",
                        lambda b: calls.append(1) or real(b))
    page.session.apply(lambda: book.history.add_appointment(
        Appointment(ids["eleni"], datetime(2026, 12, 3, 10))))  # she is coming back
    assert calls == [] and RETENTION in page.stale
    page.show()
    assert calls == [1] and _ids(page) == [ids["ming"]]
    page.session.apply(lambda: Changes(contacts=True, promises=True, staff=True, rewards=True))
    assert calls == [1]  # nothing the list depends on
    page.session.apply(lambda: book.history.add_visit(Visit(ids["ming"], NOW)))
    assert calls == [1, 1] and page.retention_model.rowCount() == 0
    assert not page.retention_empty.isHidden()
    assert page.retention_empty.text() == "Everyone has been seen within the period."


def test_the_window_forgets_the_client_the_page_asks_for(qtbot, firm, tmp_path, answers,
                                                         monkeypatch):
    book, ids = firm
    asked = []

    def forget(parent, session, client_id):  # stands in for the tick-box dialog, said yes
        asked.append((parent, client_id))
        session.apply(lambda: erasure.forget_client(session.book, client_id))
        return True

    monkeypatch.setattr(forget_dialog, "forget_client", forget)
    window = MainWindow(book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.pages.setCurrentIndex(FOLLOW_UPS)
    page = window.follow_ups
    select_client(page.retention_view, ids["ming"])
    _click(qtbot, page.forget_button)
    assert asked == [(window, ids["ming"])]
    assert _ids(page) == [ids["eleni"]]


def test_settings_round_trip_the_retention_period(qtbot, firm, qapp, answers):
    book, _ids = firm
    session = Session(book)
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    spin = dialog.privacy.retention_spin
    assert (spin.value(), spin.minimum(), spin.maximum()) == (2, 0, 30)
    assert spin.text() == "2 years" and spin.objectName() == "retentionYears"
    assert spin.accessibleName() == "Flag clients not seen for, in years"
    hint = dialog.privacy.findChild(type(dialog.error_label), "retentionHint")
    assert hint.text() == "Never deletes anything; they are listed under Follow-ups."
    spin.setValue(1)
    assert spin.text() == "1 year"
    spin.setValue(0)
    assert spin.text() == "Off"
    for years in range(31):  # every value the box allows is accepted as typed
        spin.setValue(years)
        assert dialog.values()["retention_years"] == str(years)
    spin.setValue(7)
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()
    assert signal.args[0].settings and dialog.saved == {"retention_years": "7"}
    assert book.setting("retention_years") == "7"
    again = SettingsDialog(session)
    qtbot.addWidget(again)
    assert again.privacy.retention_spin.value() == 7


def test_settings_start_off(qtbot, book, qapp, answers):
    dialog = SettingsDialog(Session(book))
    qtbot.addWidget(dialog)
    assert dialog.privacy.retention_spin.text() == "Off"
    assert "retention_years" not in dialog.build()[0]  # unchanged, so not saved


@pytest.mark.parametrize("model_name", ["retention_model", "retention_proxy"])
def test_model_passes_qt_model_tester(qtmodeltester, page, model_name):
    page.refresh()
    model = getattr(page, model_name)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_model_passes_qt_model_tester_when_empty(qtmodeltester, qapp):
    qtmodeltester.check(RetentionModel())

"""Windows on one shared book: another desk's change repaints this one without a click, the
status bar says when the server is out of reach, and nothing typed is lost meanwhile."""

from __future__ import annotations

from datetime import timedelta

import psycopg
import pytest
from PySide6.QtCore import QSettings

from clientbook.domain.models import Appointment, AppointmentStatus, Client
from clientbook.services.changes import Changes
from clientbook.services.live import LIVE, OFFLINE, RECONNECTING
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.session import Session
from tests.conftest import NOW
from tests.postgres_server import database_name

WAIT_MS = 10_000  # the longest a test waits for another desk: a failure, never a pause


def _session(desk, qapp, debounce_ms=0) -> Session:
    session = Session(desk, debounce_ms=debounce_ms, backoff=(0.05,))
    assert session.live is not None and session.live.listening
    assert desk.store._listener.connected.wait(WAIT_MS / 1000)
    return session


def _add(desk, name="Ana Lima") -> int:
    client = Client(display_name=name)
    desk.clients.add(client)
    return client.id


def _admin(server, sql: str, *values) -> None:
    with psycopg.connect(server.address("postgres"), autocommit=True) as conn:
        conn.execute(sql, values)


def test_a_file_book_starts_no_listener(book, qapp):
    session = Session(book)
    assert session.live is None and session.connection == LIVE


def test_a_client_added_at_one_desk_reaches_the_other_sessions(open_desk, qapp, qtbot):
    front, office, salon = open_desk("front"), open_desk("office"), open_desk("salon")
    sessions = [_session(office, qapp), _session(salon, qapp)]
    with qtbot.waitSignals([s.changed for s in sessions], timeout=WAIT_MS) as heard:
        client_id = _add(front)
    for signal in heard.all_signals_and_args:
        changes = signal.args[0]
        assert changes.affects_briefing(client_id) and changes.affects_client_list()


def test_a_booking_at_one_desk_repaints_the_others_today_page(open_desk, qapp, qtbot,
                                                             tmp_path, answers):
    front, office = open_desk("front"), open_desk("office")
    window = MainWindow(office, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert office.store._listener.connected.wait(WAIT_MS / 1000)
    assert window.today.model.rowCount() == 0
    client_id = _add(front)
    booking = Appointment(client_id=client_id, starts_at=NOW + timedelta(hours=1),
                          duration_min=45)
    with qtbot.waitSignal(window.session.changed, timeout=WAIT_MS,
                          check_params_cb=lambda c: c.appointments):
        front.appointments.book(booking)
    assert window.today.model.rowCount() == 1
    with qtbot.waitSignal(window.session.changed, timeout=WAIT_MS):
        front.appointments.cancel(booking.id)
    model = window.today.model
    shown = [model.item(r).appointment.status for r in range(model.rowCount())]
    assert shown in ([], [AppointmentStatus.CANCELLED])


def test_own_writes_are_broadcast_once_not_echoed(open_desk, qapp, qtbot):
    front, office = open_desk("front"), open_desk("office")
    session = _session(office, qapp)
    heard: list[Changes] = []
    session.changed.connect(heard.append)
    session.apply(lambda: office.clients.add(Client(display_name="Mine")))
    assert len(heard) == 1
    with qtbot.waitSignal(session.changed, timeout=WAIT_MS):
        front.set_setting("birthday_days", "9")  # after our own notice, were it echoed
    assert heard[1:] == [Changes(settings=True)]


def test_changes_arriving_together_are_broadcast_once(open_desk, qapp, qtbot):
    session = _session(open_desk("office"), qapp, debounce_ms=50)
    heard: list[Changes] = []
    session.changed.connect(heard.append)
    with qtbot.waitSignal(session.changed, timeout=WAIT_MS):
        session.live._heard.emit(Changes(clients={1}))
        session.live._heard.emit(Changes(visits=True, clients={2}))
    assert heard == [Changes(clients={1, 2}, visits=True)]


def test_a_lost_listener_reconnects_refreshes_everything_and_says_so(
        open_desk, qapp, qtbot, tmp_path, postgres_server, answers):
    office = open_desk("office")
    window = MainWindow(office, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    label = window.connection_status
    assert label.isHidden()
    states: list[str] = []
    window.session.connection_changed.connect(states.append)
    assert office.store._listener.connected.wait(WAIT_MS / 1000)
    with qtbot.waitSignal(window.session.changed, timeout=WAIT_MS,
                          check_params_cb=lambda c: c == Changes.everything()):
        _admin(postgres_server, "SELECT pg_terminate_backend(%s)",
               office.store._listener.backend_pid)
    qtbot.waitUntil(lambda: states[-1:] == [LIVE], timeout=WAIT_MS)
    assert states == [RECONNECTING, LIVE]
    assert label.isHidden()
    window.session._connection(RECONNECTING)
    assert label.isVisible() and label.text() == "Reconnecting…"


def test_offline_the_status_bar_says_so_and_a_typed_client_stays_in_its_form(
        open_desk, qapp, qtbot, tmp_path, postgres_server, shared_address, answers):
    office = open_desk("office")
    window = MainWindow(office, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    assert office.store._listener.connected.wait(WAIT_MS / 1000)
    dialog = ClientDialog(window.session)  # open when the server goes away
    qtbot.addWidget(dialog)
    name = database_name(shared_address)
    _admin(postgres_server, f"ALTER DATABASE {name} ALLOW_CONNECTIONS false")
    try:
        _admin(postgres_server, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
               "WHERE datname = %s", name)
        qtbot.waitUntil(lambda: window.session.connection == OFFLINE, timeout=WAIT_MS)
        label = window.connection_status
        assert label.isVisible() and label.text() == "Offline — changes cannot be saved"
        dialog.name_edit.setText("Ирина Ковальчук")
        qtbot.keyClicks(dialog.phones_edit, "0412 555 010")
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted
        assert dialog.name_edit.text() == "Ирина Ковальчук"
        assert dialog.phones_edit.text() == "0412 555 010"
        assert answers and "could not be reached" in answers[-1][2]
        with qtbot.waitSignal(window.session.changed, timeout=WAIT_MS,
                              check_params_cb=lambda c: c == Changes.everything()):
            _admin(postgres_server, f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    finally:
        _admin(postgres_server, f"ALTER DATABASE {name} ALLOW_CONNECTIONS true")
    assert window.session.connection == LIVE
    assert window.connection_status.isHidden()
    with qtbot.waitSignal(window.session.changed, timeout=WAIT_MS):
        dialog.accept()  # the same form, saved once the server is back
    assert dialog.result() == dialog.DialogCode.Accepted
    assert [r.name for r in office.search("ирина")] == ["Ирина Ковальчук"]


@pytest.mark.parametrize("state", [RECONNECTING, OFFLINE])
def test_the_status_bar_words_fit_on_a_small_screen(open_desk, qapp, qtbot, tmp_path,
                                                    answers, state):
    window = MainWindow(open_desk("office"),
                        QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    window.session._connection(state)
    label = window.connection_status
    assert label.isVisible() and label.width() >= label.sizeHint().width()
    assert label.toolTip()

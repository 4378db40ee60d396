"""Reminders reach the window with and without a tray; closing hides to the tray only if
there is one; Quit always quits."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QSettings

from clientbook.domain.birthdays import Birthday
from clientbook.domain.models import Appointment, Client
from clientbook.ui.app.main_window import TODAY, MainWindow

from ..conftest import NOW


@pytest.fixture
def desk(book, qtbot, tmp_path, answers):
    mei = book.staff.add("Mei")
    zoe = Client(display_name="Ζωή Παπαδοπούλου", birthday=Birthday(11, 22, 1990))
    wang = Client(display_name="王小明", birthday=Birthday(11, 26))
    for client in (zoe, wang):
        book.clients.add(client)
    book.history.add_appointment(Appointment(zoe.id, NOW + timedelta(minutes=10),
                                             staff_id=mei.id))
    settings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(book, settings)
    qtbot.addWidget(window)
    return window


def test_without_a_tray_the_reminders_are_in_the_window(desk):
    reminders = desk.install_reminders(tray_available=False)
    assert reminders.tray.menu is None
    reminders.scheduler.check_now()
    banner = desk.today.banner.text()
    assert "1 birthday today: Ζωή Παπαδοπούλου (36) · 1 more this week" in banner
    assert "Ζωή Παπαδοπούλου at 09:10 with Mei" in banner and "birthday today" in banner
    # Announced once a day: the ledger is kept in the window's settings.
    assert desk.settings.value("reminders/ledger")
    again = []
    reminders.scheduler.birthdaysDue.connect(again.append)
    reminders.scheduler.check_now()
    assert again == []


def test_closing_hides_to_the_tray_with_a_hint_once_and_quit_quits(desk, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    reminders = desk.install_reminders(tray_available=True)
    hints = []
    monkeypatch.setattr(reminders.tray, "show_close_hint", lambda: hints.append(1))
    desk.show()
    qtbot.waitExposed(desk)
    assert not desk.close() and not desk.isVisible() and hints == [1]
    desk.show()
    desk.close()
    assert hints == [1]  # the hint only the first time
    quits = []
    monkeypatch.setattr(QApplication, "quit", lambda: quits.append(1))
    desk.show()
    desk.act_quit.trigger()
    assert not desk.isVisible() and quits == [1]


def test_without_a_tray_closing_really_closes(desk, qtbot):
    desk.install_reminders(tray_available=False)
    desk.show()
    qtbot.waitExposed(desk)
    assert desk.close()


def test_the_tray_opens_the_birthday_list_in_the_window(desk, qtbot):
    reminders = desk.install_reminders(tray_available=True)
    desk.show()
    qtbot.waitExposed(desk)
    desk.pages.setCurrentIndex(1)
    reminders.tray.showBirthdays.emit()
    assert desk.pages.currentIndex() == TODAY and desk.today.birthdays.isVisible()


def test_settings_set_the_nudge_time_and_start_at_login(desk, qtbot, tmp_path, monkeypatch):
    from clientbook.services import autostart
    from clientbook.ui.settings.settings_dialog import SettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    dialog = SettingsDialog(desk.session)
    qtbot.addWidget(dialog)
    assert dialog.nudge_spin.value() == 10 and not dialog.login_check.isChecked()
    dialog.nudge_spin.setValue(0)
    dialog.login_check.setChecked(True)
    assert dialog.save() is not None
    assert desk.session.book.setting("nudge_minutes") == "0"
    assert autostart.is_enabled()
    entry = (tmp_path / "config" / "autostart" / "clientbook.desktop").read_text()
    assert "Exec=" in entry and "clientbook" in entry
    dialog.login_check.setChecked(False)
    assert dialog.save() is not None and not autostart.is_enabled()

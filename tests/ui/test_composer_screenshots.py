"""The composer in Greek and Chinese on small and common screens: it fits, nothing is clipped,
and the picture is saved to look at (no missing glyphs)."""

from __future__ import annotations

import shutil
from datetime import timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, QSettings
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QAbstractButton, QLabel

from clientbook.domain.messages.messages import Occasion
from clientbook.domain.models import Appointment, Client, ContactPreference
from clientbook.ui import translations
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.messages.composer_dialog import ComposerDialog

from ..conftest import NOW

CLIENTS = {
    "el": Client(display_name="Κατερίνα Σταματοπούλου", given_name="Κατερίνα",
                 address_as="κυρία Κατερίνα", phones=["694 123 4567"],
                 email="katerina@example.gr"),
    "zh_CN": Client(display_name="欧阳晓燕", given_name="晓燕", address_as="欧阳女士",
                    phones=["138 0013 8000"], email="xiaoyan@example.cn"),
}
REGION = {"el": "GR", "zh_CN": "CN"}


@pytest.fixture
def in_language(request, qapp, tmp_path_factory):
    lang = request.param
    folder = tmp_path_factory.mktemp(f"qm-{lang}")
    translations.compile_translations(folder)
    translations.install_language(lang, QLocale.system(), folder)
    yield lang
    translations.install_language("en", QLocale.system(), folder)


@pytest.mark.parametrize("in_language", ["el", "zh_CN"], indirect=True)
@pytest.mark.parametrize("screen", [(1366, 768), (1024, 600)])
def test_composer_fits_and_is_drawn(book, qtbot, tmp_path, answers, in_language, screen):
    lang = in_language
    mei = book.staff.add("美" if lang == "zh_CN" else "Μαίρη")
    book.update_settings({"phone_region": REGION[lang],
                          "firm_name": "晓光沙龙" if lang == "zh_CN" else "Κομμωτήριο Ρόδον"})
    client = CLIENTS[lang]
    client.designer_id = mei.id
    book.clients.add(client, contact=ContactPreference(quiet_days=30))
    book.contacts.log(client.id, "sms", at=NOW - timedelta(days=5))  # inside the quiet period
    book.wishes.set(client.id, channel="whatsapp", language_code=lang)
    book.history.add_appointment(Appointment(client.id, NOW + timedelta(days=6, hours=5)))
    window = MainWindow(book, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    width, height = screen
    window.resize(width, height)
    window.show()
    qtbot.waitExposed(window)
    dialog = ComposerDialog(window.session, client.id, Occasion.REMINDER, parent=window)
    qtbot.addWidget(dialog)
    dialog.resize(min(dialog.width(), width - 40), min(dialog.height(), height - 60))
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.width() <= width and dialog.height() <= height - 40
    assert dialog.minimumSizeHint().height() <= height - 60
    for button in dialog.findChildren(QAbstractButton):
        if button.isVisible():
            assert button.width() >= button.sizeHint().width() - 1, button.text()
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.width() >= label.sizeHint().width() - 1, label.text()
    text = dialog.text_edit.toPlainText()
    if lang == "el":
        assert "Γεια σας, κυρία Κατερίνα!" in text and "το Σάββατο 28 Νοεμβρίου" in text
        assert "Εντός της περιόδου ησυχίας" in dialog.guard_label.text()
        assert dialog.windowTitle() == "Μήνυμα"
    else:
        assert "欧阳女士，您好！" in text and "11月28日（星期六）14:00" in text
        assert "仍在免打扰期内" in dialog.guard_label.text()
        assert dialog.windowTitle() == "消息"
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(QPoint((width - dialog.width()) // 2, (height - dialog.height()) // 2),
                       dialog.grab())
    painter.end()
    path = tmp_path / f"composer-{lang}-{width}x{height}.png"
    assert picture.save(str(path))
    shutil.copy(path, f"/tmp/composer-{lang}-{width}x{height}.png")

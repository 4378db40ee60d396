"""Messages made in the core reach the window in the person's language, not in English."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from clientbook.domain.errors import ClientBookError, NotFoundError, ValidationError
from clientbook.domain.money import parse_money
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message
from clientbook.ui import msgbox
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.session import Session

SPANISH = {
    ("Errors", "A client needs a name."): "Un cliente necesita un nombre.",
    ("Errors", "%1 %2 is negative."): "%1 %2: el importe es negativo.",
    ("Messages", "Spend"): "Gasto",
    ("Errors", "Nothing imported: %1"): "No se importó nada: %1",
    ("Errors", "There is no file %1."): "No existe el archivo %1.",
}


class FakeSpanish(QTranslator):
    """Answers only the messages above, as a loaded .qm would."""

    def translate(self, context, source_text, disambiguation=None, n=-1):
        return SPANISH.get((context, source_text), "")

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def spanish(qapp):
    translator = FakeSpanish()
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def test_the_client_dialog_shows_the_core_message_translated(qtbot, book, answers, spanish):
    dialog = ClientDialog(Session(book))
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("   ")

    dialog.accept()

    assert dialog.error_label.text() == "Un cliente necesita un nombre."
    assert not dialog.error_label.isHidden()
    assert book.store.clients.count() == 0


def test_values_that_are_phrases_or_messages_are_translated_too(spanish):
    with pytest.raises(ValidationError) as caught:
        parse_money("-5")
    assert str(caught.value) == "Spend '-5' is negative."  # the command line's English
    assert error_text(caught.value) == "Gasto '-5': el importe es negativo."

    inner = NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no file %1."), "%1.db")
    outer = ClientBookError(QT_TRANSLATE_NOOP("Errors", "Nothing imported: %1"), inner.message)
    assert error_text(outer) == "No se importó nada: No existe el archivo %1.db."
    assert error_text(OSError("disk full")) == "disk full"
    assert message_text("already translated") == "already translated"


def test_a_message_box_given_a_core_message_shows_it_translated(answers, spanish):
    msgbox.error(None, "Title", Message(QT_TRANSLATE_NOOP("Errors", "A client needs a name.")))
    assert answers == [("error", "Title", "Un cliente necesita un nombre.")]


def test_without_a_translation_the_english_is_shown(qtbot, book, answers):
    dialog = ClientDialog(Session(book))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.error_label.text() == "A client needs a name."

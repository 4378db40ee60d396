"""Core messages for translation: templates filled in one pass, English for the command line."""

from __future__ import annotations

import copy
import pickle

import pytest

from clientbook.domain.errors import (
    ClientBookError,
    NotFoundError,
    ValidationError,
    message_of,
)
from clientbook.domain.models import Client
from clientbook.domain.validation import clean_client
from clientbook.domain.words import QT_TRANSLATE_NOOP, Message, Phrase, fill, message


def test_fill_puts_each_value_in_its_place():
    assert fill("%2 before %1", ["one", "two"]) == "two before one"
    assert fill("%1 and %1 again", [7]) == "7 and 7 again"


def test_fill_is_one_pass_so_a_value_is_never_read_as_a_placeholder():
    assert fill("%1 / %2", ["100%2", "x"]) == "100%2 / x"
    assert fill("%1", ["%1%1"]) == "%1%1"


def test_fill_reads_ten_as_ten_not_one_followed_by_zero():
    values = [f"v{i}" for i in range(1, 11)]
    assert fill("%10 %1 %9", values) == "v10 v1 v9"
    # With fewer values, %10 has none: it stays as written rather than becoming "v1" + "0".
    assert fill("%10 then %1", ["a"]) == "%10 then a"


def test_fill_leaves_placeholders_without_a_value_and_other_percent_signs():
    assert fill("%0 %3 50% %a %1", ["x"]) == "%0 %3 50% %a x"


def test_a_phrase_is_its_english_text_with_a_context():
    phrase = QT_TRANSLATE_NOOP("Messages", "Spend")
    assert isinstance(phrase, Phrase) and phrase == "Spend" and phrase.context == "Messages"
    assert copy.copy(phrase).context == "Messages"
    assert pickle.loads(pickle.dumps(phrase)).context == "Messages"


def test_a_message_reads_as_english_and_keeps_template_and_values():
    spend = QT_TRANSLATE_NOOP("Messages", "Spend")
    filled = Message(QT_TRANSLATE_NOOP("Errors", "%1 %2 is negative."), spend, "'-5'")
    assert filled == "Spend '-5' is negative."
    assert filled.template == "%1 %2 is negative." and filled.template.context == "Errors"
    assert filled.values == (spend, "'-5'")
    again = pickle.loads(pickle.dumps(filled))
    assert again == filled and again.template.context == "Errors"
    assert again.values[0].context == "Messages"
    assert message(filled) is filled  # a message given alone is not wrapped again


def test_str_of_an_error_is_the_english_message():
    with pytest.raises(ValidationError) as caught:
        clean_client(Client(display_name="  "))
    exc = caught.value
    assert str(exc) == "A client needs a name."
    assert exc.template == "A client needs a name." and exc.template.context == "Errors"
    assert exc.values == () and exc.field == "display_name"


def test_an_error_fills_its_values_and_keeps_the_field_keyword():
    exc = ValidationError(QT_TRANSLATE_NOOP("Errors", "%1 is not a phone number."), "'12'",
                          field="phones")
    assert str(exc) == "'12' is not a phone number." and exc.field == "phones"
    assert exc.args == ("'12' is not a phone number.",)
    assert NotFoundError("plain text, as tests and old callers write it").template == (
        "plain text, as tests and old callers write it")


def test_an_error_inside_a_bigger_message_keeps_its_own_template():
    inner = NotFoundError(QT_TRANSLATE_NOOP("Errors", "There is no file %1."), "/x.db")
    outer = ClientBookError(QT_TRANSLATE_NOOP("Errors", "Nothing imported: %1"),
                            message_of(inner))
    assert str(outer) == "Nothing imported: There is no file /x.db."
    assert outer.values[0].template == "There is no file %1."
    assert message_of(OSError("disk full")) == "disk full"
    assert ClientBookError(outer.message).message is outer.message

"""Settings are checked before anything is saved, and only real changes are written."""

import pytest

from clientbook.domain.errors import ValidationError


@pytest.mark.parametrize(
    ("key", "value"),
    [("currency", "EU"), ("currency", "€€€"), ("phone_region", "ZZ"), ("birthday_days", "abc"),
     ("birthday_days", "-1"), ("birthday_days", "61"), ("shoe_size", "38")],
)
def test_a_bad_value_is_refused_and_nothing_is_saved(book, key, value):
    with pytest.raises(ValidationError):
        book.update_settings({"currency": "GBP", key: value} if key != "currency"
                             else {"birthday_days": "14", key: value})
    assert (book.setting("currency"), book.setting("birthday_days")) == ("EUR", "7")


def test_values_are_normalised_and_read_back(book):
    changes = book.update_settings({"currency": " gbp ", "phone_region": "es",
                                    "birthday_days": "014"})
    assert changes.settings
    assert [book.setting(k) for k in ("currency", "phone_region", "birthday_days")] == [
        "GBP", "ES", "14"]


def test_saving_the_same_values_changes_nothing(book):
    assert not book.update_settings({"currency": "EUR", "birthday_days": "7"})

"""Settings: the loyalty rule and contacting clients round-trip; bad values are refused inline."""

from __future__ import annotations

import pytest

from clientbook.ui.session import Session
from clientbook.ui.settings.settings_dialog import SettingsDialog


@pytest.fixture
def session(book, qapp, answers):
    return Session(book)


@pytest.fixture
def dialog(qtbot, session):
    widget = SettingsDialog(session)
    qtbot.addWidget(widget)
    return widget


def _enabled(dialog):
    loyalty = dialog.loyalty
    return {name: widget.isEnabled() for name, widget in (
        ("every", loyalty.every_spin), ("spend", loyalty.spend_edit),
        ("reward", loyalty.reward_edit), ("every label", loyalty.labels["every"]),
        ("spend label", loyalty.labels["spend"]), ("reward label", loyalty.labels["reward"]))}


def _choose(dialog, mode):
    combo = dialog.loyalty.mode_combo
    combo.setCurrentIndex(combo.findData(mode))


def test_the_defaults_are_shown(dialog):
    loyalty, contact = dialog.loyalty, dialog.contact
    assert loyalty.mode() == "visits" and loyalty.mode_combo.currentText() == "Every N visits"
    assert (loyalty.every_spin.value(), loyalty.spend_edit.text(),
            loyalty.reward_edit.text()) == (10, "500.00", "")
    assert loyalty.reward_edit.placeholderText() == "e.g. free Earl Grey and dessert"
    assert loyalty.currency_label.text() == "EUR"
    assert (contact.quiet_spin.value(), contact.callback_spin.value()) == (7, 30)
    assert (contact.quiet_spin.minimum(), contact.quiet_spin.maximum()) == (0, 365)
    assert (contact.callback_spin.minimum(), contact.callback_spin.maximum()) == (0, 1440)
    assert (loyalty.every_spin.minimum(), loyalty.every_spin.maximum()) == (2, 100)
    assert contact.quiet_spin.suffix() == " days"


@pytest.mark.parametrize(("mode", "on"), [
    ("visits", {"every", "reward"}), ("spend", {"spend", "reward"}), ("off", set())])
def test_only_the_fields_of_the_rule_are_enabled(dialog, mode, on):
    _choose(dialog, mode)
    enabled = _enabled(dialog)
    assert {name for name, yes in enabled.items() if yes and "label" not in name} == on
    assert {name[:-6] for name, yes in enabled.items() if yes and "label" in name} == on


def test_loyalty_and_contact_settings_round_trip(qtbot, dialog, session, book):
    _choose(dialog, "spend")
    dialog.loyalty.spend_edit.setText("1.234,5")  # as typed with a decimal comma
    dialog.loyalty.reward_edit.setText("  δωρεάν   τσάι και γλυκό ")  # setText: non-ASCII
    dialog.contact.quiet_spin.setValue(14)
    dialog.contact.callback_spin.setValue(0)
    dialog.currency_combo.setCurrentText("gbp")
    assert dialog.loyalty.currency_label.text() == "GBP"
    with qtbot.waitSignal(session.changed) as signal:
        dialog.accept()
    assert signal.args[0].settings
    stored = {key: book.setting(key) for key in (
        "loyalty_mode", "loyalty_spend", "loyalty_reward", "quiet_days", "callback_minutes",
        "currency", "loyalty_every")}
    assert stored == {"loyalty_mode": "spend", "loyalty_spend": "1234.50",
                      "loyalty_reward": "δωρεάν τσάι και γλυκό", "quiet_days": "14",
                      "callback_minutes": "0", "currency": "GBP", "loyalty_every": "10"}
    assert dialog.saved == {key: value for key, value in stored.items()
                            if key != "loyalty_every"}  # what this save changed
    rule = book.loyalty.rule()
    assert (rule.mode, str(rule.every_spend), rule.reward) == (
        "spend", "1234.50", "δωρεάν τσάι και γλυκό")

    again = SettingsDialog(session)
    qtbot.addWidget(again)
    assert again.loyalty.mode() == "spend"
    assert again.loyalty.spend_edit.text() == "1234.50"
    assert again.loyalty.reward_edit.text() == "δωρεάν τσάι και γλυκό"
    assert (again.contact.quiet_spin.value(), again.contact.callback_spin.value()) == (14, 0)
    assert again.contact.callback_spin.text() == "Off"
    assert _enabled(again)["spend"] and not _enabled(again)["every"]


def test_every_n_visits_round_trips(qtbot, dialog, session, book):
    dialog.loyalty.every_spin.setValue(6)
    dialog.loyalty.reward_edit.setText("free Earl Grey and dessert")
    with qtbot.waitSignal(session.changed):
        dialog.accept()
    rule = book.loyalty.rule()
    assert (rule.mode, rule.every_visits, rule.reward) == (
        "visits", 6, "free Earl Grey and dessert")


def test_turning_loyalty_off_keeps_the_rest_of_the_rule(qtbot, session, book):
    book.update_settings({"loyalty_every": "8", "loyalty_reward": "a free coffee"})
    dialog = SettingsDialog(session)
    qtbot.addWidget(dialog)
    _choose(dialog, "off")
    with qtbot.waitSignal(session.changed):
        dialog.accept()
    assert dialog.saved == {"loyalty_mode": "off"}
    assert [book.setting(k) for k in ("loyalty_mode", "loyalty_every", "loyalty_reward")] == [
        "off", "8", "a free coffee"]


def test_saving_without_changes_writes_nothing(qtbot, dialog, session):
    with qtbot.assertNotEmitted(session.changed):
        dialog.accept()
    assert dialog.saved == {} and dialog.result() == dialog.DialogCode.Accepted


@pytest.mark.parametrize("spend", ["0", "", "abc", "-5", "0,001"])
def test_a_bad_spend_is_refused_inline_and_nothing_is_saved(qtbot, dialog, session, book,
                                                           spend):
    dialog.show()
    _choose(dialog, "spend")
    dialog.loyalty.spend_edit.setText(spend)
    dialog.contact.quiet_spin.setValue(30)
    dialog.currency_combo.setCurrentText("GBP")
    with qtbot.assertNotEmitted(session.changed):
        assert dialog.save() is None
        dialog.accept()
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert not dialog.error_label.isHidden()
    assert "spend for a reward" in dialog.error_label.text()
    assert dialog.focusWidget() is dialog.loyalty.spend_edit
    assert [book.setting(k) for k in ("loyalty_mode", "loyalty_spend", "quiet_days",
                                      "currency")] == ["visits", "500", "7", "EUR"]


def test_a_bad_spend_does_not_matter_when_the_rule_is_by_visits(qtbot, dialog, session, book):
    _choose(dialog, "spend")
    dialog.loyalty.spend_edit.setText("0")
    _choose(dialog, "visits")  # the spend field is disabled and left as stored
    dialog.loyalty.every_spin.setValue(12)
    with qtbot.waitSignal(session.changed):
        dialog.accept()
    assert (book.setting("loyalty_every"), book.setting("loyalty_spend")) == ("12", "500")
    assert dialog.error_label.isHidden()


def test_fields_have_accessible_names_and_mnemonics(dialog):
    loyalty, contact = dialog.loyalty, dialog.contact
    assert loyalty.mode_combo.accessibleName() == "Loyalty rule"
    assert loyalty.spend_edit.accessibleName() == "Spend per reward in EUR"
    assert contact.quiet_spin.accessibleName() == "Quiet period in days"
    assert contact.callback_spin.accessibleName() == "Callback target in minutes"
    assert loyalty.labels["every"].buddy() is loyalty.every_spin
    assert all("&" in label.text() for label in loyalty.labels.values())

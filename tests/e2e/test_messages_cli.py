"""Messages on the command line: the message and its link, the guard's exit status, logging,
templates and contact wishes, in a real process."""

import json
from datetime import datetime, timedelta
from urllib.parse import unquote

import pytest

from clientbook.domain.models import Appointment, Client
from clientbook.services.book import Book

from .test_cli import run

NOW = datetime(2026, 11, 22, 9, 0)
TODAY = ("--today", "2026-11-22")


@pytest.fixture
def folder(tmp_path):
    book = Book.open(tmp_path, clock=lambda: NOW)
    mei = book.staff.add("Mei")
    book.update_settings({"phone_region": "ES", "firm_name": "Salón & Co"})
    eleni = Client(display_name="Ελένη Παππά", given_name="Ελένη", phones=["600 111 222"],
                   email="eleni@example.com", designer_id=mei.id)
    book.clients.add(eleni)
    book.history.add_appointment(Appointment(eleni.id, NOW + timedelta(days=5, hours=2)))
    book.close()
    return tmp_path


def test_message_json_has_text_subject_link_and_guard(folder):
    run("contact-wishes", "1", "--language", "el", data_dir=folder)
    out = json.loads(run("message", "1", "--kind", "reminder", "--channel", "whatsapp",
                         "--json", *TODAY, data_dir=folder).stdout)
    assert "το ραντεβού σας την Παρασκευή 27 Νοεμβρίου στις 11:00 (Mei)" in out["text"]
    assert out["text"].endswith("Salón & Co")
    assert out["subject"] == "Υπενθύμιση ραντεβού" and out["channel"] == "whatsapp"
    assert out["link"].startswith("https://wa.me/34600111222?text=")
    assert unquote(out["link"].split("?text=", 1)[1]) == out["text"]
    assert out["guard"] == {"allowed": True, "reasons": []} and out["logged"] is False


def test_log_then_the_guard_says_no_and_exits_1_logging_nothing(folder):
    first = run("message", "Ελένη", "--kind", "birthday", "--channel", "email", "--log",
                *TODAY, data_dir=folder)
    assert "mailto:eleni@example.com?subject=" in first.stdout
    assert "Logged as a contact (email, birthday)." in first.stdout
    second = run("message", "1", "--kind", "birthday", "--log", "--json", *TODAY,
                 data_dir=folder, check=False)
    assert second.returncode == 1
    assert "already contacted today" in second.stderr and "--override" in second.stderr
    assert json.loads(second.stdout)["guard"]["allowed"] is False
    assert json.loads(second.stdout)["logged"] is False
    book = Book.open(folder, clock=lambda: NOW)
    try:
        assert [kind for _, _, kind in book.messages.logged(1)] == ["birthday"]
    finally:
        book.close()
    forced = run("message", "1", "--kind", "free", "--text", "Hi {first_name} & #1",
                 "--channel", "sms", "--log", "--override", "--json", *TODAY, data_dir=folder)
    out = json.loads(forced.stdout)
    assert out["logged"] is True and out["text"] == "Hi Ελένη & #1"


def test_do_not_contact_refuses(folder):
    out = json.loads(run("contact-wishes", "1", "--do-not-contact", "yes", "--quiet-days",
                         "30", "--channel", "whatsapp", "--json", data_dir=folder).stdout)
    assert out == {"client_id": 1, "channel": "whatsapp", "do_not_contact": True,
                   "quiet_days": 30, "firm_quiet_days": 7, "language": None,
                   "firm_language": "en"}
    refused = run("message", "1", "--kind", "reward", *TODAY, data_dir=folder, check=False)
    assert refused.returncode == 1 and "asked not to be contacted" in refused.stderr
    assert "! The client asked not to be contacted." in refused.stdout


def test_templates_list_set_and_refuse_unknown_placeholders(folder):
    listed = json.loads(run("templates", "--json", data_dir=folder).stdout)
    assert len(listed) == 30 and not any(t["edited"] for t in listed)
    run("templates", "set", "winback", "uk", "--text", "Добрий день, {address_as}!",
        data_dir=folder)
    listed = json.loads(run("templates", "--json", data_dir=folder).stdout)
    assert [t["language"] for t in listed if t["edited"]] == ["uk"]
    bad = run("templates", "set", "winback", "uk", "--text", "{імʼя}", data_dir=folder,
              check=False)
    assert bad.returncode == 1 and "is not a placeholder" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_a_bad_language_or_number_region_is_explained(folder):
    bad = run("message", "1", "--kind", "free", "--language", "fr", *TODAY, data_dir=folder,
              check=False)
    assert bad.returncode == 1 and "Messages can be written in en, es" in bad.stderr
    run("contact-wishes", "1", "--quiet-days", "default", data_dir=folder)
    book = Book.open(folder, clock=lambda: NOW)
    book.update_settings({"phone_region": ""})
    book.close()
    out = json.loads(run("message", "1", "--kind", "free", "--channel", "sms", "--json",
                         *TODAY, data_dir=folder).stdout)
    assert out["link"] is None and "phone region is not set" in out["link_problem"]

"""The import wizard's last page says what the command line's summary says: second e-mails
and notes kept on a merge, birthdays kept without an implausible year."""

from __future__ import annotations

import pytest

from clientbook.domain.models import Client
from clientbook.ui.transfer.import_wizard import ImportWizard


@pytest.fixture
def wizard(session, qtbot):
    w = ImportWizard(session)
    qtbot.addWidget(w)
    w.show()
    return w


def _import(wizard, path):
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    return wizard.done_page.text.text()


def test_the_done_page_says_what_a_merge_kept(wizard, session, tmp_path):
    for name, phone in (("Anna Smith", "555 0199"), ("Bea Jones", "555 0200")):
        session.book.clients.add(Client(name, phones=[phone], email=f"{name[:3]}@old.example"))
    path = tmp_path / "merge.csv"
    path.write_text("Name,Phone,E-mail,Notes\n"
                    "Anna Smith,555 0199,anna@new.example,Likes tea\n"
                    "Bea Jones,555 0200,bea@new.example,\n", encoding="utf-8")
    text = _import(wizard, path)
    assert "2 merged" in text
    assert "2 second e-mails kept in the clients' notes." in text
    assert "Notes of 1 merged row appended to the client's notes." in text
    assert "birthday" not in text


def test_the_done_page_says_which_birthdays_lost_an_implausible_year(wizard, tmp_path):
    path = tmp_path / "old.csv"
    path.write_text("Name,Birthday\nAnna,1814-03-15\nBea,1990-04-01\nCleo,0001-05-20\n",
                    encoding="utf-8")
    text = _import(wizard, path)
    assert ("2 birthdays kept without their years, which were not plausible birth years "
            "(lines 2, 4).") in text
    assert "second e-mail" not in text

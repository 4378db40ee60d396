"""The import wizard, page by page, as a receptionist would go through it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from clientbook.domain.models import Client
from clientbook.ui.app.main_window import MainWindow
from clientbook.ui.transfer.import_wizard import ImportWizard

GOOGLE = ("First Name,Last Name,Birthday,Phone 1 - Label,Phone 1 - Value,E-mail 1 - Label,"
          "E-mail 1 - Value\n"
          "Ζωή,Παπαδοπούλου,1990-03-15,Mobile,+30 69 1234 5678,Home,zoi@example.gr\n"
          "Олена,Коваленко,--07-30,Mobile,+380 67 123 4567,,\n"
          ",,1990-02-31,Mobile,555 0101,,\n"
          "小明,王,,Mobile,+86 138 0013 8000,,\n")


@pytest.fixture
def wizard(session, qtbot):
    w = ImportWizard(session)
    qtbot.addWidget(w)
    w.show()
    return w


def open_file(wizard, path):
    wizard.file_page.path.setText(str(path))
    wizard.next()


def test_a_google_file_is_previewed_checked_and_imported(wizard, session, tmp_path, answers):
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE, encoding="utf-8-sig")
    book = session.book
    before = book.clients.count()
    open_file(wizard, path)
    page = wizard.preview_page
    assert wizard.currentPage() is page
    assert "Google Contacts" in page.found.text()
    assert page.encoding.currentData() == "utf-8"
    assert page.chosen_mapping()[:3] == ["given_name", "family_name", "birthday"]
    names = [page.preview.item(r, 1).text() for r in range(page.preview.rowCount())]
    assert names[:2] == ["Ζωή Παπαδοπούλου", "Олена Коваленко"]
    assert names[3] == "王小明"
    assert "1990-02-31" in page.preview.item(2, 4).text()  # the problem shows in the preview

    wizard.next()
    check = wizard.check_page
    assert "1 with problems" in check.summary.text()
    assert check.problems.item(0, 0).text() == "4"
    assert not check.isComplete()  # a bad row blocks until the user chooses to leave it out
    check.skip_bad.setChecked(True)
    assert check.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    assert "3 added" in wizard.done_page.text.text()
    assert book.clients.count() == before + 3
    assert book.search("Коваленко")[0].name == "Олена Коваленко"


def test_changing_a_column_mapping_changes_the_preview(wizard, tmp_path):
    path = tmp_path / "list.csv"
    path.write_text("Client,Extra\nAnna,Earl Grey\n", encoding="utf-8")
    open_file(wizard, path)
    page = wizard.preview_page
    combo = page.combo_for(1)
    assert combo.currentData() == ""
    combo.setCurrentIndex(combo.findData("name"))
    assert page.preview.item(0, 1).text() == ""  # no preview while the mapping is wrong
    assert "Only one column" in page.error.text()
    assert not page.isComplete()
    page.combo_for(0).setCurrentIndex(0)
    assert page.preview.item(0, 1).text() == "Earl Grey"
    assert page.isComplete()


def test_choosing_another_encoding_reads_the_file_again(wizard, tmp_path):
    path = tmp_path / "greek.csv"
    path.write_bytes("Name;Phone\nΓιώργος Νικολάου;210 555 0101\n".encode("cp1253"))
    open_file(wizard, path)
    page = wizard.preview_page
    assert page.preview.item(0, 1).text() == "Γιώργος Νικολάου"
    assert "(detected)" in page.encoding.currentText()
    page.encoding.setCurrentIndex(page.encoding.findData("cp1251"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.preview.item(0, 1).text() != "Γιώργος Νικολάου"
    assert "(detected)" not in page.encoding.currentText()


def test_a_file_that_is_not_contacts_says_why_on_the_first_page(wizard, tmp_path):
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 20)
    open_file(wizard, path)
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.error.isVisible()
    assert "text" in wizard.file_page.error.text()


def test_duplicates_are_listed_and_can_be_skipped(wizard, session, tmp_path):
    session.book.clients.add(Client("Anna Smith", phones=["555 0199"]))
    path = tmp_path / "dupes.csv"
    path.write_text("Name,Phone\nAnna S,555 0199\nBea,555 0200\n", encoding="utf-8")
    open_file(wizard, path)
    wizard.next()
    check = wizard.check_page
    assert "Looks like Anna Smith (same phone)" in check.problems.item(0, 1).text()
    check.skip_dupes.setChecked(True)
    wizard.next()
    assert "1 added" in wizard.done_page.text.text()
    assert session.book.clients.get(
        session.book.store.clients.ids_by_name("Anna Smith")[0]).display_name == "Anna Smith"


def test_file_menu_imports_and_undoes(session, qtbot, tmp_path, answers, monkeypatch):
    from PySide6.QtCore import QSettings

    window = MainWindow(session.book, QSettings(str(tmp_path / "w.ini"),
                                                QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    assert window.act_import.shortcut().toString() == "Ctrl+Shift+I"
    path = tmp_path / "one.csv"
    path.write_text("Name\nNadia Import\n", encoding="utf-8")

    def fake_exec(self):
        self.show()
        open_file(self, path)
        self.next()
        self.next()
        return QWizard.DialogCode.Accepted

    monkeypatch.setattr(ImportWizard, "exec", fake_exec)
    count = session.book.clients.count()
    window.act_import.trigger()
    assert session.book.clients.count() == count + 1
    answers.reply = True
    window.act_undo_import.trigger()
    assert "one.csv" in answers[-1][2]
    assert session.book.clients.count() == count
    window.act_undo_import.trigger()
    assert answers[-1][2] == "There is no import to undo."
    assert session.book.imports.last() is None


def test_a_clientbook_visits_file_shows_its_own_columns_and_imports(wizard, session, tmp_path):
    book = session.book
    client_id = book.store.clients.all_ids()[0]
    path = tmp_path / "visits.csv"
    path.write_text(f"client_id,visited_at,service,spend\n{client_id},2026-11-01 10:00,"
                    "Colour,80.00\n", encoding="utf-8")
    before = book.store.records.visit_count(client_id)
    open_file(wizard, path)
    page = wizard.preview_page
    assert page.mapping.isHidden()
    assert page.preview.horizontalHeaderItem(2).text() == "visited_at"
    assert page.preview.item(0, 3).text() == "Colour"
    wizard.next()
    wizard.next()
    assert book.store.records.visit_count(client_id) == before + 1


def test_the_preview_says_how_dates_that_read_two_ways_are_read(wizard, tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text("Name,Birthday\nAnna,03/04/1985\n", encoding="utf-8")
    open_file(wizard, path)
    page = wizard.preview_page
    page.day_first.setChecked(False)
    assert not page.dates.isHidden()
    assert "03/04/1985" in page.dates.text() and "4 March" in page.dates.text()
    page.day_first.setChecked(True)
    assert "3 April" in page.dates.text().split(".")[0]


BAD_ROW = ("First Name,Last Name,Birthday,Phone 1 - Label,Phone 1 - Value\n"
           "Anna,Smith,1990-02-31,Mobile,555 0101\n")


def test_one_bad_row_is_shown_as_read_and_counted_in_the_singular(wizard, tmp_path, answers):
    path = tmp_path / "one.csv"
    path.write_text(BAD_ROW, encoding="utf-8")
    open_file(wizard, path)
    page = wizard.preview_page
    row = [page.preview.item(0, c).text() for c in range(1, 5)]
    assert row[:2] == ["Anna Smith", "555 0101"]  # not blanked
    assert "1990-02-31" in row[3] and row[3].startswith("⚠")
    wizard.next()
    summary = wizard.check_page.summary.text()
    assert summary.startswith("1 row read: 0 ready to add, 0 for someone")
    assert "1 rows" not in summary
    assert wizard.check_page.skip_bad.text() == "Leave out the 1 row with problems"


def test_a_wide_file_keeps_the_wizard_within_a_1366_screen(wizard, tmp_path, answers):
    long = "x" * 300
    path = tmp_path / "wide.csv"
    path.write_text("Name,Notes,Phone,E-mail,Organization,Job Title,Address\n"
                    f"Anna {long},{long},555 0101,a@example.com,{long},{long},{long}\n",
                    encoding="utf-8")
    open_file(wizard, path)
    wizard.next()
    assert wizard.width() <= 1366 and wizard.minimumSizeHint().width() <= 1366

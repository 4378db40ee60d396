"""The Reports page's branch chooser: hidden on a book with one branch; on a book shared by
branches, the owner's report for one branch."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from clientbook.domain.branches import Branch
from clientbook.services.branches import BranchService
from clientbook.services.changes import Changes
from clientbook.services.reports import reports as report_service
from clientbook.ui.reports import report_files
from tests.ui.test_reports_page import hand_made, settled, shown_page


@pytest.fixture
def asked(monkeypatch):
    """Replace the service: record the branch each report was asked for."""
    seen = []

    def fake(book, kind="month", periods=12, designer_id=None, **options):
        seen.append(options.get("branch_id"))
        return hand_made()

    monkeypatch.setattr(report_service, "build_report", fake)
    return seen


def test_a_book_with_one_branch_shows_no_chooser(qtbot, session, asked):
    page = shown_page(qtbot, session)
    assert page.branch_row.isHidden()
    assert asked == [None]
    assert "·" not in report_files._subtitle(page).split(" · ", 2)[-1]


def test_the_owner_chooses_a_branch_and_the_report_is_that_branchs(
        qtbot, session, asked, monkeypatch):
    branches = [Branch(1, "Main"), Branch(2, "Βόρειο")]
    monkeypatch.setattr(BranchService, "all", lambda self: list(branches))
    page = shown_page(qtbot, session)
    assert not page.branch_row.isHidden() and page.branch_combo.isVisible()
    assert [page.branch_combo.itemText(i) for i in range(page.branch_combo.count())] == [
        "All branches", "Main", "Βόρειο"]
    assert page.branch_row.findChild(QLabel).buddy() is page.branch_combo
    wide = page.minimumSizeHint().width()
    page.branch_combo.setCurrentIndex(page.branch_combo.findData(2))
    assert settled(qtbot, page) and asked[-1] == 2
    assert report_files._subtitle(page).endswith(" · Βόρειο")
    # A new branch elsewhere: the list is made again, the choice kept.
    branches.append(Branch(3, "South"))
    session.changed.emit(Changes(branches=True))
    assert page.branch_combo.count() == 4 and page.branch_combo.currentData() == 2
    # Reports run on pool threads side by side: let this one answer before the next asks.
    assert settled(qtbot, page) and asked[-1] == 2
    branches[:] = [Branch(2, "Βόρειο")]  # the owner took the other branches away
    session.changed.emit(Changes(branches=True))
    assert page.branch_row.isHidden() and page.branch_combo.currentData() is None
    # The chooser has a row of its own: it never makes the page wider (Greek at 1024 px).
    assert wide <= page.minimumSizeHint().width()
    assert settled(qtbot, page) and asked[-1] is None

"""File → Import calendar… and Export calendar…: preview, import with progress, export."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt

from clientbook.domain.models import Client
from clientbook.ui.calendar_io import calendar_export_run, calendar_import_dialog
from clientbook.ui.calendar_io.calendar_import_dialog import CalendarImportDialog
from clientbook.ui.session import Session

FEED = Path(__file__).parent.parent / "fixtures" / "calendars" / "booking_feed.ics"


def _session(book):
    book.staff.add("Carlos")
    book.clients.add(Client(display_name="Inés Jiménez", email="ines@example.com"))
    return Session(book)


def _count(book):
    return len(book.appointments.between(date(2000, 1, 1), date(2100, 1, 1)))


def test_preview_then_import_with_new_clients(qtbot, book):
    session = _session(book)
    seen = []
    session.changed.connect(seen.append)
    dialog = CalendarImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_file(FEED)
    assert dialog.counts.text().startswith("1 new, 0 moved, 0 cancelled, 0 unchanged; 1 ")
    assert dialog.notes.count() == 1 and "Walk-in Newcomer" in dialog.notes.item(0).text()
    assert _count(book) == 0  # the preview saves nothing
    dialog.new_clients.setChecked(True)
    assert dialog.counts.text().startswith("2 new")
    dialog.import_button.click()
    assert _count(book) == 2 and seen and seen[-1].affects_agenda()
    assert dialog.progress.value() == dialog.progress.maximum()


def test_a_client_picked_for_an_unmatched_event_gets_the_booking(qtbot, book, monkeypatch):
    session = _session(book)
    walk_in = Client(display_name="Ana Torres")
    book.clients.add(walk_in)
    headings = []
    monkeypatch.setattr(calendar_import_dialog, "pick_client",
                        lambda parent, s, heading: headings.append(heading) or walk_in.id)
    dialog = CalendarImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_file(FEED)
    assert not dialog.pick_button.isEnabled()  # nothing chosen yet
    dialog.notes.setCurrentRow(0)  # "no client matches “Walk-in Newcomer”"
    assert dialog.pick_button.isEnabled()
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Return)  # Enter on the event picks a client
    assert headings == ["Book “Colour - Walk-in Newcomer” for which client?"]
    assert dialog.counts.text().startswith("2 new, 0 moved, 0 cancelled, 0 unchanged; 0 ")
    assert [dialog.notes.item(i).text() for i in range(dialog.notes.count())][-1].endswith(
        "is booked for Ana Torres")
    assert _count(book) == 0  # still only a preview
    dialog.import_button.click()
    booked = book.appointments.between(date(2000, 1, 1), date(2100, 1, 1))
    assert len(booked) == 2 and walk_in.id in {e.appointment.client_id for e in booked}
    assert book.clients.count(include_archived=True) == 2  # nobody new was made


def test_picks_belong_to_their_file(qtbot, book, monkeypatch, tmp_path):
    session = _session(book)
    walk_in = Client(display_name="Ana Torres")
    book.clients.add(walk_in)
    monkeypatch.setattr(calendar_import_dialog, "pick_client", lambda *args: walk_in.id)
    dialog = CalendarImportDialog(session)
    qtbot.addWidget(dialog)
    dialog.set_file(FEED)
    dialog.notes.setCurrentRow(0)
    dialog.pick()
    other = tmp_path / "again.ics"
    other.write_bytes(FEED.read_bytes())
    dialog.set_file(other)
    assert dialog.chosen == {} and dialog.counts.text().startswith("1 new")


def test_a_broken_file_says_why_and_cannot_be_imported(qtbot, book, tmp_path):
    bad = tmp_path / "bad.ics"
    bad.write_text("not a calendar\n", "utf-8")
    dialog = CalendarImportDialog(_session(book))
    qtbot.addWidget(dialog)
    dialog.set_file(bad)
    assert "Line 1" in dialog.counts.text() and not dialog.import_button.isEnabled()


def test_export_calendar_writes_the_file(qtbot, book, tmp_path):
    session = _session(book)
    book.calendars.import_file(FEED)
    path = tmp_path / "out.ics"
    text = calendar_export_run.export_to(None, session, path)
    assert text == f"Calendar exported to {path} (appointments: 1)."
    assert path.read_bytes().startswith(b"BEGIN:VCALENDAR")
    QCoreApplication.processEvents()


def test_the_progress_bar_advances_by_events_read(qtbot, book, tmp_path):
    event = ("BEGIN:VEVENT\r\nUID:e{0}\r\nDTSTART:20261201T1{1}0000Z\r\nDURATION:PT45M\r\n"
             "SUMMARY:Inés Jiménez\r\nEND:VEVENT\r\n")
    path = tmp_path / "many.ics"
    path.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + "".join(
        event.format(i, i % 8) for i in range(450)) + "END:VCALENDAR\r\n", "utf-8",
        newline="")
    dialog = CalendarImportDialog(_session(book))
    qtbot.addWidget(dialog)
    values: list[tuple[int, int]] = []
    dialog.progress.valueChanged.connect(
        lambda value: values.append((value, dialog.progress.maximum())))
    dialog.set_file(path)  # the preview reads the file: the bar shows it, then hides
    assert values[1:] == [(200, 450), (400, 450), (450, 450)] and values[0][0] == 0
    assert dialog.progress.isHidden() and dialog.import_button.isEnabled()
    values.clear()
    dialog.import_button.click()
    assert values == [(0, 450), (200, 450), (400, 450), (450, 450)]
    assert _count(book) == 450

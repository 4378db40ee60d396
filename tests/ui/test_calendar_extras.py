"""Around the calendar: the day sheet, the free-slot search, no-shows on the card."""

from __future__ import annotations

from datetime import date, datetime

from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.ui.briefing.briefing_card import BriefingCard
from clientbook.ui.calendar import day_sheet
from clientbook.ui.calendar.free_slot_dialog import FreeSlotDialog

DAY = date(2026, 12, 1)  # a Tuesday after the demo's today (Sunday 22 November)


def book_at(book, client_id, hour, staff_id):
    a = book.appointments.draft(client_id, datetime(2026, 12, 1, hour), 60, staff_id)
    book.appointments.book(a, allow_conflict=True)
    return a.id


def test_the_day_sheet_lists_each_designers_day_with_what_to_avoid(session, demo_book, tmp_path):
    mei = demo_book.staff.by_name("Mei")
    client = Client(display_name="<b>Bold</b> Smith", designer_id=mei.id, preferences=[
        Preference(PreferenceCategory.CONVERSATION, "No small talk", avoid=True)])
    demo_book.clients.add(client)
    book_at(demo_book, client.id, 8, mei.id)
    html = day_sheet.sheet_html(session, DAY)
    assert "&lt;b&gt;Bold&lt;/b&gt; Smith" in html and "<b>Bold</b>" not in html
    assert "08:00–09:00" in html
    assert "Avoid: No small talk" in html
    assert html.index("Mei") < html.index("&lt;b&gt;Bold")
    only_mei = day_sheet.sheet_html(session, DAY, mei.id)
    assert "Carlos" not in only_mei
    pdf = day_sheet.save_sheet_pdf(session, DAY, tmp_path / "day.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")


def test_free_slot_search_lists_the_next_slots_and_returns_the_chosen(qtbot, session, demo_book):
    dialog = FreeSlotDialog(session, DAY)
    qtbot.addWidget(dialog)
    assert dialog.results.count() == 12
    carlos = demo_book.staff.by_name("Carlos")
    dialog.staff_combo.setCurrentIndex(dialog.staff_combo.findData(carlos.id))
    dialog.search()
    first = dialog.results.item(0).data(0x0100)
    expected = demo_book.appointments.free_slots(dialog.service_combo.currentData(),
                                                 [carlos.id], datetime(2026, 12, 1), count=1)[0]
    assert (first.start, first.staff_name) == (expected.start, "Carlos")
    dialog.accept()
    assert dialog.chosen == first


def test_the_card_counts_no_shows_and_late_cancellations(qtbot, session, demo_book):
    mei = demo_book.staff.by_name("Mei")
    client = Client(display_name="Ann Missing", designer_id=mei.id)
    demo_book.clients.add(client)
    first = book_at(demo_book, client.id, 10, mei.id)
    second = book_at(demo_book, client.id, 12, mei.id)
    demo_book.appointments.no_show(first)
    demo_book.appointments.cancel(second, "late")
    demo_book.clock = lambda: datetime(2026, 12, 2, 9, 0)
    card = BriefingCard()
    qtbot.addWidget(card)
    card.show_briefing(demo_book.briefing(client.id))
    text = card.plain_text()
    assert "1 no-show in the last 12 months · 1 late cancellation in the last 12 months" in text


def test_the_services_menu_adds_changes_and_hides_services(qtbot, session, demo_book, answers):
    from clientbook.ui.calendar.services_dialog import ServicesDialog
    dialog = ServicesDialog(session)
    qtbot.addWidget(dialog)
    count = dialog.table.rowCount()
    dialog.name_edit.setText("Beard trim")
    dialog.minutes_spin.setValue(30)
    dialog.price_edit.setText("15,50")
    assert dialog.add()
    trim = demo_book.services_menu.by_name("Beard trim")
    assert (trim.minutes, str(trim.price)) == (30, "15.50")
    assert dialog.table.rowCount() == count + 1 and dialog.chosen().id == trim.id
    dialog.minutes_spin.setValue(45)
    assert dialog.save()
    assert demo_book.services_menu.get(trim.id).minutes == 45
    assert dialog.toggle_offered()
    assert not demo_book.services_menu.get(trim.id).active
    assert "Beard trim" not in [s.name for s in demo_book.services_menu.all(active_only=True)]

    dialog.name_edit.setText("Haircut")  # already on the menu
    assert not dialog.save()
    assert "already has a service called “Haircut”" in dialog.error_label.text()
    dialog.name_edit.setText("Nails")
    dialog.price_edit.setText("cheap")
    assert not dialog.add()
    assert demo_book.services_menu.by_name("Nails") is None

"""What the Calendar page does with a request: book, move, resize, cancel, mark, with the
clash question first. Every write goes through the session (one step, undoable)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from clientbook.domain.models import Appointment, AppointmentStatus
from clientbook.domain.words import fill
from clientbook.ui.calendar.calendar_words import CalendarWords
from clientbook.ui.calendar.client_picker import ClientPicker
from clientbook.ui.calendar.day_grid import Block
from clientbook.ui.clients.client_dialog import ClientDialog
from clientbook.ui.session import Session
from clientbook.ui.visits import clash_prompt
from clientbook.ui.visits.appointment_dialog import AppointmentDialog

translate = QCoreApplication.translate


def _seen(session: Session, block_id: int, version: int | None) -> Appointment:
    """The booking as the page drew it: its version is the one a change is made from (when
    another desk saved it since, the conflict dialog asks what to keep)."""
    entry = session.book.appointments.entry(block_id).appointment
    return entry if version is None else replace(entry, version=version)


def move(parent: QWidget, session: Session, block_id: int, start: datetime,
         staff_id: int | None, minutes: int, version: int | None = None) -> bool:
    """Move and/or resize, asking first when the new place clashes; True when done."""
    book = session.book
    entry = _seen(session, block_id, version)
    proposal = type(entry)(client_id=entry.client_id, starts_at=start, duration_min=minutes,
                           staff_id=staff_id)
    found = [c for c in book.appointments.check(proposal, ignore_id=block_id)
             if c.blocking or c.kind == "in_past"]
    if not clash_prompt.confirm(parent, found):
        return False
    done = session.run(parent, translate("CalendarActions", "Could not move the booking"),
                       lambda: book.appointments.move(block_id, start, staff_id, minutes,
                                                      allow_conflict=True, keep_staff=False,
                                                      seen=entry))
    return done is not None


def create(parent: QWidget, session: Session, staff_id: int | None, start: datetime,
           minutes: int, client_id: int | None = None) -> bool:
    """Book at this place: choose the client (or add one), then the booking dialog."""
    if client_id is None:
        heading = fill(translate("CalendarActions", "New booking at %1"),
                       [start.strftime("%H:%M")])
        client_id, wants_new = ClientPicker.pick(parent, session, heading)
        if wants_new:
            client = ClientDialog.edit(parent, session)
            client_id = client.id if client is not None else None
    if client_id is None:
        return False
    return AppointmentDialog.schedule(parent, session, client_id, start, staff_id,
                                      minutes or None) is not None


def cancel(parent: QWidget, session: Session, block_id: int, reason: str,
           version: int | None = None) -> bool:
    book = session.book
    return session.run(parent, translate("CalendarActions", "Could not cancel the booking"),
                       lambda: book.appointments.cancel(
                           block_id, reason, _seen(session, block_id, version))) is not None


def set_status(parent: QWidget, session: Session, block_id: int,
               status: AppointmentStatus, version: int | None = None) -> bool:
    book = session.book
    return session.run(parent, translate("CalendarActions", "Could not change the booking"),
                       lambda: book.appointments.set_status(
                           block_id, status, _seen(session, block_id, version))) is not None


def block_menu(parent: QWidget, session: Session, block: Block, words: CalendarWords,
               open_card) -> QMenu:
    """The booking's menu (right click, the menu key, Shift+F10): built, not shown."""
    menu = QMenu(parent)
    menu.setObjectName("bookingMenu")
    status = AppointmentStatus(block.status)

    def add(text: str, slot, name: str, enabled: bool = True) -> QAction:
        action = menu.addAction(text)
        action.setObjectName(name)
        action.setEnabled(enabled)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    add(translate("CalendarActions", "Open client car&d"), lambda: open_card(block.client_id),
        "actCard")
    menu.addSeparator()
    upcoming = status in (AppointmentStatus.BOOKED, AppointmentStatus.ARRIVED)
    add(translate("CalendarActions", "Mark &arrived"),
        lambda: set_status(parent, session, block.id, AppointmentStatus.ARRIVED, block.version),
        "actArrive",
        status == AppointmentStatus.BOOKED)
    add(translate("CalendarActions", "Mark &no-show"),
        lambda: set_status(parent, session, block.id, AppointmentStatus.NO_SHOW, block.version),
        "actMissed",
        upcoming)
    add(translate("CalendarActions", "&Back to booked"),
        lambda: set_status(parent, session, block.id, AppointmentStatus.BOOKED, block.version),
        "actBooked",
        status != AppointmentStatus.BOOKED)
    cancel_menu = menu.addMenu(translate("CalendarActions", "&Cancel booking"))
    cancel_menu.setObjectName("cancelMenu")
    cancel_menu.setEnabled(upcoming)
    for reason, text in words.reasons():
        action = cancel_menu.addAction(text)
        action.setObjectName(f"actCancel_{reason}")
        action.triggered.connect(
            lambda _checked=False, r=reason: cancel(parent, session, block.id, r,
                                                     block.version))
    return menu

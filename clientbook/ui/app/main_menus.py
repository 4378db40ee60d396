"""The main window's menus and toolbar, laid out from its actions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton

from clientbook.resource_paths import resource_path

translate = QCoreApplication.translate


def make_action(
    window: QMainWindow,
    text: str,
    shortcut: QKeySequence | str | None,
    slot: Callable[[], object],
    name: str,
    tip: str = "",
    icon: str = "",
) -> QAction:
    """An action of the window, its tooltip naming the shortcut (tests find it by name)."""
    action = QAction(text, window)
    if icon:
        action.setIcon(QIcon(str(resource_path("icons", f"{icon}.svg"))))
    action.setObjectName(name)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
    tip = tip or text.replace("&", "").rstrip("…")
    if shortcut:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        tip = f"{tip} ({keys})"
    action.setToolTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def lay_out_menus(window: QMainWindow, views: list[QAction]) -> None:
    """Menus in the order a receptionist looks for things; every action keeps its shortcut."""
    w = window
    bar = w.menuBar()
    menu = bar.addMenu(translate("MainWindow", "&File"))
    menu.addActions([w.act_import, w.act_undo_import, w.act_export])
    menu.addActions([w.act_import_calendar, w.act_export_calendar])
    menu.addSeparator()
    menu.addActions([w.act_backup, w.act_restore])
    menu.addSeparator()
    menu.addAction(w.act_connect)
    menu.addSeparator()
    menu.addActions([w.act_settings, w.act_remove_sample])
    menu.addSeparator()
    menu.addAction(w.act_quit)
    menu = bar.addMenu(translate("MainWindow", "&Edit"))
    menu.addActions([w.act_undo, w.act_find])
    menu = bar.addMenu(translate("MainWindow", "C&lient"))
    menu.addActions(
        [w.act_new, w.act_edit, w.act_history, w.act_contact, w.act_message, w.act_print,
         w.act_pdf, w.act_export_client]
    )
    menu.addSeparator()
    menu.addActions([w.act_archive, w.act_forget])
    menu = bar.addMenu(translate("MainWindow", "&Appointment"))
    menu.addActions(
        [w.act_book, w.act_arrived, w.act_visit, w.act_noshow, w.act_promise, w.act_redeem]
    )
    menu.addSeparator()
    menu.addAction(w.act_tomorrow)
    bar.addMenu(translate("MainWindow", "&View")).addActions(views)
    bar.addMenu(translate("MainWindow", "&Help")).addActions([w.act_about, w.act_about_qt])
    toolbar = w.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([w.act_new, w.act_find, w.act_book, w.act_visit, w.act_promise, w.act_print])
    show_overflow(toolbar)
    for action in w.findChildren(QAction):
        action.setStatusTip(action.toolTip())


def show_overflow(toolbar: QToolBar) -> None:
    """What does not fit (Greek at 1024 px) goes into the toolbar's » menu; make » visible.

    Qt's own extension button is 12 px wide, so the style sheet's padding left no room for
    its arrow: the last actions simply vanished.
    """
    more = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    if more is None:
        return
    more.setIcon(QIcon(str(resource_path("icons", "more.svg"))))
    more.setToolTip(translate("MainWindow", "More actions"))
    more.setAccessibleName(translate("MainWindow", "More actions"))
    more.setStyleSheet("padding: 0px; min-width: 18px;")

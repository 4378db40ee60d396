"""Shortcuts that name the selected client work from any text box in the window.

A line edit claims some keys for itself (on Linux Ctrl+E moves to the end of the line), so
Ctrl+E pressed in the search box (where Ctrl+F leaves you) did nothing. The window's client
actions win over the text box's own use of the same keys.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget


class WindowShortcuts(QObject):
    """Lets `actions`' shortcuts through when a line edit in `window` has the focus.

    The filter sees the application's events only while such a line edit has the focus:
    a filter on the whole application runs Python for every event of every object (at
    start-up, well over a thousand), and the override only ever goes to the focus widget."""

    def __init__(self, window: QWidget, actions: list[QAction]):
        super().__init__(window)
        self._window = window
        self._actions = actions
        self._filtering = False
        app = QApplication.instance()
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    def _on_focus_changed(self, _old: QWidget | None, now: QWidget | None) -> None:
        wanted = isinstance(now, QLineEdit) and self._window.isAncestorOf(now)
        if wanted != self._filtering:
            self._filtering = wanted
            app = QApplication.instance()
            if wanted:
                app.installEventFilter(self)
            else:
                app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(watched, QLineEdit)
                and isinstance(event, QKeyEvent) and self._window.isAncestorOf(watched)
                and self._claimed(event)):
            event.ignore()  # not the text box's: the shortcut map triggers the action
            return True
        return False

    def _claimed(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(action.isEnabled() and pressed.matches(action.shortcut())
                   == QKeySequence.SequenceMatch.ExactMatch for action in self._actions)

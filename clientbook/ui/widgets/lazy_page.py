"""A tab that builds its page the first time it is shown (or asked for): a quick start."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QVBoxLayout, QWidget


def page_parent(tabs: QTabWidget) -> QWidget:
    """The widget `tabs` keeps its pages in: a page made there is not moved by addTab.

    Moving a widget into a new parent styles it again with everything it holds when the
    application has a style sheet, so a large page is best made in its final parent."""
    stack = tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget",
                           Qt.FindChildOption.FindDirectChildrenOnly)
    return stack if stack is not None else tabs


class LazyPage(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent: QWidget | None = None):
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        """The real page, built now if it was not yet."""
        if self._page is None:
            self._page = self._build()
            self.layout().addWidget(self._page)
            if self.isVisible():  # a child added to a shown widget would show only later
                self._page.show()
        return self._page

    def is_built(self) -> bool:
        return self._page is not None

    def showEvent(self, event: QShowEvent) -> None:
        self.page()
        super().showEvent(event)

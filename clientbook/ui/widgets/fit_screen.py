"""Windows and dialogs that fit the screen they open on, down to a 1024×600 netbook.

A dialog taller than the screen put Save and Cancel off-screen; here its body scrolls and the
button row always stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QStyle, QVBoxLayout, QWidget

# Room for the window frame and title bar, which availableGeometry() does not take off.
FRAME = QSize(16, 48)


def available(widget: QWidget | None = None) -> QRect:
    """The part of the screen a window may use (tests replace this to act as 1024×600)."""
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_size(wanted: QSize, widget: QWidget | None = None) -> QSize:
    room = available(widget).size() - FRAME
    return QSize(min(wanted.width(), room.width()), min(wanted.height(), room.height()))


def scroll_body(dialog: QDialog) -> QScrollArea:
    """Move everything above the dialog's last row (its buttons) into a scroll area."""
    layout = dialog.layout()
    body = QWidget(objectName="dialogBody")
    inner = QVBoxLayout(body)
    inner.setContentsMargins(0, 0, 0, 0)
    while layout.count() > 1:
        stretch = layout.stretch(0)
        item = layout.takeAt(0)
        if item.widget() is not None:
            inner.addWidget(item.widget(), stretch)
        elif item.layout() is not None:
            inner.addLayout(item.layout(), stretch)
        else:
            inner.addItem(item)
    area = QScrollArea(objectName="dialogScroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(body)
    layout.insertWidget(0, area, 1)
    return area


def fit_dialog(dialog: QDialog, wanted: QSize) -> None:
    """Scroll the body, then open at `wanted` (or the body's full height) within the screen."""
    area = scroll_body(dialog)
    body = area.widget().sizeHint()
    # Never narrower than the form, with room for the scroll bar beside it.
    bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
    area.setMinimumWidth(area.widget().minimumSizeHint().width() + bar)
    # Wrapped labels need more height when narrower: ask for the height at the body's width.
    height = max(body.height(), area.widget().heightForWidth(body.width()))
    body = QSize(body.width() + bar, height)
    buttons = dialog.layout().itemAt(1)
    extra = buttons.sizeHint().height() if buttons is not None else 0
    margins = dialog.layout().contentsMargins()
    full = QSize(max(wanted.width(), body.width() + margins.left() + margins.right()),
                 max(wanted.height(), body.height() + extra + margins.top() + margins.bottom()
                     + dialog.layout().spacing()))
    size = fit_size(full, dialog)
    if size.height() >= full.height():
        # The whole body fits: no scroll bar. (Qt may show one anyway for a body of wrapped
        # labels and then lay the body out wider than the room beside it.)
        area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setMinimumHeight(height)
    dialog.resize(size)

"""The services menu: what the firm offers, its usual length and price; add, change, hide."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError, ValidationError
from clientbook.domain.scheduling.bookings import ServiceItem
from clientbook.domain.words import QT_TRANSLATE_NOOP, fill
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import error_label
from clientbook.ui.widgets.formats import money


class ServicesDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("servicesDialog")
        self.setWindowTitle(self.tr("Services menu"))
        self.session = session
        self.items: list[ServiceItem] = []
        self.table = QTableWidget(0, 4, objectName="servicesTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Service"), self.tr("Minutes"), self.tr("Price"), self.tr("Category")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Services"))
        self.table.itemSelectionChanged.connect(self._selected)

        self.name_edit = QLineEdit(objectName="serviceName")
        self.minutes_spin = QSpinBox(objectName="serviceMinutes")
        self.minutes_spin.setRange(5, 12 * 60)
        self.minutes_spin.setSingleStep(15)
        self.minutes_spin.setValue(60)
        self.price_edit = QLineEdit(objectName="servicePrice")
        self.price_edit.setPlaceholderText(self.tr("optional"))
        self.category_edit = QLineEdit(objectName="serviceCategory")
        self.category_edit.setPlaceholderText(self.tr("optional"))
        form = QFormLayout()
        for text, widget in ((self.tr("&Name:"), self.name_edit),
                             (self.tr("&Minutes:"), self.minutes_spin),
                             (self.tr("&Price:"), self.price_edit),
                             (self.tr("C&ategory:"), self.category_edit)):
            label = QLabel(text)
            label.setBuddy(widget)
            widget.setAccessibleName(text.replace("&", "").rstrip(":："))
            form.addRow(label, widget)
        self.add_button = QPushButton(self.tr("A&dd"), objectName="addService")
        self.save_button = QPushButton(self.tr("&Save changes"), objectName="saveService")
        self.hide_button = QPushButton(self.tr("&Hide from menu"), objectName="hideService")
        for button, slot in ((self.add_button, self.add), (self.save_button, self.save),
                             (self.hide_button, self.toggle_offered)):
            button.setAutoDefault(False)
            button.clicked.connect(lambda _checked=False, s=slot: s())
        row = QHBoxLayout()
        for button in (self.add_button, self.save_button, self.hide_button):
            row.addWidget(button)
        row.addStretch(1)
        self.error_label = error_label(self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error_label)
        layout.addWidget(close)
        self.resize(560, 480)
        self.reload()

    def reload(self, select_id: int | None = None) -> None:
        self.items = self.session.book.services_menu.all()
        currency = self.session.book.setting("currency")
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            name = item.name if item.active else fill(self.tr("%1 (hidden)"), [item.name])
            cells = [name, str(item.minutes),
                     "" if item.price is None else money(item.price, currency), item.category]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (1, 2):
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, cell)
            if item.id == select_id:
                self.table.selectRow(row)
        self._selected()

    def chosen(self) -> ServiceItem | None:
        rows = self.table.selectionModel().selectedRows()
        return self.items[rows[0].row()] if rows else None

    def _selected(self) -> None:
        item = self.chosen()
        self.save_button.setEnabled(item is not None)
        self.hide_button.setEnabled(item is not None)
        self.hide_button.setText(self.tr("&Hide from menu") if item is None or item.active
                                 else self.tr("S&how on menu"))
        if item is not None:
            self.name_edit.setText(item.name)
            self.minutes_spin.setValue(item.minutes)
            self.price_edit.setText("" if item.price is None else str(item.price))
            self.category_edit.setText(item.category)

    def _price(self) -> Decimal | None:
        text = self.price_edit.text().strip().replace(",", ".")
        if not text:
            return None
        try:
            value = Decimal(text)
        except InvalidOperation:
            value = Decimal("NaN")
        if not value.is_finite():
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "A price is zero or more, and less than the largest amount."),
                field="price")
        return value

    def _run(self, write) -> bool:
        try:
            self.session.apply(write)
        except ClientBookError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return False
        self.error_label.hide()
        return True

    def _form(self, base: ServiceItem | None) -> ServiceItem:
        return ServiceItem(self.name_edit.text(), self.minutes_spin.value(), self._price(),
                           self.category_edit.text(), base.active if base else True,
                           base.id if base else None)

    def add(self) -> bool:
        menu = self.session.book.services_menu
        made: list[ServiceItem] = []

        def write():
            form = self._form(None)
            item, changes = menu.add(form.name, form.minutes, form.price, form.category)
            made.append(item)
            return changes

        if not self._run(write):
            return False
        self.reload(made[0].id)
        return True

    def save(self) -> bool:
        item = self.chosen()
        if item is None:
            return False
        menu = self.session.book.services_menu
        if not self._run(lambda: menu.save(self._form(item))):
            return False
        self.reload(item.id)
        return True

    def toggle_offered(self) -> bool:
        item = self.chosen()
        if item is None:
            return False
        menu = self.session.book.services_menu
        changed = ServiceItem(item.name, item.minutes, item.price, item.category,
                              not item.active, item.id)
        if not self._run(lambda: menu.save(changed)):
            return False
        self.reload(item.id)
        return True

    @classmethod
    def manage(cls, parent: QWidget | None, session: Session) -> None:
        cls(session, parent).exec()

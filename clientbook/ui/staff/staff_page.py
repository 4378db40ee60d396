"""The Staff page: add, rename, deactivate and remove the firm's people (history stays)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.models import Staff
from clientbook.services.changes import Changes
from clientbook.ui import msgbox
from clientbook.ui.calendar.hours_editor import StaffHoursEditor
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import ERROR_STYLE
from clientbook.ui.widgets.plain_text import plain

DEFAULT_ROLES = ("designer", "receptionist")
Index = QModelIndex | QPersistentModelIndex


class StaffTableModel(QAbstractTableModel):
    """Staff in name order; editing a name or role, or the Active box, saves at once."""

    COL_NAME, COL_ROLE, COL_ACTIVE = range(3)
    ObjectRole = Qt.ItemDataRole.UserRole
    SortRole = Qt.ItemDataRole.UserRole + 1

    error = QtSignal(str)

    def __init__(self, session: Session, parent: QObject | None = None):
        super().__init__(parent)
        self.session = session
        self.writing = False
        """True while this model's own edit is being saved (it has updated itself already)."""
        self._staff: list[Staff] = []
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._staff = self.session.book.staff.all()
        self.endResetModel()

    def staff_at(self, row: int) -> Staff | None:
        return self._staff[row] if 0 <= row < len(self._staff) else None

    def row_of(self, staff_id: int | None) -> int:
        return next((r for r, s in enumerate(self._staff) if s.id == staff_id), -1)

    def rowCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._staff)

    def columnCount(self, parent: Index | None = None) -> int:
        return 0 if parent is not None and parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Name"), self.tr("Role"), self.tr("Active"))[section] \
                if 0 <= section < 3 else None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        staff = self.staff_at(index.row()) if index.isValid() else None
        if staff is None:
            return None
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if col == self.COL_NAME:
                return staff.name
            if col == self.COL_ROLE:
                return staff.role
            if col == self.COL_ACTIVE and role == Qt.ItemDataRole.DisplayRole:
                return self.tr("Active") if staff.active else self.tr("Inactive")
        elif role == Qt.ItemDataRole.CheckStateRole and col == self.COL_ACTIVE:
            return Qt.CheckState.Checked if staff.active else Qt.CheckState.Unchecked
        elif role == Qt.ItemDataRole.ForegroundRole and not staff.active:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        elif role == self.ObjectRole:
            return staff
        elif role == self.SortRole:
            return (staff.name.casefold(), staff.role.casefold(), int(staff.active))[col]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_ACTIVE:
            return flags | Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        staff = self.staff_at(index.row()) if index.isValid() else None
        if staff is None:
            return False
        col = index.column()
        if role == Qt.ItemDataRole.EditRole and col in (self.COL_NAME, self.COL_ROLE):
            text = str(value).strip()
            field = "name" if col == self.COL_NAME else "role"
            if text == getattr(staff, field):
                return False
            changed = Staff(**{**vars(staff), field: text})
        elif role == Qt.ItemDataRole.CheckStateRole and col == self.COL_ACTIVE:
            active = Qt.CheckState(value) == Qt.CheckState.Checked
            changed = Staff(**{**vars(staff), "active": active})
        else:
            return False
        self.writing = True
        try:
            self.session.apply(lambda: self.session.book.staff.save(changed, seen=staff))
        except ClientBookError as exc:
            self.error.emit(error_text(exc))
            return False
        finally:
            self.writing = False
        # As saved: after a conflict that may be theirs, or a merge of theirs and this edit.
        self._staff[index.row()] = self.session.book.staff.get(staff.id) or changed
        row = index.row()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COL_ACTIVE))
        return True


class StaffPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("staffPage")
        self.session = session
        self.model = StaffTableModel(session, self)

        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("newStaffName")
        self.name_edit.setPlaceholderText(self.tr("Name of the new staff member"))
        self.name_edit.setAccessibleName(self.tr("New staff member's name"))
        self.role_combo = QComboBox()
        self.role_combo.setEditable(True)
        self.role_combo.setAccessibleName(self.tr("New staff member's role"))
        self.add_button = QPushButton(self.tr("Add &person"))
        name_label = QLabel(self.tr("Ne&w:"))
        name_label.setBuddy(self.name_edit)
        add_row = QHBoxLayout()
        add_row.addWidget(name_label)
        add_row.addWidget(self.name_edit, 2)
        add_row.addWidget(self.role_combo, 1)
        add_row.addWidget(self.add_button)

        self.table = QTableView()
        self.table.setObjectName("staffTable")
        self.table.setAccessibleName(self.tr("Staff"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        for col in (StaffTableModel.COL_NAME, StaffTableModel.COL_ROLE):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(StaffTableModel.COL_ACTIVE,
                                    QHeaderView.ResizeMode.ResizeToContents)

        self.rename_button = QPushButton(self.tr("Re&name"))
        self.rename_button.setToolTip(self.tr("Edit the selected name (F2)"))
        self.active_button = QPushButton(self.tr("Deact&ivate"))
        self.remove_button = QPushButton(self.tr("Re&move…"))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  context=Qt.ShortcutContext.WidgetShortcut, activated=self._remove_clicked)
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.active_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        self.error_label = plain(QLabel())  # messages name staff as typed
        self.error_label.setObjectName("errorLabel")
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        hint = QLabel(self.tr("Inactive people stay on past records but are not offered for "
                              "new bookings."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(add_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.error_label)
        self.hours = StaffHoursEditor(session)  # the selected person's hours and time off
        layout.addWidget(self.hours)
        layout.addWidget(hint)

        self.add_button.clicked.connect(self._add_clicked)
        self.name_edit.returnPressed.connect(self._add_clicked)
        self.rename_button.clicked.connect(self._rename_clicked)
        self.active_button.clicked.connect(self._toggle_clicked)
        self.remove_button.clicked.connect(self._remove_clicked)
        self.model.error.connect(self.show_error)
        self.model.modelReset.connect(self._update_buttons)
        self.model.dataChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self.hours.show_staff(self.selected()))
        session.changed.connect(self._on_changed)
        self._fill_roles()
        self._update_buttons()

    # Actions usable from code and tests -------------------------------------------------
    def selected(self) -> Staff | None:
        return self.model.staff_at(self.table.currentIndex().row())

    def select(self, staff_id: int | None) -> None:
        row = self.model.row_of(staff_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, StaffTableModel.COL_NAME))

    def add_staff(self, name: str, role: str = "designer") -> Staff | None:
        added: list[Staff] = []

        def write() -> Changes:
            added.append(self.session.book.staff.add(name, role))
            return Changes(staff=True)

        if not self._run(write):
            return None
        self.name_edit.clear()
        self.select(added[0].id)
        return added[0]

    def set_active(self, staff_id: int, active: bool) -> bool:
        row = self.model.row_of(staff_id)
        state = Qt.CheckState.Checked if active else Qt.CheckState.Unchecked
        index = self.model.index(row, StaffTableModel.COL_ACTIVE)
        return row >= 0 and self.model.setData(index, state, Qt.ItemDataRole.CheckStateRole)

    def remove(self, staff_id: int) -> bool:
        """Ask first; removing keeps their history, with no one named on it."""
        staff = self.model.staff_at(self.model.row_of(staff_id))
        if staff is None or not msgbox.ask(
            self, self.tr("Remove staff member"),
            self.tr("Remove {name} from the staff list?\n\nTheir past visits, appointments and "
                    "promises are kept, with no one named on them. To keep their name on those "
                    "records, deactivate them instead.").format(name=staff.name),
        ):
            return False
        return self._run(lambda: self.session.book.staff.remove(staff_id))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    # Internals ---------------------------------------------------------------------------
    def _run(self, write: Callable[[], Changes]) -> bool:
        try:
            self.session.apply(write)
        except ClientBookError as exc:
            self.show_error(error_text(exc))
            return False
        self.error_label.hide()
        return True

    def _on_changed(self, changes: Changes) -> None:
        if changes.affects_staff() and not self.model.writing:
            current = self.selected()
            self.model.reload()
            self._fill_roles()
            self.select(current.id if current else None)

    def _fill_roles(self) -> None:
        typed = self.role_combo.currentText() or DEFAULT_ROLES[0]
        roles = list(DEFAULT_ROLES)
        roles += sorted({s.role for s in self.session.book.staff.all()} - set(roles))
        self.role_combo.clear()
        self.role_combo.addItems(roles)
        self.role_combo.setCurrentText(typed)

    def _add_clicked(self) -> None:
        self.add_staff(self.name_edit.text(), self.role_combo.currentText())

    def _rename_clicked(self) -> None:
        staff = self.selected()
        if staff is not None:
            index = self.model.index(self.model.row_of(staff.id), StaffTableModel.COL_NAME)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def _toggle_clicked(self) -> None:
        staff = self.selected()
        if staff is not None:
            self.set_active(staff.id, not staff.active)

    def _remove_clicked(self) -> None:
        staff = self.selected()
        if staff is not None:
            self.remove(staff.id)

    def _update_buttons(self, *_args) -> None:
        staff = self.selected()
        for button in (self.rename_button, self.active_button, self.remove_button):
            button.setEnabled(staff is not None)
        reactivate = staff is not None and not staff.active
        self.active_button.setText(self.tr("React&ivate") if reactivate
                                   else self.tr("Deact&ivate"))

"""The table of a client's preferences (tea, music, "do not upsell") inside the client dialog."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.models import Preference, PreferenceCategory

_CATEGORY_NAMES = {
    PreferenceCategory.DRINK: QT_TRANSLATE_NOOP("PreferenceCategory", "Drink"),
    PreferenceCategory.FOOD: QT_TRANSLATE_NOOP("PreferenceCategory", "Food/snack"),
    PreferenceCategory.ROOM: QT_TRANSLATE_NOOP("PreferenceCategory", "Room/ambience"),
    PreferenceCategory.MUSIC: QT_TRANSLATE_NOOP("PreferenceCategory", "Music"),
    PreferenceCategory.CONVERSATION: QT_TRANSLATE_NOOP("PreferenceCategory", "Conversation"),
    PreferenceCategory.HEALTH: QT_TRANSLATE_NOOP("PreferenceCategory", "Allergy/health"),
    PreferenceCategory.PRODUCTS: QT_TRANSLATE_NOOP("PreferenceCategory", "Products"),
    PreferenceCategory.CONTACT: QT_TRANSLATE_NOOP("PreferenceCategory", "Contact"),
    PreferenceCategory.OTHER: QT_TRANSLATE_NOOP("PreferenceCategory", "Other"),
}

# Text colour of "do not" rows, so they stand out as warnings.
AVOID_COLOUR = QColor("#b3261e")


def category_name(category: PreferenceCategory) -> str:
    """The friendly, translated name of a preference category."""
    return QCoreApplication.translate("PreferenceCategory", _CATEGORY_NAMES[category])


class PreferencesModel(QAbstractTableModel):
    """Editable rows of preferences, in the order the client's card shows them."""

    COL_CATEGORY, COL_VALUE, COL_DETAIL, COL_AVOID = range(4)
    OBJECT_ROLE = Qt.ItemDataRole.UserRole

    def __init__(self, preferences: list[Preference] | None = None, parent=None):
        super().__init__(parent)
        self._rows: list[Preference] = [replace(p) for p in preferences or []]

    # -- the data the dialog reads and writes -------------------------------------------------

    def preferences(self) -> list[Preference]:
        """Copies of the rows, so the caller can clean them without touching the table."""
        return [replace(p) for p in self._rows]

    def add_row(self, preference: Preference | None = None) -> int:
        """Append a row (a blank drink by default) and return its number."""
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(preference or Preference(PreferenceCategory.DRINK, ""))
        self.endInsertRows()
        return row

    def remove_rows(self, rows: list[int]) -> None:
        """Remove the given rows (any order, duplicates ignored); the rest keep their order."""
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._rows):
                self.removeRows(row, 1)

    def first_without_value(self) -> int | None:
        for row, pref in enumerate(self._rows):
            if not pref.value.strip():
                return row
        return None

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 4:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Category"), self.tr("Preference"), self.tr("Detail"),
                    self.tr("Do not"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.COL_AVOID:
            return self.tr("Tick for things to avoid: no upselling, no small talk, no perfume.")
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == self.COL_AVOID:
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        pref = self._rows[index.row()]
        column = index.column()
        if role == self.OBJECT_ROLE:
            return pref
        if role == Qt.ItemDataRole.ForegroundRole and pref.avoid:
            return QBrush(AVOID_COLOUR)
        if column == self.COL_AVOID:
            if role == Qt.ItemDataRole.CheckStateRole:
                return Qt.CheckState.Checked if pref.avoid else Qt.CheckState.Unchecked
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Do not") if pref.avoid else None
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COL_CATEGORY:
                return category_name(pref.category)
            return pref.value if column == self.COL_VALUE else pref.detail
        if role == Qt.ItemDataRole.EditRole:
            if column == self.COL_CATEGORY:
                return str(pref.category)
            return pref.value if column == self.COL_VALUE else pref.detail
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return False
        pref = self._rows[index.row()]
        column = index.column()
        if column == self.COL_AVOID and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked
            if checked == pref.avoid:
                return True
            pref.avoid = checked
            # The whole row changes colour.
            self.dataChanged.emit(self.index(index.row(), 0),
                                  self.index(index.row(), self.COL_AVOID))
            return True
        if role != Qt.ItemDataRole.EditRole or column == self.COL_AVOID:
            return False
        if column == self.COL_CATEGORY:
            try:
                pref.category = PreferenceCategory(str(value))
            except ValueError:
                return False
        elif column == self.COL_VALUE:
            pref.value = str(value)
        else:
            pref.detail = str(value)
        self.dataChanged.emit(index, index)
        return True

    def removeRows(self, row, count, parent=QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or count < 1 or row < 0 or row + count > len(self._rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self._rows[row:row + count]
        self.endRemoveRows()
        return True


class CategoryDelegate(QStyledItemDelegate):
    """Edits the category column with a combo box of friendly names."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Preference category"))
        for category in PreferenceCategory:
            combo.addItem(category_name(category), str(category))
        # A click in the open list commits; picking by keyboard (a letter, the arrows) keeps
        # the editor open, so the Enter that follows commits the cell, not the whole dialog.
        combo.view().pressed.connect(lambda _i, c=combo: self._commit(c))
        return combo

    def _commit(self, combo: QComboBox) -> None:
        combo.hidePopup()
        combo.setCurrentIndex(combo.view().currentIndex().row())
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class PreferencesTable(QTableView):
    """A table typed into with the keyboard: Tab walks value → detail → "do not" → next row,
    committing each cell, and leaves the table after the last cell; Enter inside an open
    editor commits that editor only (it never reaches the dialog's Save button)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and self.state() == QAbstractItemView.State.EditingState):
            event.accept()
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if self.state() != QAbstractItemView.State.EditingState and self._at_edge(next):
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def _at_edge(self, forward: bool) -> bool:
        rows, columns = self.model().rowCount(), self.model().columnCount()
        current = self.currentIndex()
        if rows == 0 or not current.isValid():
            return True
        if forward:
            return current.row() == rows - 1 and current.column() == columns - 1
        return current.row() == 0 and current.column() == 0


class PreferencesEditor(QWidget):
    """The preferences table with Add and Remove buttons (Del removes the selected rows)."""

    edited = Signal()

    def __init__(self, preferences: list[Preference] | None = None, parent=None):
        super().__init__(parent)
        self.setObjectName("preferencesEditor")
        self.model = PreferencesModel(preferences, self)
        self.view = PreferencesTable(self)
        self.view.setObjectName("preferencesTable")
        self.view.setAccessibleName(self.tr("Preferences"))
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(PreferencesModel.COL_CATEGORY, CategoryDelegate(self))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(PreferencesModel.COL_CATEGORY,
                                    QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PreferencesModel.COL_VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PreferencesModel.COL_DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(PreferencesModel.COL_AVOID,
                                    QHeaderView.ResizeMode.ResizeToContents)

        self.add_button = QPushButton(self.tr("&Add preference"), self)
        self.add_button.setObjectName("addPreference")
        self.add_button.setAccessibleName(self.tr("Add preference"))
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(self.add_preference)
        self.remove_button = QPushButton(self.tr("Remo&ve"), self)
        self.remove_button.setObjectName("removePreference")
        self.remove_button.setAccessibleName(self.tr("Remove selected preferences"))
        self.remove_button.setToolTip(self.tr("Remove the selected preferences (Del)"))
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.view)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.remove_selected)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

        for signal in (self.model.dataChanged, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.modelReset):
            signal.connect(self._on_model_changed)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def _on_model_changed(self, *_args) -> None:
        self._update_buttons()
        self.edited.emit()

    def _update_buttons(self, *_args) -> None:
        self.remove_button.setEnabled(self.view.selectionModel().hasSelection())

    def preferences(self) -> list[Preference]:
        return self.model.preferences()

    def add_preference(self) -> None:
        """Append a row and start typing its value."""
        row = self.model.add_row()
        index = self.model.index(row, PreferencesModel.COL_VALUE)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.view.edit(index)

    def remove_selected(self) -> None:
        rows = [QPersistentModelIndex(i).row() for i in self.view.selectionModel().selectedRows()]
        if not rows and self.view.currentIndex().isValid():
            rows = [self.view.currentIndex().row()]
        self.model.remove_rows(rows)
        self._update_buttons()

    def focus_row(self, row: int, column: int = PreferencesModel.COL_VALUE) -> None:
        """Point at a row the person needs to fix."""
        index = self.model.index(row, column)
        self.view.setCurrentIndex(index)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

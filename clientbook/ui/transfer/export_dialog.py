"""File → Export… and Client → Export client…: what to export, where and how."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from clientbook.domain.words import fill
from clientbook.services.exporting import csv_export
from clientbook.services.exporting.csv_export import default_delimiter
from clientbook.ui import msgbox
from clientbook.ui.session import Session
from clientbook.ui.widgets.form_dialog import error_label
from clientbook.ui.widgets.plain_text import plain

translate = QCoreApplication.translate


def choose_save_path(parent: QWidget, start: str) -> str:
    """Ask where to save a CSV file; tests replace this so no native dialog opens."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("ExportDialog", "Export to"),
        start,
        translate("ExportDialog", "CSV files (*.csv);;All files (*)"),
    )
    return path


def choose_folder(parent: QWidget, start: str) -> str:
    """Ask for a folder; tests replace this so no native dialog opens."""
    return QFileDialog.getExistingDirectory(
        parent, translate("ExportDialog", "Export into folder"), start
    )


def _documents() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found and Path(found).is_dir() else Path.home()


def kind_nouns() -> dict[str, str]:
    """How the progress dialog names what it exports."""
    return {
        "clients": translate("ExportDialog", "clients"),
        "preferences": translate("ExportDialog", "preferences"),
        "visits": translate("ExportDialog", "visits"),
        "appointments": translate("ExportDialog", "appointments"),
        "promises": translate("ExportDialog", "promises"),
    }


def _kind_labels() -> dict[str, str]:
    return {
        "clients": translate(
            "ExportDialog", "&Clients: one row each, preferences in readable columns"
        ),
        "preferences": translate(
            "ExportDialog", "&Preferences: one row per preference (to edit and import)"
        ),
        "visits": translate("ExportDialog", "&Visits"),
        "appointments": translate("ExportDialog", "&Appointments"),
        "promises": translate("ExportDialog", "P&romises"),
    }


class ExportDialog(QDialog):
    """Choose what to export, where, and how the file is written.

    With a `client_id` it exports everything about that client into a folder instead.
    """

    def __init__(
        self, session: Session, client_id: int | None = None, parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.book = session.book
        self.client_id = client_id
        self._confirmed = ""  # a path the file dialog already asked about replacing
        locale = QLocale()
        self._stamp = stamp = QDate.currentDate().toString("yyyy-MM-dd")
        box = QVBoxLayout(self)

        self.kinds = QButtonGroup(self)
        if client_id is None:
            self.setWindowTitle(self.tr("Export to CSV"))
            group = QGroupBox(self.tr("What to export"), objectName="exportWhat")
            grid = QGridLayout(group)
            for row, (kind, label) in enumerate(_kind_labels().items()):
                radio = QRadioButton(label, objectName=f"exportKind_{kind}")
                radio.setProperty("kind", kind)
                self.kinds.addButton(radio, row)
                count = self.book.exports.count(kind)
                rows = QLabel(self.tr("%Ln rows", "", count), objectName=f"exportCount_{kind}")
                rows.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                grid.addWidget(radio, row, 0)
                grid.addWidget(rows, row, 1)
            self.kinds.button(0).setChecked(True)
            self.kinds.buttonToggled.connect(self._kind_changed)
            box.addWidget(group)
            self._auto_name = f"clientbook-clients-{stamp}.csv"
            start = str(_documents() / self._auto_name)
        else:
            name = self.book.clients.get(client_id).display_name
            self.setWindowTitle(self.tr("Export client"))
            about = QLabel(
                fill(self.tr(
                    "Everything ClientBook keeps about <b>%1</b>, for a data-access request: "
                    "the client with phones and preferences, visits, appointments, promises and "
                    "the contact log, one CSV file each."
                ), [html.escape(name, quote=False)]),
                objectName="exportAbout",
                wordWrap=True,
            )
            box.addWidget(about)
            self._auto_name = f"{client_id}-{csv_export.safe_file_name(name)}-{stamp}"
            start = str(_documents() / self._auto_name)

        self.path_edit = QLineEdit(start, objectName="exportPath")
        self.path_edit.setAccessibleName(
            self.tr("Export to") if client_id is None else self.tr("Export into folder")
        )
        self.path_edit.setMinimumWidth(380)
        browse = QPushButton(self.tr("&Browse…"), objectName="exportBrowse")
        browse.clicked.connect(self._browse)
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(browse)

        self.bom_check = QCheckBox(self.tr("&UTF-8 with BOM (for Excel)"), objectName="exportBom")
        self.bom_check.setChecked(True)
        self.bom_check.setToolTip(
            self.tr(
                "Excel needs the byte-order mark to show Greek, Cyrillic, Chinese and accented "
                "names; turn it off only for a program that does not expect it."
            )
        )
        self.delimiter_combo = QComboBox(objectName="exportDelimiter")
        for text, value in (
            (self.tr("Comma (,)"), ","),
            (self.tr("Semicolon (;)"), ";"),
            (self.tr("Tab"), "\t"),
        ):
            self.delimiter_combo.addItem(text, value)
        self.delimiter_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.delimiter_combo.setCurrentIndex(
            self.delimiter_combo.findData(default_delimiter(locale.decimalPoint()))
        )
        self.delimiter_combo.setToolTip(
            self.tr(
                "Excel splits columns on a semicolon where numbers are written 3,5 and on a comma "
                "elsewhere; the default follows this computer's language settings."
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        where_label = QLabel(self.tr("Save &to:") if client_id is None else self.tr("&Folder:"))
        where_label.setBuddy(self.path_edit)
        form.addRow(where_label, where)
        separator_label = QLabel(self.tr("&Separator:"))
        separator_label.setBuddy(self.delimiter_combo)
        form.addRow(separator_label, self.delimiter_combo)
        form.addRow("", self.bom_check)
        box.addLayout(form)
        note = QLabel(
            self.tr(
                "Dates are written 2026-11-22 14:30 and amounts 45.50, whatever "
                "the language; cells that start with = + - or @ get a ' in "
                "front so no spreadsheet runs them as formulas."
            ),
            objectName="exportNote",
            wordWrap=True,
        )
        note.setStyleSheet("color: palette(placeholder-text);")
        box.addWidget(note)
        self.error = plain(error_label(self))  # paths and messages as typed
        box.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportButton")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        box.addWidget(buttons)
        self.export_button.setDefault(True)  # once in the dialog, or Browse… becomes the default
        (self.kinds.button(0) if client_id is None else self.path_edit).setFocus()
        self.resize(max(self.sizeHint().width(), 560), self.sizeHint().height())

    # What the form says ---------------------------------------------------------------
    def kind(self) -> str:
        return (
            "client" if self.client_id is not None else self.kinds.checkedButton().property("kind")
        )

    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def options(self) -> dict[str, object]:
        return {"bom": self.bom_check.isChecked(), "delimiter": self.delimiter_combo.currentData()}

    # Behaviour ------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        """Follow the kind in the file name, unless the person typed a name of their own."""
        path = self.path()
        if path.name == self._auto_name:
            self._auto_name = f"clientbook-{self.kind()}-{self._stamp}.csv"
            self.path_edit.setText(str(path.with_name(self._auto_name)))

    def _browse(self) -> None:
        if self.client_id is None:
            chosen = choose_save_path(self, self.path_edit.text())
            if chosen and not chosen.lower().endswith((".csv", ".txt", ".tsv")):
                chosen += ".csv"
            self._confirmed = chosen
        else:
            chosen = choose_folder(self, self.path_edit.text())
        if chosen:
            self.path_edit.setText(chosen)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.path_edit.setFocus()

    def accept(self) -> None:
        path = self.path()
        if not self.path_edit.text().strip():
            self._show_error(self.tr("Choose where to save."))
            return
        if self.client_id is None:
            if path.is_dir():
                self._show_error(
                    fill(self.tr("That is a folder; add a file name, e.g. %1."), [self._auto_name])
                )
                return
            if not path.parent.is_dir():
                self._show_error(
                    fill(self.tr("The folder %1 does not exist."), [path.parent])
                )
                return
            if (
                path.exists()
                and str(path) != self._confirmed
                and not msgbox.ask(
                    self,
                    self.tr("Replace file"),
                    fill(self.tr("%1 already exists. Replace it?"), [path.name]),
                )
            ):
                return
        else:
            if not path.is_dir() and not path.parent.is_dir():
                self._show_error(
                    fill(self.tr("The folder %1 does not exist."), [path.parent])
                )
                return
            names = self.book.exports.client_file_names(self.client_id).values()
            if any((path / name).exists() for name in names) and not msgbox.ask(
                self,
                self.tr("Replace files"),
                fill(self.tr("This client's files are already in %1. Replace them?"), [path]),
            ):
                return
        super().accept()

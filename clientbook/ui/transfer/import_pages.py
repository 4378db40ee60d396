"""The import wizard's middle pages: preview with the column mapping, then the check."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWizardPage,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.importing.contact_layouts import FIELDS, OWN_FIELDS, check_mapping
from clientbook.services.importing.contact_rows import client_from_row
from clientbook.services.importing.date_order import date_reading
from clientbook.services.importing.import_plan import birthday_cells
from clientbook.services.importing.text_decoding import ENCODINGS
from clientbook.ui.error_text import error_text, message_text
from clientbook.ui.transfer.import_words import delimiter_labels, field_labels, layout_label
from clientbook.ui.widgets.form_dialog import ERROR_STYLE
from clientbook.ui.widgets.plain_text import plain, tooltip

translate = QCoreApplication.translate


class PreviewPage(QWizardPage):
    """The first rows as they will be imported, with the guessed mapping to change."""

    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "Check the columns"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Each column of the file feeds one field. Change any guess that "
                "is wrong; the preview on the right follows.",
            )
        )
        self.found = plain(QLabel(objectName="importLayout"))
        self.encoding = QComboBox(objectName="importEncoding")
        self.delimiter = QComboBox(objectName="importDelimiter")
        for codec, label in ENCODINGS:
            self.encoding.addItem(message_text(label), codec)
        for char, label in delimiter_labels():
            self.delimiter.addItem(label, char)
        self.day_first = QCheckBox(
            translate("ImportWizard", "Dates are day/month/year"), objectName="importDayFirst"
        )
        self.mapping = QTableWidget(0, 3, objectName="importMapping")
        self.mapping.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Column"),
                translate("ImportWizard", "Imports as"),
                translate("ImportWizard", "Example"),
            ]
        )
        self.preview = QTableWidget(0, 5, objectName="importPreview")
        self.preview.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Line"),
                translate("ImportWizard", "Name"),
                translate("ImportWizard", "Phones"),
                translate("ImportWizard", "E-mail"),
                translate("ImportWizard", "Birthday / problem"),
            ]
        )
        for table in (self.mapping, self.preview):
            table.verticalHeader().hide()
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(True)
        self.dates = plain(QLabel(objectName="importDateReading", wordWrap=True))
        self.error = plain(QLabel(objectName="importPreviewError", wordWrap=True))
        self.error.setStyleSheet(ERROR_STYLE)

        options = QHBoxLayout()
        options.addWidget(self.found, 1)
        options.addWidget(plain(QLabel(), translate("ImportWizard", "Encoding:")))
        options.addWidget(self.encoding)
        options.addWidget(plain(QLabel(), translate("ImportWizard", "Delimiter:")))
        options.addWidget(self.delimiter)
        options.addWidget(self.day_first)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.mapping)
        split.addWidget(self.preview)
        split.setSizes([380, 500])
        box = QVBoxLayout(self)
        box.addLayout(options)
        box.addWidget(split, 1)
        box.addWidget(self.dates)
        box.addWidget(self.error)
        self.encoding.activated.connect(self._reopen)
        self.delimiter.activated.connect(self._reopen)
        self.day_first.toggled.connect(self.refresh_preview)

    def initializePage(self) -> None:
        self.show_source()

    def _reopen(self) -> None:
        self.wiz.reopen(self.encoding.currentData(), self.delimiter.currentData())

    def show_source(self) -> None:
        source = self.wiz.source
        guessed = translate("ImportWizard", " (detected)") if source.encoding_guessed else ""
        self.found.setText(
            fill(translate("ImportWizard", "Recognised as %1."), [layout_label(source.layout.key)])
        )
        index = self.encoding.findData(source.encoding)
        self.encoding.setCurrentIndex(max(index, 0))
        for i, (codec, label) in enumerate(ENCODINGS):
            self.encoding.setItemText(
                i, message_text(label) + (guessed if codec == source.encoding else ""))
        self.delimiter.setEnabled(not source.is_vcard)
        if source.delimiter:
            self.delimiter.setCurrentIndex(max(self.delimiter.findData(source.delimiter), 0))
        self.day_first.setChecked(self.wiz.day_first_default(source))
        self._fill_mapping()
        self.refresh_preview()

    def _fill_mapping(self) -> None:
        """One row per column: mapped ones first, then those with data, then empty ones."""
        source = self.wiz.source
        rows, _error = source.preview(5)
        examples = [
            next((cells[i] for _line, cells in rows if i < len(cells) and cells[i]), "")
            for i in range(len(source.header))
        ]
        order = sorted(
            range(len(source.header)), key=lambda i: (not source.mapping[i], not examples[i], i)
        )
        self.mapping.setRowCount(len(order))
        choices = list(FIELDS) + (list(OWN_FIELDS) if source.layout.is_own else [])
        labels = field_labels()
        for row, i in enumerate(order):
            heading = QTableWidgetItem(source.header[i])
            heading.setData(Qt.ItemDataRole.UserRole, i)
            self.mapping.setItem(row, 0, heading)
            combo = QComboBox()
            combo.setAccessibleName(
                fill(translate("ImportWizard", "Imports as, for column %1"), [source.header[i]])
            )
            for field in choices:
                combo.addItem(labels[field], field)
            combo.setCurrentIndex(max(combo.findData(source.mapping[i]), 0))
            combo.setEnabled(source.layout.kind == "clients")
            combo.currentIndexChanged.connect(self.refresh_preview)
            self.mapping.setCellWidget(row, 1, combo)
            self.mapping.setItem(row, 2, QTableWidgetItem(examples[i].replace("\n", " ⏎ ")[:60]))
        self.mapping.resizeColumnsToContents()

    def combo_for(self, column: int) -> QComboBox:
        """The "Imports as" box of the file's column number `column`."""
        for row in range(self.mapping.rowCount()):
            if self.mapping.item(row, 0).data(Qt.ItemDataRole.UserRole) == column:
                return self.mapping.cellWidget(row, 1)
        raise IndexError(column)

    def chosen_mapping(self) -> list[str]:
        return [self.combo_for(i).currentData() for i in range(self.mapping.rowCount())]

    def refresh_preview(self) -> None:
        source = self.wiz.source
        rows, file_error = source.preview()
        mapping = self.chosen_mapping()
        problem = check_mapping(mapping) if source.layout.kind == "clients" else None
        contacts = source.layout.kind == "clients"
        self.setSubTitle(
            translate(
                "ImportWizard",
                "Each column of the file feeds one field. Change any guess that is "
                "wrong; the preview on the right follows.",
            )
            if contacts
            else translate(
                "ImportWizard",
                "A ClientBook file: its columns are fixed. Check that the rows read right.",
            )
        )
        self.mapping.setVisible(contacts)
        self.day_first.setVisible(contacts)
        self._show_date_reading(mapping if contacts else [])
        headings = [
            translate("ImportWizard", "Name"),
            translate("ImportWizard", "Phones"),
            translate("ImportWizard", "E-mail"),
            translate("ImportWizard", "Birthday / problem"),
        ]
        headings = headings if contacts else list(source.header)
        self.preview.setColumnCount(1 + len(headings))
        self.preview.setHorizontalHeaderLabels([translate("ImportWizard", "Line"), *headings])
        self.preview.setRowCount(len(rows))
        for r, (line, cells) in enumerate(rows):
            values = [str(line), *self._preview_cells(cells, mapping, problem)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setToolTip(tooltip(value))  # a long cell stays readable, literally
                self.preview.setItem(r, c, item)
        self.preview.horizontalHeader().setStretchLastSection(False)
        self.preview.resizeColumnsToContents()
        for column in range(1, 4):
            self.preview.setColumnWidth(column, min(self.preview.columnWidth(column), 220))
        self.error.setText(message_text(problem or file_error))
        self.error.setVisible(bool(problem or file_error))
        self.completeChanged.emit()

    def _show_date_reading(self, mapping: list[str]) -> None:
        """Say how a date that reads two ways (03/04/1985) will be read, and how to flip it."""
        cells = birthday_cells(self.wiz.source, mapping) if mapping else []
        reading = date_reading(cells, self.day_first.isChecked(), False)
        self.dates.setVisible(bool(reading.example))
        if not reading.example:
            return
        locale = QLocale()

        def spoken(day) -> str:
            return f"{day.day} {locale.monthName(day.month, QLocale.FormatType.LongFormat)}"

        self.dates.setText(fill(translate(
            "ImportWizard", "Dates like %1 are read as %2. If they mean %3, switch "
            "“Dates are day/month/year”."), [reading.example, spoken(reading.read_as()),
                                            spoken(reading.read_as(not reading.day_first))]))

    def _preview_cells(
        self, cells: list[str], mapping: list[str], problem: str | None
    ) -> list[str]:
        if self.wiz.source.layout.kind != "clients":
            return [c.replace("\n", " ⏎ ")[:80] for c in cells]  # ClientBook's own records
        if problem:
            return ["", "", "", ""]
        try:
            client = client_from_row(
                cells,
                mapping,
                own=self.wiz.source.layout.is_own,
                day_first=self.day_first.isChecked(),
            ).client
        except ClientBookError as exc:  # the row as read, with its problem beside it
            read: dict[str, list[str]] = {}
            for cell, field in zip(cells, mapping, strict=False):
                if field and cell.strip():
                    read.setdefault(field, []).append(cell.strip())
            name = " ".join(read.get("name", [])[:1]) or " ".join(
                read[f][0] for f in ("given_name", "family_name") if f in read)
            return [name, ", ".join(read.get("phone", [])), ", ".join(read.get("email", [])),
                    "⚠ " + error_text(exc)]
        return [
            client.display_name,
            ", ".join(client.phones),
            client.email,
            client.birthday.iso() if client.birthday else "",
        ]

    def isComplete(self) -> bool:
        source = self.wiz.source
        return source is not None and (
            source.layout.kind != "clients" or check_mapping(self.chosen_mapping()) is None
        )


class CheckPage(QWizardPage):
    """Every row checked: problems by line, duplicates, and what to do with each."""

    def __init__(self, wizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "Check every row"))
        self.setCommitPage(True)
        self.setButtonText(self.wiz.WizardButton.CommitButton, translate("ImportWizard", "&Import"))
        self.summary = plain(QLabel(objectName="importSummary", wordWrap=True))
        self.problems = QTableWidget(0, 2, objectName="importProblems")
        self.problems.setHorizontalHeaderLabels(
            [
                translate("ImportWizard", "Line"),
                translate("ImportWizard", "What is wrong or similar"),
            ]
        )
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.skip_bad = QCheckBox(objectName="importSkipBad")
        self.merge = QRadioButton(
            translate(
                "ImportWizard", "Merge into the existing client (fill in only what is missing)"
            ),
            objectName="importMerge",
        )
        self.skip_dupes = QRadioButton(
            translate("ImportWizard", "Skip them"), objectName="importSkipDuplicates"
        )
        self.merge.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.merge)
        group.addButton(self.skip_dupes)
        self.dupes_label = plain(
            QLabel(),
            translate(
                "ImportWizard", "Rows for someone already in the book or earlier in the file:"
            ),
        )
        recheck = QPushButton(translate("ImportWizard", "&Check again"), objectName="importRecheck")
        recheck.setToolTip(
            translate("ImportWizard", "Read the file again after fixing it in your spreadsheet")
        )
        recheck.clicked.connect(self.initializePage)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.problems, 1)
        row = QHBoxLayout()
        row.addWidget(self.skip_bad)
        row.addStretch(1)
        row.addWidget(recheck)
        box.addLayout(row)
        box.addWidget(self.dupes_label)
        box.addWidget(self.merge)
        box.addWidget(self.skip_dupes)
        self.skip_bad.toggled.connect(self.completeChanged)

    def initializePage(self) -> None:
        plan = self.wiz.check()
        if plan is None:
            return
        bad, dupes = plan.problems, plan.duplicates
        ready = len(plan.rows) - len(bad) - len(dupes)
        counts = [  # each with the language's plural forms ("1 row read", "2 rows read")
            self.tr("%n row(s) read", "", len(plan.rows)),
            self.tr("%n ready to add", "", ready),
            self.tr("%n for someone already in the book or earlier in the file", "",
                    len(dupes)),
            self.tr("%n with problems", "", len(bad)),
        ]
        text = fill(translate("ImportWizard", "%1: %2, %3, %4."), counts)
        if plan.file_problem:
            text = (
                f"<span style='{ERROR_STYLE}'>"
                f"{html.escape(message_text(plan.file_problem))}</span><br>"
                + html.escape(translate("ImportWizard", "Fix the file, then press Check again."))
            )
        if not (bad or dupes or plan.file_problem):
            text += " " + translate("ImportWizard", "Press Import to add them.")
        self.summary.setText(text)
        listed = [(r.line, "⚠ " + message_text(r.problem)) for r in bad]
        listed += [(r.line, self._duplicate_text(r)) for r in dupes]
        listed.sort()
        self.problems.setRowCount(len(listed))
        for i, (line, message) in enumerate(listed):
            self.problems.setItem(i, 0, QTableWidgetItem(str(line)))
            self.problems.setItem(i, 1, QTableWidgetItem(message))
        self.problems.resizeColumnToContents(0)
        self.problems.setVisible(bool(listed))
        self.skip_bad.setText(
            self.tr("Leave out the %n rows with problems", "", len(bad))
        )
        self.skip_bad.setVisible(bool(bad))
        self.skip_bad.setChecked(False)
        for widget in (self.dupes_label, self.merge, self.skip_dupes):
            widget.setVisible(bool(dupes))
        self.completeChanged.emit()

    def _duplicate_text(self, row) -> str:
        why = {
            "same phone": translate("ImportWizard", "same phone"),
            "same e-mail": translate("ImportWizard", "same e-mail"),
            "same name and birthday": translate("ImportWizard", "same name and birthday"),
        }[row.duplicate_why]
        if row.duplicate_line is not None:
            return (
                fill(translate("ImportWizard", "Same person as line %1 (%2)"),
                     [row.duplicate_line, why])
            )
        name = self.wiz.session.book.clients.get(row.duplicate_of).display_name
        return (
            fill(translate("ImportWizard", "Looks like %1 (%2)"), [name, why])
        )

    def isComplete(self) -> bool:
        plan = self.wiz.plan
        if plan is None or plan.file_problem:
            return False
        ready = [r for r in plan.rows if not r.problem]
        return bool(ready) and (not plan.problems or self.skip_bad.isChecked())

    def validatePage(self) -> bool:
        return self.wiz.run(self.skip_bad.isChecked(), self.skip_dupes.isChecked())

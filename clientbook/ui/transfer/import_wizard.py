"""File → Import contacts…: pick a file, check the columns, check every row, import.

Reading and saving run on the window's thread, with a modal progress dialog whose Cancel is
honoured between batches: the SQLite connection belongs to this thread, and an import is
one transaction, so a Cancel rolls everything back.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QSize, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from clientbook.domain.errors import ClientBookError
from clientbook.domain.words import fill
from clientbook.services.importing.date_order import date_reading
from clientbook.services.importing.import_apply import (
    MERGE,
    SKIP,
    ImportResult,
)
from clientbook.services.importing.import_plan import ImportCancelled, ImportPlan, birthday_cells
from clientbook.services.importing.import_source import ImportSource, open_source
from clientbook.ui import msgbox
from clientbook.ui.error_text import error_text
from clientbook.ui.session import Session
from clientbook.ui.transfer.import_pages import CheckPage, PreviewPage
from clientbook.ui.widgets.fit_screen import fit_size
from clientbook.ui.widgets.form_dialog import error_label
from clientbook.ui.widgets.formats import full_date
from clientbook.ui.widgets.plain_text import plain

translate = QCoreApplication.translate

FILE_FILTER = "Contacts (*.csv *.txt *.vcf *.tsv);;All files (*)"


def choose_file(parent: QWidget) -> str:
    """Ask for a file; tests replace this so no native dialog opens."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("ImportWizard", "Import contacts"),
        "",
        translate("ImportWizard", FILE_FILTER),
    )
    return path


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "Import contacts"))
        self.setSubTitle(
            translate(
                "ImportWizard",
                "From Google Contacts, Outlook, a phone (vCard .vcf), a "
                "spreadsheet saved as CSV, or a ClientBook export.",
            )
        )
        self.path = QLineEdit(objectName="importPath")
        self.path.setPlaceholderText(translate("ImportWizard", "Choose a file…"))
        self.path.setAccessibleName(translate("ImportWizard", "File to import"))
        browse = QPushButton(translate("ImportWizard", "Br&owse…"), objectName="importBrowse")
        browse.clicked.connect(self._browse)
        self.error = plain(error_label(self))  # file names and messages as written
        note = QLabel(
            translate(
                "ImportWizard",
                "Nothing is saved until the last step, and an import can be undone "
                "with File → Undo last import.",
            ),
            wordWrap=True,
        )
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        box = QVBoxLayout(self)
        box.addLayout(row)
        box.addWidget(self.error)
        box.addStretch(1)
        box.addWidget(note)
        self.path.textChanged.connect(self.completeChanged)

    def _browse(self) -> None:
        chosen = choose_file(self)
        if chosen:
            self.path.setText(chosen)

    def isComplete(self) -> bool:
        return bool(self.path.text().strip())

    def validatePage(self) -> bool:
        try:
            self.wiz.source = open_source(Path(self.path.text().strip()))
        except ClientBookError as exc:
            self.error.setText(error_text(exc))
            self.error.show()
            return False
        self.error.hide()
        return True


class DonePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__()
        self.wiz = wizard
        self.setTitle(translate("ImportWizard", "Imported"))
        self.text = plain(QLabel(objectName="importDone", wordWrap=True))  # staff names
        QVBoxLayout(self).addWidget(self.text)

    def initializePage(self) -> None:
        r = self.wiz.result
        assert r is not None
        text = (
            fill(translate("ImportWizard", "%1 added, %2 merged into existing clients."),
                 [r.added, r.merged])
        )
        if r.updated:
            text += " " + fill(
                translate("ImportWizard", "%1 updated by their ClientBook id."), [r.updated])
        if r.skipped_duplicates or r.skipped_bad:
            text += " " + fill(translate("ImportWizard", "Left out: %1, %2."), [
                self.tr("%n duplicate(s)", "", r.skipped_duplicates),
                self.tr("%n row(s) with problems", "", r.skipped_bad)])
        if r.new_staff:
            text += " " + fill(translate("ImportWizard", "New staff: %1."),
                               [", ".join(r.new_staff)])
        # lupdate finds plurals in self.tr only, and their count only as a plain name.
        if kept := r.kept_emails:
            text += " " + self.tr("%n second e-mail(s) kept in the clients' notes.", "", kept)
        if appended := r.notes_appended:
            text += " " + self.tr("Notes of %n merged row(s) appended to the clients' notes.",
                                  "", appended)
        rows = self.wiz.plan.years_dropped if self.wiz.plan else []
        if dropped := len(rows):
            text += " " + fill(self.tr(
                "%n birthday(s) kept without the year, which was not a plausible birth year "
                "(line(s) %1).", "", dropped),
                [", ".join(str(row.line) for row in rows)])
        text += "\n\n" + translate(
            "ImportWizard", "Changed your mind? File → Undo last import removes it."
        )
        self.text.setText(text)


class ImportWizard(QWizard):
    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importWizard")
        self.setWindowTitle(translate("ImportWizard", "Import contacts"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.resize(fit_size(QSize(900, 560), self))  # a 1024×600 screen shows its buttons
        self.session = session
        self.source: ImportSource | None = None
        self.plan: ImportPlan | None = None
        self.result: ImportResult | None = None
        self.file_page = FilePage(self)
        self.preview_page = PreviewPage(self)
        self.check_page = CheckPage(self)
        self.done_page = DonePage(self)
        for page in (self.file_page, self.preview_page, self.check_page, self.done_page):
            self.addPage(page)

    @classmethod
    def start(cls, parent: QWidget, session: Session) -> ImportResult | None:
        wizard = cls(session, parent)
        wizard.exec()
        return wizard.result

    @staticmethod
    def day_first_default(source: ImportSource) -> bool:
        """A date like 25/12 in the file settles it; else Outlook and Google write month/day
        and a spreadsheet follows the user's locale."""
        locale_day_first = source.layout.key == "spreadsheet" and not QLocale().dateFormat(
            QLocale.FormatType.ShortFormat).lower().startswith("m")
        cells = birthday_cells(source, source.mapping) if source.layout.kind == "clients" \
            else []
        return date_reading(cells, None, locale_day_first).day_first

    def reopen(self, encoding: str, delimiter: str) -> None:
        """Read the file again with the encoding or delimiter the user chose."""
        assert self.source is not None
        try:
            self.source = open_source(
                self.source.path, encoding, None if self.source.is_vcard else delimiter
            )
        except ClientBookError as exc:
            msgbox.error(
                self, translate("ImportWizard", "Cannot read the file that way"), error_text(exc)
            )
        self.preview_page.show_source()

    def _progress(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, translate("ImportWizard", "Cancel"), 0, 100, self)
        dialog.setObjectName("importProgress")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        return dialog

    def _step(self, dialog: QProgressDialog):
        def progress(done: int, total: int) -> bool:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
            return not dialog.wasCanceled()

        return progress

    def check(self) -> ImportPlan | None:
        assert self.source is not None
        page = self.preview_page
        dialog = self._progress(translate("ImportWizard", "Checking every row…"))
        try:
            self.source = open_source(self.source.path, self.source.encoding, self.source.delimiter)
            self.plan = self.session.book.imports.check(
                self.source,
                page.chosen_mapping(),
                day_first=page.day_first.isChecked(),
                progress=self._step(dialog),
            )
        except ImportCancelled:
            self.plan = None
            self.back()
        except ClientBookError as exc:
            self.plan = None
            msgbox.error(self, translate("ImportWizard", "Cannot check the file"), error_text(exc))
            self.back()
        finally:
            dialog.close()
        return self.plan

    def run(self, skip_bad: bool, skip_duplicates: bool) -> bool:
        """Save the checked rows; False keeps the wizard on the check page."""
        assert self.plan is not None
        dialog = self._progress(translate("ImportWizard", "Importing…"))
        try:
            self.result = self.session.book.imports.run(
                self.plan,
                skip_bad=skip_bad,
                duplicates=SKIP if skip_duplicates else MERGE,
                progress=self._step(dialog),
            )
        except ImportCancelled:
            msgbox.info(
                self,
                translate("ImportWizard", "Import cancelled"),
                translate("ImportWizard", "Nothing was saved."),
            )
            return False
        except (ClientBookError, OSError) as exc:
            msgbox.error(
                self,
                translate("ImportWizard", "Import failed"),
                error_text(exc) + "\n" + translate("ImportWizard", "Nothing was saved."),
            )
            return False
        finally:
            dialog.close()
        self.session.apply(lambda: self.result.changes)
        return True


def import_contacts(window: QMainWindow, session: Session) -> None:
    result = ImportWizard.start(window, session)
    if result is not None:
        window.statusBar().showMessage(
            fill(translate("ImportWizard", "Imported: %1 added, %2 merged."),
                 [result.added, result.merged]),
            10000,
        )


def _kept_lines(plan) -> list[str]:
    """What undo keeps and why: clients seen or edited since, fields changed since."""
    lines = [fill(translate("ImportWizard", "%1 stays: added by the import, but seen, "
                            "contacted or edited since."), [k.name]) for k in plan.kept_clients]
    lines += [fill(translate("ImportWizard", "%1 keeps a field changed since the import (%2)."),
                   [k.name, k.field]) for k in plan.kept_fields]
    if plan.put_back:
        lines.append(translate("ImportWizard", "The bookings the import moved or cancelled "
                               "go back as they were."))
    lines += [fill(translate("ImportWizard", "%1's booking stays as it is now: changed again "
                             "since the import."), [k.name]) for k in plan.kept_bookings]
    return lines


def undo_import(window: QWidget, session: Session) -> None:
    """Ask first, naming the file, time and counts and what stays; back up; undo the newest."""
    book = session.book
    preview = book.imports.last()
    if preview is None:
        msgbox.info(
            window,
            translate("ImportWizard", "Undo last import"),
            translate("ImportWizard", "There is no import to undo."),
        )
        return
    when = f"{full_date(preview.at.date())} {preview.at:%H:%M}"
    question = fill(translate(
        "ImportWizard",
        "Undo the import of %1 (%2)? It removes the %3 records it added and puts "
        "the %4 merged clients back as they were, except what was changed since. "
        "A backup is taken first.",
    ), [preview.source, when, preview.added, preview.merged])
    kept = _kept_lines(preview)
    if kept:
        question += "\n\n" + "\n".join(kept)
    if not msgbox.ask(window, translate("ImportWizard", "Undo last import"), question):
        return
    session.run(window, translate("ImportWizard", "Undo failed"),
                lambda: book.imports.undo_last()[1])

"""Save a checked import in one transaction, logging what it did so it can be undone exactly."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from clientbook.domain.errors import ClientBookError, FileFormatError
from clientbook.domain.models import Client, Preference, Staff
from clientbook.domain.words import QT_TRANSLATE_NOOP
from clientbook.services.changes import Changes
from clientbook.services.clients.client_snapshot import client_from_json, client_to_json
from clientbook.services.history.change_log import client_changes
from clientbook.services.importing.contact_rows import (
    ClientDraft,
    merge_into,
    overwrite,
    second_email,
)
from clientbook.services.importing.import_plan import (
    PROGRESS_EVERY,
    ImportCancelled,
    ImportPlan,
    PlannedRow,
    Progress,
    existing_duplicate,
)
from clientbook.services.importing.import_undo import UndoPlan, plan_undo, undo_import
from clientbook.services.safety import backups

if TYPE_CHECKING:
    from clientbook.services.book import Book

MERGE, SKIP = "merge", "skip"


@dataclass
class ImportResult:
    kind: str
    rows: int = 0
    added: int = 0
    merged: int = 0
    updated: int = 0
    skipped_bad: int = 0
    skipped_duplicates: int = 0
    new_staff: list[str] = field(default_factory=list)
    kept_emails: int = 0
    """Merged rows whose e-mail differed from the client's: kept in the client's notes."""
    notes_appended: int = 0
    """Merged rows whose notes were appended to the client's (merge_notes)."""
    notes_left_out: int = 0
    """Merged rows with notes the client lacks, not appended (merge_notes off)."""
    import_id: int | None = None
    changes: Changes = field(default_factory=Changes)


def forecast(plan: ImportPlan, *, skip_bad: bool = False, duplicates: str = MERGE
             ) -> ImportResult:
    """What run_import would do with this plan, without doing it (for --dry-run)."""
    result = ImportResult(plan.kind, rows=len(plan.rows), new_staff=list(plan.new_staff))
    for row in plan.rows:
        if row.problem:
            result.skipped_bad += 1
        elif row.updates:
            result.updated += 1
        elif row.is_duplicate:
            if duplicates == MERGE:
                result.merged += 1
            else:
                result.skipped_duplicates += 1
        else:
            result.added += 1
    return result


def run_import(book: Book, plan: ImportPlan, *, skip_bad: bool = False, duplicates: str = MERGE,
               progress: Progress | None = None, merge_notes: bool = True) -> ImportResult:
    """Save every good row, or nothing: any failure or Cancel rolls the whole import back."""
    if plan.file_problem:
        raise FileFormatError(plan.file_problem)
    if plan.problems and not skip_bad:
        raise ClientBookError(QT_TRANSLATE_NOOP(
            "Errors", "Nothing imported: the file has rows with problems (%1). Fix them in "
            "the file, or choose to skip those rows."), len(plan.problems))
    if duplicates not in (MERGE, SKIP):
        raise ValueError(duplicates)
    if any(not row.problem for row in plan.rows):
        try:
            backups.make_backup(book, backups.Reason.BEFORE_IMPORT)
        except backups.BackupError as exc:
            raise ClientBookError(QT_TRANSLATE_NOOP("Errors", "Nothing imported: %1"),
                                  exc.message) from exc
    # On a server: SERIALIZABLE, run again from a fresh copy of the plan when another desk's
    # write overlapped (saving fills ids into the plan's records). A file: BEGIN IMMEDIATE.
    pristine = copy.deepcopy(plan) if book.store.address is not None else None
    tries = iter([plan])

    def attempt() -> ImportResult:
        fresh = next(tries, None) or copy.deepcopy(pristine)
        return _Saver(book, fresh, duplicates, progress, merge_notes).save()

    return book.store.serializable(attempt)


class _Saver:
    def __init__(self, book: Book, plan: ImportPlan, duplicates: str, progress: Progress | None,
                 merge_notes: bool = True):
        self.book = book
        self.store = book.store
        self.plan = plan
        self.duplicates = duplicates
        self.progress = progress
        self.now = book.clock()
        self.result = ImportResult(plan.kind, rows=len(plan.rows))
        self.import_id = self.store.imports.start(self.now, plan.source, plan.kind)
        self.staff_ids: dict[str, int] = {}
        self.id_for_line: dict[int, int | None] = {}
        self.before_logged: dict[int, Client] = {}
        self.added: set[int] = set()
        self.merge_notes = merge_notes

    def save(self) -> ImportResult:
        kind, result = self.plan.kind, self.result
        total = len(self.plan.rows)
        for done, row in enumerate(self.plan.rows, 1):
            if self.progress and done % PROGRESS_EVERY == 0 and not self.progress(done, total):
                raise ImportCancelled()
            if row.problem:
                result.skipped_bad += 1
            elif kind == "clients":
                self._client(row)
            elif kind == "preferences":
                self._preference(*row.item)  # type: ignore[misc]
            else:
                self._record(kind, row.item)
        log = self.book.change_log
        who, staff = log.by_import(self.plan.source), log.staff_names()
        for client_id, before in self.before_logged.items():
            after = self.store.clients.get(client_id)  # as the import left them, for undo
            self.store.imports.set_after(self.import_id, client_id, client_to_json(after))
            if client_id not in self.added:  # one entry per field changed, in the History
                log.record(client_id, client_changes(before, after, staff), who)
        self.store.imports.finish(self.import_id, result.added,
                                  result.merged + result.updated)
        result.import_id = self.import_id
        result.changes = Changes(
            clients=result.changes.clients, staff=bool(self.staff_ids),
            visits=kind == "visits", appointments=kind == "appointments",
            promises=kind == "promises")
        return result

    def _staff(self, ref: int | str | None) -> int | None:
        if not isinstance(ref, str):
            return ref
        if ref not in self.staff_ids:
            staff_id = self.store.staff.insert(Staff(ref))
            self.staff_ids[ref] = staff_id
            self.result.new_staff.append(ref)
            self.store.imports.record(self.import_id, "staff", staff_id)
        return self.staff_ids[ref]

    def _remember_before(self, client: Client) -> None:
        if client.id not in self.before_logged:
            before = client_to_json(client)
            self.store.imports.record(self.import_id, "clients", client.id, before)
            self.before_logged[client.id] = client_from_json(before)

    def _client(self, row: PlannedRow) -> None:
        draft: ClientDraft = row.item  # type: ignore[assignment]
        client = draft.client
        client.designer_id = self._staff(draft.designer_ref)
        target, duplicate, updates = row.duplicate_of, row.is_duplicate, row.updates
        if row.duplicate_line is not None:
            target = self.id_for_line.get(row.duplicate_line)
        elif not updates:
            # The plan was made before this transaction took the write lock: another import
            # (the same file, started a moment earlier) may have added or removed the client
            # since. Decided again here, where nobody else can write in between.
            if client.id is not None:
                updates = self.store.clients.exists(client.id)
            else:
                target, _why = existing_duplicate(self.book, client)
                duplicate = target is not None
        if updates:
            existing = self.store.clients.get(client.id)
            self._remember_before(existing)
            client = overwrite(existing, client, self.plan.mapping)
            if "updated_at" not in self.plan.mapping or client.updated_at is None:
                client.updated_at = self.now
            self.store.clients.update(client)
            self.result.updated += 1
        elif duplicate and (self.duplicates == SKIP or target is None):
            self.result.skipped_duplicates += 1
            target = None
        elif duplicate:
            existing = self.store.clients.get(target)
            self._remember_before(existing)
            self.result.kept_emails += bool(second_email(existing, client))
            if client.notes and client.notes not in existing.notes:
                if self.merge_notes:
                    self.result.notes_appended += 1
                else:
                    self.result.notes_left_out += 1
            if merge_into(existing, client, self.store.clients.region, self.merge_notes):
                existing.updated_at = self.now
                self.store.clients.update(existing)
            self.result.merged += 1
        else:
            client.created_at = client.created_at or self.now
            client.updated_at = client.updated_at or self.now
            target = self.store.clients.insert(client)
            self.store.imports.record(self.import_id, "clients", target)
            self.added.add(target)
            self.result.added += 1
        self.id_for_line[row.line] = target if not updates else client.id
        if self.id_for_line[row.line] is not None:
            self.result.changes.clients.add(self.id_for_line[row.line])

    def _preference(self, client_id: int, pref: Preference) -> None:
        client = self.store.clients.get(client_id)
        self._remember_before(client)
        client.preferences.append(pref)
        # updated_at stays: a preferences file completes a client restored from an export.
        self.store.clients.update(client)
        self.result.added += 1
        self.result.changes.clients.add(client_id)

    def _record(self, kind: str, item) -> None:
        item.staff_id = self._staff(item.staff_id)
        records = self.store.records
        if kind == "visits":
            record_id = records.add_visit(item)
        elif kind == "appointments":
            record_id = records.add_appointment(item)
        else:
            item.created_at = item.created_at or self.now
            record_id = records.add_promise(item)
        self.store.imports.record(self.import_id, kind, record_id)
        self.result.added += 1
        self.result.changes.clients.add(item.client_id)


def last_import(book: Book) -> UndoPlan | None:
    """What undoing the last import would do, or None when there is none left to undo."""
    entry = book.store.imports.newest()
    if entry is None or entry.undone_at is not None:
        return None
    return plan_undo(book)


def undo_last_import(book: Book) -> tuple[UndoPlan, Changes]:
    """Undo the newest import (see import_undo: backed up first, later work kept)."""
    return undo_import(book)

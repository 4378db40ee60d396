"""Imports and their undo run SERIALIZABLE on a server, run again when another desk's write
overlapped: two desks importing at the same moment both land, whole, and undo cleanly."""

from __future__ import annotations

import threading

import pytest

from clientbook.domain.errors import BusyError

HEADER = "First Name,Last Name,Mobile Phone,Notes\r\n"


def _contacts(folder, name: str, first: int, count: int):
    path = folder / f"{name}.csv"
    rows = "".join(f"Client{n},{name.title()},+30 69{n:08d},from {name}\r\n"
                   for n in range(first, first + count))
    path.write_text(HEADER + rows, encoding="utf-8")
    return path


def _both_at_once(*work):
    """Run each callable in its own thread, started together; re-raise the first error."""
    start, errors = threading.Barrier(len(work)), []

    def run(job):
        start.wait()
        try:
            job()
        except Exception as exc:  # handed to the test below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(job,)) for job in work]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    if errors:
        raise errors[0]


def test_two_desks_import_at_the_same_moment_and_both_land(open_desk, tmp_path):
    front, office = open_desk("front"), open_desk("office")
    files = {desk: _contacts(tmp_path, name, first, 60)
             for desk, name, first in ((front, "north", 0), (office, "south", 1000))}
    _both_at_once(*[lambda d=desk, p=path: d.imports.from_file("contacts", p)
                    for desk, path in files.items()])
    ids = front.store.clients.all_ids()
    assert len(ids) == 120
    notes = sorted({front.clients.get(i).notes for i in ids})
    assert notes == ["from north", "from south"]
    assert {e.source for e in front.imports.history()} == {"north.csv", "south.csv"}
    # Both undo at the same moment too: each takes back exactly its own rows.
    entries = {e.source: e.id for e in front.imports.history()}
    _both_at_once(lambda: front.imports.undo(entries["north.csv"]),
                  lambda: office.imports.undo(entries["south.csv"]))
    assert front.store.clients.all_ids() == []
    assert all(e.undone_at is not None for e in office.imports.history())


def test_a_refused_attempt_is_run_again_from_scratch(open_desk):
    desk = open_desk("front")
    calls = []

    def work():
        calls.append(1)
        desk.store.settings.set("currency", f"X{len(calls)}")
        if len(calls) == 1:
            raise BusyError("overlapped")
        return "done"

    assert desk.store.serializable(work) == "done"
    assert (len(calls), desk.store.retries, desk.setting("currency")) == (2, 1, "X2")


@pytest.mark.file_only
def test_a_file_book_runs_once_and_says_so(book):
    def work():
        raise BusyError("overlapped")

    with pytest.raises(BusyError):
        book.store.serializable(work)
    assert book.store.retries == 0

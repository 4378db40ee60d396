"""Personal data stays with its user: the data folder and exports are private whatever the umask."""

from __future__ import annotations

import os
import stat

import pytest

from clientbook import paths
from clientbook.domain.models import Client, Preference, PreferenceCategory
from clientbook.services.exporting.csv_export import export_client, export_csv

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permission bits")


@pytest.fixture
def permissive_umask():
    """The worst case: everything anyone creates is world-readable unless asked otherwise."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_data_folder_is_private_under_a_permissive_umask(tmp_path, permissive_umask):
    folder = paths.ensure_private_dir(tmp_path / "new" / "ClientBook")
    assert mode(folder) == 0o700


@pytest.mark.parametrize("contents", [(), ("clientbook.db",), ("clientbook.db", "notes.txt")])
def test_an_existing_clientbook_folder_open_to_others_is_tightened(tmp_path, contents):
    folder = tmp_path / "ClientBook"
    folder.mkdir()
    for name in contents:
        (folder / name).write_bytes(b"")
    folder.chmod(0o755)
    paths.ensure_private_dir(folder)
    assert mode(folder) == 0o700


def test_a_folder_that_is_not_clientbooks_is_left_alone(tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "letter.odt").write_bytes(b"")
    folder.chmod(0o755)
    paths.ensure_private_dir(folder)
    assert mode(folder) == 0o755


def test_a_private_folder_keeps_its_mode(tmp_path):
    folder = tmp_path / "ClientBook"
    folder.mkdir(mode=0o700)
    (folder / "clientbook.db").write_bytes(b"")
    paths.ensure_private_dir(folder)
    assert mode(folder) == 0o700


@pytest.fixture
def zoi(book):
    client = Client(display_name="Ζωή Παπαδοπούλου",
                    preferences=[Preference(PreferenceCategory.HEALTH, "latex")])
    book.clients.add(client)
    return client


def test_an_export_is_readable_by_its_owner_only(book, zoi, out, permissive_umask):
    target = out / "clients.csv"
    export_csv(book, "clients", target)
    assert mode(target) == 0o600


def test_replacing_a_world_readable_export_makes_it_private(book, zoi, out, permissive_umask):
    target = out / "clients.csv"
    target.write_text("old")
    target.chmod(0o644)
    export_csv(book, "clients", target)
    assert mode(target) == 0o600
    assert "Ζωή" in target.read_text(encoding="utf-8-sig")


def test_a_one_client_export_folder_and_its_files_are_private(book, zoi, out,
                                                              permissive_umask):
    folder = out / "access-request"
    written = export_client(book, zoi.id, folder)
    assert mode(folder) == 0o700
    assert written and all(mode(path) == 0o600 for path in written)
    assert not [p for p in folder.iterdir() if p.name.startswith(".")]  # no temp left


def test_a_chosen_existing_folder_keeps_its_mode(book, zoi, out, permissive_umask):
    out.chmod(0o755)  # the person's own folder: only the files in it are ours
    written = export_client(book, zoi.id, out)
    assert mode(out) == 0o755
    assert all(mode(path) == 0o600 for path in written)

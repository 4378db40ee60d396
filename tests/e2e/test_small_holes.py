"""The smaller holes of issue 20 (11): a broken link as the data folder, an export to a full
disk, a read-only data folder, and `backup usb/` meaning a folder."""

from __future__ import annotations

import os

import pytest

from .test_faults import run


@pytest.fixture
def book(tmp_path):
    folder = tmp_path / "book"
    assert run("demo", "--clients", "10", data_dir=folder).returncode == 0
    return folder


def test_a_broken_link_as_the_data_folder_says_where_it_points(tmp_path):
    link = tmp_path / "data"
    os.symlink(tmp_path / "usb-stick" / "ClientBook", link)
    result = run("search", "a", data_dir=link)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "is a link to" in result.stderr and "usb-stick" in result.stderr
    assert "File exists" not in result.stderr
    assert not (tmp_path / "usb-stick").exists()


def test_an_export_to_a_full_disk_names_the_file_and_leaves_nothing(book, tmp_path):
    target = tmp_path / "out" / "clients.csv"
    target.parent.mkdir()
    result = run("export", "clients", str(target), data_dir=book, fault="no-space")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert str(target) in result.stderr and "disk is full" in result.stderr
    assert list(target.parent.iterdir()) == []


def test_a_read_only_data_folder_still_searches_and_exports(book, tmp_path):
    found = run("search", "a", data_dir=book, fault="read-only-folder")
    assert found.returncode == 0 and found.stdout, found.stderr
    assert "read-only" in found.stderr and "changes cannot be saved" in found.stderr
    target = tmp_path / "clients.csv"
    exported = run("export", "clients", str(target), data_dir=book, fault="read-only-folder")
    assert exported.returncode == 0, exported.stderr
    assert target.read_text(encoding="utf-8-sig").count("\n") == 11
    refused = run("demo", "--force", data_dir=book, fault="read-only-folder")
    assert refused.returncode == 1 and "read-only, so the change was not saved" in \
        refused.stderr


def test_backup_to_a_name_with_a_trailing_slash_means_a_folder(book, tmp_path):
    usb = tmp_path / "usb"
    result = run("backup", f"{usb}/", data_dir=book)
    assert result.returncode == 0, result.stderr
    assert usb.is_dir() and oct(usb.stat().st_mode & 0o777) == "0o700"
    assert [p.suffix for p in usb.iterdir()] == [".db"]
    deeper = tmp_path / "missing" / "usb"
    refused = run("backup", f"{deeper}/", data_dir=book)
    assert refused.returncode == 1 and "does not exist" in refused.stderr
    assert not deeper.exists() and not deeper.parent.exists()

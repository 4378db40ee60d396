"""The log: in the platform's log folder, private, rotated, and never in the way."""

import logging
import os
import stat

import pytest

from clientbook import logs


@pytest.fixture
def logged(tmp_path):
    path = logs.setup(tmp_path / "log")
    yield path
    logs.stop()


def test_the_log_lives_in_the_platform_log_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    logs.stop()
    assert logs.log_file() == tmp_path / "state" / "ClientBook" / "log" / "clientbook.log"


def test_starts_are_written_to_a_file_only_the_user_can_read(logged):
    logs.started("window")
    text = logged.read_text(encoding="utf-8")
    assert "ClientBook" in text and "window" in text
    if os.name == "posix":
        assert stat.S_IMODE(logged.stat().st_mode) == 0o600
        assert stat.S_IMODE(logged.parent.stat().st_mode) == 0o700


def test_the_log_rotates_and_keeps_a_bounded_number_of_files(logged, monkeypatch):
    log = logging.getLogger("clientbook.test")
    line = "x" * 1000
    for _ in range(logs.MAX_BYTES // 1000 * (logs.KEEP + 3)):
        log.warning(line)
    files = sorted(p.name for p in logged.parent.glob("clientbook.log*"))
    assert files == ["clientbook.log"] + [f"clientbook.log.{i}" for i in range(1, logs.KEEP + 1)]
    rotated = list(logged.parent.glob("clientbook.log*"))
    assert all(p.stat().st_size <= logs.MAX_BYTES + 2000 for p in rotated)
    if os.name == "posix":
        assert {stat.S_IMODE(p.stat().st_mode) for p in rotated} == {0o600}


def test_a_second_setup_moves_the_log_instead_of_writing_twice(tmp_path):
    first = logs.setup(tmp_path / "one")
    second = logs.setup(tmp_path / "two")
    logging.getLogger("clientbook.test").warning("only once")
    assert "only once" in second.read_text(encoding="utf-8")
    assert not first.exists() or "only once" not in first.read_text(encoding="utf-8")
    assert logs.log_file() == second
    logs.stop()


def test_a_log_folder_that_cannot_be_written_never_stops_the_window(monkeypatch, capsys):
    from clientbook import __main__

    def refuse(*_args):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(logs, "setup", refuse)
    assert __main__._start_log("window") is None
    assert "cannot write the log" in capsys.readouterr().err

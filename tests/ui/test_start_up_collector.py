"""Python's cycle collector is off while the window starts and on again once it shows."""

from __future__ import annotations

import gc

import pytest

from clientbook import __main__ as entry
from clientbook.ui.app import app as window_app


@pytest.fixture
def collector():
    was = gc.isenabled()
    yield
    gc.unfreeze()
    if was:
        gc.enable()
    else:
        gc.disable()


def test_once_the_window_shows_the_collector_runs_again(collector):
    gc.disable()
    window_app.settle_start_up_objects()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 0  # what start-up made is set aside, not walked again


def test_a_start_that_fails_leaves_the_collector_on(collector, monkeypatch, tmp_path):
    def broken(*_args, **_kwargs):
        assert not gc.isenabled()  # off while starting
        raise RuntimeError("the window could not start")

    monkeypatch.setattr(window_app, "run", broken)
    monkeypatch.setattr(entry, "_start_log", lambda _what: None)  # not the user's log
    with pytest.raises(RuntimeError):
        entry.main(["--data-dir", str(tmp_path / "book"), "gui", "--smoke-test"])
    assert gc.isenabled()

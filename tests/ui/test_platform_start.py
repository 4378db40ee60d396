"""The window start stops with one line when Qt's xcb plugin could not load."""

from __future__ import annotations


def test_the_window_start_prints_the_line_and_exits_1(monkeypatch, tmp_path, capsys):
    from clientbook.ui.app import app

    monkeypatch.setattr(app, "check_platform", lambda: "clientbook: the window cannot open")
    assert app.run(tmp_path) == 1
    assert "the window cannot open" in capsys.readouterr().err

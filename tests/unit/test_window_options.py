"""The window's options work before or after "gui"; a language we do not speak is refused."""

import pytest

from clientbook.__main__ import main
from clientbook.cli import main as cli


@pytest.mark.parametrize("argv", [
    ["--smoke-test", "--language", "uk"],
    ["gui", "--smoke-test", "--language", "uk"],
    ["--language", "uk", "gui", "--smoke-test"],
])
def test_window_options_before_or_after_gui(argv):
    args = cli.build_parser().parse_args(argv)
    assert args.command in (None, "gui")
    assert (args.smoke_test, args.language, args.screenshot) == (True, "uk", None)


def test_an_unknown_language_is_refused_with_the_choices(capsys, isolated_data_dir):
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'fr'" in err and "zh_CN" in err
    assert not isolated_data_dir.exists()  # nothing was created

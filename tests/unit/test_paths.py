"""Where data and bundled files are found."""

import pytest

from clientbook import paths, resource_paths


def test_command_line_beats_environment_beats_platform(tmp_path):
    env = {"CLIENTBOOK_DATA_DIR": str(tmp_path / "env")}
    assert paths.data_dir(str(tmp_path / "cli"), env) == tmp_path / "cli"
    assert paths.data_dir(None, env) == tmp_path / "env"
    default = paths.data_dir(None, {})
    assert default.name == "ClientBook"


def test_the_shared_book_comes_from_the_command_line_then_the_environment_then_the_desk(
        tmp_path):
    desk = tmp_path / "desk"
    assert paths.database(None, {}, desk) is None  # the desk's own file
    paths.save_shared_book(desk, "postgresql://desk@saved/book")
    env = {paths.DATABASE_VAR: "postgresql://desk@env/book"}
    assert paths.database(None, {}, desk) == "postgresql://desk@saved/book"
    assert paths.database(None, env, desk) == "postgresql://desk@env/book"
    assert paths.database("postgresql://desk@cli/book", env, desk) == \
        "postgresql://desk@cli/book"
    paths.save_shared_book(desk, None)
    assert paths.database(None, {}, desk) is None


def test_tests_never_see_the_real_data_folder(isolated_data_dir):
    assert paths.data_dir() == isolated_data_dir


def test_data_folder_is_private(tmp_path):
    folder = paths.ensure_private_dir(tmp_path / "a" / "b")
    assert folder.stat().st_mode & 0o077 == 0


def test_resources_are_found_in_a_checkout():
    assert resource_paths.resource_path("icons", "clientbook.svg").read_text().startswith("<svg")


def test_a_pyinstaller_bundle_is_looked_in_first(tmp_path, monkeypatch):
    (tmp_path / "resources" / "icons").mkdir(parents=True)
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resource_paths.resources_dir() == tmp_path / "resources"


def test_missing_resources_say_so(tmp_path, monkeypatch):
    monkeypatch.setattr(resource_paths, "_PACKAGE", tmp_path / "pkg")
    with pytest.raises(FileNotFoundError, match="reinstall"):
        resource_paths.resources_dir()

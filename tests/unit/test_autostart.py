"""Start at login: the XDG entry (and its Exec quoting), the Run key and the LaunchAgent.

Every test passes its own folder or fake registry: the real ~/.config, ~/Library and
registry are never touched.
"""

from __future__ import annotations

import plistlib
import subprocess
import sys
from pathlib import Path, PureWindowsPath

import pytest

from clientbook.services import autostart

STRING_ESCAPES = {"\\s": " ", "\\n": "\n", "\\t": "\t", "\\r": "\r", "\\\\": "\\"}
AWKWARD = ["/opt/Client Book/bin/python3", "-m", "clientbook", "--data-dir",
           "/home/ana/My \"Salon\" $HOME `x` \\ 100% it's ~ (1);&|<>?*#"]


def read_exec(value: str) -> list[str]:
    """Read an Exec value back the way the Desktop Entry spec (and GLib) do."""
    text, i = "", 0
    while i < len(value):  # the string escapes come first
        pair = value[i:i + 2]
        if pair in STRING_ESCAPES:
            text, i = text + STRING_ESCAPES[pair], i + 2
        else:
            text, i = text + value[i], i + 1
    arguments, current, quoted, started, i = [], "", False, False, 0
    while i < len(text):
        c = text[i]
        if quoted and c == "\\" and text[i + 1:i + 2] in ('"', "`", "$", "\\"):
            current, i = current + text[i + 1], i + 2
            continue
        if c == '"':
            quoted, started = not quoted, True
        elif c == " " and not quoted:
            if started:
                arguments.append(current)
            current, started = "", False
        else:
            current, started = current + c, True
        i += 1
    assert not quoted, "an unclosed quote"
    if started:
        arguments.append(current)
    return [argument.replace("%%", "%") for argument in arguments]


def entry_lines(path: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in path.read_text("utf-8").splitlines()
                if "=" in line)


def test_linux_round_trip_in_the_given_config_folder(tmp_path):
    config = tmp_path / "config"
    assert not autostart.is_enabled(config, platform="linux")
    path = autostart.enable(AWKWARD, config, platform="linux")
    assert path == config / "autostart" / "clientbook.desktop"
    assert autostart.is_enabled(config, platform="linux")
    keys = entry_lines(path)
    assert path.read_text("utf-8").startswith("[Desktop Entry]\n")
    assert keys["Type"] == "Application" and keys["Name"] == "ClientBook"
    assert keys["Icon"] == "clientbook" and keys["Terminal"] == "false"
    assert keys["X-GNOME-Autostart-enabled"] == "true"
    assert read_exec(keys["Exec"]) == AWKWARD
    assert keys["TryExec"] == AWKWARD[0]
    autostart.disable(config, platform="linux")
    assert not path.exists() and not autostart.is_enabled(config, platform="linux")
    autostart.disable(config, platform="linux")  # already off: nothing to do


def test_the_default_folder_follows_xdg_config_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert autostart.entry_path(platform="linux") == (
        tmp_path / "xdg" / "autostart" / "clientbook.desktop")


@pytest.mark.parametrize(("argument", "written"), [
    ("/usr/bin/python3", "/usr/bin/python3"),
    ("/home/a b/py", '"/home/a b/py"'),
    ('say "hi"', '"say \\\\"hi\\\\""'),
    ("C:\\x", '"C:\\\\\\\\x"'),  # a literal backslash becomes four (the spec's own example)
    ("50%", "50%%"),
    ("$HOME", '"\\\\$HOME"'),
    ("", '""'),
])
def test_exec_quoting_follows_the_desktop_entry_spec(argument, written):
    assert autostart.exec_line([argument]) == written
    assert read_exec(written) == [argument]


def test_an_entry_the_desktop_switched_off_is_off_and_switching_on_rewrites_it(tmp_path):
    path = autostart.enable(["clientbook"], tmp_path, platform="linux")
    path.write_text(path.read_text("utf-8").replace(
        "X-GNOME-Autostart-enabled=true", "X-GNOME-Autostart-enabled=false"), "utf-8")
    assert not autostart.is_enabled(tmp_path, platform="linux")
    path.write_text("[Desktop Entry]\nExec=clientbook\nHidden=true\n", "utf-8")
    assert not autostart.is_enabled(tmp_path, platform="linux")
    assert autostart.apply_start_at_login(True, ["clientbook"], tmp_path, platform="linux")
    assert entry_lines(path)["X-GNOME-Autostart-enabled"] == "true"


def test_apply_is_idempotent_and_follows_a_moved_program(tmp_path):
    def apply(wanted, command=("old",)):
        return autostart.apply_start_at_login(wanted, list(command), tmp_path,
                                              platform="linux")

    assert apply(True) and apply(True)
    path = autostart.entry_path(tmp_path, platform="linux")
    assert apply(True, ["/new place/clientbook"])
    assert read_exec(entry_lines(path)["Exec"]) == ["/new place/clientbook"]
    assert not apply(False) and not apply(False)
    assert not path.exists()
    assert [p.name for p in path.parent.iterdir()] == []  # no temporary file left


def test_an_empty_command_is_refused(tmp_path):
    with pytest.raises(ValueError):
        autostart.enable([], tmp_path, platform="linux")


def test_macos_writes_a_launch_agent_in_the_given_library(tmp_path):
    path = autostart.enable(AWKWARD, tmp_path, platform="darwin")
    assert path == tmp_path / "LaunchAgents" / "org.clientbook.ClientBook.plist"
    agent = plistlib.loads(path.read_bytes())
    assert agent["ProgramArguments"] == AWKWARD  # a list: nothing to quote
    assert agent["RunAtLoad"] is True and agent["Label"] == "org.clientbook.ClientBook"
    assert autostart.is_enabled(tmp_path, platform="darwin")
    path.write_bytes(b"not a plist")
    assert not autostart.is_enabled(tmp_path, platform="darwin")
    assert not autostart.apply_start_at_login(False, None, tmp_path, platform="darwin")
    assert not path.exists()


class FakeRegistry:
    """The few winreg calls the Run key needs, over a dict."""

    HKEY_CURRENT_USER = "HKCU"
    KEY_READ, KEY_SET_VALUE, REG_SZ = 1, 2, 1

    def __init__(self):
        self.keys: dict[tuple[str, str], dict[str, object]] = {}

    class Key:
        def __init__(self, values):
            self.values = values

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            return False

    def CreateKey(self, root, sub):
        return self.Key(self.keys.setdefault((root, sub), {}))

    def OpenKey(self, root, sub, reserved=0, access=KEY_READ):
        if (root, sub) not in self.keys:
            raise FileNotFoundError(sub)
        return self.Key(self.keys[(root, sub)])

    def SetValueEx(self, key, name, reserved, kind, value):
        assert kind == self.REG_SZ
        key.values[name] = value

    def QueryValueEx(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        return key.values[name], self.REG_SZ

    def DeleteValue(self, key, name):
        if name not in key.values:
            raise FileNotFoundError(name)
        del key.values[name]


def test_windows_uses_the_current_users_run_key():
    registry = FakeRegistry()
    windows = {"platform": "win32", "registry": registry}
    assert not autostart.is_enabled(**windows)
    autostart.disable(**windows)  # no key yet: nothing to do
    command = [r"C:\Program Files\ClientBook\ClientBook.exe", "--data-dir", r"D:\Salon data"]
    where = autostart.enable(command, **windows)
    assert where == PureWindowsPath(r"HKEY_CURRENT_USER\Software\Microsoft\Windows"
                                    r"\CurrentVersion\Run\ClientBook")
    value = registry.keys[("HKCU", autostart.RUN_KEY)]["ClientBook"]
    assert value == ('"C:\\Program Files\\ClientBook\\ClientBook.exe" --data-dir '
                     '"D:\\Salon data"')
    assert value == subprocess.list2cmdline(command)
    assert autostart.is_enabled(**windows)
    assert not autostart.apply_start_at_login(False, **windows)
    assert not autostart.apply_start_at_login(False, **windows)
    assert registry.keys[("HKCU", autostart.RUN_KEY)] == {}


def test_launch_command_from_source_and_frozen(tmp_path):
    default = tmp_path / "default"
    assert autostart.launch_command(executable="/venv/bin/python", frozen=False,
                                    platform="linux") == ["/venv/bin/python", "-m",
                                                          "clientbook"]
    assert autostart.launch_command(default, executable="/opt/cb/ClientBook", frozen=True,
                                    default_data_dir=default) == ["/opt/cb/ClientBook"]
    other = tmp_path / "salon data"
    assert autostart.launch_command(other, executable="/opt/cb/ClientBook", frozen=True,
                                    default_data_dir=default) == [
        "/opt/cb/ClientBook", "--data-dir", str(other)]


def test_launch_command_defaults_to_this_python():
    assert autostart.launch_command()[:1] == [sys.executable]


def test_launch_command_compares_with_the_platforms_default_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    default = Path(autostart.paths.data_dir(None, environ={}))
    assert "--data-dir" not in autostart.launch_command(default, frozen=True)
    assert "--data-dir" in autostart.launch_command(tmp_path / "elsewhere", frozen=True)


def test_windows_from_source_prefers_pythonw(tmp_path):
    python = tmp_path / "python.exe"
    python.write_bytes(b"")
    assert autostart.launch_command(executable=str(python), frozen=False,
                                    platform="win32")[0] == str(python)
    (tmp_path / "pythonw.exe").write_bytes(b"")
    assert autostart.launch_command(executable=str(python), frozen=False,
                                    platform="win32")[0] == str(tmp_path / "pythonw.exe")

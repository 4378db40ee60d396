"""Start ClientBook at login, the platform's own way: XDG autostart, the Run key, a LaunchAgent.

The operating system's entry is the truth (the person may remove it in their desktop's
settings), so `is_enabled` reads it back instead of trusting a stored flag, and
`apply_start_at_login` rewrites it each time: after the app moved or its Python changed,
switching it on again points the entry at the current program.

Every function takes the folder (or registry) it writes to, so tests never touch the real
user's login items; by default they use the current user's own place, never a system one.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from pathlib import Path, PurePath, PureWindowsPath
from typing import Any

import platformdirs

from clientbook import paths

APP_NAME = "ClientBook"
# Linux: the entry in $XDG_CONFIG_HOME/autostart (the XDG Autostart spec).
DESKTOP_FILE = "clientbook.desktop"
# Windows: the value's name under the current user's Run key.
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
# macOS: the LaunchAgent's label and file in ~/Library/LaunchAgents.
LAUNCH_AGENT = "org.clientbook.ClientBook"

# Characters that make an Exec argument need quotes (Desktop Entry spec, "The Exec key").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")
# Inside the quotes these four are escaped with a backslash.
_ESCAPED_IN_QUOTES = {'"', "`", "$", "\\"}


def launch_command(data_dir: Path | None = None, *, executable: str | None = None,
                   frozen: bool | None = None, platform: str | None = None,
                   default_data_dir: Path | None = None) -> list[str]:
    """The command that starts this ClientBook again: the window, on the same data folder.

    From source (or a pip install) that is this Python with `-m clientbook` (pythonw.exe on
    Windows, so no console window opens at login); a PyInstaller build is its own program.
    `--data-dir` is added when the folder is not the platform's default, since a login
    session does not have the environment the app was started from.
    """
    executable = sys.executable if executable is None else executable
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    platform = sys.platform if platform is None else platform
    if frozen:
        command = [executable]
    else:
        command = [_windowless(executable) if platform == "win32" else executable,
                   "-m", "clientbook"]
    if data_dir is not None:
        default = paths.data_dir(None, environ={}) if default_data_dir is None \
            else default_data_dir
        if not _same_folder(data_dir, default):
            command += ["--data-dir", str(Path(data_dir).expanduser().absolute())]
    return command


def _windowless(executable: str) -> str:
    """pythonw.exe beside python.exe, when there is one."""
    if PureWindowsPath(executable).name.lower() != "python.exe":
        return executable
    quiet = executable[:-len("python.exe")] + "pythonw.exe"
    return quiet if Path(quiet).exists() else executable


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return Path(a).expanduser().resolve() == Path(b).expanduser().resolve()
    except OSError:
        return False


def enable(command: list[str], config_dir: Path | None = None, *,
           platform: str | None = None, registry: Any = None) -> PurePath:
    """Start `command` at login; returns where the entry lives (to show the person).

    `config_dir` is the folder holding the entry's folder: on Linux the XDG config folder
    (default $XDG_CONFIG_HOME or ~/.config; the entry goes in its autostart/), on macOS the
    Library folder (default ~/Library; the entry goes in LaunchAgents/). On Windows the
    entry is a value in the current user's Run key; `registry` replaces `winreg` in tests.
    """
    if not command:
        raise ValueError("the command to start at login is empty")
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        reg = _winreg(registry)
        with reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY) as key:
            reg.SetValueEx(key, APP_NAME, 0, reg.REG_SZ, subprocess.list2cmdline(command))
        return _run_value_path()
    entry = entry_path(config_dir, platform=platform)
    content = (_launch_agent(command) if platform == "darwin"
               else desktop_entry(command).encode("utf-8"))
    entry.parent.mkdir(parents=True, exist_ok=True)
    temporary = entry.with_name(f".{entry.name}.tmp")
    temporary.write_bytes(content)
    os.replace(temporary, entry)  # never a half-written entry for the session to run
    return entry


def disable(config_dir: Path | None = None, *, platform: str | None = None,
            registry: Any = None) -> None:
    """Do not start at login any more (nothing happens when it was not on)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        reg = _winreg(registry)
        with contextlib.suppress(FileNotFoundError), \
                reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE) as key:
            reg.DeleteValue(key, APP_NAME)
        return
    entry_path(config_dir, platform=platform).unlink(missing_ok=True)


def is_enabled(config_dir: Path | None = None, *, platform: str | None = None,
               registry: Any = None) -> bool:
    """Whether the login entry exists and is switched on (desktops can switch it off)."""
    platform = sys.platform if platform is None else platform
    if platform == "win32":
        reg = _winreg(registry)
        try:
            with reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ) as key:
                value, _kind = reg.QueryValueEx(key, APP_NAME)
        except FileNotFoundError:
            return False
        return bool(str(value).strip())
    entry = entry_path(config_dir, platform=platform)
    try:
        content = entry.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return False
    if platform == "darwin":
        try:
            return bool(plistlib.loads(content).get("RunAtLoad"))
        except (plistlib.InvalidFileException, ValueError, AttributeError):
            return False
    return _desktop_entry_enabled(content.decode("utf-8", "replace"))


def apply_start_at_login(wanted: bool, command: list[str] | None = None,
                         config_dir: Path | None = None, *, platform: str | None = None,
                         registry: Any = None) -> bool:
    """Make the login entry match `wanted`; safe to call again and again.

    Switching on always rewrites the entry with `command` (default: launch_command()), so
    it follows the program when it moved. Returns whether it is on afterwards. Raises
    OSError when the entry cannot be written or removed (the caller says so).
    """
    where = {"platform": platform, "registry": registry}
    if wanted:
        enable(command or launch_command(), config_dir, **where)
    else:
        disable(config_dir, **where)  # also an entry the desktop had switched off
    return is_enabled(config_dir, **where)


def entry_path(config_dir: Path | None = None, *, platform: str | None = None) -> Path:
    """The file that holds the login entry on Linux and macOS."""
    platform = sys.platform if platform is None else platform
    if platform == "darwin":
        library = Path.home() / "Library" if config_dir is None else Path(config_dir)
        return library / "LaunchAgents" / f"{LAUNCH_AGENT}.plist"
    if platform == "win32":
        raise ValueError("on Windows the login entry is a registry value, not a file")
    root = Path(platformdirs.user_config_dir()) if config_dir is None else Path(config_dir)
    return root / "autostart" / DESKTOP_FILE


def desktop_entry(command: list[str]) -> str:
    """The autostart .desktop file's text for `command`."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Client memory and briefing cards for the front desk",
        f"Exec={exec_line(command)}",
        f"TryExec={_string_value(command[0])}",  # skipped quietly once the app is gone
        "Icon=clientbook",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "",
    ])


def exec_line(command: list[str]) -> str:
    """`command` as an Exec value: quoted per argument, % doubled, then string-escaped.

    The spec applies the string escapes (\\\\, \\n …) before the quoting rule, so a literal
    backslash inside a quoted argument ends up as four backslashes in the file.
    """
    return _string_value(" ".join(_quote_argument(a).replace("%", "%%") for a in command))


def _quote_argument(argument: str) -> str:
    if argument and not _RESERVED & set(argument):
        return argument
    escaped = "".join(f"\\{c}" if c in _ESCAPED_IN_QUOTES else c for c in argument)
    return f'"{escaped}"'


def _string_value(text: str) -> str:
    """A Desktop Entry string value: backslash, newline, tab and CR escaped."""
    return (text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
            .replace("\r", "\\r"))


def _desktop_entry_enabled(text: str) -> bool:
    """Off when the desktop hid it (Hidden=true) or switched it off (GNOME's key)."""
    in_main_group = False
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith("["):
            in_main_group = line == "[Desktop Entry]"
            continue
        key, _, value = line.partition("=")
        key, value = key.strip(), value.strip().lower()
        if in_main_group and ((key == "Hidden" and value == "true") or
                              (key == "X-GNOME-Autostart-enabled" and value == "false")):
            return False
    return True


def _launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps({
        "Label": LAUNCH_AGENT,
        "ProgramArguments": list(command),
        "RunAtLoad": True,
        "ProcessType": "Interactive",
        "LimitLoadToSessionType": "Aqua",  # the desktop session, not an ssh login
    })


def _winreg(registry: Any) -> Any:
    if registry is not None:
        return registry
    import winreg  # only exists on Windows

    return winreg


def _run_value_path() -> PureWindowsPath:
    return PureWindowsPath("HKEY_CURRENT_USER", RUN_KEY, APP_NAME)

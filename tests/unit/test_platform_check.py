"""Before the window opens on X11: missing xcb libraries give one clear line, not a core dump."""

from __future__ import annotations

from pathlib import Path

import pytest

from clientbook.ui.app import platform_check
from clientbook.ui.app.platform_check import check_platform

DEBIAN_12_WITHOUT_ICCCM = """\
\tlinux-vdso.so.1 (0x00007ffd1b5f2000)
\tlibQt6XcbQpa.so.6 => /opt/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f0c1c000000)
\tlibxcb-cursor.so.0 => /lib/x86_64-linux-gnu/libxcb-cursor.so.0 (0x00007f0c1bff0000)
\tlibxcb-icccm.so.4 => not found
\tlibxcb-keysyms.so.1 => not found
\tlibxcb.so.1 => /lib/x86_64-linux-gnu/libxcb.so.1 (0x00007f0c1bfc0000)
\tlibxcb-icccm.so.4 => not found
"""

ALL_THERE = """\
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f0c1c000000)
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f0c1b000000)
"""


@pytest.fixture
def plugin(tmp_path) -> Path:
    path = tmp_path / "libqxcb.so"
    path.write_bytes(b"")
    return path


def test_missing_libraries_name_the_packages_for_debian_and_fedora(plugin, caplog):
    line = check_platform({"DISPLAY": ":0"}, lambda _p: DEBIAN_12_WITHOUT_ICCCM, plugin)
    assert line is not None and "\n" not in line
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1" in line
    assert "sudo apt install libxcb-icccm4 libxcb-keysyms1 (Debian/Ubuntu)" in line
    assert "sudo dnf install xcb-util-keysyms xcb-util-wm (Fedora)" in line
    assert "libxcb-cursor" not in line  # installed: not blamed
    assert line in caplog.text


@pytest.mark.parametrize("environ", [
    {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
    {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"},
    {"WAYLAND_DISPLAY": "wayland-0"},
    {},
])
def test_other_platforms_are_never_probed(plugin, environ):
    def ldd(_path):
        raise AssertionError("ldd must not run")

    assert check_platform(environ, ldd, plugin) is None


def test_xcb_asked_for_by_name_is_checked(plugin):
    environ = {"DISPLAY": ":1", "QT_QPA_PLATFORM": "xcb"}
    assert check_platform(environ, lambda _p: DEBIAN_12_WITHOUT_ICCCM, plugin) is not None


def test_nothing_missing_or_no_ldd_lets_the_window_open(plugin):
    assert check_platform({"DISPLAY": ":0"}, lambda _p: ALL_THERE, plugin) is None
    assert check_platform({"DISPLAY": ":0"}, lambda _p: "", plugin) is None


def test_an_unknown_library_is_still_named(plugin):
    line = check_platform({"DISPLAY": ":0"}, lambda _p: "\tlibfoo.so.9 => not found\n", plugin)
    assert "libfoo.so.9" in line and "apt install" not in line


def test_the_real_plugin_path_and_ldd_work_here():
    assert platform_check.xcb_plugin().name == "libqxcb.so"
    output = platform_check.run_ldd(platform_check.xcb_plugin())
    assert isinstance(output, str)


"""Before the window opens on X11: can Qt's xcb plugin load? If not, say which libraries to install.

Without, say, libxcb-icccm4 Qt aborts with a core dump and a message that blames
libxcb-cursor0. `ldd` on the plugin names what is really missing; we print one line with the
install commands for Debian/Ubuntu and Fedora, log it, and exit 1 instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from clientbook import logs

# The Debian/Ubuntu and Fedora packages that hold each library Qt's xcb plugin needs.
PACKAGES = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-xinerama.so.0": ("libxcb-xinerama0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-glx.so.0": ("libxcb-glx0", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libOpenGL.so.0": ("libopengl0", "libglvnd-opengl"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
}

NOT_FOUND = re.compile(r"^\s*(\S+)\s*=>\s*not found", re.MULTILINE)


def uses_xcb(environ: Mapping[str, str]) -> bool:
    """The window would open through X11: a DISPLAY and no other platform asked for."""
    platform = environ.get("QT_QPA_PLATFORM", "").strip()
    return bool(environ.get("DISPLAY")) and platform in ("", "xcb")


def xcb_plugin() -> Path:
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def run_ldd(plugin: Path) -> str:
    """The output of `ldd plugin` ("" if ldd itself is not there: then we cannot tell)."""
    import subprocess  # only an X11 start asks

    try:
        done = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True,
                              timeout=20, check=False)
    except (OSError, subprocess.SubprocessError):
        return ""
    return done.stdout


def missing_libraries(ldd_output: str) -> list[str]:
    return sorted(set(NOT_FOUND.findall(ldd_output)))


def advice(missing: list[str]) -> str:
    """One line: what is missing and the commands that install it."""
    known = [PACKAGES[name] for name in missing if name in PACKAGES]
    apt = sorted({debian for debian, _ in known})
    dnf = sorted({fedora for _, fedora in known})
    line = (f"clientbook: the window cannot open: Qt's X11 (xcb) plugin needs libraries that "
            f"are not installed: {', '.join(missing)}.")
    if known:
        line += (f" Install them with: sudo apt install {' '.join(apt)} (Debian/Ubuntu) or "
                 f"sudo dnf install {' '.join(dnf)} (Fedora).")
    line += " The command line works without them (clientbook --help)."
    return line


def check_platform(environ: Mapping[str, str] = os.environ,
                   ldd: Callable[[Path], str] = run_ldd,
                   plugin: Path | None = None) -> str | None:
    """None when the window can open (or we cannot tell); otherwise the one line to print."""
    if not uses_xcb(environ):
        return None
    plugin = plugin or xcb_plugin()
    if not plugin.exists():
        return None
    missing = missing_libraries(ldd(plugin))
    if not missing:
        return None
    line = advice(missing)
    logs.log.error("%s", line)
    return line

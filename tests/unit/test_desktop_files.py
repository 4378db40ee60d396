"""The desktop integration files: the .desktop entry, AppStream metainfo and the app icons.

desktop-file-validate and appstreamcli check the formats (.ci/release runs them when present);
these tests check what only we know: the ids agree, the icon exists in every size, the release
is the code's version, and the translations are there.
"""

import configparser
import re
import struct
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import clientbook

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "resources" / "linux"
ICONS = ROOT / "resources" / "icons"
APP_ID = "io.github.clientbook.ClientBook"
LANGUAGES = ("es", "zh_CN", "el", "uk")
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@pytest.fixture(scope="module")
def entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # keys are case-sensitive: Name[zh_CN], StartupWMClass
    parser.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    return dict(parser["Desktop Entry"])


@pytest.fixture(scope="module")
def metainfo() -> ET.Element:
    return ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()


@pytest.fixture(scope="module")
def pyproject() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", data[16:24])


def test_desktop_entry_has_the_required_keys(entry, pyproject):
    assert entry["Type"] == "Application"
    assert entry["Name"] == "ClientBook"
    assert entry["Exec"].split()[0] in pyproject["project"]["gui-scripts"]
    assert entry["Terminal"] == "false"
    categories = entry["Categories"].rstrip(";").split(";")
    assert {"Office", "ContactManagement"} <= set(categories)
    assert entry["Keywords"].endswith(";")


def test_desktop_entry_names_the_window_class_qt_gives_the_window(entry):
    # On X11 Qt sets WM_CLASS's class to the application name that make_app() sets.
    app_py = (ROOT / "clientbook" / "ui" / "app" / "app.py").read_text(encoding="utf-8")
    assert f'setApplicationName("{entry["StartupWMClass"]}")' in app_py


@pytest.mark.parametrize("language", LANGUAGES)
def test_desktop_entry_is_translated(entry, language):
    for key in ("GenericName", "Comment", "Keywords"):
        text = entry.get(f"{key}[{language}]", "")
        assert text and text != entry[key], f"{key}[{language}]"


def test_desktop_icon_is_shipped_in_every_size(entry):
    assert entry["Icon"] == APP_ID
    for size in PNG_SIZES:
        png = ICONS / "hicolor" / f"{size}x{size}" / "apps" / f"{entry['Icon']}.png"
        assert png_size(png) == (size, size)
    scalable = ICONS / "hicolor" / "scalable" / "apps" / f"{entry['Icon']}.svg"
    assert scalable.read_bytes() == (ICONS / "clientbook.svg").read_bytes(), (
        "the icon changed: run .venv/bin/python .ci/make_icons.py")


def test_windows_and_mac_icons_hold_every_size():
    ico = (ICONS / "clientbook.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    assert (reserved, kind) == (0, 1)
    sides = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert {16, 24, 32, 48, 256} <= sides
    icns = (ICONS / "clientbook.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    kinds, at = set(), 8
    while at < len(icns):
        kinds.add(icns[at:at + 4])
        at += struct.unpack(">I", icns[at + 4:at + 8])[0]
    assert {b"icp4", b"icp5", b"ic07", b"ic08", b"ic09", b"ic10"} <= kinds


def test_build_spec_uses_the_shipped_icons():
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    for name in ("clientbook.ico", "clientbook.icns"):
        assert name in spec and (ICONS / name).is_file()


def test_metainfo_describes_the_app(metainfo, pyproject):
    assert metainfo.tag == "component" and metainfo.get("type") == "desktop-application"
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("metadata_license") == "CC0-1.0"
    assert metainfo.findtext("project_license") == pyproject["project"]["license"] == "MIT"
    assert metainfo.findtext("name") == "ClientBook"
    launchable = metainfo.find("launchable")
    assert launchable.get("type") == "desktop-id"
    assert (LINUX / launchable.text).is_file()
    assert metainfo.find("description/p") is not None
    assert metainfo.find("content_rating").get("type").startswith("oars-")
    binaries = {b.text for b in metainfo.findall("provides/binary")}
    scripts = pyproject["project"]["gui-scripts"] | pyproject["project"]["scripts"]
    assert binaries == set(scripts)


def test_metainfo_summary_is_translated(metainfo):
    summaries = {s.get(XML_LANG): s.text for s in metainfo.findall("summary")}
    assert set(LANGUAGES) <= set(summaries)
    assert all(summaries[lang] and summaries[lang] != summaries[None] for lang in LANGUAGES)


def test_metainfo_newest_release_is_the_code_version(metainfo):
    releases = metainfo.findall("releases/release")
    assert releases, "metainfo lists no release"
    newest = releases[0]  # AppStream lists releases newest first
    assert newest.get("version") == clientbook.__version__
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", newest.get("date", ""))


def test_the_window_names_its_desktop_file_for_wayland_docks():
    from clientbook.ui.app.app import DESKTOP_ID

    assert (ROOT / "resources" / "linux" / f"{DESKTOP_ID}.desktop").is_file()

"""Render the app icon (resources/icons/clientbook.svg) to the files desktops and installers want.

Writes, under resources/icons/:
  hicolor/SIZExSIZE/apps/io.github.clientbook.ClientBook.png  PNG sizes (Linux icon theme layout)
  hicolor/scalable/apps/io.github.clientbook.ClientBook.svg   the SVG itself
  clientbook.ico    Windows: every size up to 256 in one file (PyInstaller's EXE icon)
  clientbook.icns   macOS: 16 to 1024 (retina) in one file (PyInstaller's BUNDLE icon)

Uses only Qt from the PySide6 wheel (QSvgRenderer to draw, QImageWriter for PNG); the .ico and
.icns containers are written here because Qt's writers put one image in each file.
Run after changing the SVG:  .venv/bin/python .ci/make_icons.py   (outputs are committed)
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"
SOURCE = ICONS / "clientbook.svg"
APP_ID = "io.github.clientbook.ClientBook"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, and the pixel size of each (the @2x ones are retina).
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256),
    (b"ic09", 512), (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256),
    (b"ic14", 512),
)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError("Qt could not encode a PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO whose entries are PNG streams (read by Windows Vista and later)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, blob in sorted(pngs.items()):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size]
                    for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write_if_changed(path: Path, data: bytes) -> None:
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(ROOT)}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window is shown
    _app = QGuiApplication.instance() or QGuiApplication([])  # Qt needs one to paint
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    pngs = {size: png_bytes(render(renderer, size)) for size in sizes}
    hicolor = ICONS / "hicolor"
    for size in PNG_SIZES:
        write_if_changed(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png", pngs[size])
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    if not scalable.is_file() or scalable.read_bytes() != SOURCE.read_bytes():
        scalable.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE, scalable)
        print(f"wrote {scalable.relative_to(ROOT)}")
    write_if_changed(ICONS / "clientbook.ico", ico_bytes({s: pngs[s] for s in ICO_SIZES}))
    write_if_changed(ICONS / "clientbook.icns", icns_bytes(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())

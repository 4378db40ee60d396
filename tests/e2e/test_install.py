"""A non-editable install carries its resources (not only a source checkout)."""

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = "clientbook/resources/"
APP_ID = "io.github.clientbook.ClientBook"


def test_wheel_install_finds_resources_outside_the_checkout(tmp_path):
    source = tmp_path / "source"
    for name in ("clientbook", "resources"):
        shutil.copytree(ROOT / name, source / name,
                        ignore=shutil.ignore_patterns("__pycache__", "*.qm.tmp"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / name, source / name)
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation",
         "-w", str(wheels), str(source)],
        check=True, capture_output=True, timeout=300,
    )
    (wheel,) = wheels.glob("*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name for name in names if name.startswith(RESOURCES)}
    expected = {
        "style.qss", "icons/clientbook.svg", "icons/clientbook.ico", "icons/clientbook.icns",
        f"icons/hicolor/scalable/apps/{APP_ID}.svg",
        *(f"icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (16, 24, 32, 48, 64, 128, 256, 512)),
        f"linux/{APP_ID}.desktop", f"linux/{APP_ID}.metainfo.xml",
        *(f"translations/{ts.name}" for ts in (ROOT / "resources" / "translations").glob("*.ts")),
    }
    assert {RESOURCES + name for name in expected} <= shipped
    assert any(name.endswith(".ts") for name in shipped)
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target),
         *map(str, wheels.glob("*.whl"))],
        check=True, capture_output=True, timeout=300,
    )
    probe = (
        "import clientbook.resource_paths as r; "
        "p = r.resource_path('icons', 'clientbook.svg'); print(p)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
        env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).is_relative_to(target)

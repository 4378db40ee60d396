"""The interface language: ClientBook's own translations, Qt's, and the locale for formats.

The `.ts` sources live in resources/translations. Bundles and wheels carry compiled `.qm`
files beside them; a source checkout compiles them once into the cache folder with the
`lrelease` that ships in PySide6. `python -m clientbook.ui.translations update` refreshes the
sources from the code (pyside6-lupdate).
"""

from __future__ import annotations

import hashlib
import logging
import shutil
import sys
from pathlib import Path

import PySide6
from platformdirs import user_cache_dir
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from clientbook.languages import LANGUAGES
from clientbook.resource_paths import resources_dir

# Where window.ini keeps the chosen language; empty or missing means "follow the system".
SETTING = "interface/language"

_installed: list[QTranslator] = []
log = logging.getLogger("clientbook.window")


def pick_language(chosen: str | None, system: QLocale) -> str:
    """The chosen language if it is one of ours, else the system's, else English."""
    if chosen in LANGUAGES:
        return chosen
    name = system.name()  # "es_MX", "zh_TW", "uk_UA", "C"...
    if name.startswith("zh"):
        return "zh_CN"
    return name.split("_")[0] if name.split("_")[0] in LANGUAGES else "en"


def locale_for(language: str, system: QLocale) -> QLocale:
    """Formats follow the system's country when it speaks the chosen language (es_MX stays
    es_MX); otherwise the language's own default country."""
    if pick_language(None, system) == language:
        return system  # includes English on the plain "C" locale
    return QLocale(language)


def sources_dir() -> Path:
    return resources_dir() / "translations"


def tool(name: str) -> Path:
    """A Qt linguist tool shipped inside the PySide6 wheel (lrelease, lupdate)."""
    exe = name + (".exe" if sys.platform == "win32" else "")
    return Path(PySide6.__file__).resolve().parent / exe


def compile_translations(dest: Path, sources: Path | None = None) -> list[Path]:
    """Compile every .ts into dest: ours (clientbook_*.ts) and our translations of Qt's own
    strings where Qt ships none (qtbase_el.ts); Qt's own qtbase_*.qm are copied beside them."""
    import subprocess  # loads only when translations are compiled

    sources = sources or sources_dir()
    dest.mkdir(parents=True, exist_ok=True)
    written = []
    for ts in sorted(sources.glob("*.ts")):
        qm = dest / (ts.stem + ".qm")
        subprocess.run([str(tool("lrelease")), "-silent", str(ts), "-qm", str(qm)],
                       check=True, capture_output=True)
        written.append(qm)
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for language in LANGUAGES:
        ours, theirs = dest / f"qtbase_{language}.qm", qt_dir / f"qtbase_{language}.qm"
        if theirs.is_file() and ours not in written:
            shutil.copyfile(theirs, ours)
            written.append(ours)
    return written


def _compiled_in(folder: Path) -> bool:
    return all((folder / ts.with_suffix(".qm").name).is_file()
               and (folder / ts.with_suffix(".qm").name).stat().st_mtime >= ts.stat().st_mtime
               for ts in folder.glob("*.ts"))


def qm_dir() -> Path:
    """Where the compiled translations are: beside the sources, or compiled into the cache."""
    sources = sources_dir()
    if _compiled_in(sources) or not tool("lrelease").exists():
        return sources
    digest = hashlib.sha256()
    for ts in sorted(sources.glob("*.ts")):
        digest.update(ts.name.encode() + ts.read_bytes())
    cache = Path(user_cache_dir("ClientBook", appauthor=False)) / (
        "translations-" + digest.hexdigest()[:16])
    if not (cache / "done").exists():
        import subprocess  # loads only when translations are compiled

        try:
            compile_translations(cache, sources)
            (cache / "done").touch()
        except (OSError, subprocess.CalledProcessError) as exc:  # a full disk, a broken tool
            log.warning("cannot compile the translations, the window stays in English: %s", exc)
            return sources
    return cache


def install_language(language: str, system: QLocale | None = None,
                     folder: Path | None = None) -> QLocale:
    """Translate the interface (ours and Qt's own buttons) and set the locale for formats.

    Replaces whatever language was installed before. `folder` holds the compiled files
    (default: `qm_dir()`). Returns the locale now in use.
    """
    system = system or QLocale.system()
    app = QCoreApplication.instance()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    folder = folder or qm_dir()
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for name, places in ((f"qtbase_{language}.qm", (folder, qt_dir)),
                         (f"clientbook_{language}.qm", (folder,))):
        for place in places:
            translator = QTranslator(app)
            if (place / name).is_file() and translator.load(str(place / name)):
                app.installTranslator(translator)
                _installed.append(translator)
                break
    locale = locale_for(language, system)
    QLocale.setDefault(locale)
    return locale


def installed_files() -> list[str]:
    """The translation files in use (for the smoke test and the About box)."""
    return [t.filePath() for t in _installed]


def update_sources(folder: Path | None = None) -> None:
    """Refresh every clientbook_*.ts from the code; translators then fill in what is new."""
    import subprocess

    folder = folder or sources_dir()
    package = Path(__file__).resolve().parents[1]
    code = sorted(str(p) for p in package.rglob("*.py"))
    for language in LANGUAGES:
        ts = folder / f"clientbook_{language}.ts"
        subprocess.run([str(tool("lupdate")), "-silent", "-locations", "none", "-no-obsolete",
                        "-source-language", "en", "-target-language", language,
                        *code, "-ts", str(ts)], check=True)


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update_sources()
    elif sys.argv[1:2] == ["compile"] and len(sys.argv) == 3:
        for path in compile_translations(Path(sys.argv[2])):
            print(path)
    else:
        sys.exit("usage: python -m clientbook.ui.translations update | compile FOLDER")

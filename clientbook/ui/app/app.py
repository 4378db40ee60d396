"""Start the window: check for a display, open the book, offer demo data, show or render."""

from __future__ import annotations

import gc
import os
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from clientbook import __version__, logs
from clientbook.domain.errors import ClientBookError, ReadOnlyStoreError, StoreLockedError
from clientbook.domain.words import fill
from clientbook.paths import ensure_private_dir
from clientbook.resource_paths import resource_path
from clientbook.services.book import Book
from clientbook.ui import msgbox, translations
from clientbook.ui.app import crash_dialog
from clientbook.ui.app.platform_check import check_platform
from clientbook.ui.app.single_instance import bring_to_front, claim_folder
from clientbook.ui.error_text import error_text
from clientbook.ui.widgets.formats import full_date

NO_DISPLAY = (
    "clientbook: no display found, so the window cannot open. Use the command line "
    "(clientbook --help), or set QT_QPA_PLATFORM=offscreen to run without a screen."
)


# The .desktop file's name (resources/linux) without its extension.
DESKTOP_ID = "io.github.clientbook.ClientBook"


def has_display(environ=os.environ, platform: str = sys.platform) -> bool:
    if not platform.startswith("linux"):
        return True
    return any(environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def _print_instead(kind: str, title: str, text: str) -> bool:
    """Unattended runs print messages and answer every question with the safe No."""
    print(f"clientbook: {title}: {text}", file=sys.stderr)
    return kind != "question"


def make_app() -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "clientbook"])
    app.setApplicationName("ClientBook")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("ClientBook")
    app.setDesktopFileName(DESKTOP_ID)  # Wayland docks match the window to its .desktop file
    icon = QIcon(str(resource_path("icons", "clientbook.svg")))  # + crisp PNGs for small sizes
    for png in sorted(resource_path("icons", "hicolor").glob("*/apps/*.png")):
        icon.addFile(str(png))
    app.setWindowIcon(icon)
    app.setStyleSheet(resource_path("style.qss").read_text(encoding="utf-8"))
    return app


def window_settings(folder: Path) -> QSettings:
    """Window state and the language live beside the data, never in a shared system place."""
    return QSettings(str(folder / "window.ini"), QSettings.Format.IniFormat)


def set_language(folder: Path, language: str | None = None) -> str:
    """Install `language`, else the one chosen in Settings, else the system's; return it."""
    chosen = language or str(window_settings(folder).value(translations.SETTING, "") or "")
    picked = translations.pick_language(chosen, QLocale.system())
    translations.install_language(picked)
    return picked


def offer_demo(book: Book, unattended: bool) -> bool:
    """On an empty book, load sample clients if the person wants them (always, unattended)."""
    if not book.is_empty():
        return False
    if not unattended and not msgbox.offer(None, *first_start_words()):
        return False
    book.demo.fill()
    return True


def first_start_words() -> tuple[str, str, str, str]:
    """(title, question, the sample book's button, the empty book's button)."""
    return (
        QApplication.translate("app", "Welcome to ClientBook"),
        QApplication.translate(
            "app", "There are no clients yet. Try ClientBook on a sample book of made-up "
            "clients with visits, appointments and promises, or start with an empty book for "
            "your own clients.\n\nYou can remove the sample data later: File → Remove the "
            "sample data…"),
        QApplication.translate("app", "&Load the sample book"),
        QApplication.translate("app", "Start &empty"))


def _book_key(database: str) -> str:
    from clientbook.services.shared_book import book_key

    return book_key(database)


def open_book(folder: Path, database: str | None = None) -> Book:
    """Open the book; if its file cannot be opened, offer the newest good backup instead.

    A book on a server (`database`) either opens or says why: its backups are not restored
    from here."""
    if database:
        return Book.open(folder, database=database)
    try:
        return Book.open(folder)
    except ReadOnlyStoreError as exc:  # not damage: show the data, save nothing
        try:
            book = Book.open(folder, read_only=True)
        except ClientBookError:
            raise exc from None
        text = fill(QApplication.translate(
            "app", "%1\n\nClientBook shows the data, but cannot save any change until the "
            "folder can be written to again."), [error_text(exc)])
        msgbox.info(None, QApplication.translate("app", "Read-only data"), text)
        return book
    except StoreLockedError:
        raise  # another program's: not damage, so no backup is offered
    except ClientBookError as exc:
        from clientbook.services.safety import backups  # only when the data cannot open

        newest = backups.newest_good_backup(folder)
        if newest is None:
            raise
        question = fill(QApplication.translate(
            "app", "ClientBook cannot open its data:\n%1\n\nGo back to the newest good backup, "
            "from %2? The unusable file is kept in the backups folder."),
            [error_text(exc), f"{full_date(newest.at.date())} {newest.at:%H:%M}"])
        if not msgbox.ask(None, QApplication.translate("app", "Restore from a backup"),
                          question):
            raise
        backups.restore_unopenable(folder, newest.path, datetime.now())
        return Book.open(folder)


def run(folder: Path, *, screenshot: Path | None = None, smoke_test: bool = False,
        no_dialogs: bool = False, language: str | None = None,
        log_path: Path | None = None, database: str | None = None) -> int:
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    if problem := check_platform():  # before Qt loads a plugin that would abort the process
        print(problem, file=sys.stderr)
        return 1
    unattended = smoke_test or screenshot is not None or no_dialogs
    if unattended:
        msgbox.replacement = _print_instead
    app = make_app()
    log_path = log_path or logs.log_file()
    crash_dialog.install(log_path)
    set_language(folder, language)
    guard = None
    if screenshot is None:  # a screenshot is a rendering, not a working session
        guard, code = claim_folder(ensure_private_dir(folder),
                                   book=_book_key(database) if database else "")
        if guard is None:
            return code  # handed over to the ClientBook already running on this folder
    try:
        book = open_book(folder, database)
    except (ClientBookError, OSError) as exc:
        msgbox.error(None, QApplication.translate("app", "ClientBook cannot open its data"),
                     error_text(exc))
        if guard is not None:
            guard.release()
        return 1
    try:
        offer_demo(book, unattended)
        from clientbook.ui.app.main_window import MainWindow

        window = MainWindow(book, window_settings(folder))
        if guard is not None:
            guard.activationRequested.connect(lambda: bring_to_front(window))
        if screenshot is not None:
            return _screenshot(app, window, screenshot)
        tray = not unattended and QSystemTrayIcon.isSystemTrayAvailable()  # app exists now
        app.setQuitOnLastWindowClosed(not tray)
        reminders = window.install_reminders(tray)
        window.show()
        settle_start_up_objects()
        window.feed.start()  # the calendar feed, when one is set up: its only connection
        if warning := book.network_warning():
            msgbox.error(window, QApplication.translate("app", "The data is on a network share"),
                         warning)
        if not unattended:
            from clientbook.ui.app.startup_checks import StartupChecks  # after the window

            checks = StartupChecks(window.session, window)
            checks.handled.connect(window.show_damage_state)
            checks.start()
            reminders.start()
        if smoke_test:
            QTimer.singleShot(0, lambda: _finish_smoke_test(app, window))
        return app.exec()
    except Exception:  # a bug while starting: log it and say where the log is, never vanish
        crash_dialog.handle(log_path, *sys.exc_info())
        return 1
    finally:
        book.close()
        if guard is not None:
            guard.release()
        logs.log.info("window closed")


def settle_start_up_objects() -> None:
    """The window is up: collect what starting it left over (the collector may have been
    off meanwhile, see __main__), then set aside the objects made so far — modules, widgets,
    the book, living as long as the window — so that later collections, and the last one
    when ClientBook quits, no longer walk them (gc.freeze)."""
    gc.enable()
    gc.collect()
    gc.freeze()


def _finish_smoke_test(app: QApplication, window) -> None:
    """Once the event loop runs: is the window up with data, its icon and title? Exit 0 if so.

    Prints what a release check wants to see (a bundle has no other way to show it).
    """
    from PySide6.QtGui import QImageReader

    problems = []
    if not (window.isVisible() and window.loaded()):
        problems.append("window not ready")
    if window.windowIcon().isNull() or window.windowIcon().pixmap(32).isNull():
        problems.append("no window icon")
    if b"svg" not in {bytes(f.data()) for f in QImageReader.supportedImageFormats()}:
        problems.append("no SVG support: the toolbar icons would be blank")
    if not any(Path(f).name.startswith("clientbook_") for f in translations.installed_files()):
        problems.append("no translation loaded")  # even English needs its plural forms
    if "ClientBook" not in window.windowTitle():
        problems.append(f"title {window.windowTitle()!r} lacks ClientBook")
    print(f"smoke test: ClientBook {__version__}, title {window.windowTitle()!r}",
          file=sys.stderr)
    print(f"smoke test: translations {translations.installed_files() or 'none'}",
          file=sys.stderr)
    print("smoke test: ok" if not problems else "smoke test: " + "; ".join(problems),
          file=sys.stderr)
    app.exit(0 if not problems else 1)


def _screenshot(app: QApplication, window, path: Path) -> int:
    window.resize(1366, 768)
    window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
    window.show()
    window.show_first_appointment()
    app.processEvents()
    try:  # it shows clients' names: this user's only (Qt keeps the mode of the file it fills)
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
        os.chmod(path, 0o600)
    except OSError as exc:
        print(f"clientbook: cannot write the screenshot to {path}: {exc.strerror or exc}",
              file=sys.stderr)
        return 1
    if not window.grab().save(str(path)):
        print(f"clientbook: cannot write the screenshot to {path}", file=sys.stderr)
        return 1
    return 0

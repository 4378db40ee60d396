"""A window start loads only what the first screen needs: the command line, sqlite-utils (only
migrations need it), the import machinery and the pages and dialogs not yet opened load
when first used (issue 15: start-up)."""

from __future__ import annotations

import os
import subprocess
import sys

# Modules that must not load before the Today page is shown.
NOT_AT_START = [
    "sqlite_utils", "vobject", "charset_normalizer", "phonenumbers", "icalendar",
    "clientbook.cli.main", "clientbook.services.importing.import_plan",
    "clientbook.services.exporting.csv_export", "clientbook.services.reports.reports",
    "clientbook.ui.calendar.calendar_page", "clientbook.ui.followups.followups_page",
    "clientbook.ui.reports.reports_page", "clientbook.ui.staff.staff_page",
    "clientbook.ui.transfer.import_wizard", "clientbook.ui.clients.client_dialog",
    "clientbook.ui.settings.settings_dialog", "clientbook.ui.messages.composer_dialog",
    "clientbook.ui.promises.reschedule_dialog", "clientbook.ui.promises.promise_dialog",
    "clientbook.ui.widgets.form_dialog",
    # Used only on some paths: a non-Latin name searched, a tooltip taken for HTML, a
    # savepoint, the Python version logged, the message composer.
    "anyascii", "html", "secrets", "platform",
    "clientbook.domain.messages.messages",
]


def _run(*args: str, folder) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "clientbook",
                           "--data-dir", str(folder), *args],
                          capture_output=True, text=True, timeout=120, env=env)


def test_the_window_opens_without_loading_what_it_does_not_show(tmp_path):
    folder = tmp_path / "book"
    assert _run("demo", "--clients", "30", folder=folder).returncode == 0  # migrates here
    result = _run("gui", "--smoke-test", folder=folder)
    assert result.returncode == 0, result.stderr[-2000:]
    loaded = {line.rsplit("|", 1)[-1].strip() for line in result.stderr.splitlines()
              if line.startswith("import time:")}
    assert "clientbook.ui.today.today_page" in loaded  # the measurement itself works
    assert sorted(set(NOT_AT_START) & loaded) == []

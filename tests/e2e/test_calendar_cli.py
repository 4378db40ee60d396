"""`clientbook import calendar` and `export calendar` as scripts use them: exit codes, JSON."""

import json
from pathlib import Path

from .test_cli import run

FIXTURES = Path(__file__).parent.parent / "fixtures" / "calendars"


def test_import_and_export_calendar_end_to_end(tmp_path):
    folder = tmp_path / "book"
    feed = str(FIXTURES / "booking_feed.ics")
    dry = json.loads(run("import", "calendar", feed, "--dry-run", "--json",
                         data_dir=folder).stdout)
    assert (dry["new"], dry["saved"], len(dry["unmatched"])) == (0, False, 2)

    done = run("import", "calendar", feed, "--unmatched", "new", data_dir=folder).stdout
    assert "Imported" in done and "2 new, 0 moved, 0 cancelled, 0 unchanged" in done
    again = json.loads(run("import", "calendar", feed, "--json", data_dir=folder).stdout)
    assert (again["new"], again["unchanged"]) == (0, 2)

    out = tmp_path / "out.ics"
    assert "Exported 2 appointments" in run("export", "calendar", str(out),
                                            data_dir=folder).stdout
    assert out.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    other = tmp_path / "other"
    back = json.loads(run("import", "calendar", str(out), "--unmatched", "new", "--json",
                          "--from", "2026-01-01", data_dir=other).stdout)
    assert (back["new"], back["new_clients"]) == (2, 2)


def test_a_bad_calendar_file_changes_nothing_and_exits_1(tmp_path):
    folder = tmp_path / "book"
    bad = tmp_path / "bad.ics"
    bad.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:x\n", "utf-8")
    result = run("import", "calendar", str(bad), data_dir=folder, check=False)
    assert result.returncode == 1 and "Line 3" in result.stderr
    events = tmp_path / "events.ics"
    events.write_text("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nUID:a\nDTSTART:20261301T1"
                      "00000\nSUMMARY:A\nEND:VEVENT\nEND:VCALENDAR\n", "utf-8")
    result = run("import", "calendar", str(events), "--unmatched", "new", data_dir=folder,
                 check=False)
    assert result.returncode == 1 and "line 3" in result.stderr
    assert "nothing imported" in result.stderr
    assert json.loads(run("search", "A", "--json", data_dir=folder).stdout) == []


def test_unknown_designer_is_refused(tmp_path):
    result = run("import", "calendar", str(FIXTURES / "apple.ics"), "--with", "Nobody",
                 data_dir=tmp_path / "book", check=False)
    assert result.returncode == 1 and "Nobody" in result.stderr

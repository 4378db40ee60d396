"""The command line as scripts use it: a real process, real files, exit codes and JSON."""

import json
import os
import subprocess
import sys

import pytest


def run(*args, data_dir=None, env_dir=None, check=True, env=None):
    env = {**os.environ, **(env or {})}
    if env_dir is not None:
        env["CLIENTBOOK_DATA_DIR"] = str(env_dir)
    command = [sys.executable, "-m", "clientbook"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    result = subprocess.run(command + list(args), capture_output=True, text=True,
                            encoding="utf-8", env=env, timeout=120)
    if check:
        assert result.returncode == 0, result.stderr
    return result


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    run("demo", "--clients", "40", "--seed", "7", "--today", "2026-11-22", data_dir=folder)
    return folder


def test_version():
    assert run("--version").stdout.startswith("ClientBook ")


def test_demo_refuses_a_non_empty_store(demo_dir):
    result = run("demo", data_dir=demo_dir, check=False)
    assert result.returncode == 1
    assert "--force" in result.stderr
    assert "Traceback" not in result.stderr


def test_demo_remove_asks_for_yes_then_empties_a_sample_book(tmp_path):
    run("demo", "--clients", "12", data_dir=tmp_path)
    asked = run("demo", "--remove", data_dir=tmp_path, check=False)
    assert asked.returncode == 1 and "--yes" in asked.stdout and "12 sample clients" in asked.stdout
    assert json.loads(run("search", "a", "--json", data_dir=tmp_path).stdout)  # still there
    done = run("demo", "--remove", "--yes", data_dir=tmp_path)
    assert "the book is empty" in done.stdout
    assert json.loads(run("search", "a", "--json", data_dir=tmp_path).stdout) == []


def test_demo_remove_refuses_a_book_with_data_of_its_own(tmp_path):
    book = tmp_path / "book"
    run("demo", "--clients", "12", data_dir=book)
    run("import", "contacts", str(_one_contact(tmp_path)), data_dir=book)
    result = run("demo", "--remove", "--yes", data_dir=book, check=False)
    assert result.returncode == 1 and "nothing was removed" in result.stderr
    assert json.loads(run("search", "Real Person", "--json", data_dir=book).stdout)
    assert "Traceback" not in result.stderr


def _one_contact(folder):
    path = folder / "one.csv"
    path.write_text("Name,Phone\nReal Person,+44 20 7946 0999\n", encoding="utf-8")
    return path


def test_data_dir_option_beats_the_environment(tmp_path, demo_dir):
    result = run("search", "a", "--json", data_dir=demo_dir, env_dir=tmp_path / "empty")
    assert json.loads(result.stdout)
    assert not (tmp_path / "empty").exists() or not any((tmp_path / "empty").iterdir())


def test_environment_variable_picks_the_store(demo_dir):
    result = run("search", "a", "--json", env_dir=demo_dir)
    assert json.loads(result.stdout)


def test_search_json_has_ids_and_names_in_every_script(demo_dir):
    names = []
    for query in ("a", "ο", "о", "王", "李", "张"):
        names += [r["name"] for r in json.loads(run("search", query, "--json", "--limit", "50",
                                                    data_dir=demo_dir).stdout)]
    joined = "".join(names)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in joined)  # Chinese
    assert any("\u0370" <= ch <= "\u03ff" for ch in joined)  # Greek
    assert any("\u0400" <= ch <= "\u04ff" for ch in joined)  # Cyrillic


def test_search_with_hostile_text_is_not_an_error(demo_dir):
    for query in ['Olena "', "NEAR(", "*", "\\", "😀 AND"]:
        result = run("search", query, "--json", data_dir=demo_dir)
        assert isinstance(json.loads(result.stdout), list)


def test_birthdays_json_is_ordered_and_within_the_window(demo_dir):
    found = json.loads(run("birthdays", "--days", "7", "--today", "2026-11-22", "--json",
                           data_dir=demo_dir).stdout)
    assert found, "the demo has birthdays this week"
    assert {"id", "name", "date", "days_until"} <= set(found[0])
    assert [b["date"] for b in found] == sorted(b["date"] for b in found)
    assert all(0 <= b["days_until"] <= 7 for b in found)
    assert found[0]["days_until"] == 0  # the demo has birthdays today


def test_briefing_by_id_and_json(demo_dir):
    today = json.loads(run("birthdays", "--days", "0", "--today", "2026-11-22", "--json",
                           data_dir=demo_dir).stdout)
    client_id = today[0]["id"]
    card = json.loads(run("briefing", str(client_id), "--today", "2026-11-22", "--json",
                          data_dir=demo_dir).stdout)
    assert card["id"] == client_id
    assert card["birthday"]["when"] == "today"
    for key in ("designer", "have_ready", "cautions", "last_visits", "next_appointment",
                "open_promises", "health_consent", "health_consent_missing"):
        assert key in card
    text = run("briefing", str(client_id), "--today", "2026-11-22", data_dir=demo_dir).stdout
    assert card["name"] in text
    assert "Birthday:" in text and "today" in text


def test_briefing_with_an_ambiguous_query_lists_candidates(demo_dir):
    result = run("briefing", "a", data_dir=demo_dir, check=False)
    assert result.returncode == 1
    assert "matches several clients" in result.stderr
    assert "Traceback" not in result.stderr


def test_briefing_for_nobody_is_a_one_line_error(demo_dir):
    result = run("briefing", "zzzzzz-nobody", data_dir=demo_dir, check=False)
    assert result.returncode == 1
    assert result.stderr.strip().count("\n") == 0
    assert "No client matches" in result.stderr


def test_import_with_a_bad_row_exits_non_zero_and_changes_nothing(tmp_path):
    good = tmp_path / "clients.csv"
    good.write_text("display_name,phones,birthday\nAnna Smith,+44 7700 900123,1990-05-01\n"
                    "王小明,+86 138 0013 8000,--02-29\n", encoding="utf-8")
    assert "2 added" in run("import", "clients", str(good), data_dir=tmp_path / "d").stdout
    bad = tmp_path / "visits.csv"
    bad.write_text("client,visited_at,spend\nAnna Smith,2026-01-01 10:00,40\n"
                   "王小明,2026-13-01 10:00,40\n", encoding="utf-8")
    result = run("import", "visits", str(bad), data_dir=tmp_path / "d", check=False)
    assert result.returncode == 1
    assert "line 3" in result.stderr and "visited_at" in result.stderr
    out = tmp_path / "out.csv"
    run("export", "visits", str(out), data_dir=tmp_path / "d")
    assert out.read_text(encoding="utf-8-sig").strip().count("\n") == 0  # header only


def test_export_import_round_trip_through_the_command_line(demo_dir, tmp_path):
    target = tmp_path / "copy"
    for kind in ("clients", "preferences", "visits", "appointments"):
        path = tmp_path / f"{kind}.csv"
        run("export", kind, str(path), data_dir=demo_dir)
        report = json.loads(run("import", kind, str(path), "--json", data_dir=target).stdout)
        assert report["ok"] and report["added"] > 0
    for kind in ("clients", "visits"):
        a, b = tmp_path / f"a-{kind}.csv", tmp_path / f"b-{kind}.csv"
        run("export", kind, str(a), data_dir=demo_dir)
        run("export", kind, str(b), data_dir=target)
        if kind == "visits":
            assert a.read_bytes() == b.read_bytes()
        else:  # updated_at is the import time in the copy
            strip = [line.rsplit(",", 1)[0] for line in a.read_text("utf-8-sig").splitlines()]
            again = [line.rsplit(",", 1)[0] for line in b.read_text("utf-8-sig").splitlines()]
            assert strip == again


def test_missing_file_is_a_clear_error(tmp_path):
    result = run("import", "clients", str(tmp_path / "nope.csv"), data_dir=tmp_path / "d",
                 check=False)
    assert result.returncode == 1
    assert "Cannot read" in result.stderr and "Traceback" not in result.stderr


def test_bad_arguments_are_usage_errors(tmp_path):
    result = run("birthdays", "--days", "-3", data_dir=tmp_path, check=False)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_a_newer_store_is_refused_with_a_message(tmp_path):
    import sqlite3

    run("search", "x", data_dir=tmp_path)
    with sqlite3.connect(tmp_path / "clientbook.db") as conn:
        conn.execute("PRAGMA user_version = 999")
    result = run("search", "x", data_dir=tmp_path, check=False)
    assert result.returncode == 1
    assert "newer ClientBook" in result.stderr


def test_export_options_bom_and_delimiter(demo_dir, tmp_path):
    plain, excel = tmp_path / "plain.csv", tmp_path / "excel.csv"
    result = run("export", "visits", str(plain), "--no-bom", "--delimiter", "semicolon",
                 data_dir=demo_dir)
    assert result.stdout.startswith("Exported ") and str(plain) in result.stdout
    assert result.stdout.strip().count("\n") == 0  # a one-line summary
    assert plain.read_bytes().startswith(b"id;client_id;client;visited_at;staff;service;spend;")
    run("export", "visits", str(excel), "--delimiter", "comma", data_dir=demo_dir)
    assert excel.read_bytes().startswith(b"\xef\xbb\xbfid,client_id,client,visited_at,")


def test_export_delimiter_default_follows_the_locale(demo_dir, tmp_path, monkeypatch):
    monkeypatch.setenv("LC_ALL", "C.UTF-8")  # decimal point "." → comma
    path = tmp_path / "c.csv"
    run("export", "promises", str(path), data_dir=demo_dir)
    assert path.read_bytes().startswith(
        b"\xef\xbb\xbfid,client_id,client,text,due_at,staff,done_at,created_at,cancelled_at\r\n")
    monkeypatch.setenv("LC_ALL", "xx_NOWHERE.UTF-8")  # not installed: still works, comma
    run("export", "promises", str(path), data_dir=demo_dir)
    assert path.read_text(encoding="utf-8-sig").startswith("id,client_id,")


def test_export_neutralises_formulas_and_keeps_every_script(tmp_path):
    data = tmp_path / "d"
    source = tmp_path / "in.csv"
    source.write_text("display_name,notes\n=HYPERLINK(\"http://x\"),@SUM(A1)\n"
                      "Ζωή Παπαδοπούλου,-\nОлена Ґудзь,ok\n王小明,ok\nJosé Núñez,ok\n",
                      encoding="utf-8")
    run("import", "clients", str(source), data_dir=data)
    out = tmp_path / "clients.csv"
    run("export", "clients", str(out), data_dir=data)
    text = out.read_bytes().decode("utf-8-sig")
    for name in ("Ζωή Παπαδοπούλου", "Олена Ґудзь", "王小明", "José Núñez"):
        assert name in text
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text
    lines = text.splitlines()[1:]
    assert not [cell for line in lines for cell in line.split(",")
                if cell.lstrip('"').startswith(("=", "+", "-", "@"))]


def test_export_one_client_into_a_folder(demo_dir, tmp_path):
    folder = tmp_path / "request"
    result = run("export", "client", str(folder), "--client", "1", data_dir=demo_dir)
    assert result.stdout.strip() == f"Exported everything about client 1 to 9 files in {folder}."
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 9 and all(name.startswith("1-") for name in names)
    assert {name.rsplit("-", 1)[-1] for name in names} >= {"client.csv", "visits.csv",
                                                           "log.csv", "promises.csv",
                                                           "wishes.csv", "rewards.csv",
                                                           "changes.csv"}
    visits = next(folder.glob("*-visits.csv")).read_text(encoding="utf-8-sig").splitlines()
    assert visits[0].startswith("id,client_id,")
    assert all(line.split(",")[1] == "1" for line in visits[1:] if line)


def test_export_client_without_a_client_or_for_nobody_is_a_one_line_error(demo_dir, tmp_path):
    for args in (("export", "client", str(tmp_path / "a")),
                 ("export", "client", str(tmp_path / "b"), "--client", "zzzz-nobody"),
                 ("export", "visits", str(tmp_path / "v.csv"), "--client", "1")):
        result = run(*args, data_dir=demo_dir, check=False)
        assert result.returncode == 1, args
        assert result.stderr.strip().count("\n") == 0 and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_export_into_a_missing_folder_is_a_clear_error(demo_dir, tmp_path):
    result = run("export", "visits", str(tmp_path / "no" / "such" / "v.csv"),
                 data_dir=demo_dir, check=False)
    assert result.returncode == 1
    assert "does not exist" in result.stderr and "Traceback" not in result.stderr

"""`clientbook report` on a demo book: text, JSON, CSV, and the same answer every time."""

import csv
import json

import pytest

from .test_cli import run


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report-demo")
    run("demo", "--clients", "60", "--seed", "3", "--today", "2026-11-22", data_dir=folder)
    return folder


def test_text_report(demo):
    result = run("report", "--today", "2026-11-22", data_dir=demo)
    for title in ("== retention ==", "== loyalty ==", "== designers ==", "== winback =="):
        assert title in result.stdout
    assert "2026-11" in result.stdout


def test_json_keys_and_repeatable(demo):
    args = ("report", "all", "--by", "quarter", "--periods", "4", "--json",
            "--today", "2026-11-22")
    first = run(*args, data_dir=demo).stdout
    assert first == run(*args, data_dir=demo).stdout
    value = json.loads(first)
    assert {"retention", "loyalty", "designers", "winback", "kind", "definitions"} <= set(value)
    assert [p["period"] for p in value["retention"]] == [
        "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    assert "churn_rate" in value["definitions"]
    assert "90 days" in value["definitions"]["new_returned_90d"]
    assert all(int(p["churned"]) <= int(p["active_at_start"]) for p in value["retention"])
    assert value["win_back_total"] >= len(value["winback"])


def test_csv_folder_and_file(demo, tmp_path):
    run("report", "--csv", str(tmp_path / "tables"), "--today", "2026-11-22", data_dir=demo)
    for name in ("retention", "loyalty", "designers", "winback"):
        with (tmp_path / "tables" / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            rows = list(csv.reader(f))
        assert rows and rows[0]
    target = tmp_path / "winback.csv"
    run("report", "winback", "--csv", str(target), "--today", "2026-11-22", data_dir=demo)
    with target.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f))[:2] == ["client_id", "name"]


def test_designer_filter_and_unknown_designer(demo):
    designers = json.loads(run("report", "designers", "--json", "--today", "2026-11-22",
                               data_dir=demo).stdout)["designers"]
    name = designers[0]["designer"]
    run("report", "--designer", name, "--by", "year", "--periods", "2",
        "--today", "2026-11-22", data_dir=demo)
    result = run("report", "--designer", "Nobody At All", data_dir=demo, check=False)
    assert result.returncode != 0 and "Nobody At All" in result.stderr

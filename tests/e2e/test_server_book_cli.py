"""The command line on a book shared on a PostgreSQL server: real processes, a real server."""

from __future__ import annotations

import json
import sqlite3

from tests.e2e.test_cli import run


def test_a_desk_book_moves_to_the_server_and_back_and_every_command_reads_it(
        postgres_server, tmp_path):
    desk = tmp_path / "desk"
    run("demo", "--clients", "30", "--seed", "3", "--today", "2026-11-22", data_dir=desk)
    address = postgres_server.empty_database()
    try:
        moved = run("move-book", "--to", address, data_dir=desk)
        assert "compared every row" in moved.stdout
        again = run("move-book", "--to", address, data_dir=desk, check=False)
        assert again.returncode == 1 and "not empty" in again.stderr

        on_file = json.loads(run("search", "olena", "--json", data_dir=desk).stdout)
        other_desk = tmp_path / "other-desk"
        on_server = json.loads(run("--database", address, "search", "olena", "--json",
                                   data_dir=other_desk).stdout)
        assert on_server == on_file and on_server

        client = on_server[0]["id"]
        briefing = run("--database", address, "briefing", str(client), "--json",
                       data_dir=other_desk)
        assert json.loads(briefing.stdout) == json.loads(
            run("briefing", str(client), "--json", data_dir=desk).stdout)
        assert run("--database", address, "check", data_dir=other_desk).returncode == 0
        report = run("--database", address, "report", "--json", data_dir=other_desk)
        assert json.loads(report.stdout) == json.loads(
            run("report", "--json", data_dir=desk).stdout)

        back = tmp_path / "back.db"
        run("--database", address, "move-book", "--to", str(back), data_dir=other_desk)
        with sqlite3.connect(back) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            names = {r[0] for r in conn.execute("SELECT display_name FROM clients")}
        with sqlite3.connect(desk / "clientbook.db") as conn:
            assert names == {r[0] for r in conn.execute("SELECT display_name FROM clients")}
    finally:
        postgres_server.drop(address)


def test_the_environment_names_the_server_and_a_password_in_it_is_refused(tmp_path):
    result = run("search", "x", data_dir=tmp_path / "desk", check=False,
                 env={"CLIENTBOOK_DATABASE": "postgresql://desk:hunter2@db.example/book"})
    assert result.returncode == 1
    assert ".pgpass" in result.stderr and "hunter2" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

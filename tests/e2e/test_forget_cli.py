"""`clientbook forget` and `clientbook retention` as scripts use them: a real process."""
# The Chinese part is 欧阳锋, not 王小明: the demo book holds a 王小明 (README searches).

import json

import pytest

from .test_cli import run

NAME = "Zyxwquorth Ζυξκουορθίδου 欧阳锋"
GOOGLE = ("Name,Given Name,Family Name,Birthday,Notes,E-mail 1 - Type,E-mail 1 - Value,"
          "Phone 1 - Type,Phone 1 - Value\n")


@pytest.fixture
def book_dir(tmp_path):
    """A small demo book plus one client in three scripts, imported from a file."""
    folder = tmp_path / "book"
    run("demo", "--clients", "12", "--seed", "5", "--today", "2026-11-22", data_dir=folder)
    contacts = tmp_path / "contacts.csv"
    contacts.write_text(GOOGLE + f"{NAME},Zyxwquorth,Ζυξκουορθίδου,1985-03-15,Zyxwquorth "
                        f"likes jasmine tea,,zyxwquorth@example.org,Mobile,+30 697 314 1592\n",
                        encoding="utf-8")
    run("import", "contacts", str(contacts), data_dir=folder)
    return folder


def _find(folder, query):
    return json.loads(run("search", query, "--json", "--archived", data_dir=folder).stdout)


def _file_bytes(folder):
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.name.startswith("clientbook.db"))


def test_forget_needs_yes_and_says_what_will_happen(book_dir):
    client_id = _find(book_dir, "Zyxwquorth")[0]["id"]
    result = run("forget", str(client_id), data_dir=book_dir, check=False)
    assert result.returncode == 1
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    for words in ("cannot be undone", "anonymous visit statistics", "backups",
                  "up to a year", "--yes", NAME):
        assert words in lines[0]
    assert _find(book_dir, "Zyxwquorth")  # nothing happened


def test_forget_with_yes_erases_them_everywhere(book_dir):
    client_id = _find(book_dir, "欧阳锋")[0]["id"]
    result = run("forget", NAME, "--yes", data_dir=book_dir)
    assert f"Forgot client {client_id}" in result.stdout
    assert "up to a year" in result.stdout
    assert result.stderr == ""
    for query in ("Zyxwquorth", "欧阳锋", "Ζυξκουορθίδου", "+30 697 314 1592"):
        assert _find(book_dir, query) == []
    card = json.loads(run("briefing", str(client_id), "--json", data_dir=book_dir).stdout)
    assert "Zyxwquorth" not in json.dumps(card, ensure_ascii=False)
    data = _file_bytes(book_dir)
    for trace in ("Zyxwquorth", "zyxwquorth", "Ζυξκουορθίδου", "欧阳锋", "jasmine",
                  "6973141592"):
        assert trace.encode("utf-8") not in data, trace

    again = run("forget", str(client_id), data_dir=book_dir)
    assert "already forgotten" in again.stdout


def test_forget_refuses_what_is_not_exactly_one_client(book_dir):
    missing = run("forget", "99999", "--yes", data_dir=book_dir, check=False)
    assert missing.returncode == 1
    assert "no client with id 99999" in missing.stderr
    loose = run("forget", "Zyxw", "--yes", data_dir=book_dir, check=False)
    assert loose.returncode == 1
    assert "give the id" in loose.stderr and NAME in loose.stderr
    assert "Traceback" not in missing.stderr + loose.stderr
    assert _find(book_dir, "Zyxwquorth")


def test_retention_lists_and_never_deletes(book_dir):
    off = run("retention", data_dir=book_dir)
    assert "off" in off.stdout and "--years" in off.stdout
    # Years from now, nobody in the book has been seen for a while.
    later = ("retention", "--years", "2", "--today", "2040-01-01")
    report = json.loads(run(*later, "--json", data_dir=book_dir).stdout)
    assert (report["years"], report["cutoff"]) == (2, "2038-01-01")
    assert len(report["clients"]) == 13
    for client in report["clients"]:
        assert {"id", "name", "added", "last_seen", "visits"} <= set(client)
        assert (client["last_seen"] or client["added"]) < "2038-01-01"
    imported = [c for c in report["clients"] if c["name"] == NAME]
    assert imported and imported[0]["last_seen"] is None and imported[0]["visits"] == 0
    assert "Nothing was deleted" in run(*later, data_dir=book_dir).stdout
    assert json.loads(run(*later, "--json", data_dir=book_dir).stdout) == report
    now = json.loads(run("retention", "--years", "1", "--today", "2026-11-22", "--json",
                         data_dir=book_dir).stdout)
    assert len(now["clients"]) < 13
    bad = run("retention", "--years", "0", data_dir=book_dir, check=False)
    assert bad.returncode == 2 and "years" in bad.stderr

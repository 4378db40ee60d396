"""Nothing leaves the machine: no network module in the code, no connection at run time."""

import ast
import os
import subprocess
import sys
from pathlib import Path

import clientbook

NETWORK_MODULES = {"socket", "ssl", "urllib", "http", "ftplib", "smtplib", "requests",
                   "httpx", "aiohttp", "PySide6.QtNetwork", "PySide6.QtWebEngineCore",
                   "psycopg"}
_SERVER_BOOK = {"psycopg": {"*"}}
LOCAL_ONLY = {
    # Local IPC only, never a connection off the machine: a Unix-domain socket or a Windows
    # named pipe through which a second start asks the running ClientBook to show its window.
    "ui/app/single_instance.py": {"PySide6.QtNetwork": {"QLocalServer", "QLocalSocket"}},
    # Quoting the parts of a server book's address: text only, no connection.
    "services/shared_book.py": {"urllib.parse": {"quote"}},
    # The firm's own PostgreSQL server, and only for a book the firm put there (--database,
    # CLIENTBOOK_DATABASE or File → Connect to a shared book…): the storage engine's modules.
    "storage/postgres/address.py": {**_SERVER_BOOK, "psycopg.conninfo": {"conninfo_to_dict"}},
    "storage/postgres/connection.py": {"psycopg": {"*", "pq"},
                                       "psycopg.adapt": {"Dumper", "Loader"},
                                       "psycopg.types.numeric": {"NumericLoader"}},
    "storage/postgres/opening.py": _SERVER_BOOK,
    # Other desks' writes to the same server book, heard on a connection of its own.
    "storage/postgres/listener.py": _SERVER_BOOK,
    "storage/safety/erasure.py": _SERVER_BOOK,
    "storage/store.py": _SERVER_BOOK,
}
#: The calendar feed a person sets up (Settings → Calendar feed), read over https only;
#: these modules load only when a feed is read.
FEED_ONLY = {
    "services/feed/download.py": {
        "ssl": {"*"}, "http.client": {"HTTPException"}, "urllib.error": {"HTTPError", "URLError"},
        "urllib.parse": {"urlsplit"},
        "urllib.request": {"HTTPRedirectHandler", "HTTPSHandler", "Request", "build_opener"}},
    "services/feed/feed_config.py": {"urllib.parse": {"urlsplit"}},  # checks an address
}

#: Runs the app with every outgoing connection refused and recorded.
GUARD = """
import socket, sys
attempts = []
def refuse(self, address, *args):
    attempts.append(address)
    raise OSError("network access is not allowed")
socket.socket.connect = refuse
socket.socket.connect_ex = refuse
socket.create_connection = lambda address, *a, **k: refuse(None, address)
from clientbook.__main__ import main
code = main(sys.argv[1:])
print("ATTEMPTS", attempts, file=sys.stderr)
# Without a feed set up the one module that reads the network never even loads.
print("FEED READER LOADED", "clientbook.services.feed.download" in sys.modules, file=sys.stderr)
sys.exit(code or (1 if attempts else 0))
"""


def imported_modules(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def imported_names(path: Path, module: str) -> set[str]:
    """What `from module import ...` brings in; "*" for a plain `import module`."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == module:
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import) and module in (a.name for a in node.names):
            names.add("*")
    return names


def test_no_module_of_the_app_imports_a_network_library():
    package = Path(clientbook.__file__).parent
    offenders = {}
    for path in package.rglob("*.py"):
        relative = path.relative_to(package).as_posix()
        allowed = LOCAL_ONLY.get(relative, FEED_ONLY.get(relative, {}))
        offenders[str(path.relative_to(package))] = sorted(
            name for name in imported_modules(path)
            if (name in NETWORK_MODULES or name.split(".")[0] in NETWORK_MODULES)
            and not imported_names(path, name) <= allowed.get(name, set()))
    assert {k: v for k, v in offenders.items() if v} == {}


def test_the_app_and_its_commands_run_with_the_network_refused(tmp_path):
    """Every case without a calendar feed: the window's start (which starts the feed's
    reader and its timer) and the commands make no connection."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for args in (["demo", "--clients", "20"], ["search", "ma"], ["briefing", "1"],
                 ["backup"], ["feed", "show"], ["gui", "--smoke-test"]):
        result = subprocess.run([sys.executable, "-c", GUARD, "--data-dir", str(tmp_path),
                                 *args], capture_output=True, text=True, env=env, timeout=120)
        assert result.returncode == 0, (args, result.stderr)
        assert "ATTEMPTS []" in result.stderr, (args, result.stderr)
        assert "FEED READER LOADED False" in result.stderr, (args, result.stderr)

"""Every message the core makes reaches the translators: pyside6-lupdate extracts it.

The core (domain, storage, services) cannot translate, so each ClientBookError's message is a
literal marked QT_TRANSLATE_NOOP("Errors", "...") with %1, %2… for its values. An f-string or
a message built from pieces would reach the window in English; these tests fail on one.
"""

from __future__ import annotations

import ast
import re
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import PySide6
import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "clientbook"
CORE = [path for layer in ("domain", "storage", "services")
        for path in sorted((PACKAGE / layer).rglob("*.py"))]
#: The machinery itself: it passes on templates it was given.
MACHINERY = {"domain/errors.py", "domain/words.py"}
CONTEXTS = {"Errors", "Messages", "Undo"}
MARK = "QT_TRANSLATE_NOOP"

#: First arguments that are not a marked literal, by (file, expression): each holds a
#: template or a Message made from one elsewhere, as the reason says.
HOLDS_A_MESSAGE = {
    ("storage/store_errors.py", "_READ_ONLY[folder_writable, saving]"):
        "a module dict of marked templates",
    ("storage/database.py", "_READ_ONLY[folder_writable, saving]"):
        "store_errors' module dict of marked templates",
    ("storage/store_errors.py", "read_only"): "one of the marked templates in _CANNOT",
    ("storage/store_errors.py", "full"): "one of the marked templates in _CANNOT",
    ("storage/store_errors.py", "other"): "one of the marked templates in _CANNOT",
    ("services/importing/import_plan.py", "why"): "the Message check_mapping returns",
    ("storage/safety/value_check.py", "_WHAT.get(table, _OTHER)"):
        "one of the marked templates in _WHAT or _OTHER",
    ("storage/safety/server_checks.py", "BIRTHDAY_PROBLEM"): "value_check's marked template",
    ("services/importing/import_apply.py", "plan.file_problem"): "a FileFormatError's Message",
    ("services/importing/csv_import.py", "plan.file_problem"): "a FileFormatError's Message",
    ("services/appointments/booking.py", "found[0].text"):
        "the Message of a Clash (marked templates in domain/scheduling/scheduling.py)",
    ("services/appointments/booking.py", "blocking"): "a list of Clashes (ClashError's own)",
    ("services/versions.py", "mine"): "the record refused (ConflictError marks its own)",
    ("services/importing/csv_import.py",
     "_wrong_kind(path, kind, source.header, source.layout.name)"):
        "the Message _wrong_kind builds from marked templates",
}


def _relative(path: Path) -> str:
    return path.relative_to(PACKAGE).as_posix()


def _is_mark(node: ast.AST, context: str | None = None) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == MARK and len(node.args) == 2
            and all(isinstance(a, ast.Constant) and isinstance(a.value, str)
                    for a in node.args)
            and (context is None or node.args[0].value == context))


def _error_classes(trees: dict[Path, ast.Module]) -> set[str]:
    """ClientBookError and every class in the core derived from it (by name)."""
    names = {"ClientBookError"}
    classes = [node for tree in trees.values() for node in ast.walk(tree)
               if isinstance(node, ast.ClassDef)]
    grew = True
    while grew:
        grew = False
        for cls in classes:
            bases = {ast.unparse(b).split(".")[-1] for b in cls.bases}
            if cls.name not in names and bases & names:
                names.add(cls.name)
                grew = True
    return names


def _module_marks(tree: ast.Module) -> set[str]:
    """Module-level names bound to a marked "Errors" literal (NOT_EMPTY = QT_TRANSLATE_…)."""
    return {target.id for node in tree.body if isinstance(node, ast.Assign)
            and _is_mark(node.value, "Errors")
            for target in node.targets if isinstance(target, ast.Name)}


class _Messages(ast.NodeVisitor):
    """Collects (file, line, what, first argument, function) of every place a message starts:
    an error constructed, `super().__init__` in an error class, a Message made."""

    def __init__(self, errors: set[str]):
        self.errors = errors
        self.found: list[tuple[int, str, ast.Call, ast.FunctionDef | None]] = []
        self.functions: list[ast.FunctionDef] = []
        self.classes: list[ast.ClassDef] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        name = ast.unparse(node.func).split(".")[-1]
        function = self.functions[-1] if self.functions else None
        if name in self.errors or name == "Message":
            self.found.append((node.lineno, name, node, function))
        elif (name == "__init__" and ast.unparse(node.func) == "super().__init__"
              and self.classes and self.classes[-1].name in self.errors):
            self.found.append((node.lineno, self.classes[-1].name, node, function))
        self.generic_visit(node)


def _accepted(arg: ast.AST, file: str, marks: set[str], function: ast.FunctionDef | None
              ) -> bool:
    if _is_mark(arg, "Errors"):
        return True
    if isinstance(arg, ast.IfExp):
        return (_accepted(arg.body, file, marks, function)
                and _accepted(arg.orelse, file, marks, function))
    if isinstance(arg, ast.Name) and arg.id in marks:
        return True
    if isinstance(arg, ast.Name) and function is not None:
        annotated = {a.arg: ast.unparse(a.annotation) for a in function.args.args
                     if a.annotation is not None}
        if annotated.get(arg.id) in ("Phrase", "Message"):
            return True
    return (file, ast.unparse(arg)) in HOLDS_A_MESSAGE


def _parsed() -> dict[Path, ast.Module]:
    return {path: ast.parse(path.read_text(encoding="utf-8"), str(path)) for path in CORE}


def _marks_in(paths: list[Path]) -> Iterator[tuple[str, int, ast.Call]]:
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == MARK):
                yield _relative(path), node.lineno, node


def test_every_error_message_in_the_core_is_a_marked_literal():
    trees = _parsed()
    errors = _error_classes(trees)
    assert {"ValidationError", "FileFormatError", "DiskFullError", "BackupError",
            "ImportCancelled"} <= errors
    wrong, checked = [], 0
    for path, tree in trees.items():
        file = _relative(path)
        if file in MACHINERY:
            continue
        visitor = _Messages(errors)
        visitor.visit(tree)
        marks = _module_marks(tree)
        for line, what, call, function in visitor.found:
            if not call.args:
                continue  # ImportCancelled(): its own __init__ gives the message (checked too)
            first = call.args[0]
            checked += 1
            if what == "Message":
                if not _is_mark(first) and not _accepted(first, file, marks, function):
                    wrong.append(f"{file}:{line}: Message({ast.unparse(first)[:60]}, …)")
            elif not _accepted(first, file, marks, function):
                wrong.append(f"{file}:{line}: {what}({ast.unparse(first)[:60]}, …)")
    assert checked > 150
    assert not wrong, (
        'Make these QT_TRANSLATE_NOOP("Errors", "literal with %1") and pass the values after '
        "it (or list a variable holding a marked template in HOLDS_A_MESSAGE):\n"
        + "\n".join(wrong))


def test_each_marked_error_gets_as_many_values_as_its_template_has_placeholders():
    wrong = []
    for path, tree in _parsed().items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            first = node.args[0]
            templates = [first.body, first.orelse] if isinstance(first, ast.IfExp) else [first]
            if not all(_is_mark(t) for t in templates):
                continue
            if any(isinstance(a, ast.Starred) for a in node.args):
                continue
            for template in (t.args[1].value for t in templates):
                numbers = sorted({int(n) for n in re.findall(r"%(\d\d?)", template)})
                if numbers != list(range(1, len(node.args))):
                    wrong.append(f"{_relative(path)}:{node.lineno}: {template[:50]!r} gets "
                                 f"{len(node.args) - 1} value(s)")
    assert not wrong, "\n".join(wrong)


def test_every_mark_in_the_code_is_two_literals_in_a_known_context():
    wrong = []
    for file, line, call in _marks_in(sorted(PACKAGE.rglob("*.py"))):
        core = not file.startswith("ui/")
        if file in MACHINERY:
            continue
        if not _is_mark(call) or (core and call.args[0].value not in CONTEXTS):
            wrong.append(f"{file}:{line}: {ast.unparse(call)[:70]}")
    assert not wrong, "lupdate extracts only literals:\n" + "\n".join(wrong)


def _lupdate() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lupdate"


@pytest.mark.skipif(not _lupdate().exists(), reason="PySide6 without its lupdate")
def test_lupdate_extracts_every_core_message(tmp_path):
    ts = tmp_path / "core.ts"
    code = [str(p) for p in sorted(PACKAGE.rglob("*.py"))]
    subprocess.run([str(_lupdate()), "-silent", "-locations", "none", *code, "-ts", str(ts)],
                   check=True, capture_output=True)
    extracted = {(context.findtext("name"), message.findtext("source"))
                 for context in ET.parse(ts).getroot().iter("context")
                 for message in context.iter("message")}
    marked = {(call.args[0].value, call.args[1].value)
              for file, _line, call in _marks_in(CORE) if _is_mark(call)}
    assert len(marked) > 150
    assert marked - extracted == set()
    assert ("Errors", "A client needs a name.") in extracted

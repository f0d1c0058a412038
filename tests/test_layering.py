"""The core knows no screen: nothing under cityapp/ imports Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_no_module_under_cityapp_imports_pyside6():
    offenders = []
    for path in (ROOT / "cityapp").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [
                f"{path.relative_to(ROOT)}: {n}"
                for n in names
                if n.split(".")[0] in ("PySide6", "shiboken6", "ui")
            ]
    assert offenders == []


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import pkgutil, importlib, sys, cityapp\n"
        "for m in pkgutil.walk_packages(cityapp.__path__, 'cityapp.'):\n"
        "    if not m.name.endswith('__main__') and '.migrations.env' not in m.name:\n"
        "        importlib.import_module(m.name)\n"
        "print(sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6', 'ui'))))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


def imports_of(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
    return names


def test_pages_widgets_and_dialogs_hold_no_queries():
    """Queries and rules live in the core: no page, widget or dialog imports SQLAlchemy."""
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in ("ui/views", "ui/widgets", "ui/dialogs")
        for path in (ROOT / folder).rglob("*.py")
        for name in imports_of(path)
        if name.split(".")[0] == "sqlalchemy"
    ]
    assert offenders == []


def test_the_layering_check_finds_an_offender(tmp_path):
    page = tmp_path / "page.py"
    page.write_text("def load(s):\n    from sqlalchemy import select\n    return select\n")
    assert imports_of(page) == ["sqlalchemy"]

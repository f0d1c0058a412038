"""The translation catalogue holds every string the program shows, and the window loads it."""

from __future__ import annotations

import importlib.util
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Japanese messages left to translate: none (a new string fails this test until translated).
UNFINISHED_AT_MOST = 0


def _script():
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "scripts" / "update_translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_catalogue_holds_every_string_the_program_shows():
    """lupdate over the whole program finds nothing the catalogue lacks, and nothing it holds
    is gone from the program (run scripts/update_translations.py after changing strings)."""
    missing, gone, unfinished = _script().state("ja")
    assert not missing, sorted(missing)[:20]
    assert not gone, sorted(gone)[:20]
    assert unfinished <= UNFINISHED_AT_MOST


def test_the_compiled_catalogue_is_built_from_the_current_one(tmp_path):
    script = _script()
    ts = ROOT / "resources" / "translations" / "cityapp_ja.ts"
    built = tmp_path / "cityapp_ja.qm"
    subprocess.run(
        [script.tool("lrelease"), str(ts), "-qm", str(built)], check=True, capture_output=True
    )
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_strings_are_marked_where_a_lookup_finds_them():
    """No tr() through another object or an alias: lupdate would file the string under a
    context that no lookup uses (the object's variable name instead of its class)."""
    import re

    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for number, line in enumerate(text.splitlines(), 1):
            if re.search(r"(?<![\w.])tr = |(?<!self)(?<!QProgressDialog)\.tr\(", line):
                offenders.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert offenders == []

"""Bring the translation catalogue up to date and compile it.

    uv run python scripts/update_translations.py           # update the .ts, then build the .qm
    uv run python scripts/update_translations.py --check   # say what is missing; change nothing

pyside6-lupdate reads every module of the program (ui/, cityapp/, main.py) and adds the strings
it finds (`self.tr(...)`, `QCoreApplication.translate(...)`, `QT_TRANSLATE_NOOP(...)`) to
resources/translations/cityapp_<language>.ts, keeping the translations already there and
dropping strings the program no longer has; pyside6-lrelease compiles it to the .qm the window
loads. Translate with Qt Linguist (`uv run pyside6-linguist resources/translations/cityapp_ja.ts`)
or any editor of .ts files, then run this again.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)
SKIPPED = ("migrations",)  # schema history: nothing in it is shown


def sources() -> list[Path]:
    files = [ROOT / "main.py"]
    for folder in ("cityapp", "ui"):
        files += sorted(p for p in (ROOT / folder).rglob("*.py") if not set(p.parts) & set(SKIPPED))
    return files


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or str(Path(sys.executable).parent / f"pyside6-{name}")
    return found


def lupdate(ts: Path) -> None:
    files = [str(p.relative_to(ROOT)) for p in sources()]
    subprocess.run(
        [tool("lupdate"), *files, "-no-obsolete", "-locations", "none", "-ts", str(ts)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(
        [tool("lrelease"), str(ts), "-qm", str(qm)], cwd=ROOT, check=True, capture_output=True
    )


def messages(ts: Path) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    """(context, source) -> (translation, its type) of every message in a catalogue."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            found[(name, message.findtext("source") or "")] = (
                None if translation is None else translation.text,
                None if translation is None else translation.get("type"),
            )
    return found


def state(language: str) -> tuple[set[tuple[str, str]], set[tuple[str, str]], int]:
    """(strings the program has that the catalogue lacks, strings it has no more, unfinished)."""
    ts = TRANSLATIONS / f"cityapp_{language}.ts"
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / ts.name
        if ts.exists():
            shutil.copy(ts, fresh)
        lupdate(fresh)
        wanted = messages(fresh)
    have = messages(ts) if ts.exists() else {}
    unfinished = sum(
        1 for key in wanted if key not in have or have[key][1] == "unfinished" or not have[key][0]
    )
    return set(wanted) - set(have), set(have) - set(wanted), unfinished


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--check", action="store_true", help="report only")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"cityapp_{language}.ts"
        if args.check:
            missing, gone, unfinished = state(language)
            print(
                f"{ts.name}: {len(missing)} strings missing, {len(gone)} no longer used, "
                f"{unfinished} not translated"
            )
            for context, source in sorted(missing)[:40]:
                print(f"  missing  [{context}] {source!r}")
            continue
        if not ts.exists():
            ts.write_text(
                '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                f'<TS version="2.1" language="{language}_JP" sourcelanguage="en"></TS>\n',
                encoding="utf-8",
            )
        lupdate(ts)
        lrelease(ts, ts.with_suffix(".qm"))
        print(f"updated {ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

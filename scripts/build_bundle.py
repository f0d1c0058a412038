"""Build the program as a one-folder bundle: dist/CityDiplomacyDesk/.

    uv run scripts/build_bundle.py [--smoke]

Two executables share the folder: CityDiplomacyDesk (the window, no console) and cityapp (the
command line, with a console); `.exe` on Windows. PyInstaller builds them from
packaging/city_diplomacy_desk.spec, with the data files the program reads and nothing else
(see the spec). Before it runs, the third-party notice and the Windows version resource are
written into build/bundle/. The bundle must stay under 250 MB. `--smoke` then runs
scripts/smoke_bundle.py on it.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "bundle"
DIST = ROOT / "dist"
BUNDLE = DIST / "CityDiplomacyDesk"
SPEC = ROOT / "packaging" / "city_diplomacy_desk.spec"
LIMIT_MB = 250

VERSION_INFO = """# UTF-8
VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040904B0', [
      StringStruct('CompanyName', 'City Diplomacy Desk'),
      StringStruct('FileDescription', 'City Diplomacy Desk'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'CityDiplomacyDesk'),
      StringStruct('LegalCopyright', 'City Diplomacy Desk. Third-party licences: THIRD-PARTY-LICENSES.txt'),
      StringStruct('OriginalFilename', 'CityDiplomacyDesk.exe'),
      StringStruct('ProductName', 'City Diplomacy Desk'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [1033, 1200])])
  ]
)
"""


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def prepare() -> str:
    """The notice and the version resource the spec takes in."""
    sys.path.insert(0, str(ROOT))
    from cityapp import __version__
    from cityapp.licences import build_notice
    from cityapp.worldcities import COMPACT, compact_cities, geonames_cities

    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / "THIRD-PARTY-LICENSES.txt").write_text(build_notice(), encoding="utf-8")
    (BUILD / COMPACT.name).write_bytes(compact_cities(geonames_cities()))
    parts = [int(p) for p in __version__.split(".")[:3]]
    numbers = tuple([*parts, *[0] * (4 - len(parts))])
    (BUILD / "version_info.txt").write_text(
        VERSION_INFO.format(numbers=numbers, version=__version__), encoding="utf-8"
    )
    return __version__


def build() -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(DIST),
            "--workpath",
            str(ROOT / "build" / "pyinstaller"),
            str(SPEC),
        ],
        check=True,
        cwd=ROOT,
    )
    # The notice beside the executables too, where an officer or an auditor looks first.
    shutil.copy2(BUILD / "THIRD-PARTY-LICENSES.txt", BUNDLE / "THIRD-PARTY-LICENSES.txt")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="smoke-test the bundle afterwards")
    args = parser.parse_args()
    started = time.perf_counter()
    version = prepare()
    build()
    size = folder_size(BUNDLE) / 1e6
    suffix = ".exe" if os.name == "nt" else ""
    for name in ("CityDiplomacyDesk", "cityapp"):
        if not (BUNDLE / f"{name}{suffix}").is_file():
            print(f"build_bundle: {name}{suffix} is missing", file=sys.stderr)
            return 1
    print(
        f"build_bundle: {BUNDLE} (version {version}): {size:.0f} MB "
        f"(limit {LIMIT_MB} MB), built in {time.perf_counter() - started:.0f} s"
    )
    if size > LIMIT_MB:
        print(f"build_bundle: the bundle is over {LIMIT_MB} MB", file=sys.stderr)
        return 1
    if args.smoke:
        return subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "smoke_bundle.py"), str(BUNDLE)]
        ).returncode
    return 0


if __name__ == "__main__":
    sys.exit(main())

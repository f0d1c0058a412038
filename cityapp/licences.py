"""The third-party software in the program and the licence texts it comes with.

`third_party_notice()` writes them as one text: the bundle ships it (THIRD-PARTY-LICENSES.txt,
written by scripts/build_bundle.py from the installed packages) and Help > About shows it. Qt
and PySide6 come under the GNU LGPL version 3: the one-folder bundle keeps their libraries as
separate files, which a user may replace with their own build.
"""

from __future__ import annotations

import importlib.metadata as metadata
import re
import sys
from dataclasses import dataclass
from pathlib import Path

PROJECT = "city-diplomacy-desk"
BUNDLED = Path(__file__).resolve().parents[1] / "THIRD-PARTY-LICENSES.txt"
EXTRA_TEXTS = Path(__file__).resolve().parents[1] / "resources" / "licenses"
_LICENCE_FILE = re.compile(r"(^|/)(LICEN[CS]E|COPYING|NOTICE)[^/]*$", re.IGNORECASE)
# Qt for Python's wheels carry no licence file: their licence, from resources/licenses.
LGPL = {"pyside6-essentials", "pyside6-addons", "shiboken6"}


@dataclass
class Package:
    name: str
    version: str
    licence: str
    texts: list[tuple[str, str]]  # (file name, text)


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def runtime_packages(root: str = PROJECT) -> list[Package]:
    """Every package the program needs to run on this system (its dependencies, theirs, and
    the extras it asks for), not the tools that test or build it."""
    from packaging.requirements import Requirement  # a build-time tool: the bundle has the file

    found: dict[str, Package] = {}

    def visit(name: str, extras: set[str]) -> None:
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            return
        key = _key(dist.metadata["Name"])
        if key not in found:
            found[key] = _package(dist)
        for line in dist.requires or []:
            req = Requirement(line)
            if req.marker is not None and not any(
                req.marker.evaluate({"extra": e}) for e in (extras or {""})
            ):
                continue
            if _key(req.name) not in found or req.extras:
                visit(req.name, set(req.extras))

    visit(root, set())
    found.pop(_key(root), None)
    return sorted(found.values(), key=lambda p: p.name.lower())


def _package(dist: metadata.Distribution) -> Package:
    classifiers = [
        c.split("::")[-1].strip()
        for c in dist.metadata.get_all("Classifier") or []
        if c.startswith("License ::")
    ]
    licence = (
        dist.metadata.get("License-Expression")
        or (classifiers[0] if classifiers else None)
        or (dist.metadata.get("License") or "").split("\n")[0][:80]
    )
    texts = []
    for f in dist.files or []:
        if _LICENCE_FILE.search(str(f)) and ".dist-info/" in str(f):
            data = f.locate().read_bytes()
            texts.append((Path(str(f)).name, data.decode("utf-8", errors="replace")))
    return Package(dist.metadata["Name"], dist.version, licence, texts)


def third_party_notice() -> str:
    """The bundled notice, or (run from the source) the same text from the installed packages."""
    if BUNDLED.is_file():
        return BUNDLED.read_text(encoding="utf-8")
    return build_notice()


def build_notice() -> str:
    packages = runtime_packages()
    lines = [
        "City Diplomacy Desk includes the following third-party software.",
        "",
        "Qt and Qt for Python (PySide6) are used under the GNU Lesser General Public License",
        "version 3. They are kept as separate libraries in the program's folder (_internal),",
        "and may be replaced with a compatible version built by the user.",
        "",
    ]
    lines += [
        f"  {p.name} {p.version}: {p.licence or 'see its licence text below'}" for p in packages
    ]
    python = _python_licence()
    if python:
        lines.append(f"  Python {sys.version.split()[0]}: Python Software Foundation License")
    for p in packages:
        lines += ["", "=" * 78, f"{p.name} {p.version}", "=" * 78]
        texts = p.texts
        if not texts and _key(p.name) in LGPL:
            texts = [
                (f.name, f.read_text(encoding="utf-8")) for f in sorted(EXTRA_TEXTS.glob("*.txt"))
            ]
        for name, text in texts:
            lines += ["", f"--- {name} ---", "", text.rstrip()]
    if python:
        lines += ["", "=" * 78, f"Python {sys.version.split()[0]}", "=" * 78, "", python.rstrip()]
    return "\n".join(lines) + "\n"


def _python_licence() -> str | None:
    """The interpreter's own licence text (the bundle carries the interpreter)."""
    for folder in (
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info[0]}.{sys.version_info[1]}",
        Path(sys.base_prefix),
    ):
        for name in ("LICENSE.txt", "LICENSE"):
            if (folder / name).is_file():
                return (folder / name).read_text(encoding="utf-8", errors="replace")
    return None

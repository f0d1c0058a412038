"""Reading workbooks back as a spreadsheet program shows them.

openpyxl hands back stored text as it is in the file; Excel, LibreOffice and
calamine decode "_xHHHH_" sequences in it (ECMA-376 ST_Xstring). `shown`
decodes the same way, so a test compares what an officer would see.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from pathlib import Path

_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")
_REFERENCE = re.compile(r"&#(?:x([0-9A-Fa-f]+)|([0-9]+));")


def shown(value):
    """A cell's value as a spreadsheet program displays it."""
    if not isinstance(value, str) or "_x" not in value:
        return value
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), value)


def unzipped(path: Path) -> str:
    """Every part of a workbook, as text (strings, sheets, headers and footers), with the
    numeric character references its writer may use for text beyond ASCII ("&#31192;")
    read as the characters they stand for."""
    with zipfile.ZipFile(path) as z:
        text = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist())
    return _REFERENCE.sub(
        lambda m: chr(int(m.group(1) or m.group(2), 16 if m.group(1) else 10)), text
    )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def as_csv_rows(path: Path, folder: Path) -> list[str]:
    """The first sheet's first column as LibreOffice reads it (one value per line)."""
    done = subprocess.run(
        [
            soffice(),
            "--headless",
            f"-env:UserInstallation=file://{folder / 'lo-profile'}",
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):9,0,76",
            "--outdir",
            str(folder),
            str(path),
        ],
        capture_output=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    lines = (folder / (path.stem + ".csv")).read_text(encoding="utf-8").split("\n")
    return [line.split("\t")[0] for line in lines]  # tab-separated (9): the first field

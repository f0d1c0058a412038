"""Render the demo's London and Berlin briefing book to PNG pages in docs/screenshots/ through LibreOffice.

    uv run python scripts/briefing_pages.py

Needs `soffice` (libreoffice-calc-nogui) and `pdftoppm` (poppler-utils), and fonts with
Japanese glyphs (fonts-noto-cjk) for the Japanese edition.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from sqlalchemy import select

    from cityapp.demo import create_demo_database
    from cityapp.excel.briefing import BriefingOptions, export_briefing
    from cityapp.models import Trip

    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            print(f"{tool} is not installed", file=sys.stderr)
            return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        db = create_demo_database(work / "demo.sqlite3")
        try:
            with db.factory() as s:
                trip_id = s.scalar(select(Trip.id).where(Trip.title.like("London and Berlin%")))
                for name, lang in (("briefing", "en"), ("briefing-ja", "ja")):
                    export_briefing(
                        s,
                        trip_id,
                        work / f"{name}.xlsx",
                        BriefingOptions(lang=lang, prepared_by="Sato Kenji"),
                    )
        finally:
            db.dispose()
        for old in OUT.glob("briefing-*.png"):
            old.unlink()
        for name in ("briefing", "briefing-ja"):
            subprocess.run(
                [
                    "soffice",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(work),
                    str(work / f"{name}.xlsx"),
                ],
                check=True,
                capture_output=True,
                timeout=180,
            )
            subprocess.run(
                [
                    "pdftoppm",
                    "-png",
                    "-r",
                    "60",
                    str(work / f"{name}.pdf"),
                    str(OUT / f"{name}-page"),
                ],
                check=True,
                timeout=120,
            )
    for page in sorted(OUT.glob("briefing-*.png")):
        print(f"wrote {page.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

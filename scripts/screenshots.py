"""Regenerate the screenshots in docs/screenshots/ from the demo database.

Run with `uv run python scripts/screenshots.py`. Works without a display
(Qt's offscreen platform); a font with Japanese glyphs must be installed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SIZE = (1280, 800)


def main() -> int:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory() as home:
        os.environ["CITYAPP_HOME"] = home
        os.environ["XDG_CONFIG_HOME"] = str(Path(home) / "config")
        from PySide6.QtWidgets import QApplication

        from cityapp.demo import create_demo_database
        from ui.app import run
        from ui.models.trips import TripTableModel

        db_path = Path(home) / "demo.sqlite3"
        create_demo_database(db_path).dispose()
        window = run(["--db", str(db_path), "--officer", "Sato Kenji"], exec=False)
        window.resize(*SIZE)
        page = window.pages["trips"]
        for row in range(page.model.rowCount()):
            if page.model.index(row, TripTableModel.TITLE).data().startswith("London and Berlin"):
                page.table.selectRow(row)
        QApplication.processEvents()
        OUT.mkdir(parents=True, exist_ok=True)
        target = OUT / "main_window.png"
        window.grab().save(str(target))
        print(f"wrote {target.relative_to(ROOT)}")
        window.ctx.close()
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())

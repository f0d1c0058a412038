"""Start-up pays only for the page on screen: export libraries load when an export starts."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from PySide6.QtWidgets import QApplication
from ui.app import run
window = run(["--db", sys.argv[1]], exec=False)
QApplication.processEvents()
window.grab()
loaded = sorted(n for n in ("openpyxl", "icalendar", "alembic") if n in sys.modules)
shown = [k for k, page in window.pages.items() if page is window.current_page()]
read = [k for k, page in window.pages.items() if getattr(page, "_list_stale", True) is False]
print(json.dumps({"loaded": loaded, "shown": shown, "read": read}))
"""


def test_the_window_opens_without_export_libraries_and_reads_one_page(demo_copy, isolated_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CITYAPP_HOME": str(isolated_home)}
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_copy)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["loaded"] == []  # nothing of openpyxl, icalendar or alembic
    assert found["read"] == found["shown"]  # the page on screen was read, and only it

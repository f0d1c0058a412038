"""City Diplomacy Desk. `uv run main.py` opens the window; `uv run main.py --help` lists commands."""

import os
import sys

from cityapp import startup

startup.hold_collections()  # first of all: the collector waits while the program starts

from ui.launch import main  # noqa: E402

if __name__ == "__main__":
    # The bundle's window executable has no console on Windows: no stream to print to.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())

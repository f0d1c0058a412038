"""City Diplomacy Desk. `uv run main.py` opens the window; `uv run main.py --help` lists commands."""

import os
import sys

from ui.launch import main

if __name__ == "__main__":
    # The bundle's window executable has no console on Windows: no stream to print to.
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115
    sys.exit(main())

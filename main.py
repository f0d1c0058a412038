"""City Diplomacy Desk. `uv run main.py` opens the window; `uv run main.py --help` lists commands."""

import sys

from ui.launch import main

if __name__ == "__main__":
    sys.exit(main())
